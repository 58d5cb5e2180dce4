// A mail leaves as soon as it is queued, unless quiet hours hold it (it then waits, pending, for
// the sweep of sendDueMail after 08:00).
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { deliverMail } from '../lib/mail';

export const onMailQueued = onDocumentCreated('mail/{mailId}', async (event) => {
  await deliverMail(event.params.mailId, Date.now());
});
