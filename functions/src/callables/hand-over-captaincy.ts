// A captain hands the captaincy to another member and becomes a plain member.
import { ownValue } from '../../../src/domain/own';
import { membersAfterHandOver } from '../../../src/domain/team';
import { notFound, precondition } from '../lib/authorise';
import { onTeamCall, writeMembers } from '../lib/teams';

export const handOverCaptaincy = onTeamCall(
  'handOverCaptaincy',
  ({ tx, input: { uid }, team, actor }) => {
    if (!ownValue(team.members, uid)) throw notFound('This member of the team');
    if (uid === actor.uid) throw precondition('Choose another member to hand the captaincy to.');
    writeMembers(tx, team, membersAfterHandOver(team.members, actor.uid ?? '', uid));
    return { teamId: team.id, captain: uid };
  },
);
