// The author takes back a submission still waiting for review; its photo goes with it.
import { command } from '../lib/on-call';
import { canMove } from '../../../src/domain/scoring';
import { db } from '../lib/admin';
import { metered, noOps } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import { readSubmission, refusal } from '../lib/submissions';

export const withdrawSubmission = command('withdrawSubmission', async ({ actor, input }) => {
  return db.runTransaction(async (tx) => {
    const mt = metered(tx, noOps());
    const submission = await readSubmission(mt, input.submissionId);
    if (submission.uid !== actor.uid) {
      throw refusal('notYours', 'Only its author may change this submission.');
    }
    if (!canMove(submission.status, 'withdrawn', 'author')) {
      throw refusal('notPending', 'Only a pending submission can be withdrawn.');
    }
    mt.update(gameRefs.submission(submission.id), { status: 'withdrawn', updatedAt: Date.now() });
    if (submission.proof.kind === 'photo') mt.delete(gameRefs.proofPhoto(submission.id));
    return { submissionId: submission.id, status: 'withdrawn' };
  });
});
