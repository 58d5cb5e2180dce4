import { describe, expect, it } from 'vitest';
import type { EventRegistration, SeasonEvent } from './events';
import {
  attendanceOrder,
  filterEvents,
  myEvents,
  offerFor,
  placesLeft,
  safeHttpUrl,
  splitByTime,
  statusByEvent,
} from './events-view';

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 10, 12);

function event(id: string, overrides: Partial<SeasonEvent> = {}): SeasonEvent {
  return {
    id,
    seasonId: 'S1',
    kind: 'fresco',
    title: { fr: `Événement ${id}`, en: `Event ${id}` },
    description: { fr: 'Description', en: 'Description' },
    startsAt: NOW + HOUR,
    endsAt: NOW + 2 * HOUR,
    timeZone: 'Europe/Paris',
    place: 'Salle Lovelace',
    onlineUrl: null,
    capacity: 10,
    actionId: 'sob-read-footprint-study',
    status: 'scheduled',
    registeredCount: 0,
    waitingCount: 0,
    attendedCount: 0,
    createdAt: NOW - 10 * HOUR,
    updatedAt: NOW - 10 * HOUR,
    ...overrides,
  };
}

const registration = (
  uid: string,
  status: EventRegistration['status'],
  requestedAt: number,
  eventId = 'e1',
): EventRegistration => ({
  eventId,
  seasonId: 'S1',
  uid,
  name: uid,
  status,
  requestedAt,
  attended: false,
});

describe('splitByTime', () => {
  it('keeps an event upcoming until it ends, soonest first, and lists past ones most recent first', () => {
    const later = event('later', { startsAt: NOW + 5 * HOUR, endsAt: NOW + 6 * HOUR });
    const soon = event('soon');
    const underWay = event('underway', { startsAt: NOW - HOUR, endsAt: NOW + HOUR });
    const endedNow = event('ended-now', { startsAt: NOW - 2 * HOUR, endsAt: NOW });
    const longAgo = event('long-ago', { startsAt: NOW - 50 * HOUR, endsAt: NOW - 49 * HOUR });
    const { upcoming, past } = splitByTime([later, longAgo, soon, endedNow, underWay], NOW);
    expect(upcoming.map((e) => e.id)).toEqual(['underway', 'soon', 'later']);
    expect(past.map((e) => e.id)).toEqual(['ended-now', 'long-ago']);
  });
});

describe('filterEvents', () => {
  const season = {
    actionIds: null,
    customActions: [
      {
        id: 'custom-inclusive-meetup',
        theme: 'diversity' as const,
        modality: 'share' as const,
        effort: 'medium' as const,
        scope: 'individual' as const,
        proof: 'none' as const,
        repeat: { kind: 'once' as const },
        title: { fr: 'Rencontre inclusive', en: 'Inclusive meetup' },
        howTo: {
          fr: ['Venir', 'Rien'] as [string, string],
          en: ['Come', 'Nothing'] as [string, string],
        },
      },
    ],
  };
  const fresco = event('fresco', { kind: 'fresco', actionId: 'sob-read-footprint-study' });
  const webinar = event('webinar', { kind: 'webinar', actionId: 'custom-inclusive-meetup' });
  const orphan = event('orphan', { kind: 'webinar', actionId: 'no-such-action' });
  const all = [fresco, webinar, orphan];
  const ids = (filter: Parameters<typeof filterEvents>[1], s = season) =>
    filterEvents(all, filter, s).map((e) => e.id);

  it('keeps every event without a filter, and those of the kind chosen', () => {
    expect(ids({})).toEqual(['fresco', 'webinar', 'orphan']);
    expect(ids({ kind: 'webinar' })).toEqual(['webinar', 'orphan']);
  });

  it('matches the theme of the linked action, custom actions included, and nothing for an action the season drops', () => {
    expect(ids({ theme: 'sobriety' })).toEqual(['fresco']);
    expect(ids({ theme: 'diversity' })).toEqual(['webinar']);
    expect(ids({ theme: 'diversity', kind: 'fresco' })).toEqual([]);
    expect(
      ids({ theme: 'sobriety' }, { ...season, actionIds: ['cit-learn-fact-checking'] as never }),
    ).toEqual([]);
  });
});

describe('placesLeft', () => {
  it('is the capacity minus the people holding a place, never below zero', () => {
    expect(placesLeft({ capacity: 12, registeredCount: 5 })).toBe(7);
    expect(placesLeft({ capacity: 12, registeredCount: 12 })).toBe(0);
    // The capacity was lowered below the places already given.
    expect(placesLeft({ capacity: 3, registeredCount: 5 })).toBe(0);
  });
});

describe('my status and what is offered', () => {
  it('offers register without a spot, unregister with one, nothing once started or cancelled', () => {
    const open = event('e1');
    expect(offerFor(open, null, NOW)).toBe('register');
    expect(offerFor(open, 'registered', NOW)).toBe('unregister');
    expect(offerFor(open, 'waiting', NOW)).toBe('unregister');
    expect(offerFor(open, null, open.startsAt)).toBe('closed');
    expect(offerFor(open, 'registered', open.startsAt)).toBe('closed');
    expect(offerFor({ ...open, status: 'cancelled' }, 'registered', NOW)).toBe('cancelled');
    expect(offerFor({ ...open, status: 'cancelled' }, null, open.startsAt + HOUR)).toBe(
      'cancelled',
    );
  });

  it('lists my events, registered or waiting, soonest first, cancelled ones included', () => {
    const a = event('a', { startsAt: NOW + 3 * HOUR, endsAt: NOW + 4 * HOUR });
    const b = event('b', { status: 'cancelled' });
    const c = event('c');
    const statuses = statusByEvent([
      registration('me', 'waiting', 1, 'a'),
      registration('me', 'registered', 2, 'b'),
      // A status the page does not know holds no spot.
      { eventId: 'c', status: 'gone' as never },
    ]);
    expect(myEvents([a, b, c], statuses).map(({ event: e, status }) => [e.id, status])).toEqual([
      ['b', 'registered'],
      ['a', 'waiting'],
    ]);
  });
});

describe('attendanceOrder', () => {
  it('puts people holding a place first, then the waiting list, each in the order they asked', () => {
    const order = attendanceOrder([
      registration('w2', 'waiting', 40),
      registration('r2', 'registered', 20),
      registration('w1', 'waiting', 30),
      registration('r1', 'registered', 10),
    ]);
    expect(order.map((r) => r.uid)).toEqual(['r1', 'r2', 'w1', 'w2']);
  });
});

describe('safeHttpUrl', () => {
  it('keeps http and https links only', () => {
    expect(safeHttpUrl('https://example.org/live')).toBe('https://example.org/live');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
