// A team-mate's one-tap reaction on one of the team's approved actions, on or off. It changes
// nothing that counts, so the score trigger ignores it.
import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from '../lib/on-call';
import { reactPayloadSchema } from '../../../src/domain/game';
import { db } from '../lib/admin';
import { actorOf, membershipOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { readSubmission, refusal } from '../lib/submissions';

export const reactToSubmission = onCall(async (request) => {
  const actor = actorOf(request);
  if (!actor.uid) requireCan('stranger', 'submissions.react');
  const input = parsePayload(reactPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const submission = await readSubmission(mt, input.submissionId);
    const membership = await membershipOf(tx, submission.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, submission.teamId), 'submissions.react');
    if (submission.status !== 'approved') {
      throw refusal('notApproved', 'Only approved actions take reactions.');
    }
    mt.update(gameRefs.submission(submission.id), {
      [`reactions.${actor.uid}`]: input.on ? true : FieldValue.delete(),
    });
    return { submissionId: submission.id, on: input.on };
  });
});
