// Where notifications live and the one way the functions write one: for one person, unread, at a
// time the caller gives (the transaction's clock), under an id that makes a replay rewrite it.
import type { Notification, NotificationBody } from '../../../src/domain/notifications';
import { NOTIFICATION_PATHS } from '../../../src/domain/paths';
import { db } from './admin';
import type { MeteredTransaction } from './meter';

export const notificationRef = (id: string) =>
  db.collection(NOTIFICATION_PATHS.notifications).doc(id);

/** Writes one unread notification (a set: the same id twice leaves one). */
export function writeNotification(
  mt: MeteredTransaction,
  id: string,
  uid: string,
  at: number,
  body: NotificationBody,
): void {
  const notification: Notification = { ...body, uid, at, read: false };
  mt.set(notificationRef(id), notification);
}
