// Mails per second through a local SMTP server: weekly digests rendered in French (plain text and
// HTML) and sent the way the functions send them (nodemailer, one pooled transport of two
// connections), to an SMTP server on loopback that accepts and drops each message.
import type { AddressInfo } from 'node:net';
import i18next from 'i18next';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { CATALOGUE } from '../src/domain/catalogue';
import { renderMail, type MailBody } from '../src/domain/mail';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';

const COUNT = 500;

function digest(i: number): MailBody {
  const action = (k: number) => CATALOGUE[(i + k) % CATALOGUE.length];
  return {
    kind: 'digest',
    week: '2026-03-09',
    seasonName: 'Tech for Good Challenge 2026',
    team: {
      name: `Équipe ${i % 40}`,
      rank: 3,
      teamCount: 32,
      gapToAbove: 15,
      aboveName: 'Clic Vert',
    },
    done: {
      approved: 3,
      points: 25,
      titles: [action(0), action(1), action(2)].map((a) => a?.title ?? { fr: '', en: '' }),
    },
    streak: { weeks: 2, days: 1 },
    suggestions: [action(3), action(4), action(5)].map((a) => ({
      actionId: a?.id ?? '',
      title: a?.title ?? { fr: '', en: '' },
      theme: a?.theme ?? 'sobriety',
      effort: a?.effort ?? 'small',
    })),
  };
}

export async function benchMail(): Promise<string[]> {
  const texts = i18next.createInstance();
  await texts.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: 'fr',
    interpolation: { escapeValue: false },
  });
  let received = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const transport = createTransport({
    url: `smtp://127.0.0.1:${port}`,
    pool: true,
    maxConnections: 2,
    logger: false,
  });
  const t = texts.getFixedT('fr');
  const start = performance.now();
  await Promise.all(
    Array.from({ length: COUNT }, async (_, i) => {
      const rendered = renderMail(digest(i), 'fr', t, {
        appUrl: 'http://127.0.0.1:5000',
        unsubscribe: 'http://127.0.0.1:5000/unsubscribe?t=bench',
        timeZone: 'Europe/Paris',
        now: Date.UTC(2026, 2, 16, 9),
      });
      await transport.sendMail({
        from: 'Tech for Good Challenge <no-reply@tech-for-good.invalid>',
        to: `person-${i}@example.test`,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
      });
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  transport.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return [
    `send ${received} weekly digests (French, text and HTML, ${Math.round(bytes / received / 1024)} KB each) through a local SMTP server, 2 pooled connections: ${(received / seconds).toFixed(0)} mails per second`,
  ];
}
