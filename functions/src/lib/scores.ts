// Team scores and the leaderboard (a top document and pages). A score event (a submission's
// write, a correction) is applied once, keyed by its own id, stamps the score with the time it
// changed, and asks for a rebuild; the first request of a burst leads to one rebuild after a short
// pause (by the review that asked, or triggers/on-leaderboard-requested.ts), so a hundred
// approvals lead to a few rewrites, not a hundred. A rebuild reads only the scores and teams that
// moved since the last one, beside a cache of every team's row inputs (domain/board-cache.ts).
import {
  FieldValue,
  Timestamp,
  type CollectionReference,
  type DocumentReference,
  type DocumentSnapshot,
  type Query,
} from 'firebase-admin/firestore';
import { BOARD_CACHE_CHUNKS, type BoardCacheChunk } from '../../../src/domain/board-cache';
import {
  boardWritesOf,
  planBoardRebuild,
  type BoardRebuildInput,
} from '../../../src/domain/board-rebuild';
import { documentSize } from '../../../src/domain/firestore-size';
import {
  GAME_PATHS,
  type Leaderboard,
  type LeaderboardRow,
  type StoredTeamScore,
} from '../../../src/domain/game';
import {
  boardScoreOf,
  type BoardScore,
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
import type { RankingRule, Season } from '../../../src/domain/season';
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
 * or duplicated event finds its mark and changes nothing; the first change of a burst asks for a
 * rebuild. Returns whether it applied them, and the teams' first points in a theme.
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
): Promise<{ applied: boolean; firsts: FirstTheme[] }> {
  const mark = gameRefs.applied(seasonId, eventId);
  const teamIds = [...new Set(deltas.map((delta) => delta.teamId))];
  // One round trip for the mark, the scores and the board's state: triggers queue one after
  // another on the emulators, so each saved round trip shortens a burst.
  const [markSnapshot, state, request, ...scoreSnapshots] = await mt.getAll(
    mark,
    gameRefs.leaderboard(seasonId, 'state'),
    gameRefs.leaderboard(seasonId, 'request'),
    ...teamIds.map((teamId) => gameRefs.score(seasonId, teamId)),
  );
  if (markSnapshot?.exists) return { applied: false, firsts: [] };
  const countedUpTo = Number(state?.get('countedUpTo') ?? -1);
  if (committedAt !== undefined && committedAt <= countedUpTo) {
    mt.set(mark, { at: now, ...note, counted: 'byReconciliation' });
    return { applied: false, firsts: [] };
  }
  const book = scoreBookOf(seasonId, teamIds, scoreSnapshots, request?.exists === true);
  enterInBook(book, { eventId, deltas, note }, now);
  return { applied: true, firsts: closeScoreBook(mt, book, now) };
}

/** One score change to apply: its deltas, under the mark `eventId` that makes it apply once. */
export interface ScoreEvent {
  readonly eventId: string;
  readonly deltas: readonly ScoreDelta[];
  readonly note: Record<string, unknown>;
}

/**
 * The scores of some teams of a season, read in a transaction before it writes (Firestore's
 * rule), then changed in memory by the events entered, and written once by `closeScoreBook`.
 */
export interface ScoreBook {
  readonly seasonId: string;
  /**
   * Whether a rebuild was asked for (the request document, read in the same transaction); null
   * when it was not read (a review asks after its commit: `markBoardChanged`).
   */
  readonly requested: boolean | null;
  readonly scores: Map<string, StoredTeamScore>;
  readonly events: ScoreEvent[];
  /** The teams' themes before the first event, for their first points in a theme. */
  readonly initialThemes: ReadonlyMap<string, StoredTeamScore['byTheme']>;
}

function scoreBookOf(
  seasonId: string,
  teamIds: readonly string[],
  scoreSnapshots: readonly (DocumentSnapshot | undefined)[],
  requested: boolean | null,
): ScoreBook {
  const scores = new Map(
    teamIds.map((teamId, index) => [teamId, storedScore(teamId, scoreSnapshots[index]?.data())]),
  );
  return {
    seasonId,
    requested,
    scores,
    events: [],
    initialThemes: new Map([...scores].map(([teamId, score]) => [teamId, score.byTheme])),
  };
}

