// A person registers for an event before it starts: a place while there is one, else the waiting
// list. Asking again answers where they already stand and changes nothing.
import { command } from '../lib/on-call';
import { placeFor, type EventRegistration } from '../../../src/domain/events';
import { publicName } from '../../../src/domain/team';
import { eventRefs, inRegistration, requireRegistrationOpen } from '../lib/events';
import { profileForJoin, saveNewProfile } from '../lib/teams';

export const registerForEvent = command('registerForEvent', ({ actor, input: { eventId } }) =>
  inRegistration(
    actor,
    eventId,
    async ({ tx, mt, ops, uid, now, event, registration: existing }) => {
      if (existing) return { status: existing.status };
      requireRegistrationOpen(event, now);
      // Someone registering before they ever joined a team gets their pseudonym now, as joining
      // would give them: the organiser's list shows the same name the team pages will.
      const { profile, isNew } = await profileForJoin(tx, uid);
      ops.reads += 1;
      const status = placeFor(event.registeredCount, event.capacity);
      const registration: EventRegistration = {
        eventId,
        seasonId: event.seasonId,
        uid,
        name: publicName(profile),
        status,
        requestedAt: now,
        attended: false,
      };
      if (isNew) {
        saveNewProfile(tx, uid, profile);
        ops.writes += 1;
      }
      mt.set(eventRefs.registration(eventId, uid), registration);
      mt.update(
        eventRefs.event(eventId),
        status === 'registered'
          ? { registeredCount: event.registeredCount + 1, updatedAt: now }
          : { waitingCount: event.waitingCount + 1, updatedAt: now },
      );
      return { status };
    },
  ),
);
