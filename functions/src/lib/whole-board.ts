// The leaderboard with every row, for the few readers that need them all (the daily standings,
// the weekly digest, the season's report): its top and every page, read in two round trips.
import type { Leaderboard, LeaderboardPage, LeaderboardRow } from '../../../src/domain/game';
import { GAME_PATHS } from '../../../src/domain/paths';
import { db } from './admin';
import { gameRefs } from './documents';

/** The top of a board, its `rows` and `companies` holding every page's too, in rank order. */
export type WholeBoard = Leaderboard;

/**
 * Reads the board `which` whole: its top, then the pages it counts (a page past its count, left
 * by a rebuild still under way, is not read as part of it). Undefined while there is no board.
 */
export async function readWholeBoard(
  seasonId: string,
  which: 'public' | 'live',
): Promise<WholeBoard | undefined> {
  const topSnapshot = await gameRefs.leaderboard(seasonId, which).get();
  const top = topSnapshot.data() as Leaderboard | undefined;
  if (!top) return undefined;
  const pageCount = Number(top.pageCount ?? 0);
  const pages =
    pageCount > 0
      ? (await db.collection(GAME_PATHS.leaderboardPages(seasonId, which)).get()).docs
          .map((document) => document.data() as LeaderboardPage)
          .filter((page) => page.index >= 1 && page.index <= pageCount)
          .sort((a, b) => a.index - b.index)
      : [];
  const rows: LeaderboardRow[] = [...top.rows, ...pages.flatMap((page) => page.rows)];
  const companies = Object.assign(
    {},
    top.companies,
    ...pages.map((page) => page.companies),
  ) as Record<string, string>;
  return { ...top, rows, companies };
}
