// The one fan-out of happenings: when one is recorded, its audience gets their notices (and
// mails, where they agreed), a page at a time; an unfinished one is finished by the scheduled
// pass (finishFanOuts).
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { fanOut } from '../lib/happenings';

export const onHappeningCreated = onDocumentCreated(
  // A whole season's fan-out takes a while: pages of 200 people, one transaction each.
  { document: 'happenings/{happeningId}', timeoutSeconds: 540 },
  async (event) => {
    // A fan-out that fails is finished by the scheduled pass (finishFanOuts); a trigger that
    // throws is killed, and takes the calls beside it in its worker along.
    await fanOut(event.params.happeningId).catch((error: unknown) => {
      console.error(`The fan-out of ${event.params.happeningId} stopped:`, error);
    });
  },
);
