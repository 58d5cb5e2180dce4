// On an empty emulator data folder, the first person to ask becomes organiser, so a newcomer can
// try everything alone. Never on a real project: there, `npm run organiser -- grant EMAIL`.
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { precondition } from '../lib/authorise';
import { readAppConfig, refs } from '../lib/documents';
import { applyOrganiserRole } from '../lib/organisers';

export const claimFirstOrganiser = command('claimFirstOrganiser', async ({ actor }) => {
  const uid = actor.uid as string;
  if (process.env.FUNCTIONS_EMULATOR !== 'true') {
    throw precondition('Only on the local emulators: ask an organiser to grant you the role.');
  }
  await db.runTransaction(async (tx) => {
    const config = await readAppConfig(tx);
    if (config.hasOrganiser) throw precondition('An organiser already exists: ask them.');
    tx.set(refs.appConfig(), { hasOrganiser: true }, { merge: true });
  });
  // The claim first, then its mirrors: open tabs refresh their token when the profile changes.
  await applyOrganiserRole(uid, true, uid);
  return { organiser: true };
});
