// The season's leaderboard documents, built from the teams and their running scores: the top
// (the first rows, the chart, the impact and the companies' roll-up) and the pages after it. Pure
// rules the functions (after every burst of score changes), the reconciliation, the bench and the
// tests share.
import {
  BOARD_PAGE_ROWS,
  BOARD_TOP_COMPANIES,
  BOARD_TOP_ROWS,
  type Leaderboard,
  type LeaderboardPage,
  type LeaderboardRow,
  type StoredTeamScore,
} from './game';
import { mergeTotals, type ImpactTotals } from './impact';
import { companyRollUp } from './leaderboard-view';
import { averagePerActiveMember, participationRate, rankTeams } from './ranking';
import type { RankingRule, SeasonState } from './season';

export interface LeaderboardTeam {
  readonly id: string;
  readonly name: string;
  readonly companyId: string;
  readonly companyName: string;
  readonly memberCount: number;
  readonly createdAt: number;
}

/**
 * What a row needs of a team's score. The points by day are only needed for the chart's teams,
 * so they may be absent for the others.
 */
export type BoardScore = Pick<
  StoredTeamScore,
  'total' | 'activeMembers' | 'reachedAt' | 'byTheme'
> & {
  readonly impact?: ImpactTotals;
  readonly byDay?: Readonly<Record<string, number>>;
};

/** What a row keeps of a stored score: no points by day, no members, impact only once some counted. */
export function boardScoreOf(score: StoredTeamScore): BoardScore {
  return {
    total: score.total,
    activeMembers: score.activeMembers,
    reachedAt: score.reachedAt,
    byTheme: score.byTheme,
    ...withImpact(score.impact),
  };
}

/** How many of the top teams the chart of points by day follows. */
export const CHART_TEAMS = 5;

/** The top document and the pages after it, as one rebuild writes them. */
export interface BoardDocuments {
  readonly top: Leaderboard;
  readonly pages: readonly LeaderboardPage[];
}

/**
 * Rule: every team of the season has a row, with 0 points until it scores; rows are ranked by
 * the season's rule (ties to the team that reached its score first).
 */
export function rankBoard(
  teams: readonly LeaderboardTeam[],
  scores: ReadonlyMap<string, BoardScore>,
  rankingRule: RankingRule,
): LeaderboardRow[] {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const ranked = rankTeams(
    teams.map((team) => {
      const score = scores.get(team.id);
      return {
        teamId: team.id,
        total: score?.total ?? 0,
        memberCount: team.memberCount,
        activeMembers: score?.activeMembers ?? 0,
        reachedAt: score?.reachedAt ?? team.createdAt,
      };
    }),
    rankingRule,
  );
  return ranked.map((standing) => {
    const team = byId.get(standing.teamId);
    const score = scores.get(standing.teamId);
    return {
      teamId: standing.teamId,
      name: team?.name ?? '',
      companyId: team?.companyId ?? '',
      rank: standing.rank,
      total: standing.total,
      memberCount: standing.memberCount,
      activeMembers: standing.activeMembers,
      average: averagePerActiveMember(standing),
      participation: participationRate(standing),
      byTheme: score?.byTheme ?? {},
      reachedAt: standing.reachedAt,
      ...withImpact(score?.impact),
    };
  });
}

/** The teams the chart follows: the first CHART_TEAMS rows. */
export function chartTeamIds(rows: readonly LeaderboardRow[]): string[] {
  return rows.slice(0, CHART_TEAMS).map((row) => row.teamId);
}

/** How many pages follow the top for this many teams. */
export function pageCountOf(teamCount: number): number {
  return Math.max(0, Math.ceil((teamCount - BOARD_TOP_ROWS) / BOARD_PAGE_ROWS));
}

/**
 * Rule: the top holds the first BOARD_TOP_ROWS rows and page n (from 1) the next BOARD_PAGE_ROWS
 * after the rows before it; each page names the row just before its first and just after its
 * last, and the companies of its rows. The chart follows the top five teams. Impact is a column
 * beside the measures, never a ranking rule: each row carries its team's, the top the season's
 * (over every team) and each company's it names (its rows' and its roll-up's). The roll-up counts
 * every team of the board and keeps the BOARD_TOP_COMPANIES companies with the most points.
 */
