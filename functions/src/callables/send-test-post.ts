// Sends a test post to a channel through the outbox, so it shows in the delivery log like any
// other post (with its error, if the tool refuses it).
import {
  CHAT_PATHS,
  slackPayload,
  teamsPayload,
  testPostText,
  type ChatChannel,
} from '../../../src/domain/chat';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { requireChannelManager } from '../lib/chat-channels';
import { command } from '../lib/on-call';
import { appUrl, chatRefs, newDelivery, seasonName } from '../lib/posts';

export const sendTestPost = command('sendTestPost', async ({ actor, input: { channelId } }) => {
  const channel = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(chatRefs.channel(channelId));
    if (!snapshot.exists) throw notFound('This channel');
    const found = snapshot.data() as ChatChannel;
    await requireChannelManager(tx, actor, found);
    return found;
  });
  const now = Date.now();
  const happeningId = `test-${now}`;
  const text = testPostText({
    seasonName: await seasonName(channel.seasonId),
    appUrl: appUrl(),
    language: channel.language,
  });
  const body =
    channel.kind === 'slack'
      ? slackPayload(text)
      : channel.kind === 'teams'
        ? teamsPayload(text)
        : {
            id: happeningId,
            type: 'test',
            seasonId: channel.seasonId,
            occurredAt: now,
            data: { title: text.title },
          };
  const deliveryId = CHAT_PATHS.deliveryId(happeningId, channelId);
  await chatRefs.delivery(deliveryId).create({
    ...newDelivery(channelId, channel, happeningId, 'test', JSON.stringify(body), now),
    claimedUntil: 0,
  });
  return { deliveryId };
});
