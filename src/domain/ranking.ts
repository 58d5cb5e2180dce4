// Team scores and the leaderboard's ranking: pure rules the functions, the reconciliation and
// the tests all call.
import type { RankingRule } from './season';

export interface TeamStanding {
  readonly teamId: string;
  readonly total: number;
  /** Members of the team, and those with at least one approved submission. */
  readonly memberCount: number;
  readonly activeMembers: number;
  /** When the team reached its current total (ms); the earlier wins a tie. */
  readonly reachedAt: number;
}

/** Rule: the average per active member is the total divided by the members with at least one approved submission, or 0 when none has one. */
export function averagePerActiveMember(standing: Pick<TeamStanding, 'total' | 'activeMembers'>) {
  return standing.activeMembers > 0 ? standing.total / standing.activeMembers : 0;
}

/** Rule: the participation rate is the share of a team's members with at least one approved submission, or 0 for an empty team. */
export function participationRate(standing: Pick<TeamStanding, 'memberCount' | 'activeMembers'>) {
  return standing.memberCount > 0 ? standing.activeMembers / standing.memberCount : 0;
}

/** The measure a season's ranking rule sorts on. */
export function measureOf(standing: TeamStanding, rule: RankingRule): number {
  switch (rule) {
    case 'total':
      return standing.total;
    case 'average':
      return averagePerActiveMember(standing);
    case 'participation':
      return participationRate(standing);
  }
}

export interface RankedTeam extends TeamStanding {
  readonly rank: number;
  readonly measure: number;
}

/**
 * Rule: teams rank by the season's measure, highest first; a tie goes to the team that reached
 * its score first, then to the lower team id, so every team has its own rank.
 */
export function rankTeams(standings: readonly TeamStanding[], rule: RankingRule): RankedTeam[] {
  return standings
    .map((standing) => ({ ...standing, measure: measureOf(standing, rule) }))
    .sort(
      (a, b) =>
        b.measure - a.measure ||
        a.reachedAt - b.reachedAt ||
        (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0),
    )
    .map((team, index) => ({ ...team, rank: index + 1 }));
}

/** Rule: the gap to a team is how much more of the ranking measure it has than mine (negative when it is behind). */
export function gapTo(mine: RankedTeam, other: RankedTeam): number {
  return other.measure - mine.measure;
}
