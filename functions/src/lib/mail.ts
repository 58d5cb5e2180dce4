// The outbox of mail and its one way out. A function queues a mail in the transaction that makes
// it true (queueMail); deliverMail sends it when it is due, to the address Auth holds at that
// moment, if the person still wants that kind, through the SMTP server SMTP_URL names. The
// address is never stored in the outbox nor logged. deliverDueMail (scheduled) sends what quiet
// hours held back and tries failures again.
import { getAuth } from 'firebase-admin/auth';
import {
  FieldPath,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from 'firebase-admin/firestore';
import type { Transporter } from 'nodemailer';
import {
  MAIL_RETRY,
  mailAllowed,
  mailLanguage,
  mailRetryDelay,
  mailSendableAt,
  renderMail,
  type MailBody,
  type MailKind,
  type MailPreferences,
  type QueuedMail,
} from '../../../src/domain/mail';
import { PATHS } from '../../../src/domain/paths';
import { mailSettings, unsubscribeUrl } from './mail-settings';
import { textsIn } from './mail-texts';
import { db } from './admin';
import type { MeteredTransaction } from './meter';

export const mailRef = (id: string) => db.collection(PATHS.mail).doc(id);
export const mailPreferencesRef = (uid: string) => db.collection(PATHS.mailPreferences).doc(uid);

/** Queues one mail for `uid` (a set under a given id: a replay queues it once). */
export function queueMail(
  mt: MeteredTransaction,
  id: string,
  uid: string,
  body: MailBody,
  now: number,
  timeZone: string,
  expiresAt?: number,
): void {
  const mail: QueuedMail = {
    uid,
    body,
    ...(expiresAt === undefined ? {} : { expiresAt }),
    timeZone,
    queuedAt: now,
    notBefore: mailSendableAt(now, timeZone),
    status: 'pending',
    attempts: 0,
  };
  mt.set(mailRef(id), mail);
}

const transports = new Map<string, Promise<Transporter>>();

/** One pooled SMTP connection per instance and server, opened when the first mail leaves. */
function smtp(url: string) {
  let transport = transports.get(url);
  if (!transport) {
    transport = import('nodemailer').then(({ createTransport }) =>
      createTransport({ url, pool: true, maxConnections: 2, logger: false }),
    );
    transports.set(url, transport);
  }
  return transport;
}

export type DeliveryOutcome = 'sent' | 'declined' | 'later' | 'failed' | 'done';

/** A claim older than this is a crashed delivery: another may take the mail over. */
const CLAIM_MS = 2 * 60 * 1000;

/**
 * Sends one queued mail if it is due at `now`: claims it in a transaction (so two deliveries do
 * not both send), checks the person's choice, sends, then records what happened. A failure is
 * tried again later, up to MAIL_RETRY.attempts times.
 */
export async function deliverMail(id: string, now: number): Promise<DeliveryOutcome> {
  const claimed = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(mailRef(id));
    const mail = snapshot.data() as (QueuedMail & { claimedAt?: number | null }) | undefined;
    if (!mail || mail.status !== 'pending') return 'done' as const;
    if (typeof mail.body?.kind !== 'string' || typeof mail.timeZone !== 'string') {
      tx.update(snapshot.ref, { status: 'failed', outcome: 'not a mail the outbox knows' });
      return 'failed' as const;
    }
    if (typeof mail.claimedAt === 'number' && now - mail.claimedAt < CLAIM_MS) {
      return 'later' as const;
    }
    const due = Math.max(mail.notBefore, mailSendableAt(now, mail.timeZone));
    if (mail.expiresAt !== undefined && due >= mail.expiresAt) {
      // Quiet hours (or retries) would deliver it too late: a reminder after the event's start.
      tx.update(snapshot.ref, { status: 'declined', outcome: 'too late to be of use' });
      return 'declined' as const;
    }
    if (due > now) {
      if (due !== mail.notBefore) tx.update(snapshot.ref, { notBefore: due });
      return 'later' as const;
    }
    const preferences = (await tx.get(mailPreferencesRef(mail.uid))).data() as
      MailPreferences | undefined;
    if (!mailAllowed(preferences, kindOf(mail.body))) {
      tx.update(snapshot.ref, { status: 'declined', outcome: 'turned off by the person' });
      return 'declined' as const;
    }
    tx.update(snapshot.ref, { claimedAt: now });
    return { mail, locale: mailLanguage(preferences) };
  });
  if (typeof claimed === 'string') return claimed;
  const { mail, locale } = claimed;
  const settle = (patch: Partial<QueuedMail>) => mailRef(id).update({ ...patch, claimedAt: null });
  /** A failure is tried again later, up to MAIL_RETRY.attempts times in all. */
  const failed = async (reason: string) => {
    const attempts = mail.attempts + 1;
    const again = attempts < MAIL_RETRY.attempts;
    await settle({
      status: again ? 'pending' : 'failed',
      attempts,
      notBefore: again ? now + mailRetryDelay(attempts) : mail.notBefore,
      outcome: reason.slice(0, 300),
    });
    return 'failed' as const;
  };
  let address: string | null = null;
  try {
    address = (await getAuth().getUser(mail.uid)).email ?? null;
  } catch (error) {
    // A person who is gone has no address; Auth not answering is worth another try.
    if ((error as { code?: string }).code !== 'auth/user-not-found') {
      return failed(`Auth: ${String((error as Error).message ?? error)}`);
    }
  }
  if (!address) {
    await settle({ status: 'declined', outcome: 'no address' });
    return 'declined';
  }
  const settings = mailSettings();
  if (!settings.smtpUrl || !settings.appUrl || !settings.secret) {
    await settle({
      status: 'failed',
      outcome: 'SMTP_URL, APP_URL or MAIL_TOKEN_SECRET is not set',
    });
    return 'failed';
  }
  const kind = kindOf(mail.body);
  const unsubscribe = unsubscribeUrl(mail.uid, kind);
  const rendered = renderMail(mail.body, locale, textsIn(locale), {
    appUrl: settings.appUrl,
    unsubscribe,
    timeZone: mail.timeZone,
    now,
  });
  try {
    const sender = await smtp(settings.smtpUrl);
    await sender.sendMail({
      from: settings.from,
      to: address,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: rendered.attachments.map((file) => ({ ...file })),
      headers: {
        'Content-Language': locale,
        // RFC 8058: a mail client may unsubscribe in one click, by a POST to this address.
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
  } catch (error) {
    // The server's answer, without the address it may quote.
    return failed(String((error as Error).message ?? error).replaceAll(address, '<address>'));
  }
  await settle({ status: 'sent', attempts: mail.attempts + 1, sentAt: now, outcome: 'sent' });
  return 'sent';
}

/** The switch a mail answers to. */
export function kindOf(body: MailBody): MailKind {
  return body.kind;
}

/**
 * Sends every queued mail due at `now`, a page at a time (a mail held again, by quiet hours or a
 * claim, is passed by the cursor); returns what became of each.
 */
export async function deliverDueMail(
  now: number,
  pageSize = 200,
): Promise<Record<DeliveryOutcome, number>> {
  const counts: Record<DeliveryOutcome, number> = {
    sent: 0,
    declined: 0,
    later: 0,
    failed: 0,
    done: 0,
  };
  const due = db
    .collection(PATHS.mail)
    .where('status', '==', 'pending')
    .where('notBefore', '<=', now)
    .orderBy('notBefore')
    .orderBy(FieldPath.documentId())
    .select('notBefore')
    .limit(pageSize);
  let after: QueryDocumentSnapshot | null = null;
  for (;;) {
    const page: QuerySnapshot = await (after ? due.startAfter(after) : due).get();
    for (const document of page.docs) counts[await deliverMail(document.id, now)] += 1;
    if (page.size < pageSize) return counts;
    after = page.docs[page.docs.length - 1] ?? null;
  }
}
