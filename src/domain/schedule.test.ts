import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKLOG_HOUR,
  DAILY_POST_HOUR,
  dailyWindowAt,
  digestWeekAt,
  reminderWindowAt,
  runJobPayloadSchema,
  SCHEDULED_JOB_NAMES,
  wallClock,
  weekWithinSeason,
} from './schedule';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PARIS = 'Europe/Paris';
const MONTEVIDEO = 'America/Montevideo';
const AUCKLAND = 'Pacific/Auckland';
const LOS_ANGELES = 'America/Los_Angeles';

/** An instant written in UTC: `utc('2026-03-02T17:00')`. */
const utc = (text: string) => Date.parse(`${text}:00Z`);

describe('wallClock', () => {
  it('gives the day, hour and weekday (1 = Monday … 7 = Sunday) on the wall of the zone', () => {
    // Monday 2 March 2026, 17:30 UTC: 18:30 in Paris (UTC+1), 14:30 in Montevideo (UTC-3).
    expect(wallClock(utc('2026-03-02T17:30'), PARIS)).toEqual({
      day: '2026-03-02',
      hour: 18,
      weekday: 1,
    });
    expect(wallClock(utc('2026-03-02T17:30'), MONTEVIDEO)).toEqual({
      day: '2026-03-02',
      hour: 14,
      weekday: 1,
    });
    // Sunday 8 March 2026, noon UTC.
    expect(wallClock(utc('2026-03-08T12:00'), 'UTC').weekday).toBe(7);
  });

  it('moves to the next or previous day when the zone is far from UTC', () => {
    // Sunday 8 March 2026, 20:00 UTC is Monday 9 March, 09:00 in Auckland (UTC+13 in summer).
    expect(wallClock(utc('2026-03-08T20:00'), AUCKLAND)).toEqual({
      day: '2026-03-09',
      hour: 9,
      weekday: 1,
    });
    // Thursday 1 January 2026, 02:00 UTC is still Wednesday 31 December in Montevideo.
    expect(wallClock(utc('2026-01-01T02:00'), MONTEVIDEO)).toEqual({
      day: '2025-12-31',
      hour: 23,
      weekday: 3,
    });
  });

  it('follows summer time', () => {
    // 10:00 UTC is 11:00 in Paris in winter and 12:00 in summer.
    expect(wallClock(utc('2026-01-15T10:00'), PARIS).hour).toBe(11);
    expect(wallClock(utc('2026-07-15T10:00'), PARIS).hour).toBe(12);
  });
});

describe('reminderWindowAt', () => {
  const startsAt = utc('2026-03-10T18:00');

  it('is the 24-hour reminder from 24 hours before the start until one hour before', () => {
    expect(reminderWindowAt(startsAt, startsAt - 24 * HOUR)).toBe('24h');
    expect(reminderWindowAt(startsAt, startsAt - 12 * HOUR)).toBe('24h');
    expect(reminderWindowAt(startsAt, startsAt - HOUR - 1)).toBe('24h');
  });

  it('is the one-hour reminder from one hour before until the start', () => {
    expect(reminderWindowAt(startsAt, startsAt - HOUR)).toBe('1h');
    // An event that starts in two minutes gets its one-hour reminder.
    expect(reminderWindowAt(startsAt, startsAt - 2 * MINUTE)).toBe('1h');
    expect(reminderWindowAt(startsAt, startsAt - 1)).toBe('1h');
  });

  it('is none before 24 hours ahead, and none once the event has started', () => {
    expect(reminderWindowAt(startsAt, startsAt - 24 * HOUR - 1)).toBeNull();
    expect(reminderWindowAt(startsAt, startsAt - 3 * DAY)).toBeNull();
    expect(reminderWindowAt(startsAt, startsAt)).toBeNull();
    expect(reminderWindowAt(startsAt, startsAt + 1)).toBeNull();
    expect(reminderWindowAt(startsAt, startsAt + 2 * HOUR)).toBeNull();
  });

  it('is exactly the window the time before the start falls in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 365 * DAY }),
        fc.integer({ min: -3 * DAY, max: 3 * DAY }),
        (start, before) => {
          const window = reminderWindowAt(start, start - before);
          const expected =
            before <= 0 ? null : before <= HOUR ? '1h' : before <= 24 * HOUR ? '24h' : null;
          expect(window).toBe(expected);
        },
      ),
    );
  });
});

