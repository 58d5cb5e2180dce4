// Mail through real SMTP: a server listens in this process on 127.0.0.1:1025 (where the Functions
// emulator sends by default), and every message it receives is parsed as a mail client would.
// Rejections and nudges go through the real callables; the unsubscribe link is followed without
// signing in; quiet hours and double delivery are driven through the sweep with a chosen `now`.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import type { AddressObject, ParsedMail } from 'mailparser';
import type * as MailModule from '../../functions/src/lib/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailSendableAt, type MailBody, type QueuedMail } from '../../src/domain/mail';
import { PATHS } from '../../src/domain/paths';
import {
  PROJECT_ID,
  REGION,
  dumpDatabase,
  emulator,
  errorOf,
  rulesEnvironment,
  signedInCaller,
  type Caller,
} from '../support/emulators';
import { adminDb, eventually, seedSubmission } from '../support/game';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp';
import { inWorld } from '../support/world';

let smtp: SmtpCatcher;
let env: RulesTestEnvironment;
let mail: typeof MailModule;

beforeAll(async () => {
  smtp = await startSmtpCatcher(1025);
  env = await rulesEnvironment();
  // The sweep runs in this process, with the settings the emulated functions have by default.
  process.env.GCLOUD_PROJECT ??= PROJECT_ID;
  const { host, port } = emulator('auth');
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= `${host}:${port}`;
  process.env.SMTP_URL = 'smtp://127.0.0.1:1025';
  process.env.APP_URL = 'http://127.0.0.1:5000';
  process.env.MAIL_TOKEN_SECRET = 'emulator-only-mail-token-secret';
  await adminDb();
  mail = await import('../../functions/src/lib/mail');
});

afterAll(async () => {
  await env.cleanup();
  await smtp.close();
});

const addressesOf = (to: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(to) ? to : to ? [to] : []).flatMap((a) => a.value.map((v) => v.address));

const mailsTo = (person: Caller) =>
  smtp.inbox.filter((message) => addressesOf(message.to).includes(person.email));

/** Waits for the `count`th mail to `person` (a mail leaves after the trigger ran). */
async function received(person: Caller, count = 1): Promise<ParsedMail[]> {
  return eventually(
    () => Promise.resolve(mailsTo(person)),
    (mails) => mails.length >= count,
    `${count} mail(s) to ${person.uid}`,
  );
}

async function outbox(id: string): Promise<(QueuedMail & { id: string }) | undefined> {
  const snapshot = await (await adminDb()).collection(PATHS.mail).doc(id).get();
  return snapshot.exists ? { ...(snapshot.data() as QueuedMail), id } : undefined;
}

async function outboxOf(uid: string) {
  const snapshot = await (await adminDb()).collection(PATHS.mail).where('uid', '==', uid).get();
  return snapshot.docs.map((document) => ({ ...(document.data() as QueuedMail), id: document.id }));
}

/** The season's hour in `timeZone` now. */
const hourIn = (timeZone: string, at = Date.now()) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(at),
  );

const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Auckland',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Europe/Paris',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Los_Angeles',
  'Pacific/Honolulu',
];

/** A time zone where it is now well inside the day, so mail leaves at once whenever this runs. */
function daytimeZone(): string {
  const zone = ZONES.find((candidate) => {
    const hour = hourIn(candidate);
    return hour >= 9 && hour <= 17;
  });
  if (!zone) throw new Error('No listed time zone is in its day now');
  return zone;
}

/** A header as it was written, unfolded, e.g. "List-Unsubscribe: <https://…>". */
const headerLine = (message: ParsedMail, key: string) =>
  (message.headerLines.find((header) => header.key === key)?.line ?? '').replace(/\r\n\s+/g, ' ');

/** Follows a mail's unsubscribe link, as a mail client would, on the Functions emulator. */
async function unsubscribeThrough(message: ParsedMail, method: 'GET' | 'POST' = 'GET') {
  const link = /<([^>]+)>/.exec(headerLine(message, 'list-unsubscribe'))?.[1] ?? '';
  const token = new URL(link).searchParams.get('t');
  const { host, port } = emulator('functions');
  const url = `http://${host}:${port}/${PROJECT_ID}/${REGION}/unsubscribe?t=${token ?? ''}`;
  return fetch(url, {
    method,
    ...(method === 'POST'
      ? {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        }
      : {}),
  });
}

async function reject(organiser: Caller, submissionId: string, reason: string) {
  await organiser.call('reviewSubmissions', {
    submissionIds: [submissionId],
    decision: 'reject',
    reason,
  });
}

