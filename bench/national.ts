// A national edition, simulated with the pure rules the functions run: 10,000 teams of ten
// (100,000 people) with the longest names the schemas allow. What one view of the board, one
// look at one's own row and one rebuild after a burst of approvals cost, and how big every
// document of the board gets. Reads are counted as the rebuild in functions/src/lib/scores.ts
// spends them (the emulator test of one approval checks that count).
import { cacheOf } from '../src/domain/board-cache';
import { boardWritesOf, planBoardRebuild } from '../src/domain/board-rebuild';
import { documentSize, FIRESTORE_DOCUMENT_MAX_BYTES } from '../src/domain/firestore-size';
import { GAME_PATHS } from '../src/domain/game';
import {
  buildBoard,
  chartTeamIds,
  type BoardScore,
  type LeaderboardTeam,
} from '../src/domain/leaderboard';
import { THEME_IDS } from '../src/domain/themes';
import { seededRandom } from '../functions/src/cli/seed';
import { median } from './stats';

const TEAMS = 10_000;
const MEMBERS = 10;
const COMPANIES = 1_000;
const BURST = 100;
/** The fixed documents of a rebuild: its state (when it starts and when it ends), the season, the two tops. */
const FIXED_READS = 5;

/**
 * Names of `characters` visible characters: the longest the schemas allow in bytes (graphemes of
 * eight code units of three bytes each), or as long as allowed in accented letters (two bytes).
 */
