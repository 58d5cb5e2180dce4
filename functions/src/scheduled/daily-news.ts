// The scheduled work that turns time into news: event reminders a day and an hour before, the
// daily top five and each team's rank since the day before, and the organisers' review backlog.
// Each asks the rules of domain/schedule whether its window has come and records happenings
// under ids that name the window, so running it again in the same window records nothing new.
import { EVENT_PATHS, type SeasonEvent } from '../../../src/domain/events';
import { GAME_PATHS } from '../../../src/domain/game';
import {
  HAPPENING_IDS,
  backlogOf,
  rankChangesOf,
  type RankedRow,
} from '../../../src/domain/happenings';
import { PATHS } from '../../../src/domain/paths';
import { backlogOverdue } from '../../../src/domain/chat';
import {
  BACKLOG_HOUR,
  DAILY_POST_HOUR,
  EVENT_REMINDERS,
  dailyWindowAt,
  reminderWindowAt,
  wallClock,
} from '../../../src/domain/schedule';
import { isValidTimeZone, type Season } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { standingRows } from '../lib/board-news';
import { readWholeBoard } from '../lib/whole-board';
import { happeningRef, recordHappening } from '../lib/happenings';
import { backlogAlertHoursOf } from '../lib/posts';
import { gameRefs } from '../lib/documents';

/** Seasons under way (open or frozen) whose calendar the jobs can read. */
export async function seasonsUnderWay(): Promise<Season[]> {
  const snapshot = await db
    .collection(PATHS.seasons)
    .where('state', 'in', ['open', 'frozen'])
    .get();
  return snapshot.docs
    .map((document) => ({ ...(document.data() as Season), id: document.id }))
    .filter((season) => typeof season.timeZone === 'string' && isValidTimeZone(season.timeZone));
}

/** Records the reminders due at `now` of events starting within a day; returns how many. */
export async function remindEvents(now: number): Promise<number> {
  const soon = await db
    .collection(EVENT_PATHS.events)
    .where('startsAt', '>', now)
    .where('startsAt', '<=', now + EVENT_REMINDERS['24h'])
    .get();
  const seasons = new Map((await seasonsUnderWay()).map((season) => [season.id, season]));
  let recorded = 0;
  for (const document of soon.docs) {
    const event = { ...(document.data() as SeasonEvent), id: document.id };
    const season = seasons.get(event.seasonId);
    const window = reminderWindowAt(event.startsAt, now);
    if (!season || event.status !== 'scheduled' || !window) continue;
    const wrote = await recordHappening(
      HAPPENING_IDS.eventStarting(event.id, window),
      season.id,
      season.timeZone,
      {
        kind: 'eventStarting',
        eventId: event.id,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
        place: event.place,
        onlineUrl: event.onlineUrl,
        window,
      },
      now,
    );
    if (wrote) recorded += 1;
  }
  return recorded;
}

/** Where the daily job keeps the ranks it last told, per season: `{ day, ranks: { teamId: rank } }`. */
const dailyRanksRef = (seasonId: string) => gameRefs.leaderboard(seasonId, 'dailyRanks');

/**
 * Once a day from DAILY_POST_HOUR, for each open season: the top five of the public board (for the
 * chat channels) and, for each team whose rank moved since the day before, a notice to its members.
 * Returns the seasons it told.
 */
export async function tellDailyStandings(now: number): Promise<number> {
  let told = 0;
  for (const season of await seasonsUnderWay()) {
    if (season.state !== 'open') continue;
    const day = dailyWindowAt(now, season.timeZone, DAILY_POST_HOUR);
    if (!day) continue;
    const daily = await dailyRanksRef(season.id).get();
    if (daily.get('day') === day) continue;
    // Every team's rank is compared with the day before's: the whole board, pages included.
    const board = await readWholeBoard(season.id, 'public');
    if (!board || board.rows.length === 0) continue;
    await recordHappening(
      HAPPENING_IDS.dailyTopFive(season.id, day),
      season.id,
      season.timeZone,
      { kind: 'dailyTopFive', day, rows: standingRows(board, 5) },
      now,
    );
    const ranks = (daily.get('ranks') ?? {}) as Record<string, number>;
    const before: RankedRow[] = board.rows.flatMap((row) =>
      Object.hasOwn(ranks, row.teamId) ? [{ ...row, rank: ranks[row.teamId] as number }] : [],
    );
    await Promise.all(
      rankChangesOf(before, board.rows).map(({ row, previousRank }) =>
        recordHappening(
          HAPPENING_IDS.rankChanged(season.id, row.teamId, day),
          season.id,
          season.timeZone,
          {
            kind: 'rankChanged',
            day,
            teamId: row.teamId,
            teamName: row.name,
            rank: row.rank,
            previousRank,
            teamCount: board.rows.length,
          },
          now,
        ),
      ),
    );
    await dailyRanksRef(season.id).set({
      day,
      ranks: Object.fromEntries(board.rows.map((row) => [row.teamId, row.rank])),
    });
    told += 1;
  }
  return told;
}

/** The season's pending submissions, as the backlog counts them. */
async function backlogNow(seasonId: string) {
  const pending = await db
    .collection(GAME_PATHS.submissions)
    .where('seasonId', '==', seasonId)
    .where('status', '==', 'pending')
    .select('createdAt', 'duplicateOf')
    .get();
  return backlogOf(
    pending.docs.map((document) => ({
      createdAt: Number(document.get('createdAt')),
      duplicateOf: (document.get('duplicateOf') as string | null) ?? null,
    })),
  );
}

/**
 * For each season under way: once a day from BACKLOG_HOUR, the review backlog, told to organisers
 * (in the app, and by mail unless they turned it off); and, once a day at most, an alert to the
 * organisers' chat channel as soon as the oldest pending submission has waited longer than the
 * hours that channel set. Returns the happenings it recorded.
 */
export async function reportReviewBacklog(now: number): Promise<number> {
  let told = 0;
  for (const season of await seasonsUnderWay()) {
    const record = async (id: string, overdue: boolean, day: string) => {
      const backlog = await backlogNow(season.id);
      if (overdue && !backlogOverdue({ at: now, ...backlog }, alertHours ?? Infinity)) return;
      const body = { kind: 'reviewBacklog', day, ...backlog, overdue } as const;
      if (await recordHappening(id, season.id, season.timeZone, body, now)) told += 1;
    };
    const daily = dailyWindowAt(now, season.timeZone, BACKLOG_HOUR);
    if (daily) {
      const id = HAPPENING_IDS.reviewBacklog(season.id, daily, false);
      if (!(await happeningRef(id).get()).exists) await record(id, false, daily);
    }
    const alertHours = await backlogAlertHoursOf(season.id);
    if (alertHours !== null) {
      const today = wallClock(now, season.timeZone).day;
      const id = HAPPENING_IDS.reviewBacklog(season.id, today, true);
      if (!(await happeningRef(id).get()).exists) await record(id, true, today);
    }
  }
  return told;
}
