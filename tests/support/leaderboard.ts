// Rows of a leaderboard for tests: a test names the fields it is about, the others stay plain.
import type { LeaderboardRow } from '../../src/domain/game';
import type { RankedRow } from '../../src/domain/happenings';

/** A row of the board: team "Team {teamId}" of company c1, four members, two active, no points. */
export const leaderboardRow = (
  teamId: string,
  rank: number,
  extra: Partial<LeaderboardRow> = {},
): LeaderboardRow => ({
  teamId,
  name: `Team ${teamId}`,
  companyId: 'c1',
  rank,
  total: 0,
  memberCount: 4,
  activeMembers: 2,
  average: 0,
  participation: 0.5,
  byTheme: {},
  reachedAt: 100,
  ...extra,
});

/** What the happenings and the digest read of a row: its team, rank and total. */
export const rankedRow = (teamId: string, rank: number, total: number): RankedRow => ({
  teamId,
  name: `Team ${teamId}`,
  rank,
  total,
});
