// What an invite code leads to, before joining: the team, its company and season, and whether it
// has room, and whether the season's company domain rule would refuse the caller (from their
// token, as joinTeam reads it). Anyone signed in may ask (team names are readable to them anyway);
// nothing is written.
import { command } from '../lib/on-call';
import { admissionOf, domainsOf } from '../lib/company-domains';
import { isTeamFull } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { readSeason, readTeam, refs } from '../lib/documents';

export const previewInvite = command('previewInvite', async ({ actor, input: { code } }) => {
  return db.runTransaction(
    async (tx) => {
      const invite = await tx.get(refs.inviteCode(code));
      if (!invite.exists) throw notFound('A team with this invite code');
      const team = await readTeam(tx, invite.get('teamId') as string);
      const season = await readSeason(tx, team.seasonId, actor);
      const companyDomains = domainsOf(await tx.get(refs.company(team.companyId)));
      const admission = admissionOf(actor, season, companyDomains);
      return {
        teamId: team.id,
        teamName: team.name,
        companyName: team.companyName,
        seasonName: season.name,
        memberCount: team.memberCount,
        full: isTeamFull(team.memberCount, season.teamSizeCap),
        domainRefusal: admission.ok ? null : admission.reason,
        companyDomains,
      };
    },
    { readOnly: true },
  );
});
