// The author fixes a rejected submission (its date and proof) and sends it again for review.
import { command, PHOTO_COMMAND_MAX_BYTES } from '../lib/on-call';
import { seasonAction } from '../../../src/domain/game';
import { canMove } from '../../../src/domain/scoring';
import type { Season } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { refs } from '../lib/documents';
import { metered, noOps, opsForBench } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import {
  checkSubmission,
  duplicateOf,
  photoBytes,
  photoLookOf,
  proofHashOf,
  readSubmission,
  refusal,
  requireSeasonTakesSubmissions,
  storedProof,
  takeSubmissionTurn,
  writeProofPhoto,
} from '../lib/submissions';

export const resubmitAction = command(
  'resubmitAction',
  async ({ actor, input }) => {
    const uid = actor.uid as string;
    const photo = photoBytes(input.proof);
    const proofHash = proofHashOf(input.proof, photo);
    // Decoding the photo takes time: before the transaction, which may run more than once.
    const look = await photoLookOf(input.proof, photo);
    const ops = noOps();
    const result = await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      const now = Date.now();
      const submission = await readSubmission(mt, input.submissionId);
      if (submission.uid !== uid)
        throw refusal('notYours', 'Only its author may change this submission.');
      if (!canMove(submission.status, 'pending', 'author')) {
        throw refusal('notRejected', 'Only a rejected submission can be fixed and sent again.');
      }
      const seasonSnapshot = await mt.get(refs.season(submission.seasonId));
      const season = { ...(seasonSnapshot.data() as Season), id: seasonSnapshot.id };
      requireSeasonTakesSubmissions(season);
      const action = seasonAction(season, submission.actionId);
      if (!action) throw refusal('notInSeason', 'This action does not count in this season.');
      const recordTurn = await takeSubmissionTurn(
        mt,
        uid,
        now,
        action.scope === 'team' ? { seasonId: season.id, teamId: submission.teamId } : null,
      );
      const day = await checkSubmission(mt, {
        season,
        action,
        uid,
        teamId: submission.teamId,
        doneAt: input.doneAt,
        proof: input.proof,
        now,
        excludeId: submission.id,
      });
      const duplicate = await duplicateOf(ops, season.id, uid, proofHash, look);
      recordTurn();
      mt.update(gameRefs.submission(submission.id), {
        doneAt: input.doneAt,
        day,
        proof: storedProof(input.proof, photo),
        proofHash,
        photoHash: look?.photoHash ?? null,
        photoBands: look?.photoBands ?? [],
        duplicateOf: duplicate,
        status: 'pending',
        updatedAt: now,
      });
      if (input.proof.kind === 'photo') {
        writeProofPhoto(
          mt,
          submission.id,
          { seasonId: season.id, teamId: submission.teamId, uid },
          input.proof,
        );
      } else if (submission.proof.kind === 'photo') {
        mt.delete(gameRefs.proofPhoto(submission.id));
      }
      return { submissionId: submission.id, status: 'pending' as const };
    });
    return { ...result, ...opsForBench(ops) };
  },
  // A photo proof: up to 600 KB of image, as base64, with the rest of the command; decoding it
  // for its look takes up to about 180 MB more (photo-hash.ts).
  { maxBytes: PHOTO_COMMAND_MAX_BYTES },
);
