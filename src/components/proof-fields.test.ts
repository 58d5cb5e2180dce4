import { describe, expect, it } from 'vitest';
import { checkDoneAt, dayIn } from '../domain/submission';
import { dayBounds, doneAtOfDay, emptyProofValues, proofOf } from './proof-fields';

const DAY = 24 * 60 * 60 * 1000;
const TZ = 'Europe/Paris';
// 12 March 2025, 09:30 in Paris.
const NOW = Date.UTC(2025, 2, 12, 8, 30);

const season = (startsAt: number, logBackDays = 3) => ({
  startsAt,
  endsAt: NOW + 30 * DAY,
  logBackDays,
  timeZone: TZ,
});

describe('dayBounds', () => {
  it('starts at the log-back limit when the season began earlier', () => {
    expect(dayBounds(season(NOW - 20 * DAY), NOW)).toEqual({
      min: '2025-03-09',
      max: '2025-03-12',
    });
  });

  it('starts at the season start when that is later', () => {
    expect(dayBounds(season(Date.UTC(2025, 2, 10, 23, 30)), NOW)).toEqual({
      min: '2025-03-11',
      max: '2025-03-12',
    });
  });

  it('counts days in the season time zone, not in UTC', () => {
    // 23:30 UTC on 11 March is already 12 March in Paris.
    const lateEvening = Date.UTC(2025, 2, 11, 23, 30);
    expect(dayBounds(season(NOW - 20 * DAY, 0), lateEvening)).toEqual({
      min: '2025-03-12',
      max: '2025-03-12',
    });
  });
});

describe('doneAtOfDay', () => {
  it('is now for today', () => {
    expect(doneAtOfDay('2025-03-12', NOW, TZ)).toBe(NOW);
  });

  it('is the last millisecond of an earlier day in the season time zone', () => {
    expect(doneAtOfDay('2025-03-10', NOW, TZ)).toBe(Date.UTC(2025, 2, 10, 22, 59, 59, 999));
  });

  it('is not a number for an empty or unreadable day', () => {
    expect(doneAtOfDay('', NOW, TZ)).toBeNaN();
    expect(doneAtOfDay('12/03/2025', NOW, TZ)).toBeNaN();
  });

  it('passes checkDoneAt for every day the form offers, at any hour', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const now = Date.UTC(2025, 2, 12, hour, 17);
      const rules = season(now - 20 * DAY);
      const { min, max } = dayBounds(rules, now);
      for (let at = now - 6 * DAY; at <= now; at += DAY / 2) {
        const day = dayIn(TZ, at);
        if (day < min || day > max) continue;
        const doneAt = doneAtOfDay(day, now, TZ);
        expect(dayIn(TZ, doneAt)).toBe(day);
        expect(checkDoneAt(doneAt, now, rules)).toBeNull();
      }
    }
  });
});

describe('proofOf', () => {
  const values = {
    ...emptyProofValues('2025-03-12'),
    text: 'Fait',
    url: '  https://example.org  ',
    photo: { type: 'image/jpeg' as const, data: 'AAAA', bytes: 3, width: 1, height: 1 },
  };

  it('takes only the field its kind asks for', () => {
    expect(proofOf('none', values)).toEqual({ kind: 'none' });
    expect(proofOf('text', values)).toEqual({ kind: 'text', text: 'Fait' });
    expect(proofOf('link', values)).toEqual({ kind: 'link', url: 'https://example.org' });
    expect(proofOf('photo', values)).toEqual({ kind: 'photo', type: 'image/jpeg', data: 'AAAA' });
  });
});
