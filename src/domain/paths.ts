// Where each kind of document lives in Firestore, named once for the SPA, functions and tests.
export const PATHS = {
  appConfig: 'config/app',
  seasons: 'seasons',
  companies: 'companies',
  teams: 'teams',
  teamInvite: (teamId: string) => `teams/${teamId}/private/invite`,
  inviteCodes: 'inviteCodes',
  memberships: 'memberships',
  membershipId: (seasonId: string, uid: string) => `${seasonId}_${uid}`,
  profiles: 'profiles',
  organisers: 'organisers',
  picks: 'picks',
} as const;

/** The app-wide document everyone signed in reads first. */
export interface AppConfig {
  readonly currentSeasonId: string | null;
  readonly hasOrganiser: boolean;
}

export interface Membership {
  readonly seasonId: string;
  readonly teamId: string;
  readonly uid: string;
  readonly role: 'captain' | 'member';
  readonly joinedAt: number;
}

export interface Profile {
  readonly displayName: string;
  readonly pseudonym: string;
  readonly showRealName: boolean;
  /** Mirrors the organiser claim so open tabs learn of a change and refresh their token. */
  readonly organiser: boolean;
}
