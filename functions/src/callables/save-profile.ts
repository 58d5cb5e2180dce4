// A person sets their display name, pseudonym and whether boards show their real name; the name
// their team shows follows at once.
import { ownValue } from '../../../src/domain/own';
import { onCall } from '../lib/on-call';
import { publicName, profilePayloadSchema, type Team } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readProfile, refs } from '../lib/documents';

export const saveProfile = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'profile.edit');
  const uid = actor.uid as string;
  const input = parsePayload(profilePayloadSchema, request.data);
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
