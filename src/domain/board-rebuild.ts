// What one rebuild of the leaderboard writes, planned from what it read: the cache patched with
// the teams and scores that moved, the live and public boards built from it, and only the pages,
// chunks and tops that changed. Pure, so the functions, the bench and the tests share it.
import { boardInputsOf, cacheOf, patchCache, type BoardCacheChunk } from './board-cache';
import { GAME_PATHS, type Leaderboard, type LeaderboardPage } from './game';
import {
  boardPages,
  buildBoard,
  chartTeamIds,
  companyNamesOf,
  leaderboardStatus,
  planBoardPatch,
  publicLeaderboardUpdate,
  rankBoard,
  stableJson,
  type BoardDocuments,
  type BoardScore,
  type LeaderboardTeam,
} from './leaderboard';
import type { RankingRule, SeasonState } from './season';

/** What the stored public top says of itself, or null when none was published yet. */
export interface StoredTop {
  readonly status: Leaderboard['status'];
  readonly pageCount: number;
}

export interface BoardRebuildInput {
  readonly seasonId: string;
  readonly generation: number;
  readonly now: number;
  readonly rankingRule: RankingRule;
  readonly seasonState: SeasonState;
  /**
   * The cache as the last finished rebuild left it, and the rule it ranked with; null when there
   * is none (the first rebuild, a reconciliation), and then `teams` and `scores` hold everything.
   */
  readonly cache: {
    readonly chunks: readonly BoardCacheChunk[];
    readonly rankingRule: RankingRule;
  } | null;
  /** Whether every live page stored is the one the cache gives (false after a rebuild died). */
  readonly pagesMatchCache: boolean;
  /** Whether the stored public pages are the live ones (false while frozen, or never published). */
  readonly publicFollowsLive: boolean;
  /** The teams read again (null: gone) and the scores that moved, or every one of them for a full rebuild. */
  readonly full: boolean;
  readonly teams: ReadonlyMap<string, LeaderboardTeam | null>;
  readonly scores: ReadonlyMap<string, BoardScore>;
  /** The points by day already known of teams whose score did not move (the stored chart's). */
  readonly knownByDay: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly livePageCount: number;
  readonly storedPublic: StoredTop | null;
}

export interface PagesPlan {
  readonly documents: BoardDocuments;
  /** The indexes of the pages to write and of those to delete. */
  readonly write: readonly number[];
  readonly remove: readonly number[];
}

export interface BoardRebuildPlan {
  readonly chunks: readonly BoardCacheChunk[];
  /** The indexes of the cache chunks to write. */
  readonly changedChunks: readonly number[];
  readonly live: PagesPlan;
  /**
   * The public board: rewritten (top and changed pages), frozen (the stored top only marked
   * frozen, its pages untouched), or left as it is.
   */
  readonly public:
    | ({ readonly kind: 'write' } & PagesPlan)
    | { readonly kind: 'freeze' }
    | { readonly kind: 'none' };
  readonly publicFollowsLive: boolean;
  /** The chart's teams whose points by day were not at hand: read them and plan again. */
  readonly missingByDay: readonly string[];
}

/**
 * Rule: the live board is rebuilt from the cache patched with what moved, and rewrites only the
 * pages that changed; the public board follows it while the season is open and at close (every
 * page rewritten when it had stopped following), keeps its pages while frozen (its top marked
 * frozen, or the board of the freeze published when none was), and is not written in a draft.
 */
