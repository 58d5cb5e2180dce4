// A mail leaves as soon as it is queued, unless quiet hours hold it (it then waits, pending, for
// the sweep of sendDueMail after 08:00).
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { deliverMail } from '../lib/mail';

export const onMailQueued = onDocumentCreated('mail/{mailId}', async (event) => {
  // A delivery that fails here is tried again by the sweep (sendDueMail); a trigger that throws
  // is killed, and takes the calls beside it in its worker along.
  await deliverMail(event.params.mailId, Date.now()).catch((error: unknown) => {
    console.error(`Mail ${event.params.mailId} was not delivered now:`, error);
  });
});