/**
 * Reads, in one round trip, the score books of the teams named for each season; not the board's
 * state, which every review of a burst would otherwise read and contend for.
 */
export async function readScoreBooks(
  mt: MeteredTransaction,
  teamsBySeason: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<Map<string, ScoreBook>> {
  const wanted = [...teamsBySeason].map(([seasonId, teamIds]) => ({
    seasonId,
    teamIds: [...teamIds],
  }));
  const refsRead = wanted.flatMap(({ seasonId, teamIds }) =>
    teamIds.map((teamId) => gameRefs.score(seasonId, teamId)),
  );
  const snapshots = refsRead.length > 0 ? await mt.getAll(...refsRead) : [];
  const books = new Map<string, ScoreBook>();
  let offset = 0;
  for (const { seasonId, teamIds } of wanted) {
    const read = snapshots.slice(offset, offset + teamIds.length);
    offset += teamIds.length;
    books.set(seasonId, scoreBookOf(seasonId, teamIds, read, null));
  }
  return books;
}

/** Applies one event's deltas to the book's scores, in memory. */
export function enterInBook(book: ScoreBook, event: ScoreEvent, now: number): void {
  // The event's deltas together decide whether the total changed: points moved from one member
  // to another (an author anonymised) leave the total, and so the tie-break time, as they were.
  const initial = new Map(book.scores);
  for (const delta of event.deltas) {
    const before = book.scores.get(delta.teamId) ?? storedScore(delta.teamId, undefined);
    const after: TeamScore = applyDelta(before, delta);
    const start = initial.get(delta.teamId) ?? before;
    book.scores.set(delta.teamId, {
      ...after,
      teamId: delta.teamId,
      reachedAt: after.total !== start.total ? now : start.reachedAt,
    });
  }
  book.events.push(event);
}

/**
 * Writes what the book's events changed: every score read (stamped with the time it changed),
 * each event's mark, and the rebuild's request when the book read none (the first of a burst).
 * Returns the teams' first points in a theme.
 */
export function closeScoreBook(mt: MeteredTransaction, book: ScoreBook, now: number): FirstTheme[] {
  const { seasonId } = book;
  // `changedAt` (the commit's time) is what the leaderboard's rebuild asks for the scores that
  // moved since it last read them.
  for (const [teamId, score] of book.scores) {
    mt.set(gameRefs.score(seasonId, teamId), {
      ...score,
      changedAt: FieldValue.serverTimestamp(),
    });
  }
  const firsts = [...book.scores].flatMap(([teamId, score]) =>
    firstThemes(book.initialThemes.get(teamId) ?? {}, score.byTheme).map((theme) => ({
      teamId,
      theme,
    })),
  );
  if (book.requested === false) mt.set(gameRefs.leaderboard(seasonId, 'request'), { at: now });
  for (const event of book.events) {
    mt.set(gameRefs.applied(seasonId, event.eventId), {
      at: now,
      ...event.note,
      ops: { reads: mt.ops.reads, writes: mt.ops.writes + book.events.length },
    });
  }
  return firsts;
}

/**
 * The field a submission write carries when its writer applied the write's score change in the
 * same transaction (reviewSubmissions): the id of that change's mark, made of the submission's
 * id and a random part. Its trigger then finds the mark and changes nothing; a copy of the
 * submission under another id (deleteMyAccount) does not match it, and is scored as any write.
 */
export const SCORED_WRITE = 'scoredWrite';

/** A new mark id for a write to the submission `submissionId` scored by its writer. */
export function scoredWriteId(submissionId: string): string {
  return `${submissionId}~${db.collection('_').doc().id}`;
}

/** The mark of a submission write its writer scored, or null when the trigger scores it. */
export function scoredByWriter(
  submissionId: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): string | null {
  const mark: unknown = after?.[SCORED_WRITE];
  return typeof mark === 'string' &&
    mark !== before?.[SCORED_WRITE] &&
    mark.startsWith(`${submissionId}~`)
    ? mark
    : null;
}

/** A team's first points in a theme, found while applying a score event. */
export interface FirstTheme {
  readonly teamId: string;
  readonly theme: ThemeId;
}

/**
 * Asks for a rebuild after scores were committed outside the trigger (a review): creates the
 * request, which exists from the first change of a burst until a rebuild takes it. True when this
 * call created it (the first of a burst), and the caller rebuilds. A request already there needs
 * nothing more: the rebuild that takes it starts after this commit, so it reads these scores. A
 * creation, not a transaction, so the reviews of a burst never contend for it.
 */
export async function markBoardChanged(seasonId: string): Promise<boolean> {
  try {
    await gameRefs.leaderboard(seasonId, 'request').create({ at: Date.now() });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === ALREADY_EXISTS) return false;
    throw error;
  }
}

