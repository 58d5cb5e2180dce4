// On an empty emulator data folder, the first person to ask becomes organiser, so a newcomer can
// try everything alone. Never on a real project: there, `npm run organiser -- grant EMAIL`.
import { getAuth } from 'firebase-admin/auth';
import { FieldValue } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin';
import { precondition } from '../lib/authorise';
import { parsePayload, requireUid } from '../lib/callable';
import { readAppConfig, refs } from '../lib/documents';
import { emptyPayloadSchema } from '../../../src/domain/schemas';

export const claimFirstOrganiser = onCall(async (request) => {
  const uid = requireUid(request);
  parsePayload(emptyPayloadSchema, request.data ?? {});
  if (process.env.FUNCTIONS_EMULATOR !== 'true') {
    throw precondition('Only on the local emulators: ask an organiser to grant you the role.');
  }
  const user = await getAuth().getUser(uid);
  await db.runTransaction(async (tx) => {
    const config = await readAppConfig(tx);
    if (config.hasOrganiser) throw precondition('An organiser already exists: ask them.');
    tx.set(refs.appConfig(), { hasOrganiser: true }, { merge: true });
    tx.set(refs.organiser(uid), { email: user.email ?? '', grantedAt: Date.now(), grantedBy: uid });
    tx.set(
      refs.profile(uid),
      { organiser: true, updatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
  });
  await getAuth().setCustomUserClaims(uid, { ...user.customClaims, organiser: true });
  return { organiser: true };
});
