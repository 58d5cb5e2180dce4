// How the events pages read a season's events: which are still to come, which match the
// filters, how many places are left, and where a person stands for each.
import {
  registrationOpen,
  type EventKind,
  type EventRegistration,
  type RegistrationStatus,
  type SeasonEvent,
} from './events';
import { seasonAction } from './game';
import type { Season } from './season';
import type { ThemeId } from './themes';

const byStart = (a: SeasonEvent, b: SeasonEvent) =>
  a.startsAt - b.startsAt || a.endsAt - b.endsAt || a.id.localeCompare(b.id);

/**
 * Rule: an event is upcoming until it ends (one under way is still upcoming); upcoming events
 * come soonest first, past ones most recent first.
 */
export function splitByTime(
  events: readonly SeasonEvent[],
  now: number,
): { upcoming: SeasonEvent[]; past: SeasonEvent[] } {
  const sorted = [...events].sort(byStart);
  return {
    upcoming: sorted.filter((event) => event.endsAt > now),
    past: sorted.filter((event) => event.endsAt <= now).reverse(),
  };
}

export interface EventFilter {
  readonly kind?: EventKind | undefined;
  readonly theme?: ThemeId | undefined;
}

/**
 * Rule: an event matches when it is of the chosen kind and the action its attendance validates
 * belongs to the chosen theme (each only when chosen); an event whose action the season no
 * longer counts matches no theme.
 */
export function filterEvents(
  events: readonly SeasonEvent[],
  filter: EventFilter,
  season: Pick<Season, 'actionIds' | 'customActions'>,
): SeasonEvent[] {
  return events.filter((event) => {
    if (filter.kind && event.kind !== filter.kind) return false;
    if (filter.theme && seasonAction(season, event.actionId)?.theme !== filter.theme) return false;
    return true;
  });
}

/** Rule: the places left are the capacity minus the people holding one, never below zero. */
export function placesLeft(event: Pick<SeasonEvent, 'capacity' | 'registeredCount'>): number {
  return Math.max(0, event.capacity - event.registeredCount);
}

/** A person's registrations by event id, keeping only the two statuses that hold a spot. */
export function statusByEvent(
  registrations: readonly Pick<EventRegistration, 'eventId' | 'status'>[],
): ReadonlyMap<string, RegistrationStatus> {
  return new Map(
    registrations
      .filter(
        (registration) => registration.status === 'registered' || registration.status === 'waiting',
      )
      .map((registration) => [registration.eventId, registration.status]),
  );
}

/** What the events page offers a person for one event. */
export type EventOffer = 'register' | 'unregister' | 'closed' | 'cancelled';

/**
 * Rule: a cancelled event offers nothing but says so; while registrations are open, a person
 * without a spot may register and one holding a place or waiting may unregister; otherwise
 * registrations are closed.
 */
export function offerFor(
  event: Pick<SeasonEvent, 'startsAt' | 'status'>,
  status: RegistrationStatus | null,
  now: number,
): EventOffer {
  if (event.status === 'cancelled') return 'cancelled';
  if (!registrationOpen(event, now)) return 'closed';
  return status ? 'unregister' : 'register';
}

/**
 * Rule: my events are those I hold a place for or wait for, soonest first; cancelled ones stay
 * listed so I learn of the cancellation.
 */
export function myEvents(
  events: readonly SeasonEvent[],
  statuses: ReadonlyMap<string, RegistrationStatus>,
): { event: SeasonEvent; status: RegistrationStatus }[] {
  return [...events].sort(byStart).flatMap((event) => {
    const status = statuses.get(event.id);
    return status ? [{ event, status }] : [];
  });
}

/**
 * Rule: the attendance list shows the people holding a place first, then the waiting list, each
 * in the order they asked (the order the waiting list is served).
 */
export function attendanceOrder(registrations: readonly EventRegistration[]): EventRegistration[] {
  const rank = (registration: EventRegistration) => (registration.status === 'registered' ? 0 : 1);
  return [...registrations].sort(
    (a, b) => rank(a) - rank(b) || a.requestedAt - b.requestedAt || a.uid.localeCompare(b.uid),
  );
}

/** Rule: a link is shown, and put in a calendar, only when it is an http or https address. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
