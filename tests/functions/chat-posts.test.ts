// Chat-tool posts and signed webhooks end to end: channels saved through the real callables, a
// happening queued in-process, and a receiver on loopback in this process that checks what the
// functions (in the emulator, and in-process for the retries) post to it.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs, query, where } from 'firebase/firestore';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDelivery } from '../../src/domain/chat';
import { HAPPENING_IDS, type Happening } from '../../src/domain/happenings';
import { dumpDatabase, errorOf, rulesEnvironment } from '../support/emulators';
import { adminDb } from '../support/game';
import { inWorld, type World } from '../support/world';

// The functions code run in this process checks URLs as the emulator's functions do.
process.env.FUNCTIONS_EMULATOR = 'true';
process.env.GCLOUD_PROJECT ??= 'demo-techforgood';

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let env: RulesTestEnvironment;
let server: Server;
let base = '';
const received: Received[] = [];
/** Status codes to answer, in turn, by path (200 once they run out). */
const answers = new Map<string, number[]>();

beforeAll(async () => {
  env = await rulesEnvironment();
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString() });
      const status = answers.get(path)?.shift() ?? 200;
      if (status >= 300 && status < 400) response.setHeader('location', `${base}/elsewhere`);
      response.writeHead(status).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await env.cleanup();
});

async function until<T>(what: string, probe: () => Promise<T | null> | T | null): Promise<T> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const at = (path: string) => received.filter((request) => request.path === path);

async function delivery(id: string): Promise<ChatDelivery | undefined> {
  const snapshot = await (await adminDb()).doc(`chatDeliveries/${id}`).get();
  return snapshot.data() as ChatDelivery | undefined;
}

/**
 * Writes a happening as one already told (`done`), so that the fan-out trigger leaves it alone
 * and the test's own call to queuePostsForHappening is the only one.
 */
async function writeHappening(id: string, happening: Happening): Promise<void> {
  await (await adminDb()).doc(`happenings/${id}`).set({ ...happening, done: true });
}

async function posts() {
  const { queuePostsForHappening } = await import('../../functions/src/lib/posts');
  const { deliverDuePosts } = await import('../../functions/src/scheduled/deliver-due-posts');
  const { verifySignature } = await import('../../functions/src/lib/webhook-signature');
  return { queuePostsForHappening, deliverDuePosts, verifySignature };
}

const emailsOf = (world: World) =>
  Object.values(world.people).flatMap((person) => (person.email ? [person.email] : []));

