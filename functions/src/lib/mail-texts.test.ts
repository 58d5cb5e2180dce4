// Every kind of mail, rendered with the app's real French and English texts.
import { describe, expect, it } from 'vitest';
import {
  MAIL_ACTION_PATHS,
  MAIL_KIND_NAMES,
  renderMail,
  type MailBody,
  type MailKind,
} from '../../../src/domain/mail';
import type { Locale } from '../../../src/domain/themes';
import { textsIn } from './mail-texts';

const HOSTILE = '<script>alert("x")</script> & co';
const BODIES: Record<MailKind, MailBody> = {
  rejection: {
    kind: 'rejection',
    submissionId: 's1',
    title: { fr: 'Trier ses e-mails', en: 'Sort your emails' },
    reason: HOSTILE,
  },
  nudge: { kind: 'nudge', teamId: 't1', teamName: 'Les Lynx', from: 'Capi', message: HOSTILE },
  announcement: {
    kind: 'announcement',
    announcementId: 'a1',
    title: { fr: 'Atelier jeudi', en: 'Workshop on Thursday' },
    message: { fr: HOSTILE, en: HOSTILE },
    from: 'L’équipe organisatrice',
  },
  eventReminder: {
    kind: 'eventReminder',
    eventId: 'e1',
    title: { fr: 'Fresque du numérique', en: 'Digital collage' },
    startsAt: Date.UTC(2026, 2, 12, 13, 0),
    endsAt: Date.UTC(2026, 2, 12, 15, 0),
    timeZone: 'Europe/Paris',
    place: 'Salle <B>',
    onlineUrl: 'https://visio.example.org/fresque',
    window: '24h',
  },
  digest: {
    kind: 'digest',
    week: '2026-03-09',
    seasonName: 'Printemps 2026',
    team: { name: HOSTILE, rank: 3, teamCount: 12, gapToAbove: 40, aboveName: 'Les Ours' },
    done: {
      approved: 2,
      points: 30,
      titles: [
        { fr: 'Vider sa corbeille', en: 'Empty your bin' },
        { fr: 'Éteindre sa box', en: 'Switch off your router' },
      ],
    },
    streak: { weeks: 3, days: 5 },
    suggestions: [
      {
        actionId: 'x',
        title: { fr: 'Alt texte', en: 'Alt text' },
        theme: 'accessibility',
        effort: 'small',
      },
      {
        actionId: 'y',
        title: { fr: 'Atelier', en: 'Workshop' },
        theme: 'diversity',
        effort: 'large',
      },
    ],
  },
  backlog: {
    kind: 'backlog',
    day: '2026-03-10',
    pending: 7,
    oldestSentAt: Date.UTC(2026, 2, 8, 9, 30),
    flagged: 1,
  },
};

const CONTEXT = {
  appUrl: 'https://app.example.org',
  unsubscribe: 'https://app.example.org/unsubscribe?t=abc.def',
  timeZone: 'Europe/Paris',
  now: Date.UTC(2026, 2, 11, 9, 0),
};

const render = (body: MailBody, locale: Locale) =>
  renderMail(body, locale, textsIn(locale), CONTEXT);

describe('renderMail', () => {
  for (const kind of MAIL_KIND_NAMES) {
    for (const locale of ['fr', 'en'] as const) {
      it(`renders a ${kind} mail in ${locale}: subject, text, accessible HTML, why and unsubscribe`, () => {
        const mail = render(BODIES[kind], locale);
        const t = textsIn(locale);
        expect(mail.subject.length).toBeGreaterThan(3);
        expect(mail.subject).not.toMatch(/mail\.|\{\{/);
        expect(mail.text).not.toMatch(/mail\.[a-z]|\{\{/);
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.html.match(/<h1[ >]/g)).toHaveLength(1);
        expect(mail.html).not.toMatch(/<table|<img|<script/i);
        // The main link leads to the page where the person can act on it.
        const action = `${CONTEXT.appUrl}${MAIL_ACTION_PATHS[kind]}`;
        expect(mail.text).toContain(action);
        expect(mail.html).toContain(`href="${action}"`);
        // Why they get it, and the one-click way out, in both parts.
        expect(mail.text).toContain(t(`mail.why.${kind}`));
        expect(mail.text).toContain(CONTEXT.unsubscribe);
        expect(mail.html).toContain(`href="${CONTEXT.unsubscribe}"`);
        expect(mail.html).toContain(t('mail.unsubscribe'));
        expect(mail.html).toContain('color:#1a1a1a');
      });
    }
  }

  it('says the French and the English apart', () => {
    expect(render(BODIES.rejection, 'fr').subject).toBe(
      'Votre action « Trier ses e-mails » est à reprendre',
    );
    expect(render(BODIES.rejection, 'en').subject).toBe(
      'Your action “Sort your emails” needs another look',
    );
  });

  it('escapes everything people wrote in the HTML part and keeps it as written in the text', () => {
    for (const kind of ['rejection', 'nudge', 'announcement', 'digest'] as const) {
      const mail = render(BODIES[kind], 'fr');
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
      expect(mail.text).toContain(HOSTILE);
    }
    expect(render(BODIES.eventReminder, 'fr').html).toContain('Salle &lt;B&gt;');
  });

  it('lists what the digest lists, with how long each suggestion takes', () => {
    const mail = render(BODIES.digest, 'fr');
    expect(mail.html).toContain('<li>Vider sa corbeille</li>');
    expect(mail.html).toContain('<li>Alt texte – Plus accessible – environ 10 minutes</li>');
    expect(mail.html).toContain('<li>Atelier – Plus divers et inclusif – quelques heures</li>');
    expect(mail.html.match(/<h2[ >]/g)?.length).toBeGreaterThanOrEqual(4);
    expect(mail.text).toContain('est n° 3 sur 12 équipes');
    expect(mail.text).toContain('40 points pour rattraper Les Ours');
    expect(mail.text).toContain('2 actions validées, 30 points.');
    expect(mail.text).toContain(
      '3 semaines d’affilée avec au moins une action validée (5 jours de suite).',
    );
    const en = render(BODIES.digest, 'en');
    expect(en.text).toContain('Workshop – Diverse and inclusive – a few hours');
  });

  it('attaches the event as a calendar file to an event reminder, and nothing to other mails', () => {
    const mail = render(BODIES.eventReminder, 'en');
    expect(mail.attachments).toHaveLength(1);
    const [ics] = mail.attachments;
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.filename).toMatch(/\.ics$/);
    expect(ics?.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics?.content).toContain('DTSTART:20260312T130000Z');
    expect(ics?.content).toContain('SUMMARY:Digital collage');
    expect(mail.text).toContain('Thursday, 12 March 2026 at 14:00');
    expect(mail.html).toContain('href="https://visio.example.org/fresque"');
    expect(render(BODIES.rejection, 'en').attachments).toEqual([]);
  });

  it('links an event only to a web address', () => {
    const body = { ...BODIES.eventReminder, place: null, onlineUrl: 'javascript:alert(1)' };
    const mail = render(body, 'en');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.attachments[0]?.content).not.toContain('javascript:');
  });
});
