// A member leaves their team for a season; when no captain is left, the earliest member leads.
import { onCall } from '../lib/on-call';
import { membersAfterLeave, seasonPayloadSchema } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { actorOf, membershipOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readSeason, readTeam } from '../lib/documents';
import { writeMembers, requireTeamsMayChange } from '../lib/teams';

export const leaveTeam = onCall(async (request) => {
  const actor = actorOf(request);
  const { seasonId } = parsePayload(seasonPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    // An unknown season is not-found, whoever asks, before what the person holds in it.
    const season = await readSeason(tx, seasonId, actor);
    const membership = await membershipOf(tx, seasonId, actor.uid);
    requireCan(roleOf(actor, membership, membership?.teamId), 'team.leave');
    if (!membership) throw precondition('You are not in a team this season.');
    requireTeamsMayChange(season, Date.now());
    const team = await readTeam(tx, membership.teamId);
    writeMembers(tx, team, membersAfterLeave(team.members, membership.uid));
    return { teamId: team.id };
  });
});
