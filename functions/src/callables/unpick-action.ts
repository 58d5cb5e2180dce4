// Removes an action from the caller's list; removing one that is not there changes nothing.
import { FieldPath, FieldValue } from 'firebase-admin/firestore';
import { command } from '../lib/on-call';
import { PICKS_COLLECTION } from '../../../src/domain/picks';
import { db } from '../lib/admin';

export const unpickAction = command('unpickAction', async ({ actor, input: { actionId } }) => {
  const uid = actor.uid as string;
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
