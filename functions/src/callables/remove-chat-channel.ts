// Removes a chat channel: its summary, its URL and its signing secret. Deliveries still queued
// for it are given up when their turn comes.
import { type ChatChannel } from '../../../src/domain/chat';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { requireChannelManager } from '../lib/chat-channels';
import { command } from '../lib/on-call';
import { chatRefs } from '../lib/posts';

export const removeChatChannel = command(
  'removeChatChannel',
  async ({ actor, input: { channelId } }) => {
    return db.runTransaction(async (tx) => {
      const snapshot = await tx.get(chatRefs.channel(channelId));
      if (!snapshot.exists) throw notFound('This channel');
      await requireChannelManager(tx, actor, snapshot.data() as ChatChannel);
      tx.delete(chatRefs.channel(channelId));
      tx.delete(chatRefs.secret(channelId));
      tx.delete(chatRefs.signingKey(channelId));
      return { removed: channelId };
    });
  },
);
