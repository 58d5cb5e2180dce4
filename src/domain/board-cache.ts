// What the leaderboard's rebuild keeps of every team between two rebuilds (its name, company,
// members and the score fields its row shows), in a few chunk documents only the functions read,
// so a rebuild reads the scores and teams that moved since the last one, not every team.
import { stableJson, type BoardScore, type LeaderboardTeam } from './leaderboard';

/**
 * At most how many chunk documents the cache is spread over. At 10,000 teams with the longest
 * names allowed each stays well under Firestore's 1 MiB (leaderboard.test.ts measures it); a
 * rebuild reads them all, and writes those that hold a team that moved.
 */
export const BOARD_CACHE_CHUNKS = 64;

/** How many teams a chunk is sized for: 10,000 teams fill the 64 chunks. */
export const TEAMS_PER_CHUNK = 160;

/**
 * Rule: the cache has one chunk per TEAMS_PER_CHUNK teams, at least one and at most
 * BOARD_CACHE_CHUNKS, and never fewer than it had: a season of 32 teams reads and writes one
 * chunk, not 64; when teams come in past a chunk's share, every team is spread again once.
 */
export function chunkCountFor(teamCount: number, previousCount = 0): number {
  const needed = Math.min(BOARD_CACHE_CHUNKS, Math.max(1, Math.ceil(teamCount / TEAMS_PER_CHUNK)));
  return Math.max(previousCount, needed);
}

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

/**
 * The whole cache for these teams and scores (a full rebuild), over at least `previousCount`
 * chunks (so no chunk written before is left behind, holding teams of before).
 */
export function cacheOf(
  seasonId: string,
  generation: number,
  teams: readonly LeaderboardTeam[],
  scores: ReadonlyMap<string, BoardScore>,
  previousCount = 0,
): BoardCacheChunk[] {
  const empty = Array.from({ length: previousCount }, (_, index) =>
    chunkOf(seasonId, index, 0, {}, new Map()),
  );
  return patchCache(
    seasonId,
    empty,
    generation,
    new Map(teams.map((team) => [team.id, team])),
    scores,
  ).chunks;
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
  const entries = new Map<string, BoardCacheEntry>();
  for (const chunk of previous) {
    for (const [id, entry] of Object.entries(chunk.teams)) entries.set(id, entry);
  }
  const names = new Map<string, string>();
  for (const chunk of previous) {
    for (const [id, name] of Object.entries(chunk.companies)) names.set(id, name);
  }
  /** The teams whose entry changed, and the companies renamed (every chunk naming one is written). */
  const changedTeams = new Set<string>();
  const renamed = new Set<string>();
  const replace = (id: string, entry: BoardCacheEntry | null) => {
    if (stableJson(entries.get(id) ?? null) === stableJson(entry)) return;
    if (entry) entries.set(id, entry);
    else entries.delete(id);
    changedTeams.add(id);
  };
  for (const [id, team] of teams) {
    if (!team) {
      replace(id, null);
      continue;
    }
    const known = names.get(team.companyId);
    names.set(team.companyId, team.companyName);
    if (known !== undefined && known !== team.companyName) renamed.add(team.companyId);
    const score = scores.get(id) ?? entries.get(id)?.score;
    replace(id, {
      name: team.name,
      companyId: team.companyId,
      memberCount: team.memberCount,
      createdAt: team.createdAt,
      ...(score ? { score: withoutByDay(score) } : {}),
    });
  }
  for (const [id, score] of scores) {
    if (teams.has(id)) continue;
    const entry = entries.get(id);
    if (entry) replace(id, { ...entry, score: withoutByDay(score) });
  }
  const count = chunkCountFor(entries.size, previous.length);
  const grouped = Array.from({ length: count }, () => ({}) as Record<string, BoardCacheEntry>);
  for (const [id, entry] of entries) {
    const chunk = grouped[cacheChunkOf(id, count)];
    if (chunk) chunk[id] = entry;
  }
  // Spread again over more chunks (or the first cache): every chunk is written.
  const changed = new Set<number>(
    count !== previous.length ? grouped.map((_, index) => index) : [],
  );
  for (const id of changedTeams) changed.add(cacheChunkOf(id, count));
  grouped.forEach((chunk, index) => {
    if (Object.values(chunk).some((entry) => renamed.has(entry.companyId))) changed.add(index);
  });
  const chunks = grouped.map((teamsOfChunk, index) => {
    const kept = previous.find((chunk) => chunk.index === index);
    return changed.has(index) || !kept
      ? chunkOf(seasonId, index, generation, teamsOfChunk, names)
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
