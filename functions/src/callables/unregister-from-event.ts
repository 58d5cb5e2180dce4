// A person gives up their registration before the event starts; a place they held goes to the
// person waiting longest. Someone not registered is told so ({ status: null }), nothing changes.
import { command } from '../lib/on-call';
import { inRegistration, leaveEvent, requireRegistrationOpen } from '../lib/events';

export const unregisterFromEvent = command('unregisterFromEvent', ({ actor, input: { eventId } }) =>
  inRegistration(actor, eventId, async ({ mt, now, event, registration }) => {
    if (!registration) return { status: null };
    requireRegistrationOpen(event, now);
    (await leaveEvent(mt, event, registration, now))();
    return { status: null };
  }),
);