export function buildBoard(input: {
  readonly seasonId: string;
  readonly rankingRule: RankingRule;
  readonly status: Leaderboard['status'];
  readonly generation: number;
  readonly now: number;
  readonly teams: readonly LeaderboardTeam[];
  readonly scores: ReadonlyMap<string, BoardScore>;
}): BoardDocuments {
  const rows = rankBoard(input.teams, input.scores, input.rankingRule);
  const names: Record<string, string> = {};
  for (const team of input.teams) names[team.companyId] = team.companyName;
  const companiesOf = (some: readonly LeaderboardRow[]) =>
    Object.fromEntries(some.map((row) => [row.companyId, names[row.companyId] ?? '']));
  const rollUp = companyRollUp(rows, names);
  const topRows = rows.slice(0, BOARD_TOP_ROWS);
  const topRollUp = rollUp.slice(0, BOARD_TOP_COMPANIES);
  let season: ImpactTotals = {};
  const byCompany: Record<string, ImpactTotals> = {};
  for (const row of rows) {
    if (!row.impact) continue;
    season = mergeTotals(season, row.impact);
    byCompany[row.companyId] = mergeTotals(byCompany[row.companyId] ?? {}, row.impact);
  }
  const named = new Set([
    ...topRows.map((row) => row.companyId),
    ...topRollUp.map((company) => company.companyId),
  ]);
  const topByDay = Object.fromEntries(
    chartTeamIds(rows).map((teamId) => [teamId, { ...(input.scores.get(teamId)?.byDay ?? {}) }]),
  );
  const pageCount = pageCountOf(rows.length);
  const pages = Array.from({ length: pageCount }, (_, i): LeaderboardPage => {
    const start = BOARD_TOP_ROWS + i * BOARD_PAGE_ROWS;
    const pageRows = rows.slice(start, start + BOARD_PAGE_ROWS);
    return {
      seasonId: input.seasonId,
      index: i + 1,
      generation: input.generation,
      updatedAt: input.now,
      rows: pageRows,
      teamIds: pageRows.map((row) => row.teamId),
      companies: companiesOf(pageRows),
      before: rows[start - 1] ?? null,
      after: rows[start + BOARD_PAGE_ROWS] ?? null,
    };
  });
  const top: Leaderboard = {
    seasonId: input.seasonId,
    rankingRule: input.rankingRule,
    status: input.status,
    generation: input.generation,
    updatedAt: input.now,
    rows: topRows,
    teamCount: rows.length,
    pageCount,
    companies: companiesOf(topRows),
    companyRollUp: topRollUp,
    companyCount: rollUp.length,
    topByDay,
    impact: {
      season,
      byCompany: Object.fromEntries(
        Object.entries(byCompany).filter(([companyId]) => named.has(companyId)),
      ),
    },
  };
  return { top, pages };
}

/** A row carries its team's impact only once some counted, to keep the board small. */
function withImpact(impact: ImpactTotals | undefined): { impact?: ImpactTotals } {
  return impact && Object.keys(impact).length > 0 ? { impact } : {};
}

/**
 * A value as text with the keys of its maps in order: what was read back from Firestore (which
 * orders them) compares equal to what was just built.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** What a page shows, apart from when and by which rebuild it was written. */
function pageContent(page: LeaderboardPage): string {
  return stableJson([page.rows, page.before, page.after, page.companies]);
}

/**
 * Rule: a rebuild rewrites only the pages whose rows, edges or companies changed since the board
 * it starts from (every page when that board is unknown), and deletes the pages past the new
 * count that the stored board had.
 */
export function planBoardPatch(
  previous: readonly LeaderboardPage[] | null,
  next: readonly LeaderboardPage[],
  storedPageCount: number,
): { readonly write: number[]; readonly remove: number[] } {
  const write = next
    .filter((page) => {
      const before = previous?.[page.index - 1];
      return !before || pageContent(before) !== pageContent(page);
    })
    .map((page) => page.index);
  const remove: number[] = [];
  const last = Math.max(storedPageCount, previous?.length ?? 0);
  for (let index = next.length + 1; index <= last; index += 1) remove.push(index);
  return { write, remove };
}

/**
 * Rule: organisers always see the live leaderboard; everyone else sees it live while the season
 * is open, as it stood at the freeze while frozen, and the final one once closed; nothing while
 * the season is a draft.
 */
export function publicLeaderboardUpdate(state: SeasonState): 'none' | 'rewrite' | 'freeze' {
  switch (state) {
    case 'draft':
      return 'none';
    case 'open':
    case 'closed':
      return 'rewrite';
    case 'frozen':
      return 'freeze';
  }
}

/** The status a leaderboard document carries in each season state. */
export function leaderboardStatus(state: SeasonState): Leaderboard['status'] {
  return state === 'closed' ? 'final' : state === 'frozen' ? 'frozen' : 'live';
}