describe('dailyWindowAt', () => {
  it('is due from the hour on, on the day of the season in Paris (winter and summer)', () => {
    // Winter, UTC+1: 18:00 in Paris is 17:00 UTC.
    expect(dailyWindowAt(utc('2026-03-02T16:59'), PARIS, DAILY_POST_HOUR)).toBeNull();
    expect(dailyWindowAt(utc('2026-03-02T17:00'), PARIS, DAILY_POST_HOUR)).toBe('2026-03-02');
    // Summer, UTC+2: 18:00 in Paris is 16:00 UTC.
    expect(dailyWindowAt(utc('2026-07-15T15:59'), PARIS, DAILY_POST_HOUR)).toBeNull();
    expect(dailyWindowAt(utc('2026-07-15T16:00'), PARIS, DAILY_POST_HOUR)).toBe('2026-07-15');
  });

  it('is due from the hour on in Montevideo, up to the end of its day past midnight UTC', () => {
    // UTC-3: 17:59 and 18:00 in Montevideo are 20:59 and 21:00 UTC.
    expect(dailyWindowAt(utc('2026-03-02T20:59'), MONTEVIDEO, DAILY_POST_HOUR)).toBeNull();
    expect(dailyWindowAt(utc('2026-03-02T21:00'), MONTEVIDEO, DAILY_POST_HOUR)).toBe('2026-03-02');
    // 23:59 in Montevideo is 02:59 UTC the next day: still the window of 2 March.
    expect(dailyWindowAt(utc('2026-03-03T02:59'), MONTEVIDEO, DAILY_POST_HOUR)).toBe('2026-03-02');
    // Midnight in Montevideo: a new day, before its hour.
    expect(dailyWindowAt(utc('2026-03-03T03:00'), MONTEVIDEO, DAILY_POST_HOUR)).toBeNull();
  });

  it('works for any hour, such as the backlog at 9', () => {
    expect(dailyWindowAt(utc('2026-03-02T07:59'), PARIS, BACKLOG_HOUR)).toBeNull();
    expect(dailyWindowAt(utc('2026-03-02T08:00'), PARIS, BACKLOG_HOUR)).toBe('2026-03-02');
    expect(dailyWindowAt(utc('2026-03-02T22:59'), PARIS, BACKLOG_HOUR)).toBe('2026-03-02');
    expect(dailyWindowAt(utc('2026-03-02T23:00'), PARIS, BACKLOG_HOUR)).toBeNull();
  });
});

