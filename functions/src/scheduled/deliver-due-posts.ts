// Every five minutes, the chat-tool posts and signed webhooks whose retry is due are sent again.
// Scheduled functions never fire in the emulator: the handler is exported and tested directly.
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { deliverDue } from '../lib/posts';

/** Sends the deliveries due at `now` (pending, or failed with their next attempt passed). */
export function deliverDuePosts(now: number): Promise<{ tried: number; sent: number }> {
  return deliverDue(now);
}

export const deliverDuePostsEveryFiveMinutes = onSchedule(
  { schedule: 'every 5 minutes', timeoutSeconds: 300 },
  async () => {
    await deliverDuePosts(Date.now());
  },
);
