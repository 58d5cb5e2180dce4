// A captain names a co-captain (role "captain") or makes a co-captain a plain member again.
import { onCall } from 'firebase-functions/v2/https';
import { setTeamRolePayloadSchema } from '../../../src/domain/team';
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

export const setTeamRole = onCall(async (request) => {
  const actor = actorOf(request);
  const { teamId, uid, role } = parsePayload(setTeamRolePayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const team = await readTeam(tx, teamId);
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, teamId), 'team.manageMembers');
    const member = team.members[uid];
    if (!member) throw notFound('This member of the team');
    const next = { ...team.members, [uid]: { ...member, role } };
    if (!Object.values(next).some((entry) => entry.role === 'captain')) {
      throw precondition('A team keeps at least one captain: hand the captaincy over instead.');
    }
    writeMembers(tx, team, next);
    return { teamId, uid, role };
  });
});
