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
  const names = companyNamesOf(input.teams);
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
  const pages = boardPages(input, rows, names);
  const pageCount = pages.length;
  const top: Leaderboard = {
    seasonId: input.seasonId,
    rankingRule: input.rankingRule,
    status: input.status,
    generation: input.generation,
    updatedAt: input.now,
    rows: topRows,
    teamCount: rows.length,
    pageCount,
    companies: companiesOf(topRows, names),
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

/** Company names by id, of the teams' companies. */
export function companyNamesOf(teams: readonly LeaderboardTeam[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const team of teams) names[team.companyId] = team.companyName;
  return names;
}

function companiesOf(
  rows: readonly LeaderboardRow[],
  names: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.companyId, names[row.companyId] ?? '']));
}

/** The pages after the top of ranked rows (the rule is buildBoard's). */
export function boardPages(
  at: { readonly seasonId: string; readonly generation: number; readonly now: number },
  rows: readonly LeaderboardRow[],
  names: Readonly<Record<string, string>>,
): LeaderboardPage[] {
  return Array.from({ length: pageCountOf(rows.length) }, (_, i): LeaderboardPage => {
    const start = BOARD_TOP_ROWS + i * BOARD_PAGE_ROWS;
    const pageRows = rows.slice(start, start + BOARD_PAGE_ROWS);
    return {
      seasonId: at.seasonId,
      index: i + 1,
      generation: at.generation,
      updatedAt: at.now,
      rows: pageRows,
      teamIds: pageRows.map((row) => row.teamId),
      companies: companiesOf(pageRows, names),
      before: rows[start - 1] ?? null,
      after: rows[start + BOARD_PAGE_ROWS] ?? null,
    };
  });
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

/** Whether two rows show the same (the average and participation follow from the rest). */
function sameRow(a: LeaderboardRow | null | undefined, b: LeaderboardRow | null | undefined) {
  if (a === b) return true;
  if (!a || !b) return false;
  const same = (x: unknown, y: unknown) => x === y || stableJson(x) === stableJson(y);
  return (
    a.teamId === b.teamId &&
    a.rank === b.rank &&
    a.total === b.total &&
    a.name === b.name &&
    a.companyId === b.companyId &&
    a.memberCount === b.memberCount &&
    a.activeMembers === b.activeMembers &&
    a.reachedAt === b.reachedAt &&
    same(a.byTheme, b.byTheme) &&
    same(a.impact, b.impact)
  );
}

/** Whether two pages show the same, whenever and by whichever rebuild they were written. */
function samePage(a: LeaderboardPage, b: LeaderboardPage): boolean {
  const companies = Object.keys(a.companies);
  return (
    a.rows.length === b.rows.length &&
    a.rows.every((row, i) => sameRow(row, b.rows[i])) &&
    sameRow(a.before, b.before) &&
    sameRow(a.after, b.after) &&
    companies.length === Object.keys(b.companies).length &&
    companies.every((id) => a.companies[id] === b.companies[id])
  );
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
      return !before || !samePage(before, page);
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
