// Team scores and the leaderboard document. A score event (a submission's write, a correction)
// is applied once, keyed by its own id, and marks the leaderboard dirty; the first mark of a
// burst triggers one rebuild after a short pause (triggers/on-leaderboard-requested.ts), so a
// hundred approvals lead to a few rewrites, not a hundred.
import {
  GAME_PATHS,
  type Leaderboard,
  type LeaderboardRow,
  type StoredTeamScore,
} from '../../../src/domain/game';
import {
  buildLeaderboard,
  leaderboardStatus,
  publicLeaderboardUpdate,
  type LeaderboardTeam,
} from '../../../src/domain/leaderboard';
import {
  applyDelta,
  EMPTY_SCORE,
  type ScoreDelta,
  type ScoredSubmission,
  type TeamScore,
} from '../../../src/domain/scoring';
import { firstThemes } from '../../../src/domain/happenings';
import type { ImpactAmount } from '../../../src/domain/impact';
import { tellBoardNews } from './board-news';
import type { Season } from '../../../src/domain/season';
import type { ThemeId } from '../../../src/domain/themes';
import { db } from './admin';
import { gameRefs, refs } from './documents';
import { metered, noOps, type MeteredTransaction, type Ops } from './meter';

/** How long a rebuild waits after the first mark of a burst, so the burst lands in one rewrite. */
export const COALESCE_MS = Number(process.env.LEADERBOARD_COALESCE_MS ?? 250);

/** What a submission document brings to scores, or null when there is none. */
export function scoredOf(id: string, data: Record<string, unknown> | undefined) {
  if (!data) return null;
  return {
    id,
    teamId: String(data.teamId),
    uid: String(data.uid),
    theme: data.theme,
    modality: data.modality,
    points: Number(data.points),
    day: String(data.day),
    status: data.status,
    approvedAt: (data.approvedAt as number | null) ?? null,
    impact: (data.impact as ImpactAmount | null | undefined) ?? null,
  } as ScoredSubmission;
}

function storedScore(teamId: string, data: Record<string, unknown> | undefined): StoredTeamScore {
  return { ...EMPTY_SCORE, teamId, reachedAt: 0, ...(data ?? {}) } as StoredTeamScore;
}

/** A Firestore time in microseconds since the epoch (exact: 2^53 µs is 285 years). */
export function microsOf(time: { seconds: number; nanoseconds: number }): number {
  return time.seconds * 1_000_000 + Math.floor(time.nanoseconds / 1000);
}

/** An RFC 3339 time, as events carry it (down to the microsecond), in microseconds. */
export function microsOfIso(time: string): number {
  const beyondMillis = /\.\d{3}(\d{1,3})/.exec(time)?.[1] ?? '';
  return Date.parse(time) * 1000 + Number(beyondMillis.padEnd(3, '0'));
}

/**
 * Applies score deltas once for the event `eventId`, inside the caller's transaction: a replayed
 * or duplicated event finds its mark and changes nothing. Returns whether it applied them and
 * whether this event should rebuild the leaderboard (the first of a burst).
 *
 * `committedAt` (µs) is when the write behind the event was committed, for events that arrive
 * after it (a trigger). Rule: a reconciliation counts every write committed up to the time it
 * read the submissions, and records that time on the board's state (`countedUpTo`); an event
 * whose write is no later than that is already in the scores, so it leaves its mark and changes
 * nothing. Without this, a trigger still in flight during a reconciliation added its approval a
 * second time. The check and the deltas read the same state document in one transaction, so a
 * reconciliation and a trigger cannot cross.
 */
export async function applyScoreEvent(
  mt: MeteredTransaction,
  seasonId: string,
  eventId: string,
  deltas: readonly ScoreDelta[],
  now: number,
  note: Record<string, unknown> = {},
  committedAt?: number,
): Promise<{ applied: boolean; rebuild: boolean; firsts: FirstTheme[] }> {
  const mark = gameRefs.applied(seasonId, eventId);
  const teamIds = [...new Set(deltas.map((delta) => delta.teamId))];
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  // One round trip for the mark, the scores and the board's state: triggers queue one after
  // another on the emulators, so each saved round trip shortens a burst.
  const [markSnapshot, state, ...scoreSnapshots] = await mt.getAll(
    mark,
    stateRef,
    ...teamIds.map((teamId) => gameRefs.score(seasonId, teamId)),
  );
  if (markSnapshot?.exists) return { applied: false, rebuild: false, firsts: [] };
  const countedUpTo = Number(state?.get('countedUpTo') ?? -1);
  if (committedAt !== undefined && committedAt <= countedUpTo) {
    mt.set(mark, { at: now, ...note, counted: 'byReconciliation' });
    return { applied: false, rebuild: false, firsts: [] };
  }
  const scores = new Map<string, StoredTeamScore>();
  teamIds.forEach((teamId, index) => {
    scores.set(teamId, storedScore(teamId, scoreSnapshots[index]?.data()));
  });
  // The event's deltas together decide whether the total changed: points moved from one member
  // to another (an author anonymised) leave the total, and so the tie-break time, as they were.
  const initial = new Map(scores);
  for (const delta of deltas) {
    const before = scores.get(delta.teamId) ?? storedScore(delta.teamId, undefined);
    const after: TeamScore = applyDelta(before, delta);
    const start = initial.get(delta.teamId) ?? before;
    scores.set(delta.teamId, {
      ...after,
      teamId: delta.teamId,
      reachedAt: after.total !== start.total ? now : start.reachedAt,
    });
  }
  for (const [teamId, score] of scores) mt.set(gameRefs.score(seasonId, teamId), score);
  const firsts = [...scores].flatMap(([teamId, score]) =>
    firstThemes(initial.get(teamId)?.byTheme ?? {}, score.byTheme).map((theme) => ({
      teamId,
      theme,
    })),
  );
  const rebuild = state?.get('dirty') !== true;
  if (rebuild) mt.set(stateRef, { dirty: true, dirtySince: now }, { merge: true });
  mt.set(mark, { at: now, ...note, ops: { reads: mt.ops.reads, writes: mt.ops.writes + 1 } });
  return { applied: true, rebuild, firsts };
}

