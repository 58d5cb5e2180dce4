// The board beyond its top, only while a page shows it: one page of the board, followed; a team's
// own row with its neighbours, and the search of teams by name, each a one-shot read done again
// when the top (which the store follows) changes generation. Leaving the page drops them.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  GAME_PATHS,
  type Leaderboard,
  type LeaderboardPage,
  type LeaderboardRow,
} from '../domain/game';
import { lastOfTopWithPagesAfter, rowsAroundOnPage } from '../domain/leaderboard-view';
import { PATHS } from '../domain/paths';
import { teamNameKey, type Team } from '../domain/team';
import { BackendError, type BackendErrorCode } from '../data/backend';
import { selectBoardShown } from '../stores/board-slice';
import { asLeaderboardPage, type LiveSlice } from '../stores/live-slice';
import { useAppStore, useLeaderboard } from '../stores/store-context';
import { useLiveDocument, type Live } from './use-live';

/** How many teams a search by name lists at most. */
export const TEAM_SEARCH_LIMIT = 10;

const codeOf = (error: unknown): BackendErrorCode =>
  error instanceof BackendError ? error.code : 'unknown';

/** Where the pages of the board shown to this person lie; null without a season. */
function usePagesPath(): string | null {
  const seasonId = useAppStore((state) => state.live.season?.id ?? null);
  const which = useAppStore(selectBoardShown);
  return seasonId ? GAME_PATHS.leaderboardPages(seasonId, which) : null;
}

/**
 * Reads once what `read` gives for each new `key` (null: nothing to read), and forgets an answer
 * that comes after the key changed or the component left.
 */
