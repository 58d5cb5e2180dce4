// Adds a catalogue action to the caller's list ("my list").
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { command } from '../lib/on-call';
import { MAX_PICKS, PICKS_COLLECTION } from '../../../src/domain/picks';
import { db } from '../lib/admin';

export const pickAction = command('pickAction', async ({ actor, input: { actionId } }) => {
  const uid = actor.uid as string;
  const ref = db.collection(PICKS_COLLECTION).doc(uid);
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const actions = (snapshot.get('actions') ?? {}) as Record<string, unknown>;
    if (actionId in actions) return;
    if (Object.keys(actions).length >= MAX_PICKS) {
      throw new HttpsError(
        'failed-precondition',
        `Your list already holds ${MAX_PICKS} actions: remove one before adding another.`,
      );
    }
    tx.set(
      ref,
      {
        actions: { [actionId]: FieldValue.serverTimestamp() },
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
  });
  return { actionId, picked: true };
});
