// The leaderboard is followed only while a page that shows it is on screen: each such page asks
// for it (useLeaderboard) and lets it go when it leaves, and sync.ts listens while anyone asks.
// The last board received stays in `live.leaderboard`, so coming back shows it at once.
import type { AppState } from './app-store';
import type { Slice } from './picks-slice';

export interface BoardSlice {
  board: {
    /** How many mounted components show the leaderboard. */
    readonly wanted: number;
  };
  /** Asks for the leaderboard; returns the release. */
  leaderboardWanted(): () => void;
}

export const createBoardSlice: Slice<BoardSlice> = (set) => ({
  board: { wanted: 0 },
  leaderboardWanted: () => {
    set((state) => ({ board: { wanted: state.board.wanted + 1 } }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      set((state) => ({ board: { wanted: Math.max(0, state.board.wanted - 1) } }));
    };
  },
});

/** Which board a person is shown: the live one to organisers, the public one to everyone else. */
export const selectBoardShown = (state: AppState): 'live' | 'public' =>
  state.session.user?.organiser ? 'live' : 'public';
