// A person gives up their registration before the event starts; a place they held goes to the
// person waiting longest. Someone not registered is told so ({ status: null }), nothing changes.
import { onCall } from '../lib/on-call';
import { eventPayloadSchema } from '../../../src/domain/events';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { leaveEvent, readEvent, readRegistration, requireRegistrationOpen } from '../lib/events';
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
    const event = await readEvent(mt, eventId, actor);
    const registration = await readRegistration(mt, eventId, uid);
    if (!registration) return { status: null };
    requireRegistrationOpen(event, now);
    (await leaveEvent(mt, event, registration, now))();
    return { status: null };
  });
  return { ...result, ...opsForBench(ops) };
});
