// An employee joins a team with its invite code, leaving their current team if they have one
// (a switch), while the season allows it, the team has room and the season's company domain rule
// admits them.
import { command } from '../lib/on-call';
import { isTeamFull, membersAfterLeave } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { membershipOf, notFound, precondition, requireCan, roleOf } from '../lib/authorise';
import { domainsOf, requireDomainAdmission } from '../lib/company-domains';
import { readSeason, readTeam, refs } from '../lib/documents';
import {
  memberEntry,
  profileForJoin,
  saveNewProfile,
  writeMembers,
  requireTeamsMayChange,
} from '../lib/teams';

export const joinTeam = command('joinTeam', async ({ actor, input: { code }, capability }) => {
  return db.runTransaction(async (tx) => {
    const invite = await tx.get(refs.inviteCode(code));
    if (!invite.exists) throw notFound('A team with this invite code');
    const teamId = invite.get('teamId') as string;
    const team = await readTeam(tx, teamId);
    const membership = await membershipOf(tx, team.seasonId, actor.uid);
    requireCan(roleOf(actor, membership, teamId), capability);
    const uid = actor.uid as string;
    const season = await readSeason(tx, team.seasonId, actor);
    const now = Date.now();
    requireTeamsMayChange(season, now);
    if (isTeamFull(team.memberCount, season.teamSizeCap)) {
      throw precondition(`This team is full (${season.teamSizeCap} members).`);
    }
    const company = await tx.get(refs.company(team.companyId));
    const companyDomain = requireDomainAdmission(actor, season, {
      name: team.companyName,
      domains: domainsOf(company),
    });
    const previous = membership ? await readTeam(tx, membership.teamId) : null;
    const { profile, isNew } = await profileForJoin(tx, uid);

    if (isNew) saveNewProfile(tx, uid, profile);
    if (previous) writeMembers(tx, previous, membersAfterLeave(previous.members, uid));
    writeMembers(tx, team, {
      ...team.members,
      [uid]: memberEntry(profile, 'member', now, companyDomain),
    });
    return { teamId, teamName: team.name };
  });
});
