// A captain hands the captaincy to another member and becomes a plain member.
import { onCall } from 'firebase-functions/v2/https';
import { membersAfterHandOver, teamMemberPayloadSchema } from '../../../src/domain/team';
import { db } from '../lib/admin';
import {
  actorOf,
  membershipOf,
  notFound,
  precondition,
  requireCan,
  roleOf,
} from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readTeam } from '../lib/documents';
import { writeMembers } from '../lib/teams';

export const handOverCaptaincy = onCall(async (request) => {
  const actor = actorOf(request);
  const { teamId, uid } = parsePayload(teamMemberPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const team = await readTeam(tx, teamId);
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, teamId), 'team.handOver');
    if (!team.members[uid]) throw notFound('This member of the team');
    if (uid === actor.uid) throw precondition('Choose another member to hand the captaincy to.');
    writeMembers(tx, team, membersAfterHandOver(team.members, actor.uid ?? '', uid));
    return { teamId, captain: uid };
  });
});
