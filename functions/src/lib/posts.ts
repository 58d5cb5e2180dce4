// The outbox of chat-tool posts and signed webhooks: a happening is queued as one delivery per
// channel that should receive it (`chatDeliveries/{happeningId}__{channelId}`, so queueing twice
// posts once); a trigger delivers each at once, and a scheduled job retries failed ones with the
// backoff of the domain's retry rule. A claim in a transaction keeps two runs from both sending.
import type { DocumentReference } from 'firebase-admin/firestore';
import {
  CHAT_PATHS,
  channelReceives,
  postBody,
  retryDelay,
  type ChatChannel,
  type ChatChannelSecret,
  type ChatDelivery,
  type PostContext,
} from '../../../src/domain/chat';
import type { Happening } from '../../../src/domain/happenings';
import { db } from './admin';
import { refs } from './documents';
import { safePost } from './safe-post';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

/** Where the app is, for the footer of posts. */
export const appUrl = () => process.env.APP_URL ?? 'http://127.0.0.1:5000';

/** How long a claimed delivery is left to the run that claimed it before another may retry. */
const CLAIM_MS = 60_000;

export const chatRefs = {
  channel: (id: string) => db.collection(CHAT_PATHS.channels).doc(id),
  secret: (id: string) => db.collection(CHAT_PATHS.channelSecrets).doc(id),
  signingKey: (id: string) => db.collection(CHAT_PATHS.signingKeys).doc(id),
  delivery: (id: string) => db.collection(CHAT_PATHS.deliveries).doc(id),
};

export async function seasonName(seasonId: string): Promise<string> {
  const season = await refs.season(seasonId).get();
  return (season.get('name') as string | undefined) ?? seasonId;
}

/** Writes a delivery unless it exists; true when this call wrote it. */
async function createOnce(ref: DocumentReference, delivery: ChatDelivery): Promise<boolean> {
  try {
    await ref.create({ ...delivery, claimedUntil: 0 });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 6) return false; // ALREADY_EXISTS
    throw error;
  }
}

/** A delivery, pending, of this body to this channel. */
export function newDelivery(
  channelId: string,
  channel: ChatChannel,
  happeningId: string,
  happeningKind: ChatDelivery['happeningKind'],
  body: string,
  now: number,
): ChatDelivery {
  return {
    channelId,
    happeningId,
    happeningKind,
    scope: channel.scope,
    seasonId: channel.seasonId,
    teamId: channel.teamId,
    body,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    httpStatus: null,
    sentAt: null,
    at: now,
  };
}

/**
 * THE ENTRY POINT of the fan-out for posts: finds the channels of the happening's season that
 * should receive it (the season and organisers' channels, the team channels of the teams it
 * concerns, signed webhooks for every kind) and writes one delivery each. Returns how many it
 * wrote: a second call for the same happening writes none.
 */
export async function queuePostsForHappening(
  happeningId: string,
  happening: Happening,
): Promise<number> {
  const channels = await db
    .collection(CHAT_PATHS.channels)
    .where('seasonId', '==', happening.seasonId)
    .get();
  const receiving = channels.docs.filter((document) =>
    channelReceives(document.data() as ChatChannel, happening),
  );
  if (receiving.length === 0) return 0;
  const name = await seasonName(happening.seasonId);
  const now = Date.now();
  let written = 0;
  for (const document of receiving) {
    const channel = document.data() as ChatChannel;
    const context: PostContext = { seasonName: name, appUrl: appUrl(), language: channel.language };
    const body = postBody(channel.kind, happeningId, happening, context);
    const ref = chatRefs.delivery(CHAT_PATHS.deliveryId(happeningId, document.id));
    const delivery = newDelivery(document.id, channel, happeningId, happening.kind, body, now);
    if (await createOnce(ref, delivery)) written += 1;
  }
  return written;
}

