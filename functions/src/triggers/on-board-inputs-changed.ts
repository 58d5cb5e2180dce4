// The leaderboard also depends on the teams (names, member counts) and on the season's state
// (the freeze, the close): a change to either asks for a rebuild, coalesced like score changes.
// The freeze is also recorded as a happening, told to everyone in the season.
import { onDocumentUpdated, onDocumentWritten } from 'firebase-functions/v2/firestore';
import { HAPPENING_IDS } from '../../../src/domain/happenings';
import { recordHappening } from '../lib/happenings';
import { requestLeaderboard } from '../lib/scores';

async function rebuildIfFirst(seasonId: string | undefined, teamId?: string) {
  if (seasonId) await requestLeaderboard(seasonId, teamId);
}

export const onTeamWritten = onDocumentWritten('teams/{teamId}', async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  const changed =
    !before ||
    !after ||
    before.name !== after.name ||
    before.memberCount !== after.memberCount ||
    before.companyName !== after.companyName ||
    before.companyId !== after.companyId;
  // The team is marked changed on the board's state: the rebuild reads it again, and no other.
  if (changed) {
    await rebuildIfFirst(
      String((after ?? before)?.seasonId ?? '') || undefined,
      event.params.teamId,
    );
  }
});

export const onSeasonUpdated = onDocumentUpdated('seasons/{seasonId}', async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  if (before?.state !== after?.state || before?.rankingRule !== after?.rankingRule) {
    await rebuildIfFirst(event.params.seasonId);
  }
  // The freeze is news for everyone in the season (the close is told with the final board).
  if (before?.state !== 'frozen' && after?.state === 'frozen') {
    const seasonId = event.params.seasonId;
    await recordHappening(
      HAPPENING_IDS.seasonFrozen(seasonId),
      seasonId,
      String(after.timeZone ?? 'Europe/Paris'),
      { kind: 'seasonFrozen', seasonName: String(after.name ?? '') },
    );
  }
});
