// Streaks: how many weeks (and days) in a row someone has had an action approved, counted on the
// season's calendar. Submissions carry `day`, the date they were done in the season's time zone,
// so a streak is plain calendar arithmetic on those dates.
import { dayToUtc } from './leaderboard-view';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The number of the day (days since 1970-01-01), or null for a date that is not one. */
const dayNumber = (day: string): number | null => {
  const time = dayToUtc(day);
  return time === null ? null : Math.round(time / DAY_MS);
};

/** The number of the Monday-to-Sunday week holding a day number (1970-01-05 was a Monday). */
const weekNumber = (dayIndex: number): number => Math.floor((dayIndex + 3) / 7);

export interface Streak {
  /** Weeks in a row with at least one approved action. */
  readonly weeks: number;
  /** Days in a row with at least one approved action. */
  readonly days: number;
  /** The most recent weeks, oldest first (this week last): whether each had an approved action. */
  readonly recentWeeks: readonly boolean[];
}

/** How many consecutive numbers end at `last`, or at `last - 1` when `last` is not in the set. */
function runEndingAt(numbers: ReadonlySet<number>, last: number): number {
  let end = numbers.has(last) ? last : last - 1;
  let run = 0;
  while (numbers.has(end)) {
    run += 1;
    end -= 1;
  }
  return run;
}

/**
 * Rule: a week runs Monday to Sunday, a day midnight to midnight, both on the season's calendar
 * (the `day` of each approved submission). A streak counts the weeks (days) in a row with at
 * least one approved action, ending with the current one — or with the one before while the
 * current one has none yet, since a week (a day) is not missed until it is over. `recentWeeks`
 * gives the last `shown` weeks for drawing. Days that cannot be read are left out.
 */
export function streakOf(approvedDays: readonly string[], today: string, shown = 8): Streak {
  const todayNumber = dayNumber(today);
  if (todayNumber === null) return { weeks: 0, days: 0, recentWeeks: [] };
  const days = new Set(
    approvedDays.map(dayNumber).filter((value): value is number => value !== null),
  );
  const weeks = new Set([...days].map(weekNumber));
  const thisWeek = weekNumber(todayNumber);
  return {
    weeks: runEndingAt(weeks, thisWeek),
    days: runEndingAt(days, todayNumber),
    recentWeeks: Array.from({ length: shown }, (_, index) =>
      weeks.has(thisWeek - shown + 1 + index),
    ),
  };
}

/** Weeks in a row that earn the streak badge. */
export const STREAK_BADGE_WEEKS = 3;

/**
 * Rule: the streak badge comes with the first approved action of the first week that closes
 * `STREAK_BADGE_WEEKS` weeks in a row (Monday to Sunday, on the season's calendar); like every
 * badge, it stays earned while those approvals stand and is lost if they are revoked. Returns the
 * day it came, or null.
 */
export function streakBadgeDay(approvedDays: readonly string[]): string | null {
  const byWeek = new Map<number, string>();
  for (const day of approvedDays) {
    const number = dayNumber(day);
    if (number === null) continue;
    const week = weekNumber(number);
    const first = byWeek.get(week);
    if (first === undefined || day < first) byWeek.set(week, day);
  }
  const weeks = [...byWeek.keys()].sort((a, b) => a - b);
  const closing = weeks.find((week) =>
    Array.from({ length: STREAK_BADGE_WEEKS - 1 }, (_, back) => week - back - 1).every((before) =>
      byWeek.has(before),
    ),
  );
  return closing === undefined ? null : (byWeek.get(closing) ?? null);
}