describe('a rejection by mail', () => {
  it(
    'arrives in the person’s language with its reason, and one click turns that kind off',
    () =>
      inWorld(
        async (world) => {
          const { organiser, member } = world.people;
          const seed = () =>
            seedSubmission({
              seasonId: world.seasonId,
              teamId: world.teamId,
              uid: member.uid,
              status: 'pending',
            });
          await reject(organiser, await seed(), 'La capture ne montre pas le réglage.');
          const [french] = await received(member);
          expect(french?.subject).toMatch(/^Votre action « .+ » est à reprendre$/);
          expect(french?.text).toContain('La capture ne montre pas le réglage.');
          expect(french?.text).toContain('http://127.0.0.1:5000/progress');
          expect(french?.html).toContain('<html lang="fr">');
          expect(french?.html).toContain('La capture ne montre pas le réglage.');
          expect(french?.text).toMatch(/^[^<]*$/);
          expect(headerLine(french as ParsedMail, 'list-unsubscribe-post')).toBe(
            'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          );
          expect(headerLine(french as ParsedMail, 'list-unsubscribe')).toMatch(
            /^List-Unsubscribe: <http:\/\/127\.0\.0\.1:5000\/unsubscribe\?t=[\w-]+\.[\w-]+>$/,
          );

          await member.call('saveMailPreferences', { language: 'en', kinds: {} });
          await reject(organiser, await seed(), 'The screenshot does not show the setting.');
          const english = (await received(member, 2))[1];
          expect(english?.subject).toMatch(/^Your action “.+” needs another look$/);
          expect(english?.text).toContain('The screenshot does not show the setting.');
          expect(english?.html).toContain('<html lang="en">');

          // The outbox names the person by uid only: no address in any document.
          const queued = await outboxOf(member.uid);
          expect(queued.map((document) => document.status)).toEqual(['sent', 'sent']);
          expect(JSON.stringify(queued)).not.toContain('@');

          // One click, without signing in: that kind is off, and the page says so in English.
          const answer = await unsubscribeThrough(english as ParsedMail);
          expect(answer.status).toBe(200);
          const page = await answer.text();
          expect(page).toContain('<html lang="en">');
          expect(page).toContain('<h1>You are unsubscribed</h1>');
          expect(page).toContain('href="http://127.0.0.1:5000/profile"');
          expect(page).not.toMatch(/style=|<script/);
          const preferences = await (await adminDb()).doc(`mailPreferences/${member.uid}`).get();
          expect(preferences.data()).toMatchObject({ language: 'en', kinds: { rejection: false } });

          const third = await seed();
          await reject(organiser, third, 'Still not it.');
          const declined = await eventually(
            () => outboxOf(member.uid),
            (documents) =>
              documents.some((d) => d.body.kind === 'rejection' && d.status === 'declined'),
            'the third rejection mail declined',
          );
          expect(declined.filter((d) => d.status === 'declined')).toHaveLength(1);
          expect(mailsTo(member)).toHaveLength(2);
        },
        { timeZone: daytimeZone() },
      ),
    // The first mail test starts the review, the trigger and the unsubscribe page cold.
    90_000,
  );

  it('refuses a forged or missing token with the invalid-link page, and changes nothing', async () => {
    const { host, port } = emulator('functions');
    const base = `http://${host}:${port}/${PROJECT_ID}/${REGION}/unsubscribe`;
    const person = await signedInCaller();
    try {
      const forged = `${Buffer.from(`${person.uid}\ndigest`).toString('base64url')}.bm9wZQ`;
      const before = await dumpDatabase();
      for (const url of [`${base}?t=${forged}`, base, `${base}?t=garbage`]) {
        const answer = await fetch(url);
        expect(answer.status).toBe(400);
        expect(await answer.text()).toContain('Ce lien de désinscription n’est pas valide.');
      }
      const posted = await fetch(`${base}?t=${forged}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(posted.status).toBe(400);
      expect(await dumpDatabase()).toEqual(before);
    } finally {
      await person.close();
    }
  });
});

describe('saveMailPreferences', () => {
  it('records the language, the switches and when the person answered; refuses bad input', async () => {
    const person = await signedInCaller();
    try {
      const first = (await person.call('saveMailPreferences', {
        language: 'fr',
        kinds: { digest: true, nudge: true },
      })) as { askedAt: number };
      await person.call('saveMailPreferences', { language: 'en', kinds: { nudge: false } });
      const db = await adminDb();
      const saved = (await db.doc(`mailPreferences/${person.uid}`).get()).data();
      expect(saved).toMatchObject({
        language: 'en',
        kinds: { digest: true, nudge: false },
        askedAt: first.askedAt,
      });
      const before = await dumpDatabase();
      for (const bad of [
        { language: 'de', kinds: {} },
        { language: 'fr', kinds: { digest: 'yes' } },
        { language: 'fr', kinds: { spam: true } },
        { language: 'fr' },
      ]) {
        const error = await errorOf(person.call('saveMailPreferences', bad));
        expect(error.code).toBe('functions/invalid-argument');
        expect(error.message.length).toBeGreaterThan(10);
      }
      expect(await dumpDatabase()).toEqual(before);
    } finally {
      await person.close();
    }
  });
});

describe('delivery', () => {
  /** Queues a mail as a callable would (the trigger then tries to send it at once). */
  async function queue(id: string, uid: string, body: MailBody, queuedAt: number, zone: string) {
    const queued: QueuedMail = {
      uid,
      body,
      timeZone: zone,
      queuedAt,
      notBefore: mailSendableAt(queuedAt, zone),
      status: 'pending',
      attempts: 0,
    };
    await (await adminDb()).collection(PATHS.mail).doc(id).set(queued);
  }

  it('attaches an event reminder’s calendar file, which parses', async () => {
    const person = await signedInCaller();
    try {
      const zone = daytimeZone();
      const startsAt = Date.UTC(2031, 4, 20, 12, 30);
      await queue(
        `test-event-${person.uid}`,
        person.uid,
        {
          kind: 'eventReminder',
          eventId: 'event-1',
          title: { fr: 'Fresque du numérique', en: 'Digital collage' },
          startsAt,
          endsAt: startsAt + 2 * 3600_000,
          timeZone: zone,
          place: 'Salle 2',
          onlineUrl: null,
          window: '24h',
        },
        Date.now(),
        zone,
      );
      const [message] = await received(person);
      expect(message?.subject).toBe('Demain : Fresque du numérique');
      const [ics] = message?.attachments ?? [];
      expect(ics?.contentType).toBe('text/calendar');
      expect(ics?.filename).toBe('evenement-fresque-du-numerique.ics');
      const calendar = ics?.content.toString('utf8') ?? '';
      expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(calendar).toContain('DTSTART:20310520T123000Z');
      expect(calendar).toContain('LOCATION:Salle 2');
      expect(calendar.trimEnd()).toMatch(/END:VCALENDAR$/);
    } finally {
      await person.close();
    }
  });

  it('holds a mail queued at 21:00 until 08:00 in the person’s time zone, and sends it once', async () => {
    const person = await signedInCaller();
    try {
      const zone = 'America/Montreal';
      // 21:00 in Montreal on a day to come (EDT, UTC-4): the trigger holds it, whenever this runs.
      const nine = Date.parse('2031-06-10T21:00:00-04:00');
      const eight = Date.parse('2031-06-11T08:00:00-04:00');
      const id = `test-quiet-${person.uid}`;
      await queue(
        id,
        person.uid,
        { kind: 'rejection', submissionId: 's', title: { fr: 'Nuit', en: 'Night' }, reason: 'r' },
        nine,
        zone,
      );
      expect((await outbox(id))?.notBefore).toBe(eight);
      expect(await mail.deliverMail(id, nine)).toBe('later');
      await mail.deliverDueMail(eight - 60_000);
      expect((await outbox(id))?.status).toBe('pending');
      expect(mailsTo(person)).toEqual([]);

      // At 08:00 two deliveries race (the sweep twice, say): the mail leaves once.
      const outcomes = await Promise.all([
        mail.deliverMail(id, eight),
        mail.deliverMail(id, eight),
      ]);
      expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
      expect(await mail.deliverMail(id, eight + 60_000)).toBe('done');
      await mail.deliverDueMail(eight + 60_000);
      const [message] = await received(person);
      expect(message?.subject).toBe('Votre action « Nuit » est à reprendre');
      expect(await outbox(id)).toMatchObject({ status: 'sent', sentAt: eight, attempts: 1 });
      expect(mailsTo(person)).toHaveLength(1);
    } finally {
      await person.close();
    }
  });
});

describe('a refused delivery', () => {
  it('is tried again later, keeping the server’s reason without the address', async () => {
    const person = await signedInCaller();
    const address = person.email ?? '';
    smtp.refused.add(address);
    try {
      const zone = daytimeZone();
      const id = `test-retry-${person.uid}`;
      const queuedAt = Date.now();
      await (
        await adminDb()
      )
        .collection(PATHS.mail)
        .doc(id)
        .set({
          uid: person.uid,
          body: { kind: 'rejection', submissionId: 's', title: { fr: 'T', en: 'T' }, reason: 'r' },
          timeZone: zone,
          queuedAt,
          notBefore: queuedAt,
          status: 'pending',
          attempts: 0,
        } satisfies QueuedMail);
      const failed = await eventually(
        () => outbox(id),
        (document) => document?.attempts === 1,
        'the first delivery to fail',
      );
      expect(failed?.status).toBe('pending');
      expect(failed?.outcome).toContain('Mailbox full: <address>');
      expect(JSON.stringify(failed)).not.toContain('@');
      expect(failed?.notBefore).toBeGreaterThanOrEqual(queuedAt + 5 * 60_000);
      expect(mailsTo(person)).toEqual([]);

      // Too early for the next try; on time, it leaves.
      smtp.refused.delete(address);
      const due = failed?.notBefore ?? 0;
      await mail.deliverDueMail(due - 1);
      expect((await outbox(id))?.attempts).toBe(1);
      expect(await mail.deliverMail(id, due)).toBe('sent');
      expect(await received(person)).toHaveLength(1);
      expect(await outbox(id)).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      smtp.refused.delete(address);
      await person.close();
    }
  });
});

describe('a captain’s nudge by mail', () => {
  it('reaches the members who said yes to nudges, and only them', () =>
    inWorld(
      async (world) => {
        const { captain, member } = world.people;
        const quiet = await signedInCaller();
        try {
          await quiet.call('joinTeam', { code: world.code });
          await member.call('saveMailPreferences', { language: 'fr', kinds: { nudge: true } });
          expect(
            await captain.call('nudgeMembers', {
              teamId: world.teamId,
              idleDays: 7,
              message: 'Une petite action <cette> semaine ?',
            }),
          ).toEqual({ nudged: 2, recentlyNudged: 0 });
          const [message] = await received(member);
          expect(message?.subject).toContain('Team one');
          expect(message?.text).toContain('Une petite action <cette> semaine ?');
          expect(message?.html).toContain('Une petite action &lt;cette&gt; semaine ?');
          expect(message?.text).toContain('http://127.0.0.1:5000/catalogue');
          const [declined] = await eventually(
            () => outboxOf(quiet.uid),
            (documents) => documents[0]?.status === 'declined',
            'the nudge mail to a member who did not opt in declined',
          );
          expect(declined?.body.kind).toBe('nudge');
          expect(mailsTo(quiet)).toEqual([]);

          // A mail client's one-click POST (RFC 8058) turns nudges off, and nothing else.
          const answer = await unsubscribeThrough(message as ParsedMail, 'POST');
          expect(answer.status).toBe(200);
          expect(await answer.text()).toContain('<html lang="fr">');
          const db = await adminDb();
          expect((await db.doc(`mailPreferences/${member.uid}`).get()).data()).toMatchObject({
            language: 'fr',
            kinds: { nudge: false },
          });
        } finally {
          await quiet.close();
        }
      },
      { timeZone: daytimeZone() },
    ));
});

describe('deleting an account', () => {
  it('removes the person’s mail choices and their mails in the outbox', async () => {
    const person = await signedInCaller();
    try {
      await person.call('saveMailPreferences', { language: 'en', kinds: { digest: true } });
      const id = `test-deleted-${person.uid}`;
      const later = Date.parse('2031-06-10T21:00:00-04:00');
      await (
        await adminDb()
      )
        .collection(PATHS.mail)
        .doc(id)
        .set({
          uid: person.uid,
          body: { kind: 'rejection', submissionId: 's', title: { fr: 'T', en: 'T' }, reason: 'r' },
          timeZone: 'America/Montreal',
          queuedAt: later,
          notBefore: mailSendableAt(later, 'America/Montreal'),
          status: 'pending',
          attempts: 0,
        } satisfies QueuedMail);
      await person.call('deleteMyAccount', { confirm: true });
      const db = await adminDb();
      expect((await db.doc(`mailPreferences/${person.uid}`).get()).exists).toBe(false);
      expect(await outboxOf(person.uid)).toEqual([]);
    } finally {
      await person.close();
    }
  });
});
