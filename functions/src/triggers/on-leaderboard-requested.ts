// The one place the leaderboard is rebuilt after score changes: when its state document turns
// dirty (the first change of a burst), wait a moment for the rest of the burst, then rebuild.
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { rebuildAfterBurst } from '../lib/scores';

export const onLeaderboardRequested = onDocumentWritten(
  // A rebuild holds every team of the season in memory, and may wait for the one before it.
  { document: 'seasons/{seasonId}/leaderboard/state', memory: '512MiB', timeoutSeconds: 300 },
  async (event) => {
    const turnedDirty =
      event.data?.after.get('dirty') === true && event.data.before.get('dirty') !== true;
    if (turnedDirty) await rebuildAfterBurst(event.params.seasonId);
  },
);
