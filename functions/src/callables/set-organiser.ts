// An organiser grants or removes the organiser role of another account, by email.
import { getAuth } from 'firebase-admin/auth';
import { command } from '../lib/on-call';
import { notFound, precondition } from '../lib/authorise';
import { applyOrganiserRole } from '../lib/organisers';
import { db } from '../lib/admin';

export const setOrganiser = command(
  'setOrganiser',
  async ({ actor, input: { email, organiser } }) => {
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
  },
);
