// Logs an action of a season as done, with the proof its action asks for. Pending
// until an organiser reviews it, unless the action is on the honour system.
import { ownValue } from '../../../src/domain/own';
import { command, PHOTO_COMMAND_MAX_BYTES } from '../lib/on-call';
import { isCatalogueActionId } from '../../../src/domain/catalogue';
import { newSubmission, seasonAction, type Submission } from '../../../src/domain/game';
import { seasonVisibleTo } from '../../../src/domain/season';
import { db } from '../lib/admin';
import { membershipOf, notFound } from '../lib/authorise';
import { refs } from '../lib/documents';
import { metered, noOps, opsForBench } from '../lib/meter';
import { gameRefs } from '../lib/documents';
import {
  checkSubmission,
  duplicateOf,
  photoBytes,
  photoLookOf,
  proofHashOf,
  refusal,
  requireSeasonTakesSubmissions,
  storedProof,
  takeSubmissionTurn,
  writeProofPhoto,
} from '../lib/submissions';
import type { Team } from '../../../src/domain/team';
import type { Season } from '../../../src/domain/season';

export const submitAction = command(
  'submitAction',
  async ({ actor, input }) => {
    const uid = actor.uid as string;
    const photo = photoBytes(input.proof);
    const proofHash = proofHashOf(input.proof, photo);
    // Decoding the photo takes time: before the transaction, which may run more than once.
    const look = await photoLookOf(input.proof, photo);
    const ops = noOps();
    const ref = input.submissionId
      ? gameRefs.submission(input.submissionId)
      : db.collection('submissions').doc();
    const result = await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      const now = Date.now();
      // The same submission sent again: answered as it was the first time, nothing written.
      if (input.submissionId) {
        const sent = await mt.get(ref);
        if (sent.exists) return replayedAnswer(sent.id, sent.data() as Submission, uid);
      }
      const seasonSnapshot = await mt.get(refs.season(input.seasonId));
      const season = { ...(seasonSnapshot.data() as Season), id: seasonSnapshot.id };
      if (!seasonSnapshot.exists || !seasonVisibleTo(season, actor)) throw notFound('This season');
      requireSeasonTakesSubmissions(season);
      const membership = await membershipOf(tx, season.id, uid);
      ops.reads += 1;
      if (!membership) throw refusal('noTeam', 'Join a team before submitting actions.');
      const action = seasonAction(season, input.actionId);
      if (!action) {
        // An action that exists nowhere is not-found; one of the catalogue left out of this
        // season is refused with the reason.
        if (!isCatalogueActionId(input.actionId)) throw notFound('This action');
        throw refusal('notInSeason', 'This action does not count in this season.');
      }
      const recordTurn = await takeSubmissionTurn(
        mt,
        uid,
        now,
        action.scope === 'team' ? { seasonId: season.id, teamId: membership.teamId } : null,
      );
      await checkSubmission(mt, {
        season,
        action,
        uid,
        teamId: membership.teamId,
        doneAt: input.doneAt,
        proof: input.proof,
        now,
      });
      const teamSnapshot = await mt.get(refs.team(membership.teamId));
      const team = teamSnapshot.data() as Team;
      const duplicate = await duplicateOf(ops, season.id, uid, proofHash, look);
      const autoApproval = await mt.get(gameRefs.autoApproval(season.id));
      const auto = autoApproval.get(`actionIds.${action.id}`) === true;
      const submission = newSubmission(
        {
          season,
          team: { ...team, id: membership.teamId },
          uid,
          authorName: ownValue(team.members, uid)?.name ?? '',
          action,
          doneAt: input.doneAt,
          proof: storedProof(input.proof, photo),
          now,
        },
        {
          proofHash,
          photoHash: look?.photoHash ?? null,
          photoBands: look?.photoBands ?? [],
          duplicateOf: duplicate,
          status: auto ? 'approved' : 'pending',
          auto,
          approvedAt: auto ? now : null,
        },
      );
      recordTurn();
      mt.set(ref, submission);
      if (input.proof.kind === 'photo') {
        writeProofPhoto(
          mt,
          ref.id,
          { seasonId: season.id, teamId: membership.teamId, uid },
          input.proof,
        );
      }
      return { submissionId: ref.id, status: submission.status };
    });
    return { ...result, ...opsForBench(ops) };
  },
  // A photo proof: up to 600 KB of image, as base64, with the rest of the command; decoding it
  // for its look takes up to about 180 MB more (photo-hash.ts).
  { maxBytes: PHOTO_COMMAND_MAX_BYTES },
);

/**
 * Rule: a submission id sent again by its author gets the answer of the first send (approved if
 * it was approved on the honour system, pending otherwise); someone else's id is refused.
 */
export function replayedAnswer(
  submissionId: string,
  stored: Pick<Submission, 'uid' | 'auto'>,
  uid: string,
): { submissionId: string; status: 'approved' | 'pending' } {
  if (stored.uid !== uid) {
    throw refusal(
      'submissionIdTaken',
      'This submission id is already used: send the proof again as a new submission.',
      {},
      'invalid-argument',
    );
  }
  return { submissionId, status: stored.auto ? 'approved' : 'pending' };
}
