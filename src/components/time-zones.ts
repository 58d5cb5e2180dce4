// Wall-clock times in a chosen time zone, as organisers type them in datetime-local inputs, and
// the zones their forms offer: a few common ones first (with the browser's own and the current
// one), then every zone the browser knows.
import { TZDate } from '@date-fns/tz';

const COMMON_TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/London',
  'Europe/Berlin',
  'America/Montreal',
  'America/New_York',
  'Africa/Casablanca',
  'Asia/Singapore',
  'UTC',
];

export function timeZoneGroups(current: string): { common: string[]; others: string[] } {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const common = [...new Set([current, browser, ...COMMON_TIME_ZONES].filter(Boolean))];
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const others = all.filter((zone) => !common.includes(zone));
  return { common, others };
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** The instant a wall-clock time names in a time zone; NaN when either is unreadable. */
export function localToEpoch(local: string, timeZone: string): number {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return Number.NaN;
  const [year, month, day, hours, minutes] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  try {
    return new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime();
  } catch {
    return Number.NaN;
  }
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The wall-clock time, in a time zone, of an instant, as datetime-local text. */
export function epochToLocal(epoch: number, timeZone: string): string {
  const date = new TZDate(epoch, timeZone);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
