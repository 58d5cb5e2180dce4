// A captain names a co-captain (role "captain") or makes a co-captain a plain member again.
import { ownValue } from '../../../src/domain/own';
import { notFound, precondition } from '../lib/authorise';
import { onTeamCall, writeMembers } from '../lib/teams';

export const setTeamRole = onTeamCall('setTeamRole', ({ tx, input: { uid, role }, team }) => {
  const member = ownValue(team.members, uid);
  if (!member) throw notFound('This member of the team');
  const next = { ...team.members, [uid]: { ...member, role } };
  if (!Object.values(next).some((entry) => entry.role === 'captain')) {
    throw precondition('A team keeps at least one captain: hand the captaincy over instead.');
  }
  writeMembers(tx, team, next);
  return { teamId: team.id, uid, role };
});
