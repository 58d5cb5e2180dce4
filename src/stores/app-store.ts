// The app's one store: four slices combined (the session, the person's picks, the live documents
// the screens share with the commands they send, the outbox of submissions kept on the device),
// with the data layer injected so UI tests can hand it a fake.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { Backend, BackendErrorCode, PickMap, SessionUser } from '../data/backend';
import { BackendError } from '../data/backend';
import type { Leaderboard } from '../domain/game';
import { GAME_PATHS, PATHS, type AppConfig, type Membership, type Profile } from '../domain/paths';
import { orderPicks } from '../domain/picks';
import {
  EMPTY_LIVE,
  asCompany,
  asOrganiser,
  asSeason,
  asTeam,
  createLiveSlice,
  type LiveSlice,
} from './live-slice';
import { createOutboxSlice, EMPTY_OUTBOX, type OutboxSlice } from './outbox-slice';

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

export type AppState = SessionSlice & PicksSlice & LiveSlice & OutboxSlice;
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
        // A new person starts with nothing of the previous one's until their own snapshots arrive.
        ...(user?.uid === state.session.user?.uid
          ? {}
          : { picks: EMPTY_PICKS, notice: null, live: EMPTY_LIVE, outbox: EMPTY_OUTBOX }),
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
    ...createLiveSlice<AppState>(backend)(...args),
    ...createOutboxSlice<AppState>(backend)(...args),
  }));
}

/**
 * Starts a listener whenever `keyOf` gives a new non-null key, stopping the previous one: the
 * way listeners chain (session -> season -> membership -> team) without components subscribing.
 */
function follow(
  store: AppStore,
  keyOf: (state: AppState) => string | null,
  start: (key: string) => () => void,
): () => void {
  let current: string | null = null;
  let stop: (() => void) | null = null;
  const apply = () => {
    const key = keyOf(store.getState());
    if (key === current) return;
    stop?.();
    stop = null;
    current = key;
    if (key !== null) stop = start(key);
  };
  const unsubscribe = store.subscribe(apply);
  apply();
  return () => {
    unsubscribe();
    stop?.();
  };
}

/**
 * Starts the backend subscriptions the screens share, in one place: the session, then the
 * documents of whoever is signed in (a page's own documents are followed by the page, through
 * components/use-live.ts, while it is shown). Returns a function that stops them all.
 */
