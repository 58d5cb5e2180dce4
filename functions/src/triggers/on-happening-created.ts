// The one fan-out of happenings: when one is recorded, its audience gets their notices (and
// mails, where they agreed), a page at a time; an unfinished one is finished by the scheduled
// pass (finishFanOuts).
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { fanOut } from '../lib/happenings';

export const onHappeningCreated = onDocumentCreated(
  // A whole season's fan-out takes a while: pages of 200 people, one transaction each.
  { document: 'happenings/{happeningId}', timeoutSeconds: 540 },
  async (event) => {
    await fanOut(event.params.happeningId);
  },
);
