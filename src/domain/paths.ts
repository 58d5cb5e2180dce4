// Where each kind of document lives in Firestore, named once for the SPA, functions and tests.
export const PATHS = {
  appConfig: 'config/app',
  seasons: 'seasons',
  companies: 'companies',
  teams: 'teams',
  teamInvite: (teamId: string) => `teams/${teamId}/private/invite`,
  /** When each member was last nudged (domain/nudges): the team's captains and organisers. */
  teamNudges: (teamId: string) => `teams/${teamId}/captain/nudges`,
  inviteCodes: 'inviteCodes',
  memberships: 'memberships',
  membershipId: (seasonId: string, uid: string) => `${seasonId}_${uid}`,
  profiles: 'profiles',
  organisers: 'organisers',
  picks: 'picks',
  /** Things worth telling people (domain/happenings): written and read by the functions only. */
  happenings: 'happenings',
  /** A season's weekly digest run (`{seasonId}_{week}`): its cursor, for the functions only. */
  digestRuns: 'digestRuns',
  /** A person's mail choices (domain/mail), keyed by uid: read by them, written by the functions. */
  mailPreferences: 'mailPreferences',
  /** The outbox of mail (domain/mail): the functions only. */
  mail: 'mail',
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

/** Where the game's documents live. */
export const GAME_PATHS = {
  submissions: 'submissions',
  /** One document per photo proof, keyed by submission id: the author, captains, organisers. */
  proofPhotos: 'proofPhotos',
  /** Recent submission times per person, for the rate limit. */
  rateLimits: 'rateLimits',
  /** One document per team that sent a team action, written with each: see takeSubmissionTurn. */
  teamTurns: (seasonId: string) => `seasons/${seasonId}/teamTurns`,
  scores: (seasonId: string) => `seasons/${seasonId}/scores`,
  /** Marks of score events already applied, keyed by the event's id. */
  appliedEvents: (seasonId: string) => `seasons/${seasonId}/appliedEvents`,
  /**
   * `public` (what everyone sees; stops at the freeze), `live` (organisers), `state` (the
   * rebuilds' lease and cache), `request` (there while a rebuild is asked for: its creation
   * wakes the rebuild), and `dailyRanks` (the ranks the daily job last told, by team).
   */
  leaderboard: (seasonId: string, which: 'public' | 'live' | 'state' | 'request' | 'dailyRanks') =>
    `seasons/${seasonId}/leaderboard/${which}`,
  /**
   * The board beyond its top (LeaderboardPage), one document per page, id its number from 1:
   * page 1 holds positions BOARD_TOP_ROWS + 1 to BOARD_TOP_ROWS + BOARD_PAGE_ROWS, and so on.
   */
  leaderboardPages: (seasonId: string, which: 'public' | 'live') =>
    `seasons/${seasonId}/leaderboard/${which}/pages`,
  /** What the rebuild keeps of every team between rebuilds, so it reads only what moved: functions only. */
  boardCache: (seasonId: string) => `seasons/${seasonId}/boardCache`,
  audit: (seasonId: string) => `seasons/${seasonId}/audit`,
  corrections: (seasonId: string) => `seasons/${seasonId}/corrections`,
  /** `{ actionIds: { [actionId]: true } }`: actions approved on the honour system. */
  autoApproval: (seasonId: string) => `seasons/${seasonId}/settings/autoApproval`,
} as const;

export const EVENT_PATHS = {
  events: 'events',
  /** One document per person and event, id `${eventId}_${uid}`. */
  registrations: 'eventRegistrations',
  registrationId: (eventId: string, uid: string) => `${eventId}_${uid}`,
  /** The approved submission attendance creates, one per person and event. */
  attendanceSubmissionId: (eventId: string, uid: string) => `event-${eventId}-${uid}`,
} as const;

/** Messages for one person, written by the functions (see domain/notifications). */
export const NOTIFICATION_PATHS = {
  notifications: 'notifications',
  /** The message a cancellation leaves one person, one per person and event. */
  cancelledId: (eventId: string, uid: string) => `cancelled-${eventId}-${uid}`,
  /** A review's message: one per submission, decision and time (a submission may be sent again). */
  reviewedId: (submissionId: string, decision: 'approved' | 'rejected', at: number) =>
    `reviewed-${submissionId}-${decision}-${at}`,
  /** A captain's nudge to one member. */
  nudgeId: (teamId: string, uid: string, at: number) => `nudge-${teamId}-${uid}-${at}`,
} as const;

export const SURVEY_PATHS = {
  /** One answer per person and season, id `${seasonId}_${uid}` (as memberships). */
  answers: 'surveyAnswers',
} as const;

export function surveyAnswerId(seasonId: string, uid: string): string {
  return `${seasonId}_${uid}`;
}

/** Rule: the survey is open only once an organiser switched it on (absent means off). */
export function surveyIsOpen(season: { readonly surveyOpen?: boolean }): boolean {
  return season.surveyOpen === true;
}

/** How many rows the top of the board holds (the one document every viewer of the board follows). */
export const BOARD_TOP_ROWS = 100;
/** How many rows each page after the top holds. */
export const BOARD_PAGE_ROWS = 100;
/** How many companies the top of the board rolls up (the most points first). */
export const BOARD_TOP_COMPANIES = 100;