export function startSync(store: AppStore, backend: Backend): () => void {
  const state = () => store.getState();
  const failed = (error: unknown) => state().failed(error);
  const uidOf = (s: AppState) => s.session.user?.uid ?? null;
  const stops = [
    follow(store, uidOf, (uid) =>
      backend.watchPicks(
        uid,
        (picks) => state().picksReceived(picks),
        (error) => state().picksFailed(error),
      ),
    ),
    follow(
      store,
      (s) => (uidOf(s) ? 'config' : null),
      () =>
        backend.watchDocument(
          PATHS.appConfig,
          (document) =>
            state().liveReceived({
              config: {
                currentSeasonId: (document?.data.currentSeasonId as string | undefined) ?? null,
                hasOrganiser: document?.data.hasOrganiser === true,
              } satisfies AppConfig,
            }),
          failed,
        ),
    ),
    follow(store, uidOf, () =>
      backend.watchConnection((reachable) => state().liveReceived({ reachable })),
    ),
    follow(store, uidOf, (uid) =>
      backend.watchDocument(
        `${PATHS.profiles}/${uid}`,
        (document) => {
          const profile = (document?.data ?? null) as Profile | null;
          state().liveReceived({ profile });
          // A claim changed elsewhere (a grant): take a fresh token so the UI follows.
          const organiser = profile?.organiser === true;
          if (organiser !== (state().session.user?.organiser === true)) {
            void backend.refreshSession();
          }
        },
        failed,
      ),
    ),
    follow(
      store,
      (s) => s.live.config?.currentSeasonId ?? null,
      (seasonId) =>
        backend.watchDocument(
          `${PATHS.seasons}/${seasonId}`,
          (document) => state().liveReceived({ season: document ? asSeason(document) : null }),
          // A draft is hidden from employees: not being allowed to read it means "no season yet".
          () => state().liveReceived({ season: null }),
        ),
    ),
    follow(
      store,
      (s) => {
        const uid = uidOf(s);
        const seasonId = s.live.config?.currentSeasonId;
        return uid && seasonId ? PATHS.membershipId(seasonId, uid) : null;
      },
      (membershipId) =>
        backend.watchDocument(
          `${PATHS.memberships}/${membershipId}`,
          (document) =>
            state().liveReceived({
              membership: (document?.data ?? null) as Membership | null,
              ...(document ? {} : { team: null, inviteCode: null }),
            }),
          failed,
        ),
    ),
    follow(
      store,
      (s) => s.live.membership?.teamId ?? null,
      (teamId) => {
        const stopTeam = backend.watchDocument(
          `${PATHS.teams}/${teamId}`,
          (document) => state().liveReceived({ team: document ? asTeam(document) : null }),
          failed,
        );
        const stopInvite = backend.watchDocument(
          PATHS.teamInvite(teamId),
          (document) =>
            state().liveReceived({
              inviteCode: (document?.data.code as string | undefined) ?? null,
            }),
          // Read access may lag a moment behind a join: the next snapshot brings the code.
          () => state().liveReceived({ inviteCode: null }),
        );
        return () => {
          stopTeam();
          stopInvite();
        };
      },
    ),
    follow(
      store,
      (s) => {
        const seasonId = s.live.season?.id;
        if (!uidOf(s) || !seasonId) return null;
        return GAME_PATHS.leaderboard(seasonId, s.session.user?.organiser ? 'live' : 'public');
      },
      (path) =>
        backend.watchDocument(
          path,
          (document) =>
            state().liveReceived({
              leaderboard: document ? (document.data as unknown as Leaderboard) : null,
            }),
          // Not readable yet (a draft season): no leaderboard to show.
          () => state().liveReceived({ leaderboard: null }),
        ),
    ),
    follow(
      store,
      (s) => (uidOf(s) ? 'companies' : null),
      () =>
        backend.watchCollection(
          PATHS.companies,
          (documents) => state().liveReceived({ companies: documents.map(asCompany) }),
          failed,
        ),
    ),
    follow(
      store,
      (s) => (s.session.user?.organiser ? 'organiser' : null),
      () => {
        const stopSeasons = backend.watchCollection(
          PATHS.seasons,
          (documents) => state().liveReceived({ seasons: documents.map(asSeason) }),
          failed,
        );
        const stopOrganisers = backend.watchCollection(
          PATHS.organisers,
          (documents) => state().liveReceived({ organisers: documents.map(asOrganiser) }),
          failed,
        );
        return () => {
          stopSeasons();
          stopOrganisers();
        };
      },
    ),
    // The submissions kept on this device: loaded for whoever signs in, and sent whenever the
    // connection comes back (the database answers again, or the browser is online again).
    follow(store, uidOf, () => {
      void state()
        .outboxReloaded()
        .then(() => state().outboxFlushRequested());
      const stopChanges = backend.outbox.onChange(() => void state().outboxReloaded());
      const onOnline = () => void state().outboxFlushRequested();
      const browser = typeof window === 'undefined' ? null : window;
      browser?.addEventListener('online', onOnline);
      return () => {
        stopChanges();
        browser?.removeEventListener('online', onOnline);
      };
    }),
    follow(
      store,
      (s) => (uidOf(s) && s.live.reachable ? `reachable:${uidOf(s)}` : null),
      () => {
        if (state().outbox.entries.some((entry) => entry.state === 'waiting')) {
          void state().outboxFlushRequested();
        }
        return () => {};
      },
    ),
  ];
  const stopSession = backend.onSessionChanged((user) => state().sessionChanged(user));
  return () => {
    stopSession();
    for (const stop of stops) stop();
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
export const selectLive = (state: AppState) => state.live;
export const selectIsOrganiser = (state: AppState) => state.session.user?.organiser === true;
