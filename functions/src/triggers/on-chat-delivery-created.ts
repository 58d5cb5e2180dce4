// A delivery of a chat-tool post or a signed webhook is sent as soon as it is queued; a failure
// waits for the scheduled retries.
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { CHAT_PATHS } from '../../../src/domain/chat';
import { deliverOne } from '../lib/posts';

export const onChatDeliveryCreated = onDocumentCreated(
  { document: `${CHAT_PATHS.deliveries}/{deliveryId}`, timeoutSeconds: 30 },
  async (event) => {
    await deliverOne(event.params.deliveryId);
  },
);
