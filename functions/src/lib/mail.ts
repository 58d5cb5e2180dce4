// The outbox of mail and its one way out. A function queues a mail in the transaction that makes
// it true (queueMail); deliverMail sends it when it is due, to the address Auth holds at that
// moment, if the person still wants that kind, through the SMTP server SMTP_URL names. The
// address is never stored in the outbox nor logged. deliverDueMail (scheduled) sends what quiet
// hours held back and tries failures again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuth } from 'firebase-admin/auth';
import i18next from 'i18next';
import type { Transporter } from 'nodemailer';
import {
  MAIL_KINDS,
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
import type { Locale } from '../../../src/domain/themes';
import en from '../../../src/i18n/en.json';
import fr from '../../../src/i18n/fr.json';
import { db } from './admin';
import type { MeteredTransaction } from './meter';

const EMULATED = process.env.FUNCTIONS_EMULATOR === 'true';

/**
 * Where mail goes and what it links to: functions/.env in a real project (see the README). On the
 * emulators each has a local default: the mail catcher `npm start` runs, the hosting emulator.
 */
export function mailSettings() {
  return {
    smtpUrl: process.env.SMTP_URL ?? (EMULATED ? 'smtp://127.0.0.1:1025' : ''),
    from: process.env.MAIL_FROM ?? 'Tech for Good Challenge <no-reply@tech-for-good.invalid>',
    appUrl: (process.env.APP_URL ?? (EMULATED ? 'http://127.0.0.1:5000' : '')).replace(/\/$/, ''),
    secret: process.env.MAIL_TOKEN_SECRET ?? (EMULATED ? 'emulator-only-mail-token-secret' : ''),
  };
}

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
): void {
  const mail: QueuedMail = {
    uid,
    body,
    timeZone,
    queuedAt: now,
    notBefore: mailSendableAt(now, timeZone),
    status: 'pending',
    attempts: 0,
  };
  mt.set(mailRef(id), mail);
}

const signature = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`unsubscribe\n${payload}`).digest('base64url');

/** A token that turns one kind of mail off for one person, without signing in. */
export function unsubscribeToken(uid: string, kind: MailKind): string {
  const payload = Buffer.from(`${uid}\n${kind}`).toString('base64url');
  return `${payload}.${signature(mailSettings().secret, payload)}`;
}

/** The person and kind a token names, or null when it is malformed or not signed by us. */
export function readUnsubscribeToken(token: unknown): { uid: string; kind: MailKind } | null {
  const { secret } = mailSettings();
  if (typeof token !== 'string' || token.length > 400 || !secret) return null;
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0) return null;
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [uid, kind, ...more] = Buffer.from(payload, 'base64url').toString('utf8').split('\n');
  if (!uid || more.length > 0 || !Object.hasOwn(MAIL_KINDS, kind ?? '')) return null;
  return { uid, kind: kind as MailKind };
}

const texts = i18next.createInstance();
void texts.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  fallbackLng: 'fr',
  initAsync: false,
  // The renderer escapes what goes into HTML itself; the plain-text part must stay as written.
  interpolation: { escapeValue: false },
});

/** The translator of one language, for mails and the unsubscribe page. */
export const textsIn = (locale: Locale) => texts.getFixedT(locale);

export const unsubscribeUrl = (uid: string, kind: MailKind) =>
  `${mailSettings().appUrl}/unsubscribe?t=${unsubscribeToken(uid, kind)}`;

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
    const mail = snapshot.data() as (QueuedMail & { claimedAt?: number }) | undefined;
    if (!mail || mail.status === 'sent' || mail.status === 'declined') return 'done' as const;
    if (mail.attempts >= MAIL_RETRY.attempts) return 'done' as const;
    if (mail.claimedAt !== undefined && now - mail.claimedAt < CLAIM_MS) return 'later' as const;
    const due = Math.max(mail.notBefore, mailSendableAt(now, mail.timeZone));
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
  const address = await getAuth()
    .getUser(mail.uid)
    .then((user) => user.email ?? null)
    .catch(() => null);
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
    action: `${settings.appUrl}/progress`,
    unsubscribe,
  });
  try {
    const sender = await smtp(settings.smtpUrl);
    await sender.sendMail({
      from: settings.from,
      to: address,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: {
        'Content-Language': locale,
        // RFC 8058: a mail client may unsubscribe in one click, by a POST to this address.
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
  } catch (error) {
    const attempts = mail.attempts + 1;
    // The server's answer, without the address it may quote.
    const reason = String((error as Error).message ?? error).replaceAll(address, '<address>');
    await settle({
      status: 'failed',
      attempts,
      notBefore: now + mailRetryDelay(attempts),
      outcome: reason.slice(0, 300),
    });
    return 'failed';
  }
  await settle({ status: 'sent', attempts: mail.attempts + 1, sentAt: now, outcome: 'sent' });
  return 'sent';
}

/** The switch a mail answers to. */
export function kindOf(body: MailBody): MailKind {
  return body.kind;
}

/** Sends every queued mail due at `now`, a page at a time; returns what became of each. */
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
  const due = await db
    .collection(PATHS.mail)
    .where('status', 'in', ['pending', 'failed'])
    .where('notBefore', '<=', now)
    .orderBy('notBefore')
    .limit(pageSize)
    .get();
  for (const document of due.docs) counts[await deliverMail(document.id, now)] += 1;
  return counts;
}
