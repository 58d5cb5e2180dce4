// A captain (or an organiser) removes a member from the team.
import { onCall } from 'firebase-functions/v2/https';
import { membersAfterLeave, teamMemberPayloadSchema } from '../../../src/domain/team';
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

export const removeMember = onCall(async (request) => {
  const actor = actorOf(request);
  const { teamId, uid } = parsePayload(teamMemberPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const team = await readTeam(tx, teamId);
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, teamId), 'team.manageMembers');
    if (!team.members[uid]) throw notFound('This member of the team');
    if (uid === actor.uid) throw precondition('To leave your own team, use "Leave the team".');
    writeMembers(tx, team, membersAfterLeave(team.members, uid));
    return { teamId };
  });
});
