// Where the leaderboard is rebuilt after changes nobody rebuilt at once: when a rebuild is asked
// for (its request document is created by the first change of a burst), wait a moment for the
// rest of the burst, then rebuild, unless a review that asked rebuilt it first. Only a creation
// wakes it: the rebuilds' own writes to the board's state do not.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { rebuildAfterBurst } from '../lib/scores';

export const onLeaderboardRequested = onDocumentCreated(
  // A rebuild holds every team of the season in memory, and may wait for the one before it.
  { document: 'seasons/{seasonId}/leaderboard/request', memory: '512MiB', timeoutSeconds: 300 },
  async (event) => {
    // The request holds when it was made: the coalescing wait counts from then. The emulators
    // deliver trigger events one at a time, so a trigger delivered late (behind others) does not
    // sleep again there (the emulator tests' 463 requests slept 116 s in all, the score events of
    // the next tests queued behind them).
    await rebuildAfterBurst(event.params.seasonId, { askedAt: Number(event.data?.get('at') ?? 0) });
  },
);
