// Organisers put an action of a season on the honour system (approved as soon as submitted,
// audited by sampling) or take it off.
import { FieldValue } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { seasonAction } from '../../../src/domain/game';
import type { Season } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { refs } from '../lib/documents';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { refusal, writeAudit } from '../lib/submissions';

export const setAutoApproval = command('setAutoApproval', async ({ actor, input }) => {
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const snapshot = await mt.get(refs.season(input.seasonId));
    if (!snapshot.exists) throw notFound('This season');
    const season = snapshot.data() as Season;
    if (!seasonAction(season, input.actionId)) {
      throw refusal(
        'notInSeason',
        'This action does not count in this season.',
        {},
        'invalid-argument',
      );
    }
    mt.set(
      gameRefs.autoApproval(input.seasonId),
      { actionIds: { [input.actionId]: input.on ? true : FieldValue.delete() } },
      { merge: true },
    );
    writeAudit(mt, input.seasonId, {
      kind: 'autoApproval',
      by: actor.uid as string,
      submissionId: null,
      teamId: null,
      actionId: input.actionId,
      points: null,
      reason: input.on ? 'on' : 'off',
    });
    return { actionId: input.actionId, on: input.on };
  });
});
