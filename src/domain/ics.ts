// Calendar files (RFC 5545) for events, so people can add them to their own calendar: one
// VEVENT per event, times in UTC, text escaped and long lines folded as the standard asks.
import type { SeasonEvent } from './events';
import { safeHttpUrl } from './events-view';
import { slugify } from './slug';
import type { Locale } from './themes';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** What a calendar needs to know of one event. */
export interface CalendarEvent {
  readonly uid: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly summary: string;
  readonly description: string;
  /** The place, or the online link when there is no place. */
  readonly location: string | null;
  readonly url: string | null;
  readonly cancelled: boolean;
}

/** An event of a season, in the reader's language, as a calendar sees it. */
export function calendarEventOf(event: SeasonEvent, locale: Locale): CalendarEvent {
  const url = safeHttpUrl(event.onlineUrl);
  return {
    uid: `${event.id}@techforgood`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    summary: event.title[locale],
    description: event.description[locale],
    location: event.place?.trim() || url,
    url,
    cancelled: event.status === 'cancelled',
  };
}

/** Text as a TEXT value: backslash, semicolon and comma escaped, line breaks as "\n". */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** An instant as a UTC DATE-TIME: YYYYMMDDTHHMMSSZ. */
export function utcDateTime(time: number): string {
  const date = new Date(time);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** How many octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Rule: a content line longer than 75 octets of UTF-8 is cut into lines of at most 75 octets,
 * each continuation starting with one space, never inside a character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcDateTime(event.startsAt)}`,
    `DTEND:${utcDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    // A URI value is not TEXT: it is written as it is.
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** A calendar holding the events, stamped `now`: the text of an .ics file. */
export function calendarOf(events: readonly CalendarEvent[], now: number): string {
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tech for Good Challenge//Events//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The file name of one event's calendar: "evenement-" and the slug of its title. */
export function icsFileName(title: string): string {
  const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
  return `evenement-${slug || 'sans-titre'}.ics`;
}

/** The file name of the calendar of all of a person's events. */
export const MY_EVENTS_FILE_NAME = 'mes-evenements.ics';
