// Organisers take back the points of an approved submission, saying why.
import { onCall } from '../lib/on-call';
import { revokePayloadSchema } from '../../../src/domain/game';
import { canMove } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { readSubmission, refusal, writeAudit } from '../lib/submissions';

export const revokeSubmission = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'submissions.review');
  const input = parsePayload(revokePayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const submission = await readSubmission(mt, input.submissionId);
    if (!canMove(submission.status, 'revoked', 'organiser')) {
      throw refusal('notApproved', 'Only an approved submission can be revoked.');
    }
    const now = Date.now();
    mt.update(gameRefs.submission(submission.id), {
      status: 'revoked',
      reason: input.reason,
      reviewedAt: now,
      updatedAt: now,
    });
    writeAudit(mt, submission.seasonId, {
      kind: 'revoke',
      by: actor.uid as string,
      submissionId: submission.id,
      teamId: submission.teamId,
      actionId: submission.actionId,
      points: -submission.points,
      reason: input.reason,
    });
    return { submissionId: submission.id, status: 'revoked' };
  });
});
