// Happenings: things worth telling people about, written once by the functions under an id that
// names them (a replay writes the same document), then fanned out by one trigger to what reaches
// people: notices in the app, mails (with consent), chat-tool posts and signed webhooks. Public
// names and titles only, never an email address.
import type { Localized, ThemeId } from './themes';

/** One row of a standings post: public names only. */
export interface StandingRow {
  readonly rank: number;
  readonly teamId: string;
  readonly name: string;
  readonly companyName: string;
  readonly points: number;
}

/** What happened, by kind. Each carries what its sentences need, copied when it happened. */
export type HappeningBody =
  | {
      /** A team's first approved action in a theme. */
      readonly kind: 'firstThemeAction';
      readonly teamId: string;
      readonly teamName: string;
      readonly theme: ThemeId;
    }
  | {
      /** A team took the lead of the (live) leaderboard from another one, or from nobody. */
      readonly kind: 'newLeader';
      readonly teamId: string;
      readonly teamName: string;
      readonly previousTeamId: string | null;
      readonly previousTeamName: string | null;
    }
  | {
      /** A team's rank moved (told at most once per team and day: the latest rank wins). */
      readonly kind: 'rankChanged';
      readonly teamId: string;
      readonly teamName: string;
      readonly rank: number;
      readonly previousRank: number;
      readonly teamCount: number;
    }
  | {
      /** The first five of the public board, once a day. */
      readonly kind: 'dailyTopFive';
      readonly day: string;
      readonly rows: readonly StandingRow[];
    }
  | {
      /** An event starts in 24 hours or in one hour: its registered people are reminded. */
      readonly kind: 'eventStarting';
      readonly eventId: string;
      readonly title: Localized;
      readonly startsAt: number;
      readonly endsAt: number;
      readonly timeZone: string;
      readonly place: string | null;
      readonly onlineUrl: string | null;
      readonly window: '24h' | '1h';
    }
  | {
      /** An organiser's announcement, to the whole season or to one company's members. */
      readonly kind: 'announcement';
      readonly companyId: string | null;
      readonly title: Localized;
      readonly message: Localized;
      readonly from: string;
    }
  | {
      /** The season froze: the public board stops moving until the close. */
      readonly kind: 'seasonFrozen';
      readonly seasonName: string;
    }
  | {
      /** The season closed: the final standings. */
      readonly kind: 'seasonClosed';
      readonly seasonName: string;
      readonly rows: readonly StandingRow[];
    }
  | {
      /** The review backlog, for organisers: once a day, and when the oldest waits too long. */
      readonly kind: 'reviewBacklog';
      readonly day: string;
      readonly pending: number;
      readonly oldestSentAt: number | null;
      readonly flagged: number;
      readonly overdue: boolean;
    };

export type HappeningKind = HappeningBody['kind'];

/** A happening as stored (`happenings/{id}`): the season, when, and how far its fan-out went. */
export type Happening = HappeningBody & {
  readonly seasonId: string;
  readonly at: number;
  /** The season's time zone (quiet hours of mails, days of posts). */
  readonly timeZone: string;
  /** Fan-out to many people goes in pages: the last uid done, and whether all is done. */
  readonly cursor?: string | null;
  readonly done?: boolean;
};

/** Ids that name what happened, so writing one twice leaves one. */
export const HAPPENING_IDS = {
  firstThemeAction: (seasonId: string, teamId: string, theme: ThemeId) =>
    `first-theme-${seasonId}-${teamId}-${theme}`,
  newLeader: (seasonId: string, teamId: string, at: number) => `leader-${seasonId}-${teamId}-${at}`,
  rankChanged: (seasonId: string, teamId: string, day: string) =>
    `rank-${seasonId}-${teamId}-${day}`,
  dailyTopFive: (seasonId: string, day: string) => `top-five-${seasonId}-${day}`,
  eventStarting: (eventId: string, window: '24h' | '1h') => `event-${eventId}-${window}`,
  announcement: (seasonId: string, at: number, by: string) =>
    `announcement-${seasonId}-${at}-${by}`,
  seasonFrozen: (seasonId: string) => `frozen-${seasonId}`,
  seasonClosed: (seasonId: string) => `closed-${seasonId}`,
  reviewBacklog: (seasonId: string, day: string, overdue: boolean) =>
    `backlog-${seasonId}-${day}${overdue ? '-overdue' : ''}`,
} as const;
