// The app's one store: slices for the session and the person's picks, combined, with the data
// layer injected so UI tests can hand it a fake.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Backend, BackendErrorCode, PickMap, SessionUser } from '../data/backend';
import { BackendError } from '../data/backend';
import { orderPicks } from '../domain/picks';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface SessionSlice {
  session: { status: SessionStatus; user: SessionUser | null };
  sessionChanged(user: SessionUser | null): void;
  /** Each resolves to null on success, or the reason it failed. */
  signInRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signUpRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signOutRequested(): Promise<void>;
}

export interface PicksSlice {
  /**
   * `pending`: actions whose pick or unpick was asked and not yet seen in a snapshot. The button
   * stays busy until Firestore confirms, so it never flips back and forth.
   */
  picks: {
    loaded: boolean;
    byId: PickMap;
    pending: Readonly<Record<string, 'pick' | 'unpick'>>;
  };
  /** The last failure the person should hear about, as an error code the UI translates. */
  notice: { code: BackendErrorCode; actionId?: string } | null;
  picksReceived(picks: PickMap): void;
  picksFailed(error: unknown): void;
  pickRequested(actionId: string): Promise<void>;
  unpickRequested(actionId: string): Promise<void>;
  noticeDismissed(): void;
  failed(error: unknown, actionId?: string): void;
}

export type AppState = SessionSlice & PicksSlice;
export type AppStore = StoreApi<AppState>;

type Slice<T> = StateCreator<AppState, [], [], T>;

const errorCodeOf = (error: unknown): BackendErrorCode =>
  error instanceof BackendError ? error.code : 'unknown';

const attempt = async (request: () => Promise<void>): Promise<BackendErrorCode | null> => {
  try {
    await request();
    return null;
  } catch (error) {
    return errorCodeOf(error);
  }
};

const createSessionSlice =
  (backend: Backend): Slice<SessionSlice> =>
  (set, get) => ({
    signInRequested: (email, password) => attempt(() => backend.signIn(email, password)),
    signUpRequested: (email, password) => attempt(() => backend.signUp(email, password)),
    signOutRequested: async () => {
      try {
        await backend.signOut();
      } catch (error) {
        get().failed(error);
      }
    },
    session: { status: 'loading', user: null },
    sessionChanged: (user) =>
      set((state) => ({
        session: { status: user ? 'signed-in' : 'signed-out', user },
        // A new person starts with an empty list and no notice until their own snapshot arrives.
        ...(user?.uid === state.session.user?.uid ? {} : { picks: EMPTY_PICKS, notice: null }),
      })),
  });

const EMPTY_PICKS: PicksSlice['picks'] = { loaded: false, byId: {}, pending: {} };

/** Whether the list already shows what was asked for this action. */
const settled = (byId: PickMap, actionId: string, wanted: 'pick' | 'unpick') =>
  actionId in byId === (wanted === 'pick');

const withoutKey = <T>(record: Readonly<Record<string, T>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([id]) => id !== key));

const createPicksSlice =
  (backend: Backend): Slice<PicksSlice> =>
  (set, get) => {
    const clearPending = (actionId: string) =>
      set((state) => ({
        picks: { ...state.picks, pending: withoutKey(state.picks.pending, actionId) },
      }));
    const run = async (actionId: string, wanted: 'pick' | 'unpick') => {
      if (actionId in get().picks.pending) return;
      set((state) => ({
        picks: { ...state.picks, pending: { ...state.picks.pending, [actionId]: wanted } },
      }));
      try {
        await (wanted === 'pick' ? backend.pickAction(actionId) : backend.unpickAction(actionId));
        // The snapshot may have arrived before the callable answered.
        if (settled(get().picks.byId, actionId, wanted)) clearPending(actionId);
      } catch (error) {
        clearPending(actionId);
        get().failed(error, actionId);
      }
    };
    return {
      picks: EMPTY_PICKS,
      notice: null,
      picksReceived: (byId) =>
        set((state) => ({
          picks: {
            loaded: true,
            byId,
            pending: Object.fromEntries(
              Object.entries(state.picks.pending).filter(
                ([actionId, wanted]) => !settled(byId, actionId, wanted),
              ),
            ),
          },
        })),
      picksFailed: (error) => {
        // Nothing more will arrive: show what we have, and say why it may be stale.
        set((state) => ({ picks: { ...state.picks, loaded: true, pending: {} } }));
        get().failed(error);
      },
      pickRequested: (actionId) => run(actionId, 'pick'),
      unpickRequested: (actionId) => run(actionId, 'unpick'),
      noticeDismissed: () => set({ notice: null }),
      failed: (error, actionId) =>
        set({ notice: { code: errorCodeOf(error), ...(actionId ? { actionId } : {}) } }),
    };
  };

export function createAppStore(backend: Backend): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSessionSlice(backend)(...args),
    ...createPicksSlice(backend)(...args),
  }));
}

/**
 * Starts the backend subscriptions, the one place where the app listens to Firebase: the
 * session, and the picks of whoever is signed in. Returns a function that stops them all.
 */
export function startSync(store: AppStore, backend: Backend): () => void {
  let stopPicks: (() => void) | null = null;
  const stopSession = backend.onSessionChanged((user) => {
    stopPicks?.();
    stopPicks = null;
    store.getState().sessionChanged(user);
    if (user) {
      stopPicks = backend.watchPicks(
        user.uid,
        (picks) => store.getState().picksReceived(picks),
        (error) => store.getState().picksFailed(error),
      );
    }
  });
  return () => {
    stopPicks?.();
    stopSession();
  };
}

// Selectors, exported by name so components never read the whole store.
export const selectSession = (state: AppState) => state.session;
export const selectIsPicked = (actionId: string) => (state: AppState) =>
  actionId in state.picks.byId;
export const selectIsPending = (actionId: string) => (state: AppState) =>
  actionId in state.picks.pending;
export const selectPickedIds = (state: AppState) => orderPicks(state.picks.byId);
export const selectPicksLoaded = (state: AppState) => state.picks.loaded;
export const selectNotice = (state: AppState) => state.notice;
