import { describe, expect, it } from 'vitest';
import {
  attendanceOpen,
  attendancePayloadSchema,
  eventPayloadSchema,
  eventPhase,
  placeFor,
  promotions,
  registrationOpen,
  saveEventPayloadSchema,
} from './events';
import { reconcilePayloadSchema, withdrawPayloadSchema } from './game';

describe('placeFor', () => {
  it('gives a place while fewer people hold one than the capacity, else the waiting list', () => {
    expect(placeFor(0, 1)).toBe('registered');
    expect(placeFor(1, 1)).toBe('waiting');
    expect(placeFor(29, 30)).toBe('registered');
  });
});

describe('promotions', () => {
  const waiting = [
    { uid: 'carol', requestedAt: 30 },
    { uid: 'alice', requestedAt: 10 },
    { uid: 'bob', requestedAt: 20 },
  ];

  it('promotes those waiting longest first, as many as there are free places', () => {
    expect(promotions(waiting, 1)).toEqual(['alice']);
    expect(promotions(waiting, 2)).toEqual(['alice', 'bob']);
    expect(promotions(waiting, 5)).toEqual(['alice', 'bob', 'carol']);
    expect(promotions(waiting, 0)).toEqual([]);
  });
});

describe('registration and attendance windows', () => {
  it('takes registrations until the start, attendance from the start, nothing once cancelled', () => {
    const event = { startsAt: 1_000, status: 'scheduled' as const };
    expect(registrationOpen(event, 999)).toBe(true);
    expect(registrationOpen(event, 1_000)).toBe(false);
    expect(attendanceOpen(event, 999)).toBe(false);
    expect(attendanceOpen(event, 1_000)).toBe(true);
    expect(registrationOpen({ ...event, status: 'cancelled' }, 0)).toBe(false);
    expect(attendanceOpen({ ...event, status: 'cancelled' }, 2_000)).toBe(false);
  });
});

describe('eventPhase', () => {
  it('is scheduled before the start, under way until the end, over from the end; cancelled stays so', () => {
    const event = { startsAt: 1_000, endsAt: 2_000, status: 'scheduled' as const };
    expect(eventPhase(event, 999)).toBe('scheduled');
    expect(eventPhase(event, 1_000)).toBe('underway');
    expect(eventPhase(event, 1_999)).toBe('underway');
    expect(eventPhase(event, 2_000)).toBe('over');
    expect(eventPhase({ ...event, status: 'cancelled' }, 1_500)).toBe('cancelled');
  });
});

describe('saveEventPayloadSchema', () => {
  const valid = {
    seasonId: 'S1',
    kind: 'fresco',
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    description: { fr: 'Trois heures pour comprendre.', en: 'Three hours to understand.' },
    startsAt: Date.UTC(2026, 2, 10, 9),
    endsAt: Date.UTC(2026, 2, 10, 12),
    timeZone: 'Europe/Paris',
    place: 'Salle Lovelace',
    capacity: 12,
    actionId: 'sob-team-digital-fresco',
  };

  it('accepts an event with a place, and fills the defaults', () => {
    const parsed = saveEventPayloadSchema.parse(valid);
    expect(parsed).toMatchObject({ eventId: null, onlineUrl: null });
  });

  it('refuses an end before the start, no place nor link, and a link that is not http(s)', () => {
    const issues = (input: unknown) =>
      saveEventPayloadSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ ...valid, endsAt: valid.startsAt })).toContain('validation.endBeforeStart');
    expect(issues({ ...valid, place: null })).toContain('validation.eventWhere');
    expect(issues({ ...valid, onlineUrl: 'javascript:alert(1)' })).toContain(
      'validation.eventLink',
    );
    expect(issues({ ...valid, capacity: 0 })).toContain('validation.eventCapacity');
  });

  it('takes attendance for everyone holding a place unless people are named', () => {
    expect(attendancePayloadSchema.parse({ eventId: 'e1' }).uids).toBe('allRegistered');
    expect(attendancePayloadSchema.parse({ eventId: 'e1', uids: ['u1'] }).uids).toEqual(['u1']);
    expect(attendancePayloadSchema.safeParse({ eventId: 'e1', uids: [] }).success).toBe(false);
  });
});

describe('document ids in commands', () => {
  it('refuses the ids Firestore reserves (__…__), which would fail in the database', () => {
    expect(eventPayloadSchema.safeParse({ eventId: '__-l9--_-__' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ eventId: '__x__' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ eventId: '__x' }).success).toBe(true);
    expect(withdrawPayloadSchema.safeParse({ submissionId: '__abc__' }).success).toBe(false);
    expect(reconcilePayloadSchema.safeParse({ seasonId: '__s__' }).success).toBe(false);
  });
});
