// A member leaves their team for a season; when no captain is left, the earliest member leads.
import { command } from '../lib/on-call';
import { membersAfterLeave } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { membershipOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { readSeason, readTeam } from '../lib/documents';
import { writeMembers, requireTeamsMayChange } from '../lib/teams';

export const leaveTeam = command(
  'leaveTeam',
  async ({ actor, input: { seasonId }, capability }) => {
    return db.runTransaction(async (tx) => {
      // An unknown season is not-found, whoever asks, before what the person holds in it.
      const season = await readSeason(tx, seasonId, actor);
      const membership = await membershipOf(tx, seasonId, actor.uid);
      requireCan(roleOf(actor, membership, membership?.teamId), capability);
      if (!membership) throw precondition('You are not in a team this season.');
      requireTeamsMayChange(season, Date.now());
      const team = await readTeam(tx, membership.teamId);
      writeMembers(tx, team, membersAfterLeave(team.members, membership.uid));
      return { teamId: team.id };
    });
  },
);
