// Removes an action from the caller's list; removing one that is not there changes nothing.
import { FieldPath, FieldValue } from 'firebase-admin/firestore';
import { onCall } from '../lib/on-call';
import { PICKS_COLLECTION } from '../../../src/domain/picks';
import { pickPayloadSchema } from '../../../src/domain/schemas';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';

export const unpickAction = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'picks.edit');
  const uid = actor.uid as string;
  const { actionId } = parsePayload(pickPayloadSchema, request.data);
  const ref = db.collection(PICKS_COLLECTION).doc(uid);
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const actions = (snapshot.get('actions') ?? {}) as Record<string, unknown>;
    if (!(actionId in actions)) return;
    tx.update(
      ref,
      new FieldPath('actions', actionId),
      FieldValue.delete(),
      'updatedAt',
      FieldValue.serverTimestamp(),
    );
  });
  return { actionId, picked: false };
});