function useReadOnce<T>(key: string | null, read: () => Promise<T>): Live<T> | null {
  const [answer, setAnswer] = useState<{ key: string; live: Live<T> } | null>(null);
  const latestRead = useRef(read);
  latestRead.current = read;
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    latestRead.current().then(
      (data) => {
        if (current) setAnswer({ key, live: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (current) setAnswer({ key, live: { status: 'error', code: codeOf(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  if (key === null) return null;
  // A page already shown stays while its next generation loads.
  if (answer?.key === key) return answer.live;
  return answer && answer.key.split('@')[0] === key.split('@')[0]
    ? answer.live
    : { status: 'loading' };
}

/**
 * A page document of the board (index from 1, the positions after the top), followed while shown:
 * its rewrite arrives with the rebuild's commit, as the top's does, and a page the rebuild left as
 * it was costs no read.
 */
export function useBoardPage(index: number): Live<LeaderboardPage | null> {
  const board = useLeaderboard();
  const pagesPath = usePagesPath();
  const path = pagesPath && board ? `${pagesPath}/${String(index)}` : null;
  const live = useLiveDocument(path, asLeaderboardPage);
  return path ? live : { status: 'loading' };
}

/** A team's row on the board, with the rows around it that hold its neighbours. */
export interface BoardPlace {
  readonly row: LeaderboardRow;
  readonly around: readonly LeaderboardRow[];
}

/**
 * Rule: a team's row comes from the top when it is there; the last team of the top has its
 * neighbour below at the start of page document 1; any other team finds the one page that
 * lists it (array-contains on its team ids), whose rows and edge rows hold its neighbours.
 */
async function placeOf(
  board: Leaderboard,
  teamId: string,
  pagesPath: string,
  reads: Pick<LiveSlice, 'documentRead' | 'containingFound'>,
): Promise<BoardPlace | null> {
  const inTop = board.rows.find((row) => row.teamId === teamId);
  if (inTop) {
    if (!lastOfTopWithPagesAfter(board, teamId)) return { row: inTop, around: board.rows };
    const first = await reads.documentRead(`${pagesPath}/1`);
    const below = first ? asLeaderboardPage(first).rows[0] : undefined;
    return { row: inTop, around: below ? [...board.rows, below] : board.rows };
  }
  if (board.pageCount === 0) return null;
  const found = await reads.containingFound(pagesPath, 'teamIds', teamId);
  if (!found) return null;
  const page = asLeaderboardPage(found);
  const row = page.rows.find((entry) => entry.teamId === teamId);
  return row ? { row, around: rowsAroundOnPage(page) } : null;
}

/**
 * The team's own row and its neighbours, for its place on the leaderboard and its impact: from
 * the top when it is there, else from its page, read while the calling component is shown.
 * Ready with null when there is no team, no board yet, or the team is not on it.
 */
export function useOwnBoardRow(teamId: string | null): Live<BoardPlace | null> {
  const board = useLeaderboard();
  const pagesPath = usePagesPath();
  const documentRead = useAppStore((state) => state.documentRead);
  const containingFound = useAppStore((state) => state.containingFound);
  const inTop = board?.rows.find((row) => row.teamId === teamId);
  const needsRead =
    board !== null &&
    teamId !== null &&
    pagesPath !== null &&
    (inTop ? lastOfTopWithPagesAfter(board, teamId) : board.pageCount > 0);
  const live = useReadOnce(
    needsRead ? `${pagesPath} ${teamId}@${board.generation}` : null,
    async () =>
      board && teamId && pagesPath
        ? placeOf(board, teamId, pagesPath, { documentRead, containingFound })
        : null,
  );
  if (live) return live;
  return { status: 'ready', data: inTop && board ? { row: inTop, around: board.rows } : null };
}

/** A team a search found, with its row when it is on the board. */
export interface FoundTeam {
  readonly teamId: string;
  readonly name: string;
  readonly companyName: string;
  readonly row: LeaderboardRow | null;
}

export type TeamSearch =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly name: string }
  | { readonly status: 'ready'; readonly name: string; readonly found: readonly FoundTeam[] }
  | { readonly status: 'error'; readonly name: string; readonly code: BackendErrorCode };

/**
 * The search of the season's teams by the start of their name (teamNameKey), at most
 * TEAM_SEARCH_LIMIT, each with its row: from the top when there, else from its page.
 */
export function useTeamSearch(): {
  readonly search: TeamSearch;
  readonly searched: (name: string) => void;
} {
  const board = useLeaderboard();
  const pagesPath = usePagesPath();
  const seasonId = useAppStore((state) => state.live.season?.id ?? null);
  const startingWithRead = useAppStore((state) => state.startingWithRead);
  const containingFound = useAppStore((state) => state.containingFound);
  const [search, setSearch] = useState<TeamSearch>({ status: 'idle' });
  // Only the last search asked may answer, and none once the page is gone.
  const asked = useRef(0);
  useEffect(
    () => () => {
      asked.current += 1;
    },
    [],
  );

  const searched = useCallback(
    (name: string) => {
      const key = teamNameKey(name);
      asked.current += 1;
      const ask = asked.current;
      if (!key || !seasonId || !board || !pagesPath) {
        setSearch({ status: 'idle' });
        return;
      }
      setSearch({ status: 'loading', name });
      const rowOf = async (teamId: string): Promise<LeaderboardRow | null> => {
        const inTop = board.rows.find((row) => row.teamId === teamId);
        if (inTop) return inTop;
        if (board.pageCount === 0) return null;
        const page = await containingFound(pagesPath, 'teamIds', teamId);
        return page
          ? (asLeaderboardPage(page).rows.find((row) => row.teamId === teamId) ?? null)
          : null;
      };
      void (async () => {
        try {
          const teams = await startingWithRead(
            PATHS.teams,
            [{ field: 'seasonId', value: seasonId }],
            'nameKey',
            key,
            TEAM_SEARCH_LIMIT,
          );
          const found = await Promise.all(
            teams.map(async (document): Promise<FoundTeam> => {
              const team = document.data as unknown as Team;
              return {
                teamId: document.id,
                name: team.name,
                companyName: team.companyName,
                row: await rowOf(document.id),
              };
            }),
          );
          if (ask === asked.current) setSearch({ status: 'ready', name, found });
        } catch (error) {
          if (ask === asked.current) setSearch({ status: 'error', name, code: codeOf(error) });
        }
      })();
    },
    [board, pagesPath, seasonId, startingWithRead, containingFound],
  );

  return { search, searched };
}