describe('digestWeekAt', () => {
  // 2026-03-02 and 2026-03-09 are Mondays.
  it('is the week before last until the Monday hour, the week that just ended from it on', () => {
    // Monday 9 March, 08:59 and 09:00 in Paris (UTC+1).
    expect(digestWeekAt(utc('2026-03-09T07:59'), PARIS)).toBe('2026-02-23');
    expect(digestWeekAt(utc('2026-03-09T08:00'), PARIS)).toBe('2026-03-02');
    // Monday at midnight, and late on Monday.
    expect(digestWeekAt(utc('2026-03-08T23:00'), PARIS)).toBe('2026-02-23');
    expect(digestWeekAt(utc('2026-03-09T22:59'), PARIS)).toBe('2026-03-02');
  });

  it('is the previous week all through the rest of the week, Sunday included', () => {
    expect(digestWeekAt(utc('2026-03-10T12:00'), PARIS)).toBe('2026-03-02');
    expect(digestWeekAt(utc('2026-03-13T12:00'), PARIS)).toBe('2026-03-02');
    // Sunday 15 March, 23:59 in Paris: the week of 9 March is not yet due.
    expect(digestWeekAt(utc('2026-03-15T22:59'), PARIS)).toBe('2026-03-02');
    // Sunday 8 March: the week of 2 March is not over.
    expect(digestWeekAt(utc('2026-03-08T12:00'), PARIS)).toBe('2026-02-23');
  });

  it('crosses the turn of the year', () => {
    // 2025-12-29 is a Monday; Thursday 1 January 2026 is in its week.
    expect(digestWeekAt(utc('2026-01-01T12:00'), PARIS)).toBe('2025-12-22');
    expect(digestWeekAt(utc('2026-01-04T12:00'), PARIS)).toBe('2025-12-22');
    expect(digestWeekAt(utc('2026-01-05T07:59'), PARIS)).toBe('2025-12-22');
    expect(digestWeekAt(utc('2026-01-05T08:00'), PARIS)).toBe('2025-12-29');
    // Monday 29 December before 09:00: the week before last is the one of 15 December.
    expect(digestWeekAt(utc('2025-12-29T07:59'), PARIS)).toBe('2025-12-15');
  });

  it('crosses the change to summer time (Paris, last Sunday of March)', () => {
    // Summer time starts on Sunday 29 March 2026; Monday 30 March is UTC+2.
    expect(digestWeekAt(utc('2026-03-29T12:00'), PARIS)).toBe('2026-03-16');
    expect(digestWeekAt(utc('2026-03-30T06:59'), PARIS)).toBe('2026-03-16');
    expect(digestWeekAt(utc('2026-03-30T07:00'), PARIS)).toBe('2026-03-23');
    // 07:30 UTC is 09:30 in Paris that Monday (it would be 08:30 in winter time).
    expect(digestWeekAt(utc('2026-03-30T07:30'), PARIS)).toBe('2026-03-23');
  });

  it('crosses the change to winter time (Paris, last Sunday of October)', () => {
    // Winter time starts on Sunday 25 October 2026; Monday 26 October is UTC+1.
    expect(digestWeekAt(utc('2026-10-25T12:00'), PARIS)).toBe('2026-10-12');
    expect(digestWeekAt(utc('2026-10-26T07:59'), PARIS)).toBe('2026-10-12');
    expect(digestWeekAt(utc('2026-10-26T08:00'), PARIS)).toBe('2026-10-19');
    // 07:30 UTC is 08:30 in Paris that Monday (it would be 09:30 in summer time).
    expect(digestWeekAt(utc('2026-10-26T07:30'), PARIS)).toBe('2026-10-12');
  });

  it('follows the zone of the season far from UTC (Auckland, Los Angeles)', () => {
    // Auckland, UTC+13: Monday 9 March 09:00 is Sunday 8 March 20:00 UTC.
    expect(digestWeekAt(utc('2026-03-08T19:59'), AUCKLAND)).toBe('2026-02-23');
    expect(digestWeekAt(utc('2026-03-08T20:00'), AUCKLAND)).toBe('2026-03-02');
    // Monday 9 March 12:00 UTC is Tuesday 01:00 in Auckland, still the week of 9 March.
    expect(digestWeekAt(utc('2026-03-09T12:00'), AUCKLAND)).toBe('2026-03-02');
    // Los Angeles, UTC-7 since 8 March: Monday 9 March 09:00 is 16:00 UTC.
    expect(digestWeekAt(utc('2026-03-09T12:00'), LOS_ANGELES)).toBe('2026-02-23');
    expect(digestWeekAt(utc('2026-03-09T15:59'), LOS_ANGELES)).toBe('2026-02-23');
    expect(digestWeekAt(utc('2026-03-09T16:00'), LOS_ANGELES)).toBe('2026-03-02');
    // Tuesday 10 March 03:00 UTC is still Monday 20:00 in Los Angeles.
    expect(digestWeekAt(utc('2026-03-10T03:00'), LOS_ANGELES)).toBe('2026-03-02');
  });

  it('is always a Monday, at least a week and at most two weeks before the day on the wall', () => {
    const zones = fc.constantFrom(PARIS, MONTEVIDEO, AUCKLAND, LOS_ANGELES, 'UTC');
    fc.assert(
      fc.property(
        fc.integer({ min: utc('2024-01-01T00:00'), max: utc('2030-12-31T23:59') }),
        zones,
        (now, zone) => {
          const week = digestWeekAt(now, zone);
          const monday = Date.parse(`${week}T00:00:00Z`);
          const clock = wallClock(now, zone);
          const today = Date.parse(`${clock.day}T00:00:00Z`);
          expect(new Date(monday).getUTCDay()).toBe(1);
          // The week is over: its Sunday is before today.
          expect(monday + 6 * DAY).toBeLessThan(today);
          expect(today - monday).toBeGreaterThanOrEqual(7 * DAY);
          expect(today - monday).toBeLessThan(15 * DAY);
          // Past the Monday hour, the latest week due is the one that just ended.
          if (clock.weekday !== 1 || clock.hour >= 9) {
            expect(today - monday).toBeLessThan(14 * DAY);
          }
        },
      ),
    );
  });
});

