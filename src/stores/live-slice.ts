// The documents the screens show, as their listeners last delivered them, and the one way the
// screens ask the functions for a change (`commandRequested`).
import type { CommandName } from '../domain/commands';
import type { StateCreator } from 'zustand/vanilla';
import {
  BackendError,
  type Backend,
  type BackendErrorCode,
  type DocumentSnapshot,
  type NewestFirst,
  type Unsubscribe,
  type WhereEquals,
} from '../data/backend';
import type { Leaderboard, LeaderboardPage, Submission } from '../domain/game';
import { companyRollUp } from '../domain/leaderboard-view';
import type { AppConfig, Membership, Profile } from '../domain/paths';
import type { Season } from '../domain/season';
import type { Team } from '../domain/team';

export interface Company {
  readonly id: string;
  readonly name: string;
  /** Its email domains (domain/company-domains): none on a company saved before they existed. */
  readonly domains: readonly string[];
}

export interface Organiser {
  readonly uid: string;
  readonly email: string;
}

export type CommandResult =
  | { readonly ok: true; readonly data: unknown }
  | {
      readonly ok: false;
      readonly code: BackendErrorCode;
      readonly message: string;
      readonly details?: Readonly<Record<string, unknown>> | null;
    };

export interface LiveSlice {
  live: {
    config: AppConfig | null;
    profile: Profile | null;
    season: Season | null;
    membership: Membership | null;
    team: Team | null;
    inviteCode: string | null;
    companies: readonly Company[];
    seasons: readonly Season[];
    organisers: readonly Organiser[];
    /** The top of the current season's board: the live one for organisers, the public one for others. */
    leaderboard: Leaderboard | null;
    /** Whether the database answers (false while the network or the service is down). */
    reachable: boolean;
  };
  liveReceived(patch: Partial<LiveSlice['live']>): void;
  commandRequested(name: CommandName, data: unknown): Promise<CommandResult>;
  /** For a page's own listeners (see components/use-live.ts); each returns its stop. */
  documentWatched(
    path: string,
    onData: (document: DocumentSnapshot | null) => void,
    onError: (error: BackendError) => void,
  ): Unsubscribe;
  collectionWatched(
    path: string,
    where: readonly WhereEquals[],
    onData: (documents: readonly DocumentSnapshot[]) => void,
    onError: (error: BackendError) => void,
    newest?: NewestFirst,
  ): Unsubscribe;
  /** For exports: a collection read once, page by page (see Backend.readPages). */
  pagesRead: Backend['readPages'];
  documentsCounted: Backend['count'];
  /** One-shot reads for what a page shows only while shown (the board's pages, the search). */
  documentRead: Backend['readDocument'];
  containingFound: Backend['findContaining'];
  startingWithRead: Backend['readStartingWith'];
}

export const EMPTY_LIVE: LiveSlice['live'] = {
  config: null,
  profile: null,
  season: null,
  membership: null,
  team: null,
  inviteCode: null,
  companies: [],
  seasons: [],
  organisers: [],
  leaderboard: null,
  reachable: true,
};

export const createLiveSlice =
  <S extends LiveSlice>(backend: Backend): StateCreator<S, [], [], LiveSlice> =>
  (set) => ({
    live: EMPTY_LIVE,
    documentWatched: (path, onData, onError) => backend.watchDocument(path, onData, onError),
    collectionWatched: (path, where, onData, onError, newest) =>
      backend.watchCollection(path, onData, onError, where, newest),
    pagesRead: (path, where, pageSize, onPage, signal) =>
      backend.readPages(path, where, pageSize, onPage, signal),
    documentsCounted: (path, where) => backend.count(path, where),
    documentRead: (path) => backend.readDocument(path),
    containingFound: (path, field, value) => backend.findContaining(path, field, value),
    startingWithRead: (path, where, field, prefix, limit) =>
      backend.readStartingWith(path, where, field, prefix, limit),
    liveReceived: (patch) => set((state) => ({ live: { ...state.live, ...patch } }) as Partial<S>),
    commandRequested: async (name, data) => {
      try {
        return { ok: true, data: await backend.call(name, data) };
      } catch (error) {
        return error instanceof BackendError
          ? { ok: false, code: error.code, message: error.message, details: error.details }
          : { ok: false, code: 'unknown', message: String(error) };
      }
    },
  });

/** Document fields as the domain types them, with the id the path gives. */
export const asSeason = (document: DocumentSnapshot): Season =>
  ({ ...document.data, id: document.id }) as unknown as Season;
export const asTeam = (document: DocumentSnapshot): Team =>
  ({ ...document.data, id: document.id }) as unknown as Team;
export const asCompany = (document: DocumentSnapshot): Company => ({
  id: document.id,
  name: String(document.data.name ?? ''),
  domains: Array.isArray(document.data.domains)
    ? document.data.domains.filter((domain): domain is string => typeof domain === 'string')
    : [],
});
export const asOrganiser = (document: DocumentSnapshot): Organiser => ({
  uid: document.id,
  email: String(document.data.email ?? ''),
});
export const asSubmission = (document: DocumentSnapshot): Submission =>
  ({ ...document.data, id: document.id }) as unknown as Submission;

/**
 * The top of the board as the screens read it. A board written before the board had pages lacks
 * the counts and the companies' roll-up: it held every team, so they are taken from its rows.
 */
export function asLeaderboard(document: DocumentSnapshot): Leaderboard {
  const board = document.data as unknown as Partial<Leaderboard> &
    Pick<Leaderboard, 'rows' | 'companies'>;
  const rollUp = board.companyRollUp ?? companyRollUp(board.rows, board.companies);
  return {
    ...(board as Leaderboard),
    teamCount: board.teamCount ?? board.rows.length,
    pageCount: board.pageCount ?? 0,
    companyRollUp: rollUp,
    companyCount: board.companyCount ?? rollUp.length,
  };
}

export const asLeaderboardPage = (document: DocumentSnapshot): LeaderboardPage =>
  document.data as unknown as LeaderboardPage;
