// Where mail goes and how a mail's unsubscribe link proves who and what it is for: the settings
// of functions/.env, and HMAC-signed tokens scoped to one person and one kind of mail.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAIL_KINDS, type MailKind } from '../../../src/domain/mail';

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

export const unsubscribeUrl = (uid: string, kind: MailKind) =>
  `${mailSettings().appUrl}/unsubscribe?t=${unsubscribeToken(uid, kind)}`;
