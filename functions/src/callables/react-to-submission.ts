// A team-mate's one-tap reaction on one of the team's approved actions, on or off. It changes
// nothing that counts, so the score trigger ignores it.
import { FieldValue } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { membershipOf, requireCan, roleOf } from '../lib/authorise';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { readSubmission, refusal } from '../lib/submissions';

export const reactToSubmission = command(
  'reactToSubmission',
  async ({ actor, input, capability }) => {
    if (!actor.uid) requireCan('stranger', capability);
    return db.runTransaction(async (tx) => {
      const mt = metered(tx, noOps());
      const submission = await readSubmission(mt, input.submissionId);
      const membership = await membershipOf(tx, submission.seasonId, actor.uid);
      requireCan(roleOf(actor, membership, submission.teamId), capability);
      if (submission.status !== 'approved') {
        throw refusal('notApproved', 'Only approved actions take reactions.');
      }
      mt.update(gameRefs.submission(submission.id), {
        [`reactions.${actor.uid}`]: input.on ? true : FieldValue.delete(),
      });
      return { submissionId: submission.id, on: input.on };
    });
  },
);
