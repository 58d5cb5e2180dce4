// Mail: what the functions may send a person, with their consent, in their language, never at
// night. The rules here are pure; functions/src/lib/mail.ts queues, renders and sends.
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import type { DigestContent } from './digest';
import type { HappeningBody } from './happenings';
import type { Effort } from './action';
import { calendarOf, icsFileName } from './ics';
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
  /** Organisers: the daily review backlog. */
  backlog: { service: true },
} as const satisfies Record<string, { service: boolean }>;

export type MailKind = keyof typeof MAIL_KINDS;

export const MAIL_KIND_NAMES = Object.keys(MAIL_KINDS) as MailKind[];

/** A person's choices: the language of their mails, and one switch per kind they have set. */
export interface MailPreferences {
  readonly language: Locale;
  readonly kinds: Partial<Record<MailKind, boolean>>;
  /** When the person answered the one-time consent question (or chose in their profile). */
  readonly askedAt?: number;
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

/** Quiet hours are counted here when a mail has no season to take its time zone from. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

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
export type MailBody =
  | {
      readonly kind: 'rejection';
      readonly submissionId: string;
      readonly title: Localized;
      readonly reason: string;
    }
  | {
      readonly kind: 'nudge';
      readonly teamId: string;
      readonly teamName: string;
      /** The captain's public name. */
      readonly from: string;
      readonly message: string;
    }
  | {
      readonly kind: 'announcement';
      readonly announcementId: string;
      readonly title: Localized;
      readonly message: Localized;
      readonly from: string;
    }
  | ({ readonly kind: 'eventReminder' } & Omit<
      Extract<HappeningBody, { readonly kind: 'eventStarting' }>,
      'kind'
    >)
  | ({ readonly kind: 'digest' } & DigestContent)
  | {
      readonly kind: 'backlog';
      readonly day: string;
      readonly pending: number;
      readonly oldestSentAt: number | null;
      readonly flagged: number;
    };

/** The body of one kind of mail. */
export type MailBodyOf<K extends MailKind> = Extract<MailBody, { readonly kind: K }>;

