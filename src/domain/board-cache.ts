// What the leaderboard's rebuild keeps of every team between two rebuilds (its name, company,
// members and the score fields its row shows), in a few chunk documents only the functions read,
// so a rebuild reads the scores and teams that moved since the last one, not every team.
import { stableJson, type BoardScore, type LeaderboardTeam } from './leaderboard';

/**
 * How many chunk documents the cache is spread over. At 10,000 teams with the longest names
 * allowed each stays well under Firestore's 1 MiB (leaderboard.test.ts measures it); a rebuild
 * reads them all, and writes those that hold a team that moved.
 */
export const BOARD_CACHE_CHUNKS = 64;

/** One team as the rebuild last saw it; `score` is absent until the team has a score document. */
export interface BoardCacheEntry {
  readonly name: string;
  readonly companyId: string;
  readonly memberCount: number;
  readonly createdAt: number;
  readonly score?: BoardScore;
}

/** One chunk document: `seasons/{s}/boardCache/{index}`. */
export interface BoardCacheChunk {
  readonly seasonId: string;
  readonly index: number;
  /** The rebuild that last wrote the chunk. */
  readonly generation: number;
  readonly teams: Readonly<Record<string, BoardCacheEntry>>;
  /** Company names by id, for the chunk's teams. */
  readonly companies: Readonly<Record<string, string>>;
}

/** Rule: a team's chunk is a hash of its id (FNV-1a), so it never moves while the count stays. */
export function cacheChunkOf(teamId: string, chunks = BOARD_CACHE_CHUNKS): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < teamId.length; i += 1) {
    hash ^= teamId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % chunks;
}

/** The teams and scores the cache holds, as buildBoard takes them. */
export function boardInputsOf(chunks: readonly BoardCacheChunk[]): {
  teams: LeaderboardTeam[];
  scores: Map<string, BoardScore>;
} {
  const teams: LeaderboardTeam[] = [];
  const scores = new Map<string, BoardScore>();
  for (const chunk of chunks) {
    for (const [id, entry] of Object.entries(chunk.teams)) {
      teams.push({
        id,
        name: entry.name,
        companyId: entry.companyId,
        companyName: chunk.companies[entry.companyId] ?? '',
        memberCount: entry.memberCount,
        createdAt: entry.createdAt,
      });
      if (entry.score) scores.set(id, entry.score);
    }
  }
  return { teams, scores };
}

function chunkOf(
  seasonId: string,
  index: number,
  generation: number,
  teams: Readonly<Record<string, BoardCacheEntry>>,
  companyNames: ReadonlyMap<string, string>,
): BoardCacheChunk {
  const companies: Record<string, string> = {};
  for (const entry of Object.values(teams)) {
    companies[entry.companyId] = companyNames.get(entry.companyId) ?? '';
  }
  return { seasonId, index, generation, teams, companies };
}

/** The whole cache for these teams and scores (a full rebuild), every chunk written. */
export function cacheOf(
  seasonId: string,
  generation: number,
  teams: readonly LeaderboardTeam[],
  scores: ReadonlyMap<string, BoardScore>,
): BoardCacheChunk[] {
  return patchCache(seasonId, [], generation, new Map(teams.map((team) => [team.id, team])), scores)
    .chunks;
}

/**
 * Rule: a team read again replaces its entry (a team gone is dropped), a score read again replaces
 * the team's score fields (a score of a team the cache does not hold is left out: its team is
 * read with it), and only the chunks where something changed are marked to be written. Values are
 * whole, never deltas, so applying a change twice leaves the same cache.
 */
export function patchCache(
  seasonId: string,
  previous: readonly BoardCacheChunk[],
  generation: number,
  teams: ReadonlyMap<string, LeaderboardTeam | null>,
  scores: ReadonlyMap<string, BoardScore>,
): { chunks: BoardCacheChunk[]; changed: number[] } {
  const entries = Array.from(
    { length: BOARD_CACHE_CHUNKS },
    (_, index) =>
      new Map(Object.entries(previous.find((chunk) => chunk.index === index)?.teams ?? {})),
  );
  const names = new Map<string, string>();
  for (const chunk of previous) {
    for (const [id, name] of Object.entries(chunk.companies)) names.set(id, name);
  }
  const changed = new Set<number>(previous.length === 0 ? entries.map((_, index) => index) : []);
  const replace = (index: number, id: string, entry: BoardCacheEntry | null) => {
    const chunk = entries[index];
    if (!chunk || stableJson(chunk.get(id) ?? null) === stableJson(entry)) return;
    if (entry) chunk.set(id, entry);
    else chunk.delete(id);
    changed.add(index);
  };
  for (const [id, team] of teams) {
    const index = cacheChunkOf(id);
    if (!team) {
      replace(index, id, null);
      continue;
    }
    const known = names.get(team.companyId);
    names.set(team.companyId, team.companyName);
    if (known !== undefined && known !== team.companyName) {
      // A renamed company: every chunk naming it is rewritten.
      entries.forEach((chunk, other) => {
        if ([...chunk.values()].some((entry) => entry.companyId === team.companyId)) {
          changed.add(other);
        }
      });
    }
    const score = scores.get(id) ?? entries[index]?.get(id)?.score;
    replace(index, id, {
      name: team.name,
      companyId: team.companyId,
      memberCount: team.memberCount,
      createdAt: team.createdAt,
      ...(score ? { score: withoutByDay(score) } : {}),
    });
  }
  for (const [id, score] of scores) {
    if (teams.has(id)) continue;
    const index = cacheChunkOf(id);
    const entry = entries[index]?.get(id);
    if (entry) replace(index, id, { ...entry, score: withoutByDay(score) });
  }
  const chunks = entries.map((teamsOfChunk, index) => {
    const kept = previous.find((chunk) => chunk.index === index);
    return changed.has(index) || !kept
      ? chunkOf(seasonId, index, generation, Object.fromEntries(teamsOfChunk), names)
      : kept;
  });
  return { chunks, changed: [...changed].sort((a, b) => a - b) };
}

/** The cache keeps no points by day: only the chart's five teams need them, read apart. */
function withoutByDay(score: BoardScore): BoardScore {
  return {
    total: score.total,
    activeMembers: score.activeMembers,
    reachedAt: score.reachedAt,
    byTheme: score.byTheme,
    ...(score.impact ? { impact: score.impact } : {}),
  };
}
