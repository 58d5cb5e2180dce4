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
  picks: { loaded: boolean; byId: PickMap; pending: readonly string[] };
  /** The last failure the person should hear about, as an error code the UI translates. */
  notice: { code: BackendErrorCode; actionId?: string } | null;
  picksReceived(picks: PickMap): void;
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
  (set) => ({
    signInRequested: (email, password) => attempt(() => backend.signIn(email, password)),
    signUpRequested: (email, password) => attempt(() => backend.signUp(email, password)),
    signOutRequested: () => backend.signOut(),
    session: { status: 'loading', user: null },
    sessionChanged: (user) =>
      set((state) => ({
        session: { status: user ? 'signed-in' : 'signed-out', user },
        // A new person starts with an empty list until their own snapshot arrives.
        picks:
          user?.uid === state.session.user?.uid
            ? state.picks
            : { loaded: false, byId: {}, pending: [] },
      })),
  });

const createPicksSlice =
  (backend: Backend): Slice<PicksSlice> =>
  (set, get) => {
    const withPending = (actionId: string, on: boolean) =>
      set((state) => ({
        picks: {
          ...state.picks,
          pending: on
            ? [...state.picks.pending, actionId]
            : state.picks.pending.filter((id) => id !== actionId),
        },
      }));
    const run = async (actionId: string, request: (id: string) => Promise<void>) => {
      if (get().picks.pending.includes(actionId)) return;
      withPending(actionId, true);
      try {
        await request(actionId);
      } catch (error) {
        get().failed(error, actionId);
      } finally {
        withPending(actionId, false);
      }
    };
    return {
      picks: { loaded: false, byId: {}, pending: [] },
      notice: null,
      picksReceived: (byId) => set((state) => ({ picks: { ...state.picks, loaded: true, byId } })),
      pickRequested: (actionId) => run(actionId, backend.pickAction),
      unpickRequested: (actionId) => run(actionId, backend.unpickAction),
      noticeDismissed: () => set({ notice: null }),
      failed: (error, actionId) =>
        set({
          notice: {
            code: errorCodeOf(error),
            ...(actionId ? { actionId } : {}),
          },
        }),
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
        (error) => store.getState().failed(error),
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
  state.picks.pending.includes(actionId);
export const selectPickedIds = (state: AppState) => orderPicks(state.picks.byId);
export const selectPicksLoaded = (state: AppState) => state.picks.loaded;
export const selectNotice = (state: AppState) => state.notice;
