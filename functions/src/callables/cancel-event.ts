// Organisers cancel an event: everyone registered or waiting gets a notification. Once cancelled,
// nobody can register or unregister, so the list read with the cancellation is final; a second
// call only writes notifications a failed first call left out, so it usually changes nothing.
import { command } from '../lib/on-call';
import { type SeasonEvent } from '../../../src/domain/events';
import { NOTIFICATION_PATHS } from '../../../src/domain/paths';
import { db } from '../lib/admin';
import {
  eventRefs,
  PEOPLE_PER_TRANSACTION,
  readEvent,
  registrationsOf,
  slices,
} from '../lib/events';
import { notificationRef, writeNotification } from '../lib/notifications';
import { metered, noOps, opsForBench, type MeteredTransaction } from '../lib/meter';

/** Writes the cancellation notice of the people who do not have it yet (reads, then writes). */
async function notify(
  mt: MeteredTransaction,
  event: SeasonEvent,
  uids: readonly string[],
  now: number,
): Promise<() => void> {
  if (uids.length === 0) return () => undefined;
  const refs = uids.map((uid) => notificationRef(NOTIFICATION_PATHS.cancelledId(event.id, uid)));
  const existing = await mt.getAll(...refs);
  return () => {
    existing.forEach((snapshot, index) => {
      const uid = uids[index];
      if (snapshot.exists || !uid) return;
      writeNotification(mt, snapshot.id, uid, now, {
        kind: 'eventCancelled',
        eventId: event.id,
        title: event.title,
      });
    });
  };
}

export const cancelEvent = command('cancelEvent', async ({ actor, input: { eventId } }) => {
  const ops = noOps();
  const first = await db.runTransaction(async (tx) => {
    const mt = metered(tx, ops);
    const now = Date.now();
    const event = await readEvent(mt, eventId, actor);
    const uids = (await registrationsOf(mt, eventId)).map((registration) => registration.uid);
    const [slice = [], ...rest] = slices(uids, PEOPLE_PER_TRANSACTION);
    const writeNotices = await notify(mt, event, slice, now);
    if (event.status !== 'cancelled') {
      mt.update(eventRefs.event(eventId), { status: 'cancelled', updatedAt: now });
    }
    writeNotices();
    return { event, rest, notified: uids.length };
  });
  for (const slice of first.rest) {
    await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      (await notify(mt, first.event, slice, Date.now()))();
    });
  }
  return { status: 'cancelled' as const, notified: first.notified, ...opsForBench(ops) };
});
