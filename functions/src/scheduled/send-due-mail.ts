// Every ten minutes: the mails quiet hours held back, and failures due for another try, leave.
// Scheduled functions never fire in the emulator: `npm start` and the tests call the handler.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { deliverDueMail } from '../lib/mail';

/** The handler: sends every mail due now, a page at a time. */
export async function sendDueMailNow(now = Date.now()) {
  return deliverDueMail(now);
}

export const sendDueMail = onSchedule(
  { schedule: 'every 10 minutes', timeoutSeconds: 300 },
  async () => {
    await sendDueMailNow();
  },
);