describe('chat posts and signed webhooks', () => {
  it(
    'post a new leader to the season channel, both teams and the signed webhook, in their shapes',
    () =>
      inWorld(async (world) => {
        const { organiser, captain, otherCaptain } = world.people;
        const { seasonId, teamId, otherTeamId } = world;
        const tag = seasonId;
        await organiser.call('saveChatChannel', {
          scope: 'season',
          seasonId,
          kind: 'slack',
          url: `${base}/${tag}/season-slack`,
          language: 'fr',
        });
        const { signingSecret, channelId: hookId } = (await organiser.call('saveChatChannel', {
          scope: 'season',
          seasonId,
          kind: 'webhook',
          url: `${base}/${tag}/hook`,
          language: 'en',
        })) as { signingSecret: string; channelId: string };
        expect(signingSecret).toMatch(/^whsec_[0-9a-f]{64}$/);
        await captain.call('saveChatChannel', {
          scope: 'team',
          seasonId,
          teamId,
          kind: 'teams',
          url: `${base}/${tag}/team-teams`,
          language: 'en',
        });
        await otherCaptain.call('saveChatChannel', {
          scope: 'team',
          seasonId,
          teamId: otherTeamId,
          kind: 'slack',
          url: `${base}/${tag}/other-slack`,
          language: 'en',
        });
        // The signing secret is answered once, and kept where no client reads it.
        await env.withSecurityRulesDisabled(async (context) => {
          const key = await getDoc(doc(context.firestore(), `chatSigningKeys/${hookId}`));
          expect(key.get('secret')).toBe(signingSecret);
        });

        const now = Date.now();
        const happeningId = HAPPENING_IDS.newLeader(seasonId, teamId, now);
        const happening: Happening = {
          kind: 'newLeader',
          seasonId,
          at: now,
          timeZone: 'Europe/Paris',
          teamId,
          teamName: 'Team one',
          previousTeamId: otherTeamId,
          previousTeamName: 'Team two',
        };
        await writeHappening(happeningId, happening);
        const { queuePostsForHappening, verifySignature } = await posts();
        expect(await queuePostsForHappening(happeningId, happening)).toBe(4);
        // Queued twice, posted once.
        expect(await queuePostsForHappening(happeningId, happening)).toBe(0);

        const paths = ['season-slack', 'hook', 'team-teams', 'other-slack'].map(
          (p) => `/${tag}/${p}`,
        );
        await until('the four posts', () =>
          paths.every((path) => at(path).length > 0) ? true : null,
        );

        const slack = JSON.parse(at(paths[0] as string)[0]?.body ?? '{}') as {
          text: string;
          blocks: { type: string }[];
        };
        expect(slack.text).toContain('Team one prend la tête du classement');
        expect(slack.blocks.map((block) => block.type)).toEqual(['header', 'section', 'context']);

        const hook = at(paths[1] as string)[0] as Received;
        expect(JSON.parse(hook.body)).toMatchObject({
          id: happeningId,
          type: 'newLeader',
          seasonId,
          occurredAt: now,
          data: { teamId, teamName: 'Team one', previousTeamName: 'Team two' },
        });
        expect(hook.headers['x-tfg-event-id']).toBe(happeningId);
        const signature = String(hook.headers['x-tfg-signature']);
        expect(verifySignature(signingSecret, signature, hook.body, Date.now() / 1000)).toBe(true);
        expect(verifySignature(signingSecret, signature, `${hook.body} `, Date.now() / 1000)).toBe(
          false,
        );

        const teams = JSON.parse(at(paths[2] as string)[0]?.body ?? '{}') as {
          type: string;
          attachments: { contentType: string; content: { type: string; body: unknown[] } }[];
        };
        expect(teams.type).toBe('message');
        expect(teams.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(teams.attachments[0]?.content.type).toBe('AdaptiveCard');
        expect(JSON.stringify(teams)).toContain('Team one takes the lead');

        for (const path of paths) {
          for (const request of at(path)) {
            expect(request.body).not.toMatch(/@/);
            for (const email of emailsOf(world)) expect(request.body).not.toContain(email);
          }
        }
        const sent = await until('the deliveries marked sent', async () => {
          const rows = await (
            await adminDb()
          )
            .collection('chatDeliveries')
            .where('happeningId', '==', happeningId)
            .get();
          const all = rows.docs.map((row) => row.data() as ChatDelivery);
          return all.length === 4 && all.every((row) => row.status === 'sent') ? all : null;
        });
        expect(sent.map((row) => row.httpStatus)).toEqual([200, 200, 200, 200]);
      }),
    // The first post starts the delivery trigger cold in the emulator.
    60_000,
  );

  it('retries after a 500 with the backoff, and records a redirect as failed without following it', () =>
    inWorld(async (world) => {
      const { organiser } = world.people;
      const { seasonId } = world;
      const flaky = `/${seasonId}/flaky`;
      const moved = `/${seasonId}/moved`;
      answers.set(flaky, [500]);
      answers.set(moved, [302, 302]);
      const { channelId: slackId } = (await organiser.call('saveChatChannel', {
        scope: 'season',
        seasonId,
        kind: 'slack',
        url: `${base}${flaky}`,
        language: 'en',
      })) as { channelId: string };
      const { channelId: teamsId } = (await organiser.call('saveChatChannel', {
        scope: 'season',
        seasonId,
        kind: 'teams',
        url: `${base}${moved}`,
        language: 'en',
      })) as { channelId: string };
      const now = Date.now();
      const happeningId = HAPPENING_IDS.dailyTopFive(seasonId, '2026-03-10');
      const happening: Happening = {
        kind: 'dailyTopFive',
        seasonId,
        at: now,
        timeZone: 'Europe/Paris',
        day: '2026-03-10',
        rows: [{ rank: 1, teamId: world.teamId, name: 'Team one', companyName: 'Co', points: 10 }],
      };
      await writeHappening(happeningId, happening);
      const { queuePostsForHappening, deliverDuePosts } = await posts();
      expect(await queuePostsForHappening(happeningId, happening)).toBe(2);
      const slackDelivery = `${happeningId}__${slackId}`;
      const teamsDelivery = `${happeningId}__${teamsId}`;

      const failed = await until('the first attempt of each', async () => {
        const [a, b] = await Promise.all([delivery(slackDelivery), delivery(teamsDelivery)]);
        return a?.attempts === 1 && b?.attempts === 1 ? { a, b } : null;
      });
      expect(failed.a).toMatchObject({ status: 'failed', httpStatus: 500, lastError: 'HTTP 500' });
      expect(failed.a.nextAttemptAt).toBeGreaterThanOrEqual(now + 60_000);
      expect(failed.b).toMatchObject({ status: 'failed', httpStatus: 302 });
      expect(failed.b.lastError).toContain('redirect 302 not followed');
      expect(failed.b.lastError).not.toContain('127.0.0.1');
      expect(at('/elsewhere')).toHaveLength(0);

      // Before the backoff, nothing is retried; after it, the 500 goes through.
      await deliverDuePosts(now + 30_000);
      expect(at(flaky)).toHaveLength(1);
      await deliverDuePosts(now + 2 * 60_000);
      expect(at(flaky)).toHaveLength(2);
      expect(await delivery(slackDelivery)).toMatchObject({
        status: 'sent',
        attempts: 2,
        httpStatus: 200,
      });
      expect(await delivery(teamsDelivery)).toMatchObject({ status: 'failed', attempts: 2 });
      expect(at('/elsewhere')).toHaveLength(0);
    }));

  it('alerts the organisers’ channel of a backlog older than its hours, and no one else', () =>
    inWorld(async (world) => {
      const { organiser } = world.people;
      const { seasonId } = world;
      const save = (kind: string, path: string, extra: Record<string, unknown>) =>
        organiser.call('saveChatChannel', {
          seasonId,
          kind,
          url: `${base}/${seasonId}/${path}`,
          language: 'en',
          ...extra,
        });
      await save('slack', 'org-24', { scope: 'organisers', backlogAlertHours: 24 });
      await save('teams', 'org-48', { scope: 'organisers', backlogAlertHours: 48 });
      await save('slack', 'season', { scope: 'season' });
      const { queuePostsForHappening } = await posts();
      const { backlogAlertHoursOf } = await import('../../functions/src/lib/posts');
      expect(await backlogAlertHoursOf(seasonId)).toBe(24);
      const now = Date.now();
      const happeningId = HAPPENING_IDS.reviewBacklog(seasonId, '2026-03-10', true);
      const happening: Happening = {
        kind: 'reviewBacklog',
        seasonId,
        at: now,
        timeZone: 'Europe/Paris',
        day: '2026-03-10',
        pending: 3,
        oldestSentAt: now - 30 * 3_600_000,
        flagged: 0,
        overdue: true,
      };
      await writeHappening(happeningId, happening);
      expect(await queuePostsForHappening(happeningId, happening)).toBe(1);
      const alert = await until('the alert', () => at(`/${seasonId}/org-24`)[0] ?? null);
      expect(JSON.parse(alert.body)).toMatchObject({
        text: expect.stringContaining('3 submission(s) waiting for review'),
      });
      expect(alert.body).toContain('The oldest has waited 30 h.');
      expect(at(`/${seasonId}/org-48`)).toHaveLength(0);
      expect(at(`/${seasonId}/season`)).toHaveLength(0);
    }));

  it('checks the address again on every delivery, not only when the URL was saved', () =>
    inWorld(async (world) => {
      const { organiser } = world.people;
      const { seasonId } = world;
      const { channelId } = (await organiser.call('saveChatChannel', {
        scope: 'season',
        seasonId,
        kind: 'webhook',
        url: `${base}/${seasonId}/moved-away`,
        language: 'en',
      })) as { channelId: string };
      // As if the host now resolved to a private address (DNS rebinding).
      await (
        await adminDb()
      )
        .doc(`chatChannelSecrets/${channelId}`)
        .update({ url: 'https://10.20.30.40/hook' });
      const happening: Happening = {
        kind: 'seasonFrozen',
        seasonId,
        at: Date.now(),
        timeZone: 'Europe/Paris',
        seasonName: 'Season',
      };
      const happeningId = HAPPENING_IDS.seasonFrozen(seasonId);
      await writeHappening(happeningId, happening);
      const { queuePostsForHappening } = await posts();
      expect(await queuePostsForHappening(happeningId, happening)).toBe(1);
      const refused = await until('the refused attempt', async () => {
        const row = await delivery(`${happeningId}__${channelId}`);
        return row?.attempts === 1 ? row : null;
      });
      expect(refused).toMatchObject({
        status: 'failed',
        httpStatus: null,
        lastError: 'chat.url.privateHost',
      });
    }));

  it('keeps the URL from team members and other captains; the summary and log go to the captains', () =>
    inWorld(async (world) => {
      const { organiser, captain, member, otherCaptain } = world.people;
      const { seasonId, teamId } = world;
      const { channelId } = (await captain.call('saveChatChannel', {
        scope: 'team',
        seasonId,
        teamId,
        kind: 'slack',
        url: `${base}/${seasonId}/team`,
        language: 'fr',
      })) as { channelId: string };
      await captain.call('sendTestPost', { channelId });
      await until('the test post', () => (at(`/${seasonId}/team`).length > 0 ? true : null));
      const as = (uid: string, organiserClaim = false) =>
        env.authenticatedContext(uid, organiserClaim ? { organiser: true } : {}).firestore();

      const secret = `chatChannelSecrets/${channelId}`;
      await assertSucceeds(getDoc(doc(as(captain.uid), secret)));
      await assertSucceeds(getDoc(doc(as(organiser.uid, true), secret)));
      await assertFails(getDoc(doc(as(member.uid), secret)));
      await assertFails(getDoc(doc(as(otherCaptain.uid), secret)));
      await assertFails(getDoc(doc(as(captain.uid), `chatSigningKeys/${channelId}`)));

      const summary = await assertSucceeds(
        getDoc(doc(as(captain.uid), `chatChannels/${channelId}`)),
      );
      expect(summary.data()).toMatchObject({ kind: 'slack', host: expect.any(String) });
      expect(JSON.stringify(summary.data())).not.toContain('/team');
      await assertFails(getDoc(doc(as(member.uid), `chatChannels/${channelId}`)));
      await assertFails(getDoc(doc(as(otherCaptain.uid), `chatChannels/${channelId}`)));

      const log = (uid: string) =>
        getDocs(
          query(
            collection(as(uid), 'chatDeliveries'),
            where('channelId', '==', channelId),
            where('scope', '==', 'team'),
            where('teamId', '==', teamId),
          ),
        );
      const rows = await assertSucceeds(log(captain.uid));
      expect(rows.docs.map((row) => row.get('happeningKind'))).toEqual(['test']);
      await assertFails(log(member.uid));
      await assertFails(log(otherCaptain.uid));

      // A member may not set the team's channel; the other captain may not set this team's.
      const input = {
        scope: 'team',
        seasonId,
        teamId,
        kind: 'slack',
        url: `${base}/x`,
        language: 'fr',
      };
      expect((await errorOf(member.call('saveChatChannel', input))).code).toBe(
        'functions/permission-denied',
      );
      expect((await errorOf(otherCaptain.call('saveChatChannel', input))).code).toBe(
        'functions/permission-denied',
      );
      const seasonInput = { ...input, scope: 'season' } as Partial<typeof input>;
      delete seasonInput.teamId;
      expect((await errorOf(captain.call('saveChatChannel', seasonInput))).code).toBe(
        'functions/permission-denied',
      );

      await captain.call('removeChatChannel', { channelId });
      await env.withSecurityRulesDisabled(async (context) => {
        expect((await getDoc(doc(context.firestore(), secret))).exists()).toBe(false);
      });
    }));

  it('refuses plain http, private, metadata and loopback addresses, and a Slack URL elsewhere, storing nothing', () =>
    inWorld(async (world) => {
      const { organiser } = world.people;
      const before = await dumpDatabase();
      const cases: [string, 'slack' | 'webhook', string][] = [
        ['http://example.com/hook', 'webhook', 'https://'],
        ['https://10.0.0.1/x', 'webhook', 'private'],
        ['https://169.254.169.254/latest/meta-data/', 'webhook', 'metadata'],
        ['https://[::1]/', 'webhook', 'loopback'],
        ['https://[::ffff:127.0.0.1]:8443/', 'webhook', 'loopback'],
        ['https://hooks.example.com/services/T/B/X', 'slack', 'hooks.slack.com'],
      ];
      for (const [url, kind, reason] of cases) {
        const error = await errorOf(
          organiser.call('saveChatChannel', {
            scope: 'season',
            seasonId: world.seasonId,
            kind,
            url,
            language: 'en',
          }),
        );
        expect(error.code, url).toBe('functions/invalid-argument');
        expect(error.message, url).toContain(reason);
      }
      expect(await dumpDatabase()).toEqual(before);
    }));
});
