// Organisers switch a season's end-of-season survey on or off; members answer it while it is on.
import { command } from '../lib/on-call';
import { surveyMayBeSet } from '../../../src/domain/survey';
import { db } from '../lib/admin';
import { readSeason, refs } from '../lib/documents';
import { refusal } from '../lib/submissions';

export const setSurvey = command('setSurvey', async ({ actor, input: { seasonId, open } }) => {
  return db.runTransaction(async (tx) => {
    const season = await readSeason(tx, seasonId, actor);
    if (!surveyMayBeSet(season.state)) {
      throw refusal('surveyDraft', 'A draft season has no survey: publish the season first.');
    }
    tx.update(refs.season(seasonId), { surveyOpen: open });
    return { seasonId, open };
  });
});
