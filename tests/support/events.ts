// Events for tests: the payload an organiser's form would send, and events written straight into
// the emulated Firestore (as saveEvent would have) for tests that only need one to exist.
import type { SeasonEvent } from '../../src/domain/events';
import { adminDb, TEXT_ACTION } from './game';
import { hour } from './world';

/** A saveEvent payload for a new event of the season, starting tomorrow. */
export function eventInput(seasonId: string, overrides: Record<string, unknown> = {}) {
  return {
    eventId: null,
    seasonId,
    kind: 'fresco',
    title: { fr: 'Fresque du numérique', en: 'Digital Collage' },
    description: {
      fr: 'Trois heures pour comprendre l’impact du numérique.',
      en: 'Three hours to understand the footprint of digital technology.',
    },
    startsAt: hour(24),
    endsAt: hour(27),
    timeZone: 'Europe/Paris',
    place: 'Room 4',
    onlineUrl: null,
    capacity: 10,
    actionId: TEXT_ACTION.id,
    ...overrides,
  };
}

let seeded = 0;

/** Writes a scheduled event of the season (tomorrow, unless told otherwise); returns its id. */
export async function seedEvent(
  seasonId: string,
  overrides: Partial<Omit<SeasonEvent, 'id'>> = {},
): Promise<string> {
  const db = await adminDb();
  seeded += 1;
  const now = Date.now();
  const event: Omit<SeasonEvent, 'id'> = {
    seasonId,
    kind: 'webinar',
    title: { fr: 'Webinaire sobriété', en: 'Sufficiency webinar' },
    description: { fr: 'Une heure en ligne.', en: 'One hour online.' },
    startsAt: hour(24),
    endsAt: hour(25),
    timeZone: 'Europe/Paris',
    place: null,
    onlineUrl: 'https://example.org/webinar',
    capacity: 10,
    actionId: TEXT_ACTION.id,
    status: 'scheduled',
    registeredCount: 0,
    waitingCount: 0,
    attendedCount: 0,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  const ref = db.collection('events').doc(`seeded-event-${now}-${seeded}`);
  await ref.set(event);
  return ref.id;
}

/** Writes a cancellation notice for `uid`; returns its id. */
export async function seedNotification(uid: string): Promise<string> {
  const db = await adminDb();
  seeded += 1;
  const ref = db.collection('notifications').doc(`seeded-notice-${Date.now()}-${seeded}`);
  await ref.set({
    uid,
    kind: 'eventCancelled',
    eventId: 'gone',
    title: { fr: 'Annulé', en: 'Cancelled' },
    at: Date.now(),
    read: false,
  });
  return ref.id;
}
