// An employee creates a team in a company for a season, and becomes its captain (when the
// season's company domain rule admits them).
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { membershipOf, notFound, precondition } from '../lib/authorise';
import { domainsOf, requireDomainAdmission } from '../lib/company-domains';
import { readSeason, refs } from '../lib/documents';
import { teamNameKey } from '../../../src/domain/team';
import {
  freshInviteCode,
  memberEntry,
  profileForJoin,
  saveNewProfile,
  teamsCollection,
  writeInviteCode,
  requireTeamsMayChange,
} from '../lib/teams';

export const createTeam = command(
  'createTeam',
  async ({ actor, input: { seasonId, companyId, name } }) => {
    return db.runTransaction(async (tx) => {
      const membership = await membershipOf(tx, seasonId, actor.uid);
      const uid = actor.uid as string;
      const season = await readSeason(tx, seasonId, actor);
      const now = Date.now();
      requireTeamsMayChange(season, now);
      if (membership) throw precondition('You are already in a team this season: leave it first.');
      const company = await tx.get(refs.company(companyId));
      if (!company.exists) throw notFound('This company');
      const companyName = company.get('name') as string;
      const companyDomain = requireDomainAdmission(actor, season, {
        name: companyName,
        domains: domainsOf(company),
      });
      const key = name.toLocaleLowerCase('fr');
      const same = await tx.get(
        teamsCollection().where('seasonId', '==', seasonId).where('key', '==', key).limit(1),
      );
      if (!same.empty) throw precondition(`A team named "${name}" already exists in this season.`);
      const { profile, isNew } = await profileForJoin(tx, uid);
      const code = await freshInviteCode(tx);

      const ref = teamsCollection().doc();
      if (isNew) saveNewProfile(tx, uid, profile);
      tx.set(ref, {
        seasonId,
        companyId,
        companyName,
        name,
        key,
        nameKey: teamNameKey(name),
        members: { [uid]: memberEntry(profile, 'captain', now, companyDomain) },
        memberCount: 1,
        createdAt: now,
        updatedAt: now,
      });
      tx.set(refs.membership(seasonId, uid), {
        seasonId,
        teamId: ref.id,
        uid,
        role: 'captain',
        joinedAt: now,
      });
      writeInviteCode(tx, { id: ref.id, seasonId }, code);
      return { teamId: ref.id, code };
    });
  },
);
