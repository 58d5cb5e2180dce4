// The leaderboard also depends on the teams (names, member counts) and on the season's state
// (the freeze, the close): a change to either asks for a rebuild, coalesced like score changes.
import { onDocumentUpdated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { requestLeaderboard } from '../lib/scores';

async function rebuildIfFirst(seasonId: string | undefined) {
  if (seasonId) await requestLeaderboard(seasonId);
}

export const onTeamWritten = onDocumentWritten('teams/{teamId}', async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  const changed =
    !before ||
    !after ||
    before.name !== after.name ||
    before.memberCount !== after.memberCount ||
    before.companyName !== after.companyName;
  if (changed) await rebuildIfFirst(String((after ?? before)?.seasonId ?? '') || undefined);
});

export const onSeasonUpdated = onDocumentUpdated('seasons/{seasonId}', async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  if (before?.state !== after?.state || before?.rankingRule !== after?.rankingRule) {
    await rebuildIfFirst(event.params.seasonId);
  }
});
