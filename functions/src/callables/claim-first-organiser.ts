// On an empty emulator data folder, the first person to ask becomes organiser, so a newcomer can
// try everything alone. Never on a real project: there, `npm run organiser -- grant EMAIL`.
import { onCall } from '../lib/on-call';
import { db } from '../lib/admin';
import { actorOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { readAppConfig, refs } from '../lib/documents';
import { applyOrganiserRole } from '../lib/organisers';
import { emptyPayloadSchema } from '../../../src/domain/schemas';

export const claimFirstOrganiser = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'organisers.bootstrap');
  const uid = actor.uid as string;
  parsePayload(emptyPayloadSchema, request.data ?? {});
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
