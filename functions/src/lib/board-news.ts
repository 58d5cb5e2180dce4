// What a rewrite of the public leaderboard tells: a new leader while the season is open, the final
// standings once it is closed. (Ranks are told once a day, by the daily job: a burst of approvals
// moves many teams, and a notice per move would be noise.) Recorded as happenings, each under an id
// that names it, so a second rebuild with the same news records nothing new.
import type { Leaderboard, LeaderboardRow } from '../../../src/domain/game';
import { HAPPENING_IDS, newLeaderOf, type StandingRow } from '../../../src/domain/happenings';
import type { Season } from '../../../src/domain/season';
import { recordHappening } from './happenings';

/** Teams shown in a standings post (the final one, the daily top five). */
export const FINAL_STANDINGS_ROWS = 10;

/** The first `count` rows of a board, with their company's name, public names only. */
export function standingRows(board: Leaderboard, count: number): StandingRow[] {
  return board.rows.slice(0, count).map((row) => ({
    rank: row.rank,
    teamId: row.teamId,
    name: row.name,
    companyName: board.companies[row.companyId] ?? '',
    points: row.total,
  }));
}

export async function tellBoardNews(
  season: Pick<Season, 'id' | 'name' | 'state' | 'timeZone'>,
  news: { readonly before: readonly LeaderboardRow[]; readonly after: Leaderboard },
  now: number,
): Promise<void> {
  const record = (id: string, body: Parameters<typeof recordHappening>[3]) =>
    recordHappening(id, season.id, season.timeZone, body, now);
  if (season.state === 'closed' && news.after.status === 'final') {
    await record(HAPPENING_IDS.seasonClosed(season.id), {
      kind: 'seasonClosed',
      seasonName: season.name,
      rows: standingRows(news.after, FINAL_STANDINGS_ROWS),
    });
    return;
  }
  if (season.state !== 'open') return;
  const told: Promise<boolean>[] = [];
  const leader = newLeaderOf(news.before, news.after.rows);
  if (leader) {
    told.push(
      record(HAPPENING_IDS.newLeader(season.id, leader.leader.teamId, now), {
        kind: 'newLeader',
        teamId: leader.leader.teamId,
        teamName: leader.leader.name,
        previousTeamId: leader.previous?.teamId ?? null,
        previousTeamName: leader.previous?.name ?? null,
      }),
    );
  }
  await Promise.all(told);
}
