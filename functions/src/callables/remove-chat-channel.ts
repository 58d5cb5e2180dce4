// Removes a chat channel: its summary, its URL and its signing secret. Deliveries still queued
// for it are given up when their turn comes.
import { chatChannelPayloadSchema, type ChatChannel } from '../../../src/domain/chat';
import { db } from '../lib/admin';
import { actorOf, notFound } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { requireChannelManager } from '../lib/chat-channels';
import { onCall } from '../lib/on-call';
import { chatRefs } from '../lib/posts';

export const removeChatChannel = onCall(async (request) => {
  const actor = actorOf(request);
  const { channelId } = parsePayload(chatChannelPayloadSchema, request.data);
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(chatRefs.channel(channelId));
    if (!snapshot.exists) throw notFound('This channel');
    await requireChannelManager(tx, actor, snapshot.data() as ChatChannel);
    tx.delete(chatRefs.channel(channelId));
    tx.delete(chatRefs.secret(channelId));
    tx.delete(chatRefs.signingKey(channelId));
    return { removed: channelId };
  });
});
