// The season's leaderboard document, built from the teams and their running scores: pure rules
// the functions (after every burst of score changes), the reconciliation and the tests share.
import {
  BOARD_TOP_COMPANIES,
  type Leaderboard,
  type LeaderboardRow,
  type StoredTeamScore,
} from './game';
import { companyRollUp } from './leaderboard-view';
import { mergeTotals, type ImpactTotals } from './impact';
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

/** How many of the top teams the chart of points by day follows. */
export const CHART_TEAMS = 5;

/**
 * Rule: every team of the season has a row, with 0 points until it scores; rows are ranked by
 * the season's rule (ties to the team that reached its score first), and the chart follows the
 * top five teams. Impact is a column beside the measures, never a ranking rule: each row carries
 * its team's, and the board the season's and each company's, by unit.
 */
export function buildLeaderboard(input: {
  readonly seasonId: string;
  readonly rankingRule: RankingRule;
  readonly status: Leaderboard['status'];
  readonly generation: number;
  readonly now: number;
  readonly teams: readonly LeaderboardTeam[];
  readonly scores: ReadonlyMap<string, StoredTeamScore>;
}): Leaderboard {
  const byId = new Map(input.teams.map((team) => [team.id, team]));
  const ranked = rankTeams(
    input.teams.map((team) => {
      const score = input.scores.get(team.id);
      return {
        teamId: team.id,
        total: score?.total ?? 0,
        memberCount: team.memberCount,
        activeMembers: score?.activeMembers ?? 0,
        reachedAt: score?.reachedAt ?? team.createdAt,
      };
    }),
    input.rankingRule,
  );
  const rows: LeaderboardRow[] = ranked.map((standing) => {
    const team = byId.get(standing.teamId);
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
      byTheme: input.scores.get(standing.teamId)?.byTheme ?? {},
      reachedAt: standing.reachedAt,
      ...withImpact(input.scores.get(standing.teamId)?.impact),
    };
  });
  let season: ImpactTotals = {};
  const byCompany: Record<string, ImpactTotals> = {};
  for (const row of rows) {
    if (!row.impact) continue;
    season = mergeTotals(season, row.impact);
    byCompany[row.companyId] = mergeTotals(byCompany[row.companyId] ?? {}, row.impact);
  }
  const topByDay = Object.fromEntries(
    rows
      .slice(0, CHART_TEAMS)
      .map((row) => [row.teamId, { ...(input.scores.get(row.teamId)?.byDay ?? {}) }]),
  );
  const companies = Object.fromEntries(
    input.teams.map((team) => [team.companyId, team.companyName]),
  );
  const rollUp = companyRollUp(rows, companies);
  return {
    seasonId: input.seasonId,
    rankingRule: input.rankingRule,
    status: input.status,
    generation: input.generation,
    updatedAt: input.now,
    rows,
    // Until the functions write the board in pages, this one document holds every team.
    teamCount: rows.length,
    pageCount: 0,
    companies,
    companyRollUp: rollUp.slice(0, BOARD_TOP_COMPANIES),
    companyCount: rollUp.length,
    topByDay,
    impact: { season, byCompany },
  };
}

/** A row carries its team's impact only once some counted, to keep the board small. */
function withImpact(impact: ImpactTotals | undefined): { impact?: ImpactTotals } {
  return impact && Object.keys(impact).length > 0 ? { impact } : {};
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
