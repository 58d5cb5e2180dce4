// A person gives up their registration before the event starts; a place they held goes to the
// person waiting longest. Someone not registered is told so ({ status: null }), nothing changes.
import { onCall } from '../lib/on-call';
import { eventPayloadSchema } from '../../../src/domain/events';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import {
  eventRefs,
  promotionsFor,
  readEvent,
  readRegistration,
  requireRegistrationOpen,
} from '../lib/events';
import { metered, noOps, opsForBench } from '../lib/meter';

export const unregisterFromEvent = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'events.register');
  const uid = actor.uid as string;
  const { eventId } = parsePayload(eventPayloadSchema, request.data);
  const ops = noOps();
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const event = await readEvent(mt, eventId);
    const registration = await readRegistration(mt, eventId, uid);
    if (!registration) return { status: null };
    requireRegistrationOpen(event, now);
    const heldPlace = registration.status === 'registered';
    const registeredCount = event.registeredCount - (heldPlace ? 1 : 0);
    // The place they leave (if any) is the only one that frees up: at most one promotion.
    const { promoted, write } = heldPlace
      ? await promotionsFor(mt, event, registeredCount, 1)
      : { promoted: [], write: () => undefined };
    mt.delete(eventRefs.registration(eventId, uid));
    write();
    mt.update(eventRefs.event(eventId), {
      registeredCount: registeredCount + promoted.length,
      waitingCount: Math.max(0, event.waitingCount - (heldPlace ? promoted.length : 1)),
      updatedAt: now,
    });
    return { status: null };
  });
  return { ...result, ...opsForBench(ops) };
});
