// An organiser creates a season, or edits one whose state still allows it.
import { onCall } from 'firebase-functions/v2/https';
import {
  SEASON_STATE_RULES,
  resolveSeason,
  saveSeasonPayloadSchema,
} from '../../../src/domain/season';
import { db } from '../lib/admin';
import { actorOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readAppConfig, readSeason, refs } from '../lib/documents';

export const saveSeason = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'season.manage');
  const { seasonId, settings } = parsePayload(saveSeasonPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const config = await readAppConfig(tx);
    if (seasonId) {
      const current = await readSeason(tx, seasonId);
      if (!SEASON_STATE_RULES[current.state].editSettings) {
        throw precondition(`A ${current.state} season can no longer be edited.`);
      }
      const season = resolveSeason(seasonId, settings, current.state);
      tx.set(refs.season(seasonId), { ...season, updatedAt: Date.now() });
      return { seasonId };
    }
    const ref = db.collection('seasons').doc();
    const season = resolveSeason(ref.id, settings, 'draft');
    tx.set(ref, { ...season, createdAt: Date.now(), updatedAt: Date.now() });
    if (!config.currentSeasonId)
      tx.set(refs.appConfig(), { currentSeasonId: ref.id }, { merge: true });
    return { seasonId: ref.id };
  });
});
