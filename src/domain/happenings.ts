// Happenings: things worth telling people about, written once by the functions under an id that
// names them (a replay writes the same document), then fanned out by one trigger to what reaches
// people: notices in the app, mails (with consent), chat-tool posts and signed webhooks. Public
// names and titles only, never an email address.
import type { MailBody } from './mail';
import type { NotificationBody } from './notifications';
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
      /** A team's rank moved since the day before (told once a day, by the daily job). */
      readonly kind: 'rankChanged';
      readonly day: string;
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

export const HAPPENING_KINDS: readonly HappeningKind[] = [
  'firstThemeAction',
  'newLeader',
  'rankChanged',
  'dailyTopFive',
  'eventStarting',
  'announcement',
  'seasonFrozen',
  'seasonClosed',
  'reviewBacklog',
];

/** A happening as stored (`happenings/{id}`): the season, when, and how far its fan-out went. */
export type Happening = HappeningBody & {
  readonly seasonId: string;
  readonly at: number;
  /** The season's time zone (quiet hours of mails, days of posts). */
  readonly timeZone: string;
  /** Fan-out to many people goes in pages: the last document done, and whether all is done. */
  readonly cursor?: string | null;
  readonly done?: boolean;
};

/** Ids that name what happened, so writing one twice leaves one. */
export const HAPPENING_IDS = {
  firstThemeAction: (seasonId: string, teamId: string, theme: ThemeId) =>
    `first-theme-${seasonId}-${teamId}-${theme}`,
  newLeader: (seasonId: string, teamId: string, at: number) => `leader-${seasonId}-${teamId}-${at}`,
  /** One per team and day: the daily job tells the rank a team moved to since the day before. */
  rankChanged: (seasonId: string, teamId: string, day: string) =>
    `rank-${seasonId}-${teamId}-${day}`,
  dailyTopFive: (seasonId: string, day: string) => `top-five-${seasonId}-${day}`,
  eventStarting: (eventId: string, window: '24h' | '1h') => `event-${eventId}-${window}`,
  /** `key`: a random id (never the organiser's uid, which would outlive their account). */
  announcement: (seasonId: string, key: string) => `announcement-${seasonId}-${key}`,
  seasonFrozen: (seasonId: string) => `frozen-${seasonId}`,
  seasonClosed: (seasonId: string) => `closed-${seasonId}`,
  reviewBacklog: (seasonId: string, day: string, overdue: boolean) =>
    `backlog-${seasonId}-${day}${overdue ? '-overdue' : ''}`,
} as const;

/** Rule: the themes in which a team's points went from none to some: its first action there. */
export function firstThemes(
  before: Readonly<Partial<Record<ThemeId, number>>>,
  after: Readonly<Partial<Record<ThemeId, number>>>,
): ThemeId[] {
  return (Object.keys(after) as ThemeId[]).filter(
    (theme) => (before[theme] ?? 0) <= 0 && (after[theme] ?? 0) > 0,
  );
}

/** What a board's rows say of who leads and where each team stands. */
export interface RankedRow {
  readonly teamId: string;
  readonly name: string;
  readonly rank: number;
  readonly total: number;
}

/**
 * Rule: a team is the new leader when it ranks first alone with points, and the board before had
 * another team first (or nobody with points). A tie for first names no new leader.
 */
export function newLeaderOf(
  before: readonly RankedRow[],
  after: readonly RankedRow[],
): { leader: RankedRow; previous: RankedRow | null } | null {
  const leaderOf = (rows: readonly RankedRow[]) => {
    const first = rows.filter((row) => row.rank === 1 && row.total > 0);
    return first.length === 1 ? (first[0] as RankedRow) : null;
  };
  const leader = leaderOf(after);
  if (!leader) return null;
  const previous = leaderOf(before);
  if (previous?.teamId === leader.teamId) return null;
  return { leader, previous };
}

/**
 * Rule: a team's rank changed when it is on both boards with another rank and has points now;
 * a team that just appeared, or has no points, has no news to tell.
 */
export function rankChangesOf(
  before: readonly RankedRow[],
  after: readonly RankedRow[],
): { row: RankedRow; previousRank: number }[] {
  const previous = new Map(before.map((row) => [row.teamId, row.rank]));
  return after.flatMap((row) => {
    const rank = previous.get(row.teamId);
    return rank !== undefined && rank !== row.rank && row.total > 0
      ? [{ row, previousRank: rank }]
      : [];
  });
}

/** Who hears of a happening in the app (and by mail, where they agreed). */
export type Audience =
  | { readonly kind: 'teams'; readonly teamIds: readonly string[] }
  | { readonly kind: 'registered'; readonly eventId: string }
  | { readonly kind: 'season' }
  | { readonly kind: 'company'; readonly companyId: string }
  | { readonly kind: 'organisers' }
  | { readonly kind: 'nobody' };

