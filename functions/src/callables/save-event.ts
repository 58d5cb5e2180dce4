// Organisers create an event of a season, or edit one: its registrations and counts are kept,
// the capacity never drops below the people holding a place, and a larger capacity promotes
// people from the waiting list, longest waiting first.
import { HttpsError } from 'firebase-functions/v2/https';
import { command } from '../lib/on-call';
import { type SeasonEvent } from '../../../src/domain/events';
import { seasonAction } from '../../../src/domain/game';
import { isValidTimeZone } from '../../../src/domain/season';
import { VALIDATION_MESSAGES_EN } from '../../../src/domain/validation-messages';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { refs } from '../lib/documents';
import {
  eventRefs,
  fillFreePlaces,
  PEOPLE_PER_TRANSACTION,
  promotionsFor,
  readEvent,
} from '../lib/events';
import { metered, noOps, opsForBench } from '../lib/meter';
import { refusal } from '../lib/submissions';
import type { Season } from '../../../src/domain/season';

export const saveEvent = command('saveEvent', async ({ actor, input: { eventId, ...fields } }) => {
  if (!isValidTimeZone(fields.timeZone)) {
    throw new HttpsError(
      'invalid-argument',
      `timeZone: ${VALIDATION_MESSAGES_EN['validation.timeZone'] ?? 'Choose a time zone.'}`,
    );
  }
  const ops = noOps();
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const seasonSnapshot = await mt.get(refs.season(fields.seasonId));
    if (!seasonSnapshot.exists) throw notFound('This season');
    const season = seasonSnapshot.data() as Omit<Season, 'id'>;
    if (!seasonAction(season, fields.actionId)) {
      throw refusal(
        'notInSeason',
        'This action does not count in this season: choose one of its actions.',
        {},
        'invalid-argument',
      );
    }
    if (!eventId) {
      const ref = eventRefs.newEvent();
      const event: Omit<SeasonEvent, 'id'> = {
        ...fields,
        status: 'scheduled',
        registeredCount: 0,
        waitingCount: 0,
        attendedCount: 0,
        createdAt: now,
        updatedAt: now,
      };
      mt.set(ref, event);
      return { eventId: ref.id, morePromotions: false };
    }
    const current = await readEvent(mt, eventId, actor);
    if (current.seasonId !== fields.seasonId) {
      throw refusal(
        'eventSeason',
        'An event stays in the season it was created in.',
        {},
        'invalid-argument',
      );
    }
    if (current.status === 'cancelled') {
      throw refusal('eventCancelled', 'This event is cancelled: it can no longer be edited.');
    }
    if (fields.capacity < current.registeredCount) {
      throw refusal(
        'capacityBelowRegistered',
        `${current.registeredCount} people hold a place: the capacity cannot be lower than that.`,
        { count: current.registeredCount },
      );
    }
    const { promoted, write } = await promotionsFor(
      mt,
      { id: eventId, capacity: fields.capacity },
      current.registeredCount,
      PEOPLE_PER_TRANSACTION,
    );
    write();
    mt.update(eventRefs.event(eventId), {
      ...fields,
      registeredCount: current.registeredCount + promoted.length,
      waitingCount: Math.max(0, current.waitingCount - promoted.length),
      updatedAt: now,
    });
    return { eventId, morePromotions: promoted.length === PEOPLE_PER_TRANSACTION };
  });
  if (result.morePromotions) await fillFreePlaces(result.eventId, ops);
  return { eventId: result.eventId, ...opsForBench(ops) };
});
