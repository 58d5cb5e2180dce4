// An organiser grants or removes the organiser role of another account, by email.
import { getAuth } from 'firebase-admin/auth';
import { onCall } from '../lib/on-call';
import { setOrganiserPayloadSchema } from '../../../src/domain/team';
import { actorOf, notFound, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { applyOrganiserRole } from '../lib/organisers';
import { db } from '../lib/admin';

export const setOrganiser = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'organisers.manage');
  const { email, organiser } = parsePayload(setOrganiserPayloadSchema, request.data);
  const user = await getAuth()
    .getUserByEmail(email)
    .catch(() => {
      throw notFound(`An account with the email ${email}`);
    });
  if (!organiser) {
    const others = await db
      .collection('organisers')
      .where('__name__', '!=', user.uid)
      .limit(1)
      .get();
    if (others.empty) throw precondition('This is the last organiser: grant someone else first.');
  }
  await applyOrganiserRole(user.uid, organiser, actor.uid ?? 'unknown');
  return { uid: user.uid, organiser };
});