/** Takes the delivery for this run when it is due and nobody else holds it. */
async function claim(id: string, now: number): Promise<ChatDelivery | null> {
  return db.runTransaction(async (tx) => {
    const snapshot = await tx.get(chatRefs.delivery(id));
    if (!snapshot.exists) return null;
    const delivery = snapshot.data() as ChatDelivery & { claimedUntil?: number };
    const due =
      (delivery.status === 'pending' || delivery.status === 'failed') &&
      (delivery.nextAttemptAt ?? 0) <= now &&
      (delivery.claimedUntil ?? 0) <= now;
    if (!due) return null;
    tx.update(snapshot.ref, { claimedUntil: now + CLAIM_MS });
    return delivery;
  });
}

/**
 * Sends one delivery if it is due, and records how it went: sent, or failed with the next
 * attempt's time, or given up after the last one. Answers whether it sent.
 */
export async function deliverOne(id: string, now: number = Date.now()): Promise<boolean> {
  const delivery = await claim(id, now);
  if (!delivery) return false;
  const [channelSnapshot, secretSnapshot] = await Promise.all([
    chatRefs.channel(delivery.channelId).get(),
    chatRefs.secret(delivery.channelId).get(),
  ]);
  const ref = chatRefs.delivery(id);
  const attempts = delivery.attempts + 1;
  if (!channelSnapshot.exists || !secretSnapshot.exists) {
    await ref.update({
      status: 'gaveUp',
      attempts,
      nextAttemptAt: null,
      lastError: 'channel removed',
      claimedUntil: 0,
    });
    return false;
  }
  const channel = channelSnapshot.data() as ChatChannel;
  const { url } = secretSnapshot.data() as ChatChannelSecret;
  const headers: Record<string, string> = {};
  if (channel.kind === 'webhook') {
    const key = await chatRefs.signingKey(delivery.channelId).get();
    const secret = key.get('secret') as string | undefined;
    if (secret) {
      headers[SIGNATURE_HEADER] = signatureHeader(secret, delivery.body, Date.now() / 1000);
    }
    headers[EVENT_ID_HEADER] = delivery.happeningId;
  }
  const outcome = await safePost(url, channel.kind, delivery.body, headers);
  const done = Date.now();
  if (outcome.ok) {
    await ref.update({
      status: 'sent',
      attempts,
      nextAttemptAt: null,
      lastError: null,
      httpStatus: outcome.httpStatus,
      sentAt: done,
      claimedUntil: 0,
    });
    return true;
  }
  const delay = retryDelay(attempts);
  await ref.update({
    status: delay === null ? 'gaveUp' : 'failed',
    attempts,
    nextAttemptAt: delay === null ? null : now + delay,
    lastError: outcome.error.slice(0, 200),
    httpStatus: outcome.httpStatus,
    claimedUntil: 0,
  });
  return false;
}

/** Retries every delivery whose next attempt is due at `now`; answers how many were sent. */
export async function deliverDue(now: number): Promise<{ tried: number; sent: number }> {
  const due = await db
    .collection(CHAT_PATHS.deliveries)
    .where('status', 'in', ['pending', 'failed'])
    .where('nextAttemptAt', '<=', now)
    .select()
    .limit(200)
    .get();
  let sent = 0;
  for (const document of due.docs) {
    if (await deliverOne(document.id, now)) sent += 1;
  }
  return { tried: due.size, sent };
}

/**
 * The hours after which the season's organisers' channels want a backlog alert (the smallest of
 * them), or null when no such channel is set: for whoever writes `reviewBacklog` happenings
 * with `overdue: true`.
 */
export async function backlogAlertHoursOf(seasonId: string): Promise<number | null> {
  const channels = await db
    .collection(CHAT_PATHS.channels)
    .where('seasonId', '==', seasonId)
    .where('scope', '==', 'organisers')
    .get();
  const hours = channels.docs
    .map((document) => (document.data() as ChatChannel).backlogAlertHours)
    .filter((value): value is number => typeof value === 'number');
  return hours.length > 0 ? Math.min(...hours) : null;
}
