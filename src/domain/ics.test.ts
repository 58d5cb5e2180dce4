import { describe, expect, it } from 'vitest';
import type { SeasonEvent } from './events';
import {
  calendarEventOf,
  calendarOf,
  escapeText,
  foldLine,
  icsFileName,
  utcDateTime,
  type CalendarEvent,
} from './ics';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

const EVENT: SeasonEvent = {
  id: 'e1',
  seasonId: 'S1',
  kind: 'fresco',
  title: { fr: 'Fresque du numérique', en: 'Digital collage' },
  description: { fr: 'Trois heures; pour comprendre, et agir.', en: 'Three hours.' },
  startsAt: Date.UTC(2026, 2, 10, 8, 30),
  endsAt: Date.UTC(2026, 2, 10, 11, 30),
  timeZone: 'Europe/Paris',
  place: null,
  onlineUrl: 'https://example.org/visio?room=1',
  capacity: 12,
  actionId: 'sob-read-footprint-study',
  status: 'scheduled',
  registeredCount: 0,
  waitingCount: 0,
  attendedCount: 0,
  createdAt: 0,
  updatedAt: 0,
};

const NOW = Date.UTC(2026, 1, 1, 7, 5, 9);

describe('text values', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('writes instants in UTC as YYYYMMDDTHHMMSSZ', () => {
    expect(utcDateTime(Date.UTC(2026, 2, 10, 8, 30, 5))).toBe('20260310T083005Z');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('counts octets of UTF-8 and never cuts a character in two', () => {
    const line = `SUMMARY:${'é'.repeat(40)}😀${'à'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(utf8(part)).toBeLessThanOrEqual(75);
    // Unfolding (dropping CRLF and the one space) gives the line back, characters intact.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(parts[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
  });
});

describe('calendarOf', () => {
  it('writes a calendar with one event, CRLF line ends, UTC times and an online link', () => {
    const text = calendarOf([calendarEventOf(EVENT, 'fr')], NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Tech for Good Challenge//Events//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:e1@techforgood',
      'DTSTAMP:20260201T070509Z',
      'DTSTART:20260310T083000Z',
      'DTEND:20260310T113000Z',
      'SUMMARY:Fresque du numérique',
      'DESCRIPTION:Trois heures\\; pour comprendre\\, et agir.',
      'LOCATION:https://example.org/visio?room=1',
      'URL:https://example.org/visio?room=1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('takes the reader’s language, prefers the place as location, and marks cancelled events', () => {
    const event: SeasonEvent = {
      ...EVENT,
      place: 'Salle Lovelace, 2e étage',
      status: 'cancelled',
    };
    const text = calendarOf([calendarEventOf(event, 'en')], NOW);
    expect(text).toContain('\r\nSUMMARY:Digital collage\r\n');
    expect(text).toContain('\r\nLOCATION:Salle Lovelace\\, 2e étage\r\n');
    expect(text).toContain('\r\nSTATUS:CANCELLED\r\n');
  });

  it('leaves out the link of a place-only event, and a link that is not http(s)', () => {
    const placeOnly = calendarEventOf({ ...EVENT, place: 'Salle A', onlineUrl: null }, 'fr');
    expect(calendarOf([placeOnly], NOW)).not.toContain('URL:');
    const unsafe = calendarEventOf({ ...EVENT, place: 'Salle A', onlineUrl: 'javascript:x' }, 'fr');
    expect(unsafe.url).toBeNull();
  });

  it('writes one VEVENT per event and folds long descriptions under 75 octets a line', () => {
    const long: CalendarEvent = {
      ...calendarEventOf(EVENT, 'fr'),
      uid: 'e2@techforgood',
      description: `Apportez votre ordinateur.\n${'Un atelier très complet. '.repeat(10)}`,
    };
    const text = calendarOf([calendarEventOf(EVENT, 'fr'), long], NOW);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.match(/END:VEVENT/g)).toHaveLength(2);
    for (const line of text.split('\r\n')) expect(utf8(line)).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      `DESCRIPTION:Apportez votre ordinateur.\\n${'Un atelier très complet. '.repeat(10)}`,
    );
  });
});

describe('icsFileName', () => {
  it('is "evenement-" and the slug of the title', () => {
    expect(icsFileName('Fresque du numérique : édition 2')).toBe(
      'evenement-fresque-du-numerique-edition-2.ics',
    );
    expect(icsFileName('«»')).toBe('evenement-sans-titre.ics');
  });
});
