// One-click unsubscribe, without signing in: the link at the foot of every mail (GET) and the
// List-Unsubscribe-Post of RFC 8058 (POST) turn one kind of mail off for one person, named by a
// signed token. The answer is a small page in the person's mail language; no style nor script
// (the Hosting CSP allows neither inline), no address anywhere.
import { onRequest } from 'firebase-functions/v2/https';
import {
  escapeHtml,
  mailLanguage,
  type MailKind,
  type MailPreferences,
} from '../../../src/domain/mail';
import type { Locale } from '../../../src/domain/themes';
import { db } from '../lib/admin';
import { mailPreferencesRef } from '../lib/mail';
import { mailSettings, readUnsubscribeToken } from '../lib/mail-settings';
import { textsIn } from '../lib/mail-texts';

/** A paragraph, in another language than the page's when it says so. */
type Paragraph = string | { readonly text: string; readonly lang: Locale };

function page(locale: Locale, title: string, paragraphs: readonly Paragraph[], link?: string) {
  const t = textsIn(locale);
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) =>
      typeof paragraph === 'string'
        ? `<p>${escapeHtml(paragraph)}</p>`
        : `<p lang="${paragraph.lang}">${escapeHtml(paragraph.text)}</p>`,
    ),
    link
      ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t('mail.unsubscribed.profile'))}</a></p>`
      : '',
    '</main></body></html>',
  ].join('\n');
}

/** Turns `kind` off for `uid` (the other switches and the language stay); returns the language. */
async function turnOff(uid: string, kind: MailKind, now: number): Promise<Locale> {
  const ref = mailPreferencesRef(uid);
  return db.runTransaction(async (tx) => {
    const before = (await tx.get(ref)).data() as MailPreferences | undefined;
    tx.set(ref, { kinds: { [kind]: false }, updatedAt: now }, { merge: true });
    return mailLanguage(before);
  });
}

export const unsubscribe = onRequest({ cors: false }, async (request, response) => {
  response.set('Cache-Control', 'no-store');
  // The token is in the address: it must not leak to another site through the Referer.
  response.set('Referrer-Policy', 'no-referrer');
  response.set('X-Content-Type-Options', 'nosniff');
  if (request.method !== 'GET' && request.method !== 'POST') {
    response.set('Allow', 'GET, POST').status(405).send('');
    return;
  }
  const body = request.body as Record<string, unknown> | undefined;
  const target = readUnsubscribeToken(request.query.t ?? body?.t);
  response.type('html');
  if (!target) {
    const t = textsIn('fr');
    const en = textsIn('en');
    response
      .status(400)
      .send(
        page(
          'fr',
          t('mail.unsubscribed.invalidTitle'),
          [t('mail.unsubscribed.invalid'), { text: en('mail.unsubscribed.invalid'), lang: 'en' }],
          `${mailSettings().appUrl}/profile`,
        ),
      );
    return;
  }
  const locale = await turnOff(target.uid, target.kind, Date.now());
  const t = textsIn(locale);
  response
    .status(200)
    .send(
      page(
        locale,
        t('mail.unsubscribed.title'),
        [
          t('mail.unsubscribed.body', { kind: t(`mailPrefs.kind.${target.kind}`) }),
          t('mail.unsubscribed.again'),
        ],
        `${mailSettings().appUrl}/profile`,
      ),
    );
});
