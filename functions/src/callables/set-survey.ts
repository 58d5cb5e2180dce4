// Organisers switch a season's end-of-season survey on or off; members answer it while it is on.
import { onCall } from '../lib/on-call';
import { setSurveyPayloadSchema, surveyMayBeSet } from '../../../src/domain/survey';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readSeason, refs } from '../lib/documents';
import { refusal } from '../lib/submissions';

export const setSurvey = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'survey.manage');
  const { seasonId, open } = parsePayload(setSurveyPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const season = await readSeason(tx, seasonId, actor);
    if (!surveyMayBeSet(season.state)) {
      throw refusal('surveyDraft', 'A draft season has no survey: publish the season first.');
    }
    tx.update(refs.season(seasonId), { surveyOpen: open });
    return { seasonId, open };
  });
});