/** A mail in the outbox (`mail/{id}`): functions only. The address is looked up when it leaves. */
export interface QueuedMail {
  readonly uid: string;
  readonly body: MailBody;
  /** After this time the mail says nothing worth reading (an event that has started): not sent. */
  readonly expiresAt?: number;
  /** The season's time zone: quiet hours are counted there. */
  readonly timeZone: string;
  readonly queuedAt: number;
  /** Not before this time (quiet hours), nor before the next try after a failure. */
  readonly notBefore: number;
  /** Pending until sent, declined (turned off, no address), or failed after the last try. */
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

/** The one id of a nudge's mail: one per team, member and nudge, so a replay sends once. */
export function nudgeMailId(teamId: string, uid: string, nudgedAt: number): string {
  return `nudge_${teamId}_${uid}_${nudgedAt}`;
}

/** The one id of a rejection's mail: one per submission and review, so a replay sends once. */
export function rejectionMailId(submissionId: string, reviewedAt: number): string {
  return `rejection_${submissionId}_${reviewedAt}`;
}

/** Where each kind's main link leads in the app: the page where the person can act on it. */
export const MAIL_ACTION_PATHS = {
  rejection: '/progress',
  eventReminder: '/events',
  nudge: '/catalogue',
  announcement: '/notifications',
  digest: '/catalogue',
  backlog: '/review',
} as const satisfies Record<MailKind, `/${string}`>;

/**
 * Rule: how long a suggested action takes, said from its effort: a small one about ten minutes,
 * a medium one about an hour, a large one a few hours.
 */
export function effortDuration(effort: Effort): 'tenMinutes' | 'oneHour' | 'fewHours' {
  return effort === 'small' ? 'tenMinutes' : effort === 'medium' ? 'oneHour' : 'fewHours';
}

/** A file sent with a mail (an event's calendar). */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** The text of a mail in one language: a subject, a plain-text part and an HTML part. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly MailAttachment[];
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the renderer needs besides the body: where the app is, and the unsubscribe link. */
export interface MailContext {
  /** The app's address, without a trailing slash. */
  readonly appUrl: string;
  readonly unsubscribe: string;
  /** The time zone dates are written in (the season's). */
  readonly timeZone: string;
  /** When the mail is rendered (the calendar's stamp). */
  readonly now: number;
}

/** One block of a mail's content, which both the plain and the HTML part render. */
type Block =
  | { readonly type: 'p'; readonly text: string }
  | { readonly type: 'h2'; readonly text: string }
  | { readonly type: 'quote'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'link'; readonly label: string; readonly href: string };

interface MailContent {
  readonly subject: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
  readonly attachments?: readonly MailAttachment[];
}

export const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const dateTimeIn = (time: number, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(time);

const dayOf = (isoDay: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(Date.parse(`${isoDay}T00:00:00Z`));

/** Only a web address may be a link in a mail. */
const webUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function contentOf(
  body: MailBody,
  locale: Locale,
  t: Translate,
  context: MailContext,
): MailContent {
  const action = (label: string): Block => ({
    type: 'link',
    label,
    href: `${context.appUrl}${MAIL_ACTION_PATHS[body.kind]}`,
  });
  switch (body.kind) {
    case 'rejection': {
      const values = { title: body.title[locale] };
      return {
        subject: t('mail.rejection.subject', values),
        heading: t('mail.rejection.heading', values),
        blocks: [
          { type: 'p', text: t('mail.rejection.intro', values) },
          { type: 'h2', text: t('mail.rejection.reasonLabel') },
          { type: 'quote', text: body.reason },
          action(t('mail.rejection.fix')),
        ],
      };
    }
    case 'nudge': {
      const values = { from: body.from, team: body.teamName };
      return {
        subject: t('mail.nudge.subject', values),
        heading: t('mail.nudge.heading', values),
        blocks: [
          { type: 'p', text: t('mail.nudge.intro', values) },
          { type: 'quote', text: body.message },
          action(t('mail.nudge.action')),
        ],
      };
    }
    case 'announcement': {
      const values = { from: body.from, title: body.title[locale] };
      return {
        subject: t('mail.announcement.subject', values),
        heading: body.title[locale],
        blocks: [
          { type: 'p', text: t('mail.announcement.intro', values) },
          { type: 'quote', text: body.message[locale] },
          action(t('mail.announcement.action')),
        ],
      };
    }
    case 'eventReminder': {
      const title = body.title[locale];
      const values = {
        title,
        starts: dateTimeIn(body.startsAt, locale, body.timeZone),
        ends: dateTimeIn(body.endsAt, locale, body.timeZone),
      };
      const online = webUrl(body.onlineUrl);
      const calendar = calendarOf(
        [
          {
            uid: `${body.eventId}@techforgood`,
            startsAt: body.startsAt,
            endsAt: body.endsAt,
            summary: title,
            description: '',
            location: body.place?.trim() || online,
            url: online,
            cancelled: false,
          },
        ],
        context.now,
      );
      return {
        subject: t(`mail.eventReminder.subject_${body.window}`, values),
        heading: t(`mail.eventReminder.heading_${body.window}`, values),
        blocks: [
          { type: 'p', text: t('mail.eventReminder.when', values) },
          ...(body.place?.trim()
            ? [{ type: 'p', text: t('mail.eventReminder.place', { place: body.place }) } as const]
            : []),
          ...(online
            ? [{ type: 'link', label: t('mail.eventReminder.online'), href: online } as const]
            : []),
          { type: 'p', text: t('mail.eventReminder.calendar') },
          action(t('mail.eventReminder.action')),
        ],
        attachments: [
          { filename: icsFileName(title), contentType: 'text/calendar', content: calendar },
        ],
      };
    }
    case 'digest': {
      const { team, done, streak } = body;
      const week = dayOf(body.week, locale);
      const standing =
        team.rank === null
          ? t('mail.digest.unranked', { team: team.name })
          : t('mail.digest.rank', { team: team.name, rank: team.rank, count: team.teamCount });
      const gap =
        team.rank === 1
          ? t('mail.digest.leading')
          : team.gapToAbove !== null && team.aboveName !== null
            ? t('mail.digest.gap', { count: team.gapToAbove, above: team.aboveName })
            : null;
      return {
        subject: t('mail.digest.subject', { season: body.seasonName, week }),
        heading: t('mail.digest.heading', { season: body.seasonName, week }),
        blocks: [
          { type: 'h2', text: t('mail.digest.teamTitle') },
          { type: 'p', text: gap ? `${standing} ${gap}` : standing },
          { type: 'h2', text: t('mail.digest.doneTitle') },
          {
            type: 'p',
            text:
              done.approved === 0
                ? t('mail.digest.nothingDone')
                : t('mail.digest.doneLine', {
                    actions: t('mail.digest.done', { count: done.approved }),
                    points: t('mail.digest.points', { count: done.points }),
                  }),
          },
          ...(done.titles.length > 0
            ? [
                {
                  type: 'list',
                  items: done.titles.slice(0, 5).map((title) => title[locale]),
                } as const,
              ]
            : []),
          { type: 'h2', text: t('mail.digest.streakTitle') },
          {
            type: 'p',
            text:
              streak.weeks === 0
                ? t('mail.digest.noStreak')
                : t('mail.digest.streak', {
                    weeks: t('mail.digest.streakWeeks', { count: streak.weeks }),
                    days: t('mail.digest.streakDays', { count: streak.days }),
                  }),
          },
          ...(body.suggestions.length > 0
            ? ([
                { type: 'h2', text: t('mail.digest.suggestionsTitle') },
                {
                  type: 'list',
                  items: body.suggestions.slice(0, 3).map((suggestion) =>
                    t('mail.digest.suggestion', {
                      title: suggestion.title[locale],
                      theme: t(`themes.${suggestion.theme}`),
                      duration: t(`mail.duration.${effortDuration(suggestion.effort)}`),
                    }),
                  ),
                },
              ] as const)
            : []),
          action(t('mail.digest.action')),
        ],
      };
    }
    case 'backlog': {
      const values = { count: body.pending, day: dayOf(body.day, locale) };
      return {
        subject: t('mail.backlog.subject', values),
        heading: t('mail.backlog.heading', values),
        blocks: [
          {
            type: 'p',
            text: body.pending === 0 ? t('mail.backlog.empty') : t('mail.backlog.pending', values),
          },
          ...(body.oldestSentAt !== null
            ? [
                {
                  type: 'p',
                  text: t('mail.backlog.oldest', {
                    since: dateTimeIn(body.oldestSentAt, locale, context.timeZone),
                  }),
                } as const,
              ]
            : []),
          { type: 'p', text: t('mail.backlog.flagged', { count: body.flagged }) },
          action(t('mail.backlog.action')),
        ],
      };
    }
  }
}

const LINK_STYLE = 'color:#0b5394;text-decoration:underline';

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'h2':
      return `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(block.text)}</h2>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #4a4a4a;white-space:pre-wrap">${escapeHtml(block.text)}</blockquote>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.href)}" style="${LINK_STYLE}">${escapeHtml(block.label)}</a></p>`;
  }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'p':
      return block.text;
    case 'h2':
      return `${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'link':
      return `${block.label}\n${block.href}`;
  }
}

/**
 * A mail's parts from its body, in `locale`: the plain text and an accessible HTML part (the
 * language declared, real headings, lists as lists, dark text on white, links that say where they
 * go, no images nor layout tables), everything written by people escaped. Every mail ends with
 * why the person gets it and the link that turns that kind off in one click.
 */
export function renderMail(
  body: MailBody,
  locale: Locale,
  t: Translate,
  context: MailContext,
): RenderedMail {
  const content = contentOf(body, locale, t, context);
  const why = t(`mail.why.${body.kind}`);
  const unsubscribe = t('mail.unsubscribe');
  const text = [
    content.heading,
    '='.repeat(Math.min(content.heading.length, 60)),
    '',
    ...content.blocks.flatMap((block) => [blockText(block), '']),
    '--',
    why,
    `${unsubscribe}\n${context.unsubscribe}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,sans-serif;font-size:16px;line-height:1.5">',
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>`,
    ...content.blocks.map(blockHtml),
    `<hr><p style="font-size:14px;color:#333333">${escapeHtml(why)} <a href="${escapeHtml(context.unsubscribe)}" style="${LINK_STYLE}">${escapeHtml(unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html, attachments: content.attachments ?? [] };
}
