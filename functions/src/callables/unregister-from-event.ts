// A person gives up their registration before the event starts; a place they held goes to the
// person waiting longest. Someone not registered is told so ({ status: null }), nothing changes.
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { leaveEvent, readEvent, readRegistration, requireRegistrationOpen } from '../lib/events';
import { metered, noOps, opsForBench } from '../lib/meter';

export const unregisterFromEvent = command(
  'unregisterFromEvent',
  async ({ actor, input: { eventId } }) => {
    const uid = actor.uid as string;
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
  },
);
