import { describe, expect, it } from 'vitest';
import { saveEventPayloadSchema, type SeasonEvent } from '../../domain/events';
import { emptyEventValues, payloadFromValues, valuesFromEvent } from './event-form-model';

const EVENT: SeasonEvent = {
  id: 'E1',
  seasonId: 'S1',
  kind: 'meetup',
  title: { fr: 'Rencontre', en: 'Meetup' },
  description: { fr: 'Une soirée.', en: 'An evening.' },
  startsAt: Date.UTC(2026, 9, 20, 16, 30),
  endsAt: Date.UTC(2026, 9, 20, 18, 0),
  timeZone: 'Asia/Singapore',
  place: 'Marina Bay',
  onlineUrl: null,
  capacity: 30,
  actionId: 'sob-read-footprint-study',
  status: 'scheduled',
  registeredCount: 3,
  waitingCount: 0,
  attendedCount: 0,
  createdAt: 0,
  updatedAt: 0,
};

describe('event form values', () => {
  it('start empty in the season’s time zone, and an empty capacity stays NaN for the schema', () => {
    const values = { ...emptyEventValues('Europe/Paris'), capacity: ' ' };
    const payload = payloadFromValues(values, { eventId: null, seasonId: 'S1' });
    expect(payload.timeZone).toBe('Europe/Paris');
    expect(payload.capacity).toBeNaN();
    const messages = saveEventPayloadSchema
      .safeParse(payload)
      .error?.issues.map((issue) => issue.message);
    expect(messages).toContain('validation.eventCapacity');
  });

  it('go back and forth with a stored event, times in its own zone, empty boxes as null', () => {
    const values = valuesFromEvent(EVENT);
    // 16:30 UTC is 00:30 the next day in Singapore.
    expect(values.startsAt).toBe('2026-10-21T00:30');
    const payload = payloadFromValues(
      { ...values, onlineUrl: '   ' },
      { eventId: 'E1', seasonId: 'S1' },
    );
    expect(saveEventPayloadSchema.parse(payload)).toEqual({
      eventId: 'E1',
      seasonId: 'S1',
      kind: 'meetup',
      title: EVENT.title,
      description: EVENT.description,
      startsAt: EVENT.startsAt,
      endsAt: EVENT.endsAt,
      timeZone: 'Asia/Singapore',
      place: 'Marina Bay',
      onlineUrl: null,
      capacity: 30,
      actionId: EVENT.actionId,
    });
  });
});
