// A person marks one of their own notifications read. Someone else's is refused, whoever asks.
import { command } from '../lib/on-call';
import { type Notification } from '../../../src/domain/notifications';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { notificationRef } from '../lib/notifications';
import { metered, noOps, opsForBench } from '../lib/meter';
import { refusal } from '../lib/submissions';

export const dismissNotification = command(
  'dismissNotification',
  async ({ actor, input: { notificationId } }) => {
    const ops = noOps();
    const result = await db.runTransaction(async (tx) => {
      const mt = metered(tx, ops);
      const ref = notificationRef(notificationId);
      const snapshot = await mt.get(ref);
      if (!snapshot.exists) throw notFound('This notification');
      const notification = snapshot.data() as Notification;
      if (notification.uid !== actor.uid) {
        throw refusal('notificationNotYours', 'This notification is someone else’s.');
      }
      if (!notification.read) mt.update(ref, { read: true });
      return { read: true as const };
    });
    return { ...result, ...opsForBench(ops) };
  },
);
