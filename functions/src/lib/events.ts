// What the event commands share: where events and registrations live, typed
// reads, and promoting people from a waiting list as places free up.
import {
  EVENT_PATHS,
  promotions,
  registrationOpen,
  type EventRegistration,
  type SeasonEvent,
} from '../../../src/domain/events';
import type { Actor } from '../../../src/domain/roles';
import { seasonVisibleTo, type Season } from '../../../src/domain/season';
import type { Transaction } from 'firebase-admin/firestore';
import { db } from './admin';
import { notFound } from './authorise';
import { metered, noOps, opsForBench, type MeteredTransaction, type Ops } from './meter';
import { refusal } from './submissions';

export const eventRefs = {
  event: (id: string) => db.collection(EVENT_PATHS.events).doc(id),
  newEvent: () => db.collection(EVENT_PATHS.events).doc(),
  registration: (eventId: string, uid: string) =>
    db.collection(EVENT_PATHS.registrations).doc(EVENT_PATHS.registrationId(eventId, uid)),
};

/** Firestore transactions take at most 500 writes: work on many people goes in slices. */
export const PEOPLE_PER_TRANSACTION = 150;

export function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/** The event as `actor` may see it: one of a draft season is not-found to all but organisers. */
export async function readEvent(
  mt: MeteredTransaction,
  eventId: string,
  actor: Pick<Actor, 'organiser'>,
): Promise<SeasonEvent> {
  const snapshot = await mt.get(eventRefs.event(eventId));
  if (!snapshot.exists) throw notFound('This event');
  const event = { ...(snapshot.data() as Omit<SeasonEvent, 'id'>), id: snapshot.id };
  if (!actor.organiser) {
    const season = await mt.get(db.collection('seasons').doc(event.seasonId));
    if (!season.exists || !seasonVisibleTo(season.data() as Season, actor)) {
      throw notFound('This event');
    }
  }
  return event;
}

/** Throws the refusal when the event no longer takes registrations (or departures). */
export function requireRegistrationOpen(event: SeasonEvent, now: number): void {
  if (event.status === 'cancelled') throw refusal('eventCancelled', 'This event is cancelled.');
  if (!registrationOpen(event, now)) {
    throw refusal('eventClosed', 'Registration for this event has closed: it has started.');
  }
}

export async function readRegistration(
  mt: MeteredTransaction,
  eventId: string,
  uid: string,
): Promise<EventRegistration | null> {
  const snapshot = await mt.get(eventRefs.registration(eventId, uid));
  return snapshot.exists ? (snapshot.data() as EventRegistration) : null;
}

/** What a step on one person's registration works with, read in its transaction. */
export interface RegistrationStep {
  readonly tx: Transaction;
  readonly mt: MeteredTransaction;
  readonly ops: Ops;
  readonly uid: string;
  readonly now: number;
  readonly event: SeasonEvent;
  /** The person's registration, null when they have none. */
  readonly registration: EventRegistration | null;
}

/**
 * Runs `step` in a transaction that has read the event (as the actor may see it) and the actor's
 * registration; answers the step's result with, for the bench, the operations it counted.
 */
export async function inRegistration<T extends object>(
  actor: Actor,
  eventId: string,
  step: (context: RegistrationStep) => Promise<T>,
): Promise<T & { ops?: Ops }> {
  const uid = actor.uid as string;
  const ops = noOps();
  const result = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const event = await readEvent(mt, eventId, actor);
    const registration = await readRegistration(mt, eventId, uid);
    return step({ tx, mt, ops, uid, now, event, registration });
  });
  return { ...result, ...opsForBench(ops) };
}

/** The event's registrations, all of them or those in one status (equality filters only). */
export async function registrationsOf(
  mt: MeteredTransaction,
  eventId: string,
  status?: EventRegistration['status'],
): Promise<EventRegistration[]> {
  const byEvent = db.collection(EVENT_PATHS.registrations).where('eventId', '==', eventId);
  const query = status ? byEvent.where('status', '==', status) : byEvent;
  const snapshot = await mt.query(query);
  return snapshot.docs.map((document) => document.data() as EventRegistration);
}

/**
 * Reads the waiting list and picks who takes the event's free places, in the order of
 * promotions(), at most `max` of them (the rest wait for the next transaction). Returns them
 * with a writer to call once every read of the transaction is done.
 */
export async function promotionsFor(
  mt: MeteredTransaction,
  event: Pick<SeasonEvent, 'id' | 'capacity'>,
  registeredCount: number,
  max: number,
): Promise<{ promoted: string[]; write: () => void }> {
  const freePlaces = Math.min(max, event.capacity - registeredCount);
  if (freePlaces <= 0) return { promoted: [], write: () => undefined };
  const waiting = await registrationsOf(mt, event.id, 'waiting');
  const promoted = promotions(waiting, freePlaces);
  return {
    promoted,
    write: () => {
      for (const uid of promoted) {
        mt.update(eventRefs.registration(event.id, uid), { status: 'registered' });
      }
    },
  };
}

/**
 * Takes a person off an event (their registration goes): a place they held goes to the person
 * waiting longest, the only place that frees up, so at most one promotion. Reads now; returns
 * the writer to call once every read of the transaction is done.
 */
export async function leaveEvent(
  mt: MeteredTransaction,
  event: SeasonEvent,
  registration: Pick<EventRegistration, 'uid' | 'status'>,
  now: number,
): Promise<() => void> {
  const heldPlace = registration.status === 'registered';
  const registeredCount = event.registeredCount - (heldPlace ? 1 : 0);
  const { promoted, write } = heldPlace
    ? await promotionsFor(mt, event, registeredCount, 1)
    : { promoted: [], write: () => undefined };
  return () => {
    mt.delete(eventRefs.registration(event.id, registration.uid));
    write();
    mt.update(eventRefs.event(event.id), {
      registeredCount: registeredCount + promoted.length,
      waitingCount: Math.max(0, event.waitingCount - (heldPlace ? promoted.length : 1)),
      updatedAt: now,
    });
  };
}

/**
 * Promotes people in further transactions while the event has free places and people wait: what
 * one transaction could not write (a capacity raised by more than PEOPLE_PER_TRANSACTION).
 */
export async function fillFreePlaces(eventId: string, ops: Ops): Promise<void> {
  for (;;) {
    const promotedCount = await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      // The functions' own follow-up work: it sees every event, as organisers do.
      const event = await readEvent(mt, eventId, { organiser: true });
      if (event.status !== 'scheduled') return 0;
      const { promoted, write } = await promotionsFor(
        mt,
        event,
        event.registeredCount,
        PEOPLE_PER_TRANSACTION,
      );
      if (promoted.length === 0) return 0;
      write();
      mt.update(eventRefs.event(eventId), {
        registeredCount: event.registeredCount + promoted.length,
        waitingCount: Math.max(0, event.waitingCount - promoted.length),
        updatedAt: Date.now(),
      });
      return promoted.length;
    });
    if (promotedCount < PEOPLE_PER_TRANSACTION) return;
  }
}
