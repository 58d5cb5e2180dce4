// Organisers take back the points of an approved submission, saying why.
import { command } from '../lib/on-call';
import { canMove } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { readSubmission, refusal, writeAudit } from '../lib/submissions';

export const revokeSubmission = command('revokeSubmission', async ({ actor, input }) => {
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
