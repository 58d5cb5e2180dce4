// Where the app listens to Firebase. startSync starts the listeners every signed-in page needs
// (the session, the person's picks, profile, membership and team, the season, the companies;
// for organisers the seasons and organisers) and chains them as keys change; the leaderboard is
// followed only while a page that shows it asks for it (useLeaderboard); a page's own lists
// listen through components/use-live.ts while the page is shown.
import type { Backend } from '../data/backend';
import { GAME_PATHS, PATHS, type AppConfig, type Membership, type Profile } from '../domain/paths';
import type { AppState, AppStore } from './app-store';
import { selectBoardShown } from './board-slice';
import { asCompany, asLeaderboard, asOrganiser, asSeason, asTeam } from './live-slice';

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
 * Starts the backend subscriptions, the one place where the app listens to Firebase: the
 * session, then the documents of whoever is signed in. Returns a function that stops them all.
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
        // Only while a page that shows the board is on screen (board-slice.ts).
        if (!uidOf(s) || !seasonId || s.board.wanted === 0) return null;
        return GAME_PATHS.leaderboard(seasonId, selectBoardShown(s));
      },
      (path) =>
        backend.watchDocument(
          path,
          (document) =>
            state().liveReceived({
              leaderboard: document ? asLeaderboard(document) : null,
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
