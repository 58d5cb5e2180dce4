// A person marks all their unread notifications read, page by page (a batch holds 500 writes).
// Running it twice, or beside a new notification, is harmless: each page reads what is unread now.
import { command } from '../lib/on-call';
import { NOTIFICATION_PATHS } from '../../../src/domain/paths';
import { db } from '../lib/admin';

const PAGE = 400;

export const readAllNotifications = command('readAllNotifications', async ({ actor }) => {
  const unread = db
    .collection(NOTIFICATION_PATHS.notifications)
    .where('uid', '==', actor.uid)
    .where('read', '==', false)
    .limit(PAGE);
  let read = 0;
  for (;;) {
    const page = await unread.get();
    if (page.empty) break;
    const batch = db.batch();
    for (const document of page.docs) batch.update(document.ref, { read: true });
    await batch.commit();
    read += page.size;
    if (page.size < PAGE) break;
  }
  return { read };
});