/**
 * Rule: a team's news (a first theme, its rank) goes to its members; a new leader to the members
 * of the team that leads and of the one that led; an event reminder to those holding a place; an
 * announcement to the season or to one company's teams; the freeze and the close to everyone in
 * the season; the daily backlog to organisers. The daily top five and an overdue backlog are
 * posts only, for the chat channels.
 */
export function audienceOf(happening: HappeningBody): Audience {
  switch (happening.kind) {
    case 'firstThemeAction':
    case 'rankChanged':
      return { kind: 'teams', teamIds: [happening.teamId] };
    case 'newLeader':
      return {
        kind: 'teams',
        teamIds: happening.previousTeamId
          ? [happening.teamId, happening.previousTeamId]
          : [happening.teamId],
      };
    case 'eventStarting':
      return { kind: 'registered', eventId: happening.eventId };
    case 'announcement':
      return happening.companyId
        ? { kind: 'company', companyId: happening.companyId }
        : { kind: 'season' };
    case 'seasonFrozen':
    case 'seasonClosed':
      return { kind: 'season' };
    case 'reviewBacklog':
      return happening.overdue ? { kind: 'nobody' } : { kind: 'organisers' };
    case 'dailyTopFive':
      return { kind: 'nobody' };
  }
}

/**
 * The notice one person gets of a happening (`teamId`: the team they hear it as a member of,
 * when the audience is teams), or null when it has none for them.
 */
export function noticeOf(happening: HappeningBody, teamId: string | null): NotificationBody | null {
  switch (happening.kind) {
    case 'firstThemeAction':
      return { kind: 'firstThemeAction', teamId: happening.teamId, theme: happening.theme };
    case 'rankChanged':
      return {
        kind: 'rankChanged',
        teamId: happening.teamId,
        rank: happening.rank,
        previousRank: happening.previousRank,
        teamCount: happening.teamCount,
      };
    case 'newLeader':
      return {
        kind: 'newLeader',
        teamId: happening.teamId,
        teamName: happening.teamName,
        ours: teamId === happening.teamId,
      };
    case 'eventStarting':
      return {
        kind: 'eventStarting',
        eventId: happening.eventId,
        title: happening.title,
        startsAt: happening.startsAt,
        timeZone: happening.timeZone,
        window: happening.window,
      };
    case 'announcement':
      return {
        kind: 'announcement',
        title: happening.title,
        message: happening.message,
        from: happening.from,
      };
    case 'seasonFrozen':
    case 'seasonClosed':
      return { kind: happening.kind, seasonName: happening.seasonName };
    case 'reviewBacklog':
      return happening.overdue
        ? null
        : {
            kind: 'reviewBacklog',
            pending: happening.pending,
            oldestSentAt: happening.oldestSentAt,
            flagged: happening.flagged,
          };
    case 'dailyTopFive':
      return null;
  }
}

/**
 * Rule: one notice per person and happening, its id marked `told-` as one the fan-out wrote (the
 * tests that prove a refused call changed nothing leave those out, as they leave out scores).
 */
export function noticeIdOf(happeningId: string, uid: string): string {
  return `${TOLD_PREFIX}${happeningId}-${uid}`;
}

export const TOLD_PREFIX = 'told-';

/** The review backlog of a season from its pending submissions. */
export function backlogOf(pending: readonly { createdAt: number; duplicateOf: string | null }[]): {
  pending: number;
  oldestSentAt: number | null;
  flagged: number;
} {
  let oldest: number | null = null;
  let flagged = 0;
  for (const item of pending) {
    if (oldest === null || item.createdAt < oldest) oldest = item.createdAt;
    if (item.duplicateOf) flagged += 1;
  }
  return { pending: pending.length, oldestSentAt: oldest, flagged };
}

/**
 * Rule: the happenings that also go by mail (to those who agreed to that kind): an announcement,
 * an event reminder (with its calendar file; not sent once the event has started) and the
 * organisers' daily backlog. The rest stay in the app and the chat channels.
 */
export function mailOf(
  happeningId: string,
  happening: Happening,
): { readonly body: MailBody; readonly expiresAt?: number } | null {
  switch (happening.kind) {
    case 'announcement':
      return {
        body: {
          kind: 'announcement',
          announcementId: happeningId,
          title: happening.title,
          message: happening.message,
          from: happening.from,
        },
      };
    case 'eventStarting':
      return {
        body: {
          kind: 'eventReminder',
          eventId: happening.eventId,
          title: happening.title,
          startsAt: happening.startsAt,
          endsAt: happening.endsAt,
          timeZone: happening.timeZone,
          place: happening.place,
          onlineUrl: happening.onlineUrl,
          window: happening.window,
        },
        expiresAt: happening.startsAt,
      };
    case 'reviewBacklog':
      return happening.overdue
        ? null
        : {
            body: {
              kind: 'backlog',
              day: happening.day,
              pending: happening.pending,
              oldestSentAt: happening.oldestSentAt,
              flagged: happening.flagged,
            },
          };
    default:
      return null;
  }
}
