// Events of a season: workshops, webinars and meetups people register for, whose attendance
// validates a linked action. The documents, the commands and the rules, for both sides.
import { z } from 'zod';
import { ACTION_ID_PATTERN } from './action';
import { documentIdSchema } from './document-id';
import { isValidTimeZone } from './season';
import type { Localized } from './themes';
import { typedText } from './text';

/** Where events' documents live (in paths.ts, which the first page loads without zod). */
export { EVENT_PATHS } from './paths';

export const EVENT_KINDS = ['fresco', 'webinar', 'meetup', 'talk', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface SeasonEvent {
  readonly id: string;
  readonly seasonId: string;
  readonly kind: EventKind;
  readonly title: Localized;
  readonly description: Localized;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly timeZone: string;
  /** Where it happens: a place, an online link (http/https), or both. */
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly capacity: number;
  /** The catalogue or custom action of the season that attendance validates. */
  readonly actionId: string;
  readonly status: 'scheduled' | 'cancelled';
  readonly registeredCount: number;
  readonly waitingCount: number;
  readonly attendedCount: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type RegistrationStatus = 'registered' | 'waiting';

export interface EventRegistration {
  readonly eventId: string;
  readonly seasonId: string;
  readonly uid: string;
  /** The person's public name (pseudonym unless they opted in). */
  readonly name: string;
  readonly status: RegistrationStatus;
  /** When they asked: the waiting list is served in this order. */
  readonly requestedAt: number;
  readonly attended: boolean;
}

/** Why markAttendance left a person out (their attendance, or its submission, is not new). */
export type AttendanceSkipReason = 'notRegistered' | 'noTeam' | 'alreadyMarked' | 'alreadyCounted';

/**
 * Rule: a person who registers gets a place while fewer people hold one than the capacity;
 * otherwise they join the waiting list.
 */
export function placeFor(registeredCount: number, capacity: number): RegistrationStatus {
  return registeredCount < capacity ? 'registered' : 'waiting';
}

/**
 * Rule: when places free up, the people waiting longest are promoted first, as many as there
 * are free places. Returns the uids to promote.
 */
export function promotions(
  waiting: readonly Pick<EventRegistration, 'uid' | 'requestedAt'>[],
  freePlaces: number,
): string[] {
  return [...waiting]
    .sort((a, b) => a.requestedAt - b.requestedAt || a.uid.localeCompare(b.uid))
    .slice(0, Math.max(0, freePlaces))
    .map((registration) => registration.uid);
}

/** Where an event stands at a time, as the pages name it. */
export type EventPhase = 'scheduled' | 'underway' | 'over' | 'cancelled';

/**
 * Rule: a cancelled event is cancelled whatever the time; otherwise it is scheduled before its
 * start, under way from its start until its end, and over from its end.
 */
export function eventPhase(
  event: Pick<SeasonEvent, 'startsAt' | 'endsAt' | 'status'>,
  now: number,
): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  if (now < event.startsAt) return 'scheduled';
  return now < event.endsAt ? 'underway' : 'over';
}

/** Rule: people may register or unregister until the event starts, unless it is cancelled. */
export function registrationOpen(
  event: Pick<SeasonEvent, 'startsAt' | 'status'>,
  now: number,
): boolean {
  return event.status === 'scheduled' && now < event.startsAt;
}

/** Rule: attendance is marked from the event's start, for people holding a place (not waiting). */
export function attendanceOpen(event: Pick<SeasonEvent, 'startsAt' | 'status'>, now: number) {
  return event.status === 'scheduled' && now >= event.startsAt;
}

const eventId = documentIdSchema('validation.eventId', 64);

const localizedText = (min: number, max: number) => {
  const line = typedText({
    min,
    max,
    tooShort: 'validation.textTooShort',
    tooLong: 'validation.textTooLong',
  });
  return z.object({ fr: line, en: line });
};

const instant = z
  .number({ error: 'validation.date' })
  .int({ error: 'validation.date' })
  .min(Date.UTC(2020, 0, 1), { error: 'validation.date' })
  .max(Date.UTC(2100, 0, 1), { error: 'validation.date' });

const httpUrl = z
  .string({ error: 'validation.eventLink' })
  .trim()
  .max(2000, { error: 'validation.eventLink' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'validation.eventLink' },
  );

/** saveEvent: create (eventId null) or edit an event of a season. */
export const saveEventPayloadSchema = z
  .strictObject({
    eventId: eventId.nullable().default(null),
    seasonId: documentIdSchema('validation.seasonId', 64),
    kind: z.enum(EVENT_KINDS, { error: 'validation.eventKind' }),
    title: localizedText(3, 120),
    description: localizedText(3, 2000),
    startsAt: instant,
    endsAt: instant,
    timeZone: z
      .string({ error: 'validation.timeZone' })
      .refine(isValidTimeZone, { error: 'validation.timeZone' }),
    place: typedText({ min: 0, max: 200, tooShort: 'validation.eventPlace' })
      .nullable()
      .default(null),
    onlineUrl: httpUrl.nullable().default(null),
    capacity: z
      .number({ error: 'validation.eventCapacity' })
      .int({ error: 'validation.eventCapacity' })
      .min(1, { error: 'validation.eventCapacity' })
      .max(10_000, { error: 'validation.eventCapacity' }),
    actionId: z
      .string({ error: 'validation.actionIds' })
      .max(64, { error: 'validation.actionIds' })
      .regex(ACTION_ID_PATTERN, { error: 'validation.actionIds' }),
  })
  .superRefine((event, context) => {
    if (event.endsAt <= event.startsAt) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
    }
    if (!event.place && !event.onlineUrl) {
      context.addIssue({ code: 'custom', path: ['place'], message: 'validation.eventWhere' });
    }
  });
export type SaveEventPayload = z.infer<typeof saveEventPayloadSchema>;

/** cancelEvent, registerForEvent, unregisterFromEvent: one event. */
export const eventPayloadSchema = z.strictObject({ eventId });

/** markAttendance: the given people, or every person holding a place. */
export const attendancePayloadSchema = z.strictObject({
  eventId,
  uids: z
    .union([
      z.literal('allRegistered'),
      z
        .array(documentIdSchema('validation.uid', 128))
        .min(1, { error: 'validation.uid' })
        .max(500, { error: 'validation.uid' }),
    ])
    .default('allRegistered'),
});
