// The documents the screens show, as their listeners last delivered them, and the one way the
// screens ask the functions for a change (`commandRequested`).
import type { StateCreator } from 'zustand/vanilla';
import {
  BackendError,
  type Backend,
  type BackendErrorCode,
  type DocumentSnapshot,
} from '../data/backend';
import type { AppConfig, Membership, Profile } from '../domain/paths';
import type { Season } from '../domain/season';
import type { Team } from '../domain/team';

export interface Company {
  readonly id: string;
  readonly name: string;
}

export interface Organiser {
  readonly uid: string;
  readonly email: string;
}

export type CommandResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly code: BackendErrorCode; readonly message: string };

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
  };
  liveReceived(patch: Partial<LiveSlice['live']>): void;
  commandRequested(name: string, data: unknown): Promise<CommandResult>;
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
};

export const createLiveSlice =
  <S extends LiveSlice>(backend: Backend): StateCreator<S, [], [], LiveSlice> =>
  (set) => ({
    live: EMPTY_LIVE,
    liveReceived: (patch) => set((state) => ({ live: { ...state.live, ...patch } }) as Partial<S>),
    commandRequested: async (name, data) => {
      try {
        return { ok: true, data: await backend.call(name, data) };
      } catch (error) {
        return error instanceof BackendError
          ? { ok: false, code: error.code, message: error.message }
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
});
export const asOrganiser = (document: DocumentSnapshot): Organiser => ({
  uid: document.id,
  email: String(document.data.email ?? ''),
});
