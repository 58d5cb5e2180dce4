// The weekly digest: once a week is over (from Monday 09:00 on the season's calendar), each person
// of a season under way who asked for it gets one mail about that week. A season of 20,000 people
// is done a page of members at a time; each page's mails and the run's cursor are written in one
// transaction, so a crash or a timeout resumes where it stopped and nobody gets two digests.
import { FieldPath } from 'firebase-admin/firestore';
import { readWholeBoard } from '../lib/whole-board';
import { CATALOGUE } from '../../../src/domain/catalogue';
import { buildDigest, weekEndOf, type DigestContent } from '../../../src/domain/digest';
import { GAME_PATHS, seasonAction, type Leaderboard } from '../../../src/domain/game';
import { mailAllowed, type MailPreferences } from '../../../src/domain/mail';
import { PATHS } from '../../../src/domain/paths';
import { digestWeekAt, weekWithinSeason } from '../../../src/domain/schedule';
import type { Season } from '../../../src/domain/season';
import type { Localized } from '../../../src/domain/themes';
import { db } from '../lib/admin';
import { mailPreferencesRef, queueMail } from '../lib/mail';
import { metered, noOps } from '../lib/meter';
import { seasonsUnderWay } from './daily-news';

/** Members read per page: at most one mail each, under a transaction's 500 writes. */
export const DIGEST_PAGE = 200;

/** Where a season's digest of a week keeps its cursor: `{ cursor, done, queued }`. */
export const digestRunRef = (seasonId: string, week: string) =>
  db.collection(PATHS.digestRuns).doc(`${seasonId}_${week}`);

/** The one mail id of a person's digest of a week: queued twice, it is one mail. */
export const digestMailId = (seasonId: string, week: string, uid: string) =>
  `digest_${seasonId}_${week}_${uid}`;

interface ApprovedItem {
  readonly uid: string;
  readonly day: string;
  readonly actionId: string;
  readonly points: number;
}

/** The actions a season counts, catalogue and custom. */
function seasonActions(season: Season) {
  const custom = season.customActions.map((action) => seasonAction(season, action.id));
  const catalogue = CATALOGUE.filter((action) => seasonAction(season, action.id));
  return [...catalogue, ...custom].filter((action) => action !== undefined);
}

/**
 * Queues the next page of a season's digests of `week`; returns whether the run is done. The
 * page is read outside the transaction, which writes only while the cursor is where it began.
 */
async function digestPage(
  season: Season,
  week: string,
  board: Leaderboard | undefined,
  now: number,
  pageSize: number,
): Promise<{ done: boolean; queued: number }> {
  const runRef = digestRunRef(season.id, week);
  const run = await runRef.get();
  if (run.get('done') === true) return { done: true, queued: 0 };
  const cursor = (run.get('cursor') as string | undefined) ?? null;
  let page = db
    .collection(PATHS.memberships)
    .where('seasonId', '==', season.id)
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  if (cursor) page = page.startAfter(cursor);
  const members = (await page.get()).docs;
  const last = members.length < pageSize;
  const preferences = members.length
    ? await db.getAll(...members.map((member) => mailPreferencesRef(String(member.get('uid')))))
    : [];
  const wanted = members.filter((_, index) =>
    mailAllowed(preferences[index]?.data() as MailPreferences | undefined, 'digest'),
  );
  // One read of each team's approved submissions serves all of its members on the page.
  const teamIds = [...new Set(wanted.map((member) => String(member.get('teamId'))))];
  const approvedByTeam = new Map<string, ApprovedItem[]>();
  const teams = teamIds.length
    ? await db.getAll(...teamIds.map((teamId) => db.collection(PATHS.teams).doc(teamId)))
    : [];
  const teamNames = new Map(teams.map((team) => [team.id, String(team.get('name') ?? '')]));
  await Promise.all(
    teamIds.map(async (teamId) => {
      const snapshot = await db
        .collection(GAME_PATHS.submissions)
        .where('teamId', '==', teamId)
        .where('status', '==', 'approved')
        .select('uid', 'day', 'actionId', 'points')
        .get();
      approvedByTeam.set(
        teamId,
        snapshot.docs.map((document) => document.data() as ApprovedItem),
      );
    }),
  );
  const rows = board?.rows ?? [];
  const weekEnd = weekEndOf(week);
  const actions = seasonActions(season);
  const titleOf = (actionId: string): Localized =>
    seasonAction(season, actionId)?.title ?? { fr: actionId, en: actionId };
  const digests: { uid: string; content: DigestContent }[] = wanted.map((member) => {
    const uid = String(member.get('uid'));
    const teamId = String(member.get('teamId'));
    const approved = approvedByTeam.get(teamId) ?? [];
    const mine = approved.filter((item) => item.uid === uid);
    const row = rows.find((candidate) => candidate.teamId === teamId);
    return {
      uid,
      content: buildDigest({
        week,
        seasonName: season.name,
        teamId,
        teamName: teamNames.get(teamId) ?? row?.name ?? '',
        board: rows,
        approvedThisWeek: mine
          .filter((item) => item.day >= week && item.day <= weekEnd)
          .map((item) => ({ title: titleOf(item.actionId), points: Number(item.points) })),
        approvedDays: mine.map((item) => item.day),
        weekEnd,
        teamThemes: row?.byTheme ?? {},
        actions,
      }),
    };
  });
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const fresh = await mt.get(runRef);
    if (fresh.get('done') === true) return { done: true, queued: 0 };
    if (((fresh.get('cursor') as string | undefined) ?? null) !== cursor) {
      return { done: false, queued: 0 };
    }
    for (const { uid, content } of digests) {
      queueMail(
        mt,
        digestMailId(season.id, week, uid),
        uid,
        { kind: 'digest', ...content },
        now,
        season.timeZone,
      );
    }
    const queued = Number(fresh.get('queued') ?? 0) + digests.length;
    mt.set(runRef, {
      seasonId: season.id,
      week,
      cursor: members.at(-1)?.id ?? cursor,
      done: last,
      queued,
      updatedAt: now,
    });
    return { done: last, queued: digests.length };
  });
}

/** One season's digests of one week, every page from the cursor on; returns the mails queued. */
export async function sendSeasonDigest(
  season: Season,
  week: string,
  now: number,
  pageSize = DIGEST_PAGE,
): Promise<number> {
  // Each member's team is placed among all the teams: the whole board, read once for the run.
  const board = await readWholeBoard(season.id, 'public');
  let queued = 0;
  for (;;) {
    const page = await digestPage(season, week, board, now, pageSize);
    queued += page.queued;
    if (page.done) return queued;
  }
}

/** The digests due at `now` in every season under way; returns the mails queued. */
export async function sendWeeklyDigests(now: number): Promise<number> {
  let queued = 0;
  for (const season of await seasonsUnderWay()) {
    const week = digestWeekAt(now, season.timeZone);
    if (!weekWithinSeason(week, season)) continue;
    queued += await sendSeasonDigest(season, week, now);
  }
  return queued;
}
