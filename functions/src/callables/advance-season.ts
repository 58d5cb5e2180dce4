// An organiser moves a season to its next state by hand (draft -> open -> frozen -> closed).
import { onCall } from '../lib/on-call';
import { advanceSeasonPayloadSchema, nextState } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { actorOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readSeason, refs } from '../lib/documents';

export const advanceSeason = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'season.manage');
  const { seasonId, to } = parsePayload(advanceSeasonPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const season = await readSeason(tx, seasonId, actor);
    if (season.state === to) return { seasonId, state: to };
    if (nextState(season.state) !== to) {
      throw precondition(
        `A ${season.state} season can only move to ${nextState(season.state) ?? 'nothing'}.`,
      );
    }
    tx.update(refs.season(seasonId), { state: to, updatedAt: Date.now() });
    // Opening a season makes it the one the app shows.
    if (to === 'open') tx.set(refs.appConfig(), { currentSeasonId: seasonId }, { merge: true });
    return { seasonId, state: to };
  });
});