export function planBoardRebuild(input: BoardRebuildInput): BoardRebuildPlan {
  const previous = input.cache?.chunks ?? [];
  const next = input.full
    ? fullCache(input, previous)
    : patchCache(input.seasonId, previous, input.generation, input.teams, input.scores);
  const { teams, scores } = boardInputsOf(next.chunks);
  const liveDocuments = buildBoard({
    seasonId: input.seasonId,
    rankingRule: input.rankingRule,
    status: 'live',
    generation: input.generation,
    now: input.now,
    teams,
    // The chart's points by day come with the scores read in this rebuild.
    scores: new Map([...scores].map(([id, score]) => [id, { ...score, ...byDayOf(input, id) }])),
  });
  let baseline: readonly LeaderboardPage[] | null = null;
  if (input.cache && input.pagesMatchCache) {
    // Only the pages of the board before are needed: its rows, ranked by the rule of then.
    const before = boardInputsOf(input.cache.chunks);
    baseline = boardPages(
      { seasonId: input.seasonId, generation: 0, now: 0 },
      rankBoard(before.teams, before.scores, input.cache.rankingRule),
      companyNamesOf(before.teams),
    );
  }
  const live = {
    documents: liveDocuments,
    ...planBoardPatch(baseline, liveDocuments.pages, input.livePageCount),
  };
  const update = publicLeaderboardUpdate(input.seasonState);
  let published: BoardRebuildPlan['public'] = { kind: 'none' };
  if (update === 'rewrite' || (update === 'freeze' && !input.storedPublic)) {
    // The same rows as the live board, under the status of the season's state.
    const documents = {
      top: { ...liveDocuments.top, status: leaderboardStatus(input.seasonState) },
      pages: liveDocuments.pages,
    };
    published = {
      kind: 'write',
      documents,
      ...planBoardPatch(
        input.publicFollowsLive && input.storedPublic ? baseline : null,
        documents.pages,
        input.storedPublic?.pageCount ?? 0,
      ),
    };
  } else if (update === 'freeze' && input.storedPublic?.status !== 'frozen') {
    published = { kind: 'freeze' };
  }
  return {
    chunks: next.chunks,
    changedChunks: next.changed,
    live,
    public: published,
    publicFollowsLive: update === 'rewrite',
    missingByDay: chartTeamIds(liveDocuments.top.rows).filter(
      (teamId) => byDayOf(input, teamId).byDay === undefined && scores.has(teamId),
    ),
  };
}

/** A full rebuild's cache, whose chunks are written only where they differ from the stored ones. */
function fullCache(input: BoardRebuildInput, previous: readonly BoardCacheChunk[]) {
  const teams = [...input.teams.values()].flatMap((team) => (team ? [team] : []));
  const chunks = cacheOf(input.seasonId, input.generation, teams, input.scores, previous.length);
  const content = (chunk: BoardCacheChunk | undefined) =>
    chunk ? stableJson([chunk.teams, chunk.companies]) : null;
  const changed = chunks
    .filter(
      (chunk) => content(chunk) !== content(previous.find((old) => old.index === chunk.index)),
    )
    .map((chunk) => chunk.index);
  return { chunks, changed };
}

function byDayOf(input: BoardRebuildInput, teamId: string): { byDay?: BoardScore['byDay'] } {
  const byDay = input.scores.get(teamId)?.byDay ?? input.knownByDay.get(teamId);
  return byDay ? { byDay } : {};
}

/** One document a rebuild writes (data) or deletes (null), by its path. */
export interface BoardWrite {
  readonly path: string;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/**
 * The pages and cache chunks a plan writes or deletes, in the order they are written: the pages
 * of the live board, then the public one's, then the chunks. The tops and the state come after,
 * in the rebuild's last transaction.
 */
export function boardWritesOf(seasonId: string, plan: BoardRebuildPlan): BoardWrite[] {
  const pagesOf = (which: 'live' | 'public', pages: PagesPlan): BoardWrite[] => [
    ...pages.write.map((index) => ({
      path: `${GAME_PATHS.leaderboardPages(seasonId, which)}/${index}`,
      data: { ...pages.documents.pages[index - 1] },
    })),
    ...pages.remove.map((index) => ({
      path: `${GAME_PATHS.leaderboardPages(seasonId, which)}/${index}`,
      data: null,
    })),
  ];
  return [
    ...pagesOf('live', plan.live),
    ...(plan.public.kind === 'write' ? pagesOf('public', plan.public) : []),
    ...plan.changedChunks.map((index) => ({
      path: `${GAME_PATHS.boardCache(seasonId)}/${index}`,
      data: { ...plan.chunks[index] },
    })),
  ];
}