/** A team's first points in a theme, found while applying a score event. */
export interface FirstTheme {
  readonly teamId: string;
  readonly theme: ThemeId;
}

/** Marks the leaderboard as needing a rebuild; true when the caller is the one to do it. */
export async function requestLeaderboard(seasonId: string): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const stateRef = gameRefs.leaderboard(seasonId, 'state');
    const state = await tx.get(stateRef);
    if (state.get('dirty') === true) return false;
    tx.set(stateRef, { dirty: true, dirtySince: Date.now() }, { merge: true });
    return true;
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the rest of the burst, then rebuilds. */
export async function rebuildAfterBurst(seasonId: string): Promise<Ops> {
  await pause(COALESCE_MS);
  return rebuildLeaderboard(seasonId);
}

/**
 * Rebuilds the season's leaderboard from the teams and their scores. Clearing the dirty mark
 * first means any score change committed after it marks the board dirty again and rebuilds;
 * the generation keeps an older rebuild from overwriting a newer one.
 */
export async function rebuildLeaderboard(seasonId: string): Promise<Ops> {
  const ops = noOps();
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  const generation = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const state = await mt.get(stateRef);
    const next = Number(state.get('generation') ?? 0) + 1;
    mt.set(stateRef, { dirty: false, generation: next, builtAt: Date.now() }, { merge: true });
    return next;
  });
  const [seasonSnapshot, teamsSnapshot, scoresSnapshot] = await Promise.all([
    refs.season(seasonId).get(),
    db.collection('teams').where('seasonId', '==', seasonId).get(),
    db.collection(GAME_PATHS.scores(seasonId)).get(),
  ]);
  ops.reads += 1 + Math.max(1, teamsSnapshot.size) + Math.max(1, scoresSnapshot.size);
  if (!seasonSnapshot.exists) return ops;
  const season = { ...(seasonSnapshot.data() as Omit<Season, 'id'>), id: seasonId };
  const teams: LeaderboardTeam[] = teamsSnapshot.docs.map((document) => ({
    id: document.id,
    name: String(document.get('name') ?? ''),
    companyId: String(document.get('companyId') ?? ''),
    companyName: String(document.get('companyName') ?? ''),
    memberCount: Number(document.get('memberCount') ?? 0),
    createdAt: Number(document.get('createdAt') ?? 0),
  }));
  const scores = new Map(
    scoresSnapshot.docs.map((document) => [document.id, storedScore(document.id, document.data())]),
  );
  const now = Date.now();
  const board = (status: Leaderboard['status']) =>
    buildLeaderboard({
      seasonId,
      rankingRule: season.rankingRule ?? 'total',
      status,
      generation,
      now,
      teams,
      scores,
    });
  const publicUpdate = publicLeaderboardUpdate(season.state);
  // The public board before and after this rebuild, when it was rewritten: its news are told.
  let news = null as { before: readonly LeaderboardRow[]; after: Leaderboard } | null;
  await db.runTransaction(async (tx) => {
    news = null;
    const mt = metered(tx, ops);
    const liveRef = gameRefs.leaderboard(seasonId, 'live');
    const publicRef = gameRefs.leaderboard(seasonId, 'public');
    const [live, published] = [await mt.get(liveRef), await mt.get(publicRef)];
    const newer = (snapshot: { get(field: string): unknown }) =>
      Number(snapshot.get('generation') ?? 0) >= generation;
    if (!newer(live)) mt.set(liveRef, board('live'));
    if (publicUpdate === 'rewrite' && !newer(published)) {
      const after = board(leaderboardStatus(season.state));
      mt.set(publicRef, after);
      news = { before: (published.get('rows') as LeaderboardRow[] | undefined) ?? [], after };
    } else if (publicUpdate === 'freeze' && published.exists) {
      if (published.get('status') !== 'frozen') {
        mt.update(publicRef, { status: 'frozen', frozenAt: now });
      }
    } else if (publicUpdate === 'freeze' && !newer(published)) {
      // Frozen before any board was published: publish the one of the freeze.
      mt.set(publicRef, board('frozen'));
    }
    // What this rebuild cost, counted, for the benchmark (this write included).
    mt.set(
      stateRef,
      { lastRebuild: { reads: ops.reads, writes: ops.writes + 1 } },
      { merge: true },
    );
  });
  // The board is written: its news are told after, and a failure to tell them is logged, never
  // thrown (a trigger that throws is killed, and takes the calls beside it in its worker along).
  if (news) {
    await tellBoardNews(season, news, now).catch((error: unknown) => {
      console.error(`The news of the board of ${seasonId} were not recorded:`, error);
    });
  }
  return ops;
}