describe('weekWithinSeason', () => {
  // The week of Monday 2 March 2026, with a day of slack each side.
  const week = '2026-03-02';
  const monday = utc('2026-03-02T00:00');

  it('is true for a week during the season, or overlapping its start or its end', () => {
    expect(weekWithinSeason(week, { startsAt: monday - 30 * DAY, endsAt: monday + 30 * DAY })).toBe(
      true,
    );
    expect(weekWithinSeason(week, { startsAt: monday + 3 * DAY, endsAt: monday + 30 * DAY })).toBe(
      true,
    );
    expect(weekWithinSeason(week, { startsAt: monday - 30 * DAY, endsAt: monday + 3 * DAY })).toBe(
      true,
    );
    expect(weekWithinSeason(week, { startsAt: monday + DAY, endsAt: monday + 2 * DAY })).toBe(true);
  });

  it('ends a day after the Sunday: a season starting before that counts the week', () => {
    expect(
      weekWithinSeason(week, { startsAt: monday + 8 * DAY - 1, endsAt: monday + 60 * DAY }),
    ).toBe(true);
    expect(weekWithinSeason(week, { startsAt: monday + 8 * DAY, endsAt: monday + 60 * DAY })).toBe(
      false,
    );
  });

  it('begins a day before the Monday: a season ending after that counts the week', () => {
    expect(weekWithinSeason(week, { startsAt: monday - 60 * DAY, endsAt: monday - DAY + 1 })).toBe(
      true,
    );
    expect(weekWithinSeason(week, { startsAt: monday - 60 * DAY, endsAt: monday - DAY })).toBe(
      false,
    );
  });

  it('is false for a week that is not a date', () => {
    const season = { startsAt: monday - 60 * DAY, endsAt: monday + 60 * DAY };
    expect(weekWithinSeason('not-a-week', season)).toBe(false);
    expect(weekWithinSeason('', season)).toBe(false);
  });
});

describe('runJobPayloadSchema', () => {
  it('accepts every scheduled job by name', () => {
    expect(SCHEDULED_JOB_NAMES).toContain('weeklyDigest');
    for (const job of SCHEDULED_JOB_NAMES) {
      expect(runJobPayloadSchema.parse({ job })).toEqual({ job });
    }
  });

  it.each([
    [{ job: 'noSuchJob' }],
    [{ job: 42 }],
    [{}],
    [{ job: 'weeklyDigest', extra: true }],
    [null],
    ['weeklyDigest'],
  ])('refuses %j', (payload) => {
    expect(runJobPayloadSchema.safeParse(payload).success).toBe(false);
  });

  it('names an unknown job with an i18n key', () => {
    const result = runJobPayloadSchema.safeParse({ job: 'noSuchJob' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['job'], 'validation.scheduledJob'],
    ]);
  });
});
