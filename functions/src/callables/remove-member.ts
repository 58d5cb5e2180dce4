// A captain (or an organiser) removes a member from the team.
import { ownValue } from '../../../src/domain/own';
import { membersAfterLeave } from '../../../src/domain/team';
import { notFound, precondition } from '../lib/authorise';
import { readSeason } from '../lib/documents';
import { onTeamCall, requireTeamsMayChange, writeMembers } from '../lib/teams';

export const removeMember = onTeamCall(
  'removeMember',
  async ({ tx, input: { uid }, team, actor }) => {
    if (!ownValue(team.members, uid)) throw notFound('This member of the team');
    if (uid === actor.uid) throw precondition('To leave your own team, use "Leave the team".');
    // Trimming idle members after the freeze would raise a team's average: the one rule decides.
    requireTeamsMayChange(await readSeason(tx, team.seasonId, actor), Date.now());
    writeMembers(tx, team, membersAfterLeave(team.members, uid));
    return { teamId: team.id };
  },
);
