// Adds a catalogue action to the caller's list ("my list").
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { onCall } from '../lib/on-call';
import { MAX_PICKS, PICKS_COLLECTION } from '../../../src/domain/picks';
import { pickPayloadSchema } from '../../../src/domain/schemas';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';

export const pickAction = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'picks.edit');
  const uid = actor.uid as string;
  const { actionId } = parsePayload(pickPayloadSchema, request.data);
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