/** The gRPC code of a creation that found its document there. */
const ALREADY_EXISTS = 6;

/**
 * Marks again a board that missed a change: a score moved after the last finished rebuild read
 * them (with the same overlap), while no rebuild is asked for or running. A rebuild that stopped
 * after clearing the mark, or a review stopped between its commit and its mark, leaves such a
 * board; the five-minute season tick heals it. True when it marked the board.
 */
export async function markBoardIfBehind(seasonId: string, now: number): Promise<boolean> {
  const [state, request] = await db.getAll(
    gameRefs.leaderboard(seasonId, 'state'),
    gameRefs.leaderboard(seasonId, 'request'),
  );
  if (!state || request?.exists) return false;
  const lease = state.get('rebuilding') as { until?: number } | undefined;
  if (lease && Number(lease.until ?? 0) > now) return false;
  const readAt = (state.get('cache') as CacheMeta | undefined)?.scoresReadAt;
  const scores = db.collection(GAME_PATHS.scores(seasonId));
  const moved = await (readAt ? scoresMovedSince(scores, readAt) : scores).limit(1).get();
  // A board never built with no score yet is built by its season's opening.
  if (moved.empty) return false;
  return requestLeaderboard(seasonId);
}

/**
 * Asks for a rebuild (creates the request unless it is there), and marks the team `teamId`
 * (when given) as one the next rebuild reads again; true when the caller's request is the first
 * of a burst. A team is counted, not listed: the rebuild forgets it only when no change came
 * after the one it read.
 */
