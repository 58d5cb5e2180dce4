// When scheduled work is due, on the season's calendar. Each job runs often (every few minutes
// in production, every minute on `npm start`) and asks these rules whether its window has come;
// what it writes is keyed by the window, so running it again in the same window changes nothing.
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The clock on the wall in `timeZone` at `now`: the day (YYYY-MM-DD), the hour, the weekday. */
export function wallClock(
  now: number,
  timeZone: string,
): { day: string; hour: number; weekday: number } {
  const local = new TZDate(now, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    day: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    hour: local.getHours(),
    // 1 = Monday … 7 = Sunday.
    weekday: ((local.getDay() + 6) % 7) + 1,
  };
}

/** Reminders of an event: a day before and an hour before its start. */
export const EVENT_REMINDERS = { '24h': 24 * HOUR_MS, '1h': HOUR_MS } as const;
export type ReminderWindow = keyof typeof EVENT_REMINDERS;

/**
 * Rule: the 24-hour reminder of an event is due from 24 hours before its start until one hour
 * before; the one-hour reminder from one hour before until the start. Outside both, none: an
 * event that starts in two minutes gets its one-hour reminder, one that has started gets none.
 */
export function reminderWindowAt(startsAt: number, now: number): ReminderWindow | null {
  if (now >= startsAt) return null;
  if (now >= startsAt - EVENT_REMINDERS['1h']) return '1h';
  if (now >= startsAt - EVENT_REMINDERS['24h']) return '24h';
  return null;
}

/** The daily post of the top five goes at this hour of the season's day, the backlog at this one. */
export const DAILY_POST_HOUR = 18;
export const BACKLOG_HOUR = 9;

/** Rule: a daily job is due on a day from its hour on, in the season's time zone; null before. */
export function dailyWindowAt(now: number, timeZone: string, hour: number): string | null {
  const clock = wallClock(now, timeZone);
  return clock.hour >= hour ? clock.day : null;
}

/** The weekly digest goes on Mondays from this hour, about the week that just ended. */
export const DIGEST_HOUR = 9;

/**
 * Rule: the digest of a week (named by its Monday, YYYY-MM-DD, Monday to Sunday on the season's
 * calendar) is due from the next Monday at DIGEST_HOUR. At `now` the latest week due is the
 * previous week once this Monday's hour has passed, and the week before it until then.
 */
export function digestWeekAt(now: number, timeZone: string): string {
  const clock = wallClock(now, timeZone);
  const local = new TZDate(now, timeZone);
  const backToMonday = clock.weekday - 1;
  const beforeHour = clock.weekday === 1 && clock.hour < DIGEST_HOUR;
  const monday = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - backToMonday - (beforeHour ? 14 : 7),
    12,
    0,
    0,
    timeZone,
  );
  return wallClock(monday.getTime(), timeZone).day;
}

/**
 * Rule: a week's digest is worth sending for a season that ran during it: the week ends after the
 * season's start and begins before its end.
 */
export function weekWithinSeason(
  week: string,
  season: { readonly startsAt: number; readonly endsAt: number },
): boolean {
  const monday = Date.parse(`${week}T00:00:00Z`);
  if (Number.isNaN(monday)) return false;
  // A day of slack on each side: the week is a calendar week in the season's zone, not UTC.
  return monday + 8 * DAY_MS > season.startsAt && monday - DAY_MS < season.endsAt;
}

/** The jobs that run on a schedule, in the order one pass runs them, and how often in production. */
export const SCHEDULED_JOBS = {
  seasonDates: { every: 'every 5 minutes' },
  eventReminders: { every: 'every 5 minutes' },
  dailyTopFive: { every: 'every 30 minutes' },
  reviewBacklog: { every: 'every 30 minutes' },
  weeklyDigest: { every: 'every 60 minutes' },
  unfinishedFanOuts: { every: 'every 10 minutes' },
  dueMail: { every: 'every 10 minutes' },
  duePosts: { every: 'every 5 minutes' },
  proofPhotos: { every: 'every 24 hours' },
} as const;

export type ScheduledJob = keyof typeof SCHEDULED_JOBS;

export const SCHEDULED_JOB_NAMES = Object.keys(SCHEDULED_JOBS) as ScheduledJob[];

/** runScheduledJob: an organiser runs one job now, rather than waiting for its schedule. */
export const runJobPayloadSchema = z.strictObject({
  job: z.enum(SCHEDULED_JOB_NAMES as [ScheduledJob, ...ScheduledJob[]], {
    error: 'validation.scheduledJob',
  }),
});
