// The app's one store, combined from slices by concern: the session (session-slice), the
// person's picks (picks-slice), the documents the screens show (live-slice), the leaderboard's
// listener on demand (board-slice) and the submissions kept on this device (outbox-slice). The
// data layer is injected so UI tests can hand it a fake; sync.ts starts the listeners.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Backend } from '../data/backend';
import { orderPicks } from '../domain/picks';
import { createBoardSlice, type BoardSlice } from './board-slice';
import { createLiveSlice, type LiveSlice } from './live-slice';
import { createOutboxSlice, type OutboxSlice } from './outbox-slice';
import { createPicksSlice, type PicksSlice } from './picks-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';

export type { PicksSlice } from './picks-slice';
export type { SessionSlice, SessionStatus } from './session-slice';

export type AppState = SessionSlice & PicksSlice & LiveSlice & BoardSlice & OutboxSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(backend: Backend): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createSessionSlice(backend)(...args),
    ...createPicksSlice(backend)(...args),
    ...createLiveSlice<AppState>(backend)(...args),
    ...createBoardSlice(...args),
    ...createOutboxSlice<AppState>(backend)(...args),
  }));
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
export const selectConfig = (state: AppState) => state.live.config;
export const selectSeason = (state: AppState) => state.live.season;
export const selectMembership = (state: AppState) => state.live.membership;
export const selectTeam = (state: AppState) => state.live.team;
export const selectIsOrganiser = (state: AppState) => state.session.user?.organiser === true;