const NAMES = {
  'the longest names allowed in bytes': (characters: number, prefix: string) =>
    prefix + ('漢' + '\u20d0'.repeat(7)).repeat(characters - 1),
  'names of the longest length in accented letters': (characters: number, prefix: string) =>
    prefix + 'é'.repeat(characters - 1),
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const share = (bytes: number) =>
  `${((100 * bytes) / FIRESTORE_DOCUMENT_MAX_BYTES).toFixed(0)} % of 1 MiB`;

export function benchNationalBoard(): string[] {
  return Object.entries(NAMES).flatMap(([label, longest]) => nationalBoard(label, longest));
}

/** A season's board as the bench simulates it: how many teams, people, companies, and their names. */
export interface SimulatedSeason {
  readonly teams: number;
  readonly membersPerTeam: number;
  readonly companies: number;
  /** How many approvals, over random teams, the rebuild after a burst counts. */
  readonly burst: number;
  readonly name: (characters: number, prefix: string) => string;
}

/** The sizes of a season's board documents and what one rebuild after a burst reads and writes. */
export interface BoardFigures {
  readonly topBytes: number;
  readonly pageBytes: readonly number[];
  readonly chunkBytes: readonly number[];
  readonly rebuild: {
    readonly reads: number;
    readonly writes: number;
    readonly writtenBytes: number;
    readonly movedTeams: number;
    readonly livePages: number;
    readonly publicPages: number;
    readonly chunks: number;
    /** How many chunks the cache has (each rebuild reads them all). */
    readonly cacheChunks: number;
    readonly chartReads: number;
    readonly planMs: readonly number[];
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Builds the board of a simulated season with the functions' pure rules, then plans the rebuild
 * after a burst of approvals: reads counted as functions/src/lib/scores.ts spends them (the
 * emulator test of one approval checks that count), writes as boardWritesOf lists them.
 */
export function simulateBoard(season: SimulatedSeason): BoardFigures {
  const random = seededRandom(season.teams);
  const seasonId = 'simulated-season-2027';
  const teams: LeaderboardTeam[] = Array.from({ length: season.teams }, (_, i) => ({
    id: `T${String(i).padStart(19, '0')}`,
    name: season.name(60, String(i % 10)),
    companyId: `C${String(i % season.companies).padStart(19, '0')}`,
    companyName: season.name(80, String(i % 10)),
    memberCount: season.membersPerTeam,
    createdAt: 1_700_000_000_000 + i,
  }));
  const scoreOf = (total: number, reachedAt: number): BoardScore => ({
    total,
    activeMembers: 1 + random(season.membersPerTeam),
    reachedAt,
    byTheme: Object.fromEntries(THEME_IDS.map((theme) => [theme, random(500)])),
    impact: {
      kgCO2e: [1234.567891, 2345.678912, 3456.789123],
      kWh: [12.345678, 23.456789, 34.567891],
      peopleTrained: [40, 60, 80],
    },
  });
  const scores = new Map(teams.map((team, i) => [team.id, scoreOf(random(2_000) * 5, i)]));
  const start = { seasonId, generation: 1, now: 1_800_000_000_000, rankingRule: 'total' as const };
  const chunks = cacheOf(seasonId, 1, teams, scores);
  const { top, pages } = buildBoard({ ...start, status: 'live', teams, scores });
  const topBytes = documentSize(GAME_PATHS.leaderboard(seasonId, 'public'), { ...top });
  const pageBytes = pages.map((page) =>
    documentSize(`${GAME_PATHS.leaderboardPages(seasonId, 'public')}/${page.index}`, { ...page }),
  );
  const chunkBytes = chunks.map((chunk) =>
    documentSize(`${GAME_PATHS.boardCache(seasonId)}/${chunk.index}`, { ...chunk }),
  );

  // A burst of approvals over random teams, the first rebuild after it.
  const moved = new Map<string, BoardScore>();
  for (let i = 0; i < season.burst; i += 1) {
    const team = teams[random(season.teams)];
    const before = (team && (moved.get(team.id) ?? scores.get(team.id))) || undefined;
    if (!team || !before) continue;
    moved.set(team.id, {
      ...before,
      total: before.total + 10,
      reachedAt: start.now + i,
      byDay: { '2027-03-15': 10 },
    });
  }
  const input = {
    ...start,
    generation: 2,
    seasonState: 'open' as const,
    cache: { chunks, rankingRule: 'total' as const },
    pagesMatchCache: true,
    publicFollowsLive: true,
    full: false,
    teams: new Map<string, LeaderboardTeam | null>(),
    scores: moved,
    knownByDay: new Map(chartTeamIds(top.rows).map((teamId) => [teamId, { '2027-03-01': 5 }])),
    livePageCount: top.pageCount,
    storedPublic: { status: 'live' as const, pageCount: top.pageCount },
  };
  const planMs: number[] = [];
  let plan = planBoardRebuild(input);
  for (let run = 0; run < 5; run += 1) {
    const began = performance.now();
    plan = planBoardRebuild(input);
    planMs.push(performance.now() - began);
  }
  const writes = boardWritesOf(seasonId, plan);
  const writtenBytes =
    sum(writes.map((one) => (one.data ? documentSize(one.path, one.data) : 0))) +
    documentSize(GAME_PATHS.leaderboard(seasonId, 'live'), { ...plan.live.documents.top }) +
    (plan.public.kind === 'write'
      ? documentSize(GAME_PATHS.leaderboard(seasonId, 'public'), { ...plan.public.documents.top })
      : 0);
  const pagesOf = (which: 'live' | 'public') =>
    writes.filter((one) => one.path.startsWith(GAME_PATHS.leaderboardPages(seasonId, which)))
      .length;
  return {
    topBytes,
    pageBytes,
    chunkBytes,
    rebuild: {
      reads: FIXED_READS + plan.chunks.length + Math.max(1, moved.size) + plan.missingByDay.length,
      // The state when the rebuild starts and ends, the two tops.
      writes: writes.length + 4,
      writtenBytes,
      movedTeams: moved.size,
      livePages: pagesOf('live'),
      publicPages: pagesOf('public'),
      chunks: plan.changedChunks.length,
      cacheChunks: plan.chunks.length,
      chartReads: plan.missingByDay.length,
      planMs,
    },
  };
}

function nationalBoard(label: string, longest: (characters: number, prefix: string) => string) {
  const { topBytes, pageBytes, chunkBytes, rebuild } = simulateBoard({
    teams: TEAMS,
    membersPerTeam: MEMBERS,
    companies: COMPANIES,
    burst: BURST,
    name: longest,
  });
  const lines = [
    `national season: ${TEAMS.toLocaleString('en')} teams, ${(TEAMS * MEMBERS).toLocaleString('en')} people, ${COMPANIES.toLocaleString('en')} companies, ${label}`,
    `  the board's documents: top ${kb(topBytes)} (${share(topBytes)}); ${pageBytes.length} pages a board, largest ${kb(Math.max(...pageBytes))} (${share(Math.max(...pageBytes))}), ${kb(sum(pageBytes))} in all; ${chunkBytes.length} cache chunks, largest ${kb(Math.max(...chunkBytes))} (${share(Math.max(...chunkBytes))}), ${kb(sum(chunkBytes))} in all`,
    `  one view of the board (the top): 1 read, ${kb(topBytes)}`,
    `  one's own team row (the top + its page, found by teamIds array-contains): 2 reads, ${kb(topBytes + Math.max(...pageBytes))} at most`,
    `  one rebuild after ${BURST} approvals over ${rebuild.movedTeams} random teams: ${rebuild.reads} reads (${FIXED_READS} fixed, ${rebuild.cacheChunks} cache chunks, ${rebuild.movedTeams} scores, ${rebuild.chartReads} chart scores), ${rebuild.writes} writes (${rebuild.livePages} live pages, ${rebuild.publicPages} public pages, ${rebuild.chunks} cache chunks, 2 tops, the state twice), ${kb(rebuild.writtenBytes)} written; planned in a median ${median(rebuild.planMs).toFixed(0)} ms (ranking 10,000 teams twice: the board before and after)`,
    `  the same rebuild reading everything, as before the pages: ${(2 * TEAMS + 3).toLocaleString('en')} reads; a full rebuild now (a reconciliation, a missing cache): ${(2 * TEAMS + FIXED_READS + rebuild.cacheChunks).toLocaleString('en')} reads`,
  ];
  return lines;
}