export async function requestLeaderboard(seasonId: string, teamId?: string): Promise<boolean> {
  if (!teamId) return markBoardChanged(seasonId);
  return db.runTransaction(async (tx) => {
    const stateRef = gameRefs.leaderboard(seasonId, 'state');
    const requestRef = gameRefs.leaderboard(seasonId, 'request');
    const [request] = await tx.getAll(requestRef);
    tx.set(stateRef, { changedTeams: { [teamId]: FieldValue.increment(1) } }, { merge: true });
    if (request?.exists) return false;
    tx.set(requestRef, { at: Date.now() });
    return true;
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What is left of the coalescing wait of a request made at `askedAt`, at `now`. */
export function coalescingWait(askedAt: number, now: number): number {
  return Math.min(COALESCE_MS, Math.max(0, askedAt + COALESCE_MS - now));
}

/**
 * The request's trigger: waits for the rest of the burst, then rebuilds (after the rebuild holding
 * the board, if one does), unless a rebuild took the request since (it counts every change before
 * it). The wait runs from `askedAt`, when the request was made (now by default): a trigger
 * delivered late does not wait again.
 */
export async function rebuildAfterBurst(
  seasonId: string,
  options: { readonly askedAt?: number } = {},
): Promise<Ops> {
  const now = Date.now();
  await pause(coalescingWait(options.askedAt ?? now, now));
  return rebuildLeaderboard(seasonId, { onlyIfRequested: true });
}

/**
 * How long a review that asked first waits for the rebuild holding the board before leaving its
 * request to the request's trigger: an organiser is waiting for the answer.
 */
const REVIEW_REBUILD_WAIT_MS = 10_000;

/**
 * A review that asked first: rebuilds at once, or as soon as the rebuild holding the board is
 * done, so the organiser sees the moved board as the review answers. No wait for the rest of a
 * burst: the reviews that follow during the rebuild ask again, and the one that asks first waits
 * for this rebuild, then rebuilds (the emulator delivers the request's trigger only after every
 * trigger event before it, seconds late in a burst). The later of the review and the trigger
 * finds no request and leaves the board.
 */
export function rebuildForReview(seasonId: string): Promise<Ops> {
  return rebuildLeaderboard(seasonId, { onlyIfRequested: true, waitMs: REVIEW_REBUILD_WAIT_MS });
}

/**
 * How long a rebuild holds the board: one rebuild at a time patches it, and past this a rebuild
 * that died is taken over (its writes after that are refused).
 */
export const REBUILD_LEASE_MS = 150_000;
/** How long a rebuild waits for the one in progress before leaving the board to the next mark. */
const REBUILD_WAIT_MS = 240_000;
/**
 * How far before the last rebuild's read of the scores the next one reads again. Firestore shows
 * a read every commit stamped up to its time; the emulator stamps a commit before it shows it,
 * and a rebuild that read in between missed a score for good (seen with a batch of 500 writes).
 * Scores are whole values, so one read twice changes nothing but the count of reads.
 */
const SCORES_READ_OVERLAP_MS = 1_000;

/** The scores of `scores` that moved since a rebuild read them at `readAt` (with the overlap). */
function scoresMovedSince(scores: CollectionReference, readAt: Timestamp): Query {
  return scores.where(
    'changedAt',
    '>',
    Timestamp.fromMillis(readAt.toMillis() - SCORES_READ_OVERLAP_MS),
  );
}

/** A transaction of the rebuild writes at most this much, under Firestore's 10 MiB a request. */
const WRITE_BATCH_BYTES = 8 * 1024 * 1024;

/** What the board's state says of the cache the last finished rebuild left. */
interface CacheMeta {
  readonly generation: number;
  /** When that rebuild read the scores that moved: the next reads those changed after it. */
  readonly scoresReadAt: Timestamp;
  readonly rankingRule: RankingRule;
  readonly chunks: number;
}

/** What a rebuild takes from the board's state when it starts. */
interface Start {
  readonly generation: number;
  readonly cache: CacheMeta | null;
  readonly pagesMatchCache: boolean;
  readonly publicFollowsLive: boolean;
  readonly changedTeams: Readonly<Record<string, number>>;
}

/**
 * Takes the board for one rebuild; null while another rebuild holds it, 'clean' when asked only
 * for a requested rebuild and there is no request (a rebuild took it after the last change).
 */
async function startRebuild(
  seasonId: string,
  onlyIfRequested: boolean,
): Promise<Start | null | 'clean'> {
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  const requestRef = gameRefs.leaderboard(seasonId, 'request');
  return db.runTransaction(async (tx) => {
    const [state, request] = await tx.getAll(stateRef, requestRef);
    const now = Date.now();
    const lease = state?.get('rebuilding') as { until?: number } | undefined;
    if (lease && Number(lease.until ?? 0) > now) return null;
    if (onlyIfRequested && !request?.exists) return 'clean';
    const previous = Number(state?.get('generation') ?? 0);
    const generation = previous + 1;
    const cache = (state?.get('cache') as CacheMeta | undefined) ?? null;
    // Taking the request as the board is taken means any change committed after it asks again,
    // and the rebuild that request wakes waits for this one.
    if (request?.exists) tx.delete(requestRef);
    tx.set(
      stateRef,
      {
        generation,
        builtAt: now,
        rebuilding: { generation, until: now + REBUILD_LEASE_MS },
      },
      { merge: true },
    );
    return {
      generation,
      cache,
      // A rebuild that started after the last finished one and did not finish may have written
      // some pages: the pages are then all rewritten.
      pagesMatchCache: cache !== null && cache.generation === previous,
      publicFollowsLive: state?.get('publicFollowsLive') === true,
      changedTeams: {
        ...((state?.get('changedTeams') as Record<string, number> | undefined) ?? {}),
      },
    };
  });
}

function teamOf(snapshot: DocumentSnapshot, seasonId: string): LeaderboardTeam | null {
  if (!snapshot.exists || snapshot.get('seasonId') !== seasonId) return null;
  return {
    id: snapshot.id,
    name: String(snapshot.get('name') ?? ''),
    companyId: String(snapshot.get('companyId') ?? ''),
    companyName: String(snapshot.get('companyName') ?? ''),
    memberCount: Number(snapshot.get('memberCount') ?? 0),
    createdAt: Number(snapshot.get('createdAt') ?? 0),
  };
}

/** A stored score as the board takes it, with its points by day for the chart. */
function boardScoreRead(snapshot: DocumentSnapshot): BoardScore {
  const score = storedScore(snapshot.id, snapshot.data());
  return { ...boardScoreOf(score), byDay: score.byDay };
}

/** One write of a rebuild, with its size as Firestore counts it. */
interface SizedWrite {
  readonly ref: DocumentReference;
  readonly data: Readonly<Record<string, unknown>> | null;
  readonly bytes: number;
}

/**
 * Rebuilds the season's leaderboard. One rebuild at a time holds the board (a lease on its state
 * document); it reads the cache, the scores changed since the last rebuild read them and the
 * teams marked changed (everything when `full`, when the cache is missing, and for a
 * reconciliation), re-ranks in memory, and writes the pages, cache chunks and tops that changed,
 * the tops and the state last. The generation counts rebuilds; every write checks the lease is
 * still this rebuild's, so one taken over after it expired writes nothing more.
 *
 * `onlyIfRequested` leaves a board no change asked to rebuild since a rebuild started; `waitMs`
 * bounds the wait for the rebuild in progress (the request stays for the next one).
 */
export async function rebuildLeaderboard(
  seasonId: string,
  options: {
    readonly full?: boolean;
    readonly onlyIfRequested?: boolean;
    readonly waitMs?: number;
  } = {},
): Promise<Ops> {
  const ops = noOps();
  const deadline = Date.now() + (options.waitMs ?? REBUILD_WAIT_MS);
  const onlyIfRequested = options.onlyIfRequested === true;
  let start = await startRebuild(seasonId, onlyIfRequested);
  while (!start) {
    // Another rebuild holds the board: the request stays, and this one runs after it.
    if (!(await leaseFreed(seasonId, deadline))) return ops;
    start = await startRebuild(seasonId, onlyIfRequested);
  }
  ops.reads += 1;
  if (start === 'clean') return ops;
  ops.writes += 1;
  const taken = start;
  const lease = { released: false };
  try {
    return await rebuildHolding(seasonId, taken, options, ops, lease);
  } finally {
    // A rebuild that stopped short (no season, an error) lets the next one in at once rather
    // than when its lease expires; one that finished released it in its last transaction.
    if (!lease.released) {
      await releaseLease(seasonId, taken.generation).catch((error: unknown) => {
        console.error(`The leaderboard of ${seasonId} stays held until its lease expires:`, error);
      });
    }
  }
}

/** How often a rebuild waiting for the board looks whether the one holding it is done. */
const LEASE_POLL_MS = 100;

/**
 * Waits until no rebuild holds the board (or its lease expired); false at `deadline`. Plain reads,
 * not a transaction: the emulator locks what a transaction reads, and the rebuild holding the board
 * would wait for the waiters' locks to write its state.
 */
async function leaseFreed(seasonId: string, deadline: number): Promise<boolean> {
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  for (;;) {
    if (Date.now() >= deadline) return false;
    await pause(LEASE_POLL_MS);
    const lease = (await stateRef.get()).get('rebuilding') as { until?: number } | undefined;
    if (!lease || Number(lease.until ?? 0) <= Date.now()) return true;
  }
}

/** Releases the lease of the rebuild `generation`, if it still holds it. */
async function releaseLease(seasonId: string, generation: number): Promise<void> {
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  await db.runTransaction(async (tx) => {
    const state = await tx.get(stateRef);
    const lease = state.get('rebuilding') as { generation?: number } | undefined;
    if (lease?.generation === generation) tx.update(stateRef, { rebuilding: FieldValue.delete() });
  });
}

/** The rebuild, once it holds the board. */
async function rebuildHolding(
  seasonId: string,
  start: Start,
  options: { readonly full?: boolean },
  ops: Ops,
  lease: { released: boolean },
): Promise<Ops> {
  const stateRef = gameRefs.leaderboard(seasonId, 'state');
  const { generation } = start;
  const liveRef = gameRefs.leaderboard(seasonId, 'live');
  const publicRef = gameRefs.leaderboard(seasonId, 'public');
  // The cache as the last rebuild left it: as many chunks as it says it wrote.
  const cached =
    start.cache && start.cache.chunks > 0 && start.cache.chunks <= BOARD_CACHE_CHUNKS
      ? start.cache
      : null;
  const chunkRefs = Array.from({ length: cached?.chunks ?? 0 }, (_, index) =>
    gameRefs.boardCacheChunk(seasonId, index),
  );
  const scoresRef = db.collection(GAME_PATHS.scores(seasonId));
  // The season, the tops, the cache and the scores that moved since it, read at once: each round
  // trip holds the board longer.
  const [seasonSnapshot, [liveTop, publicTop, ...chunkSnapshots], movedScores] = await Promise.all([
    refs.season(seasonId).get(),
    db.getAll(liveRef, publicRef, ...chunkRefs),
    cached && options.full !== true ? scoresMovedSince(scoresRef, cached.scoresReadAt).get() : null,
  ]);
  ops.reads += 3 + chunkSnapshots.length + (movedScores ? Math.max(1, movedScores.size) : 0);
  if (!seasonSnapshot.exists) return ops;
  const season = { ...(seasonSnapshot.data() as Omit<Season, 'id'>), id: seasonId };
  const rankingRule = season.rankingRule ?? 'total';
  const chunks = chunkSnapshots.flatMap((snapshot) =>
    snapshot.exists ? [snapshot.data() as BoardCacheChunk] : [],
  );
  const cache = cached && chunks.length === cached.chunks ? cached : null;
  const full = options.full === true || cache === null;
  // Without the cache (or with one found incomplete), the board is rebuilt from every score.
  const scoresSnapshot = !full && movedScores ? movedScores : await scoresRef.get();
  if (scoresSnapshot !== movedScores) ops.reads += Math.max(1, scoresSnapshot.size);
  const scores = new Map(
    scoresSnapshot.docs.map((document) => [document.id, boardScoreRead(document)]),
  );
  const teams = new Map<string, LeaderboardTeam | null>();
  if (full) {
    const teamsSnapshot = await db.collection('teams').where('seasonId', '==', seasonId).get();
    ops.reads += Math.max(1, teamsSnapshot.size);
    for (const document of teamsSnapshot.docs) teams.set(document.id, teamOf(document, seasonId));
  } else {
    const known = new Set(chunks.flatMap((chunk) => Object.keys(chunk.teams)));
    const ids = new Set([
      ...Object.keys(start.changedTeams),
      ...[...scores.keys()].filter((teamId) => !known.has(teamId)),
    ]);
    if (ids.size > 0) {
      const snapshots = await db.getAll(...[...ids].map((teamId) => refs.team(teamId)));
      ops.reads += snapshots.length;
      for (const snapshot of snapshots) teams.set(snapshot.id, teamOf(snapshot, seasonId));
    }
  }

  const now = Date.now();
  const storedPublic = publicTop?.exists
    ? {
        status: publicTop.get('status') as Leaderboard['status'],
        pageCount: Number(publicTop.get('pageCount') ?? 0),
      }
    : null;
  const input: BoardRebuildInput = {
    seasonId,
    generation,
    now,
    rankingRule,
    seasonState: season.state,
    cache: cache ? { chunks, rankingRule: cache.rankingRule } : null,
    pagesMatchCache: start.pagesMatchCache,
    publicFollowsLive: start.publicFollowsLive,
    full,
    teams,
    scores,
    knownByDay: new Map(
      Object.entries(
        (liveTop?.get('topByDay') as Record<string, Record<string, number>> | undefined) ?? {},
      ),
    ),
    livePageCount: Number(liveTop?.get('pageCount') ?? 0),
    storedPublic,
  };
  let plan = planBoardRebuild(input);
  if (plan.missingByDay.length > 0) {
    // The chart's teams whose points by day this rebuild did not read: read them and plan again.
    const snapshots = await db.getAll(
      ...plan.missingByDay.map((teamId) => gameRefs.score(seasonId, teamId)),
    );
    ops.reads += snapshots.length;
    for (const snapshot of snapshots) {
      if (snapshot.exists) scores.set(snapshot.id, boardScoreRead(snapshot));
    }
    plan = planBoardRebuild({ ...input, scores });
  }

  const writes = boardWritesOf(seasonId, plan).map((one) => ({
    ref: db.doc(one.path),
    data: one.data,
    bytes: one.data ? documentSize(one.path, one.data) : 0,
  }));
  if (full) {
    // A full rebuild may spread the cache over fewer chunks than some earlier one wrote (a cache
    // found incomplete): the chunks past its count go, so no team of before stays in one.
    const stored = await db.collection(GAME_PATHS.boardCache(seasonId)).listDocuments();
    ops.reads += Math.max(1, stored.length);
    for (const ref of stored) {
      if (Number(ref.id) >= plan.chunks.length) writes.push({ ref, data: null, bytes: 0 });
    }
  }
  // The pages and chunks first, in transactions under the size of a request; the tops and the
  // state last, so a reader never finds a top naming pages not yet written.
  const batches: SizedWrite[][] = [[]];
  let bytes = 0;
  for (const one of writes) {
    if (bytes + one.bytes > WRITE_BATCH_BYTES && (batches.at(-1)?.length ?? 0) > 0) {
      batches.push([]);
      bytes = 0;
    }
    batches.at(-1)?.push(one);
    bytes += one.bytes;
  }
  const ours = (state: DocumentSnapshot) =>
    (state.get('rebuilding') as { generation?: number } | undefined)?.generation === generation;
  for (const batch of batches.slice(0, -1)) {
    const kept = await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      if (!ours(await mt.get(stateRef))) return false;
      for (const one of batch) {
        if (one.data) mt.set(one.ref, one.data);
        else mt.delete(one.ref);
      }
      return true;
    });
    if (!kept) return ops;
  }
  // The public board before and after this rebuild, when it was rewritten: its news are told.
  let news = null as { before: readonly LeaderboardRow[]; after: Leaderboard } | null;
  lease.released = await db.runTransaction(async (tx) => {
    news = null;
    const mt = metered(tx, ops);
    const state = await mt.get(stateRef);
    if (!ours(state)) return false;
    for (const one of batches.at(-1) ?? []) {
      if (one.data) mt.set(one.ref, one.data);
      else mt.delete(one.ref);
    }
    mt.set(liveRef, plan.live.documents.top);
    if (plan.public.kind === 'write') {
      mt.set(publicRef, plan.public.documents.top);
      news = {
        before: (publicTop?.get('rows') as LeaderboardRow[] | undefined) ?? [],
        after: plan.public.documents.top,
      };
    } else if (plan.public.kind === 'freeze') {
      mt.update(publicRef, { status: 'frozen', frozenAt: now });
    }
    // The teams read are forgotten, unless a change came after the one read.
    const stillChanged = (state.get('changedTeams') as Record<string, number> | undefined) ?? {};
    const forgotten = Object.entries(start.changedTeams).filter(
      ([teamId, count]) => stillChanged[teamId] === count,
    );
    const meta: CacheMeta = {
      generation,
      scoresReadAt: scoresSnapshot.readTime,
      rankingRule,
      chunks: plan.chunks.length,
    };
    // What this rebuild cost, counted, for the benchmark (this write included).
    mt.update(stateRef, {
      rebuilding: FieldValue.delete(),
      cache: meta,
      publicFollowsLive: plan.publicFollowsLive,
      lastRebuild: { reads: ops.reads, writes: ops.writes + 1, full },
      ...Object.fromEntries(
        forgotten.map(([teamId]) => [`changedTeams.${teamId}`, FieldValue.delete()]),
      ),
    });
    return true;
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
