// A delivery of a chat-tool post or a signed webhook is sent as soon as it is queued; a failure
// waits for the scheduled retries.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { CHAT_PATHS } from '../../../src/domain/chat';
import { deliverOne } from '../lib/posts';

export const onChatDeliveryCreated = onDocumentCreated(
  { document: `${CHAT_PATHS.deliveries}/{deliveryId}`, timeoutSeconds: 30 },
  async (event) => {
    // A delivery that fails here is tried again by the sweep (deliverDuePosts); a trigger that
    // throws is killed, and takes the calls beside it in its worker along.
    await deliverOne(event.params.deliveryId).catch((error: unknown) => {
      console.error(`Chat delivery ${event.params.deliveryId} was not sent now:`, error);
    });
  },
);
