// Organisers add or remove points for a team by hand, with a reason. The correction and its
// score change are written in one transaction, keyed by the correction's id.
import { command } from '../lib/on-call';
import { correctionDelta } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { notFound } from '../lib/authorise';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { applyScoreEvent } from '../lib/scores';
import { writeAudit } from '../lib/submissions';

export const correctScore = command('correctScore', async ({ actor, input }) => {
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const team = await mt.get(refs.team(input.teamId));
    if (!team.exists) throw notFound('This team');
    const seasonId = String(team.get('seasonId'));
    const ref = gameRefs.correction(seasonId);
    const now = Date.now();
    await applyScoreEvent(
      mt,
      seasonId,
      `correction-${ref.id}`,
      [correctionDelta({ id: ref.id, teamId: input.teamId, points: input.points })],
      now,
      { correctionId: ref.id },
    );
    mt.set(ref, {
      teamId: input.teamId,
      points: input.points,
      reason: input.reason,
      by: actor.uid,
      at: now,
    });
    writeAudit(mt, seasonId, {
      kind: 'correct',
      by: actor.uid as string,
      submissionId: null,
      teamId: input.teamId,
      actionId: null,
      points: input.points,
      reason: input.reason,
    });
    return { correctionId: ref.id };
  });
  return result;
});
