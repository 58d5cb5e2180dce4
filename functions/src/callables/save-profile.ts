// A person sets their display name, pseudonym and whether boards show their real name; the name
// their team shows follows at once.
import { ownValue } from '../../../src/domain/own';
import { command } from '../lib/on-call';
import { publicName, type Team } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { readProfile, refs } from '../lib/documents';

export const saveProfile = command('saveProfile', async ({ actor, input }) => {
  const uid = actor.uid as string;
  return db.runTransaction(async (tx) => {
    const existing = await readProfile(tx, uid);
    const memberships = await tx.get(db.collection('memberships').where('uid', '==', uid));
    const teams = await Promise.all(
      memberships.docs.map((doc) => tx.get(refs.team(doc.get('teamId') as string))),
    );
    const profile = { ...input, organiser: existing?.organiser ?? false };
    tx.set(refs.profile(uid), profile);
    const name = publicName(profile);
    for (const team of teams) {
      const member = ownValue((team.data() as Team | undefined)?.members, uid);
      if (member && member.name !== name) {
        tx.update(team.ref, { [`members.${uid}.name`]: name });
      }
    }
    return { name };
  });
});
