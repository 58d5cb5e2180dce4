// Mail: what the functions may send a person, with their consent, in their language, never at
// night. The rules here are pure; functions/src/lib/mail.ts queues, renders and sends.
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import type { Locale, Localized } from './themes';

/**
 * Kinds of mail, each with its own switch. Service mails (about something the person did or
 * asked for) are on until they turn them off; the others are off until they say yes.
 */
export const MAIL_KINDS = {
  rejection: { service: true },
  eventReminder: { service: true },
  nudge: { service: false },
  announcement: { service: false },
  digest: { service: false },
} as const satisfies Record<string, { service: boolean }>;

export type MailKind = keyof typeof MAIL_KINDS;

export const MAIL_KIND_NAMES = Object.keys(MAIL_KINDS) as MailKind[];

/** A person's choices: the language of their mails, and one switch per kind they have set. */
export interface MailPreferences {
  readonly language: Locale;
  readonly kinds: Partial<Record<MailKind, boolean>>;
  readonly updatedAt: number;
}

/** Rule: a kind the person never set follows its default (service mails on, the rest off). */
export function mailAllowed(preferences: MailPreferences | undefined, kind: MailKind): boolean {
  return preferences?.kinds[kind] ?? MAIL_KINDS[kind].service;
}

/** Rule: mails go in the language the person chose, French until they chose one. */
export function mailLanguage(preferences: MailPreferences | undefined): Locale {
  return preferences?.language ?? 'fr';
}

/** saveMailPreferences: the language and any of the switches. */
export const mailPreferencesPayloadSchema = z.strictObject({
  language: z.enum(['fr', 'en'], { error: 'validation.mailLanguage' }),
  kinds: z.strictObject(
    Object.fromEntries(
      MAIL_KIND_NAMES.map((kind) => [
        kind,
        z.boolean({ error: 'validation.mailSwitch' }).optional(),
      ]),
    ) as Record<MailKind, z.ZodOptional<z.ZodBoolean>>,
    { error: 'validation.mailSwitch' },
  ),
});

/** No mail leaves between these hours of the person's day (the season's time zone). */
export const QUIET_HOURS = { from: 20, until: 8 } as const;

/**
 * Rule: when a mail queued at `now` may leave: at once from 08:00 to 19:59 in `timeZone`;
 * otherwise at the next 08:00 there (the same morning after midnight, the next one after 20:00).
 */
export function mailSendableAt(now: number, timeZone: string): number {
  const local = new TZDate(now, timeZone);
  const hour = local.getHours();
  if (hour >= QUIET_HOURS.until && hour < QUIET_HOURS.from) return now;
  const morning = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + (hour >= QUIET_HOURS.from ? 1 : 0),
    QUIET_HOURS.until,
    0,
    0,
    timeZone,
  );
  return morning.getTime();
}

/** What a queued mail says, by kind: public names and titles only, never an address. */
export type MailBody = {
  readonly kind: 'rejection';
  readonly submissionId: string;
  readonly title: Localized;
  readonly reason: string;
};

/** A mail in the outbox (`mail/{id}`): functions only. The address is looked up when it leaves. */
export interface QueuedMail {
  readonly uid: string;
  readonly body: MailBody;
  /** The season's time zone: quiet hours are counted there. */
  readonly timeZone: string;
  readonly queuedAt: number;
  /** Not before this time (quiet hours), nor before the next try after a failure. */
  readonly notBefore: number;
  readonly status: 'pending' | 'sent' | 'declined' | 'failed';
  readonly attempts: number;
  readonly sentAt?: number;
  /** Why it did not leave: the person turned the kind off, has no address, or the server said. */
  readonly outcome?: string;
}

/** A failed delivery is tried again this much later, each time twice as long, this many times. */
export const MAIL_RETRY = { firstDelayMs: 5 * 60 * 1000, attempts: 5 } as const;

/** Rule: the delay before try `attempts + 1`, after `attempts` failures. */
export function mailRetryDelay(attempts: number): number {
  return MAIL_RETRY.firstDelayMs * 2 ** Math.max(0, attempts - 1);
}

/** The one id of a rejection's mail: one per submission and review, so a replay sends once. */
export function rejectionMailId(submissionId: string, reviewedAt: number): string {
  return `rejection_${submissionId}_${reviewedAt}`;
}

/** The text of a mail in one language: a subject, a plain-text part and an HTML part. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

type Translate = (key: string, values?: Record<string, string>) => string;

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * A mail's parts from its body, in `locale`: the plain text and an accessible HTML part (a real
 * heading, the language declared, dark text on white, links that say where they go).
 */
export function renderMail(
  body: MailBody,
  locale: Locale,
  t: Translate,
  links: { readonly action: string; readonly unsubscribe: string },
): RenderedMail {
  const values = { title: body.title[locale], reason: body.reason };
  const subject = t('mail.rejection.subject', values);
  const heading = t('mail.rejection.heading', values);
  const intro = t('mail.rejection.intro', values);
  const reasonLabel = t('mail.rejection.reasonLabel');
  const fix = t('mail.rejection.fix');
  const why = t(`mail.why.${body.kind}`);
  const unsubscribe = t('mail.unsubscribe');
  const text = [
    heading,
    '',
    intro,
    '',
    `${reasonLabel} ${body.reason}`,
    '',
    `${fix} ${links.action}`,
    '',
    '--',
    why,
    `${unsubscribe} ${links.unsubscribe}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,sans-serif;font-size:16px;line-height:1.5">',
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><strong>${escapeHtml(reasonLabel)}</strong> ${escapeHtml(body.reason)}</p>`,
    `<p><a href="${escapeHtml(links.action)}" style="color:#0b5394">${escapeHtml(fix)}</a></p>`,
    `<hr><p style="font-size:14px;color:#4a4a4a">${escapeHtml(why)} <a href="${escapeHtml(links.unsubscribe)}" style="color:#0b5394">${escapeHtml(unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
