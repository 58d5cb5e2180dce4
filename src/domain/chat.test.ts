import { describe, expect, it } from 'vitest';
import {
  backlogOverdue,
  channelReceives,
  checkWebhookUrl,
  postBody,
  postTargets,
  retryDelay,
  saveChatChannelSchema,
  slackPayload,
  teamsPayload,
  postText,
  webhookPayload,
  type ChatChannel,
  type PostContext,
} from './chat';
import type { Happening } from './happenings';

const REAL = { emulated: false };
const EMU = { emulated: true };
const SLACK = 'https://hooks.slack.com/services/T000/B000/XXXX';
const TEAMS_FLOW =
  'https://default1234.ab.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x';
const TEAMS_LOGIC =
  'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x';
const TEAMS_OFFICE = 'https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi';

const refused = (url: string, kind: 'slack' | 'teams' | 'webhook', emulated = false) => {
  const result = checkWebhookUrl(url, kind, { emulated });
  return result.ok ? null : result.reason;
};

describe('checkWebhookUrl', () => {
  it('accepts Slack on hooks.slack.com and Teams on the hosts Microsoft documents', () => {
    expect(checkWebhookUrl(SLACK, 'slack', REAL)).toMatchObject({
      ok: true,
      host: 'hooks.slack.com',
      port: 443,
    });
    for (const url of [TEAMS_FLOW, TEAMS_LOGIC, TEAMS_OFFICE]) {
      expect(checkWebhookUrl(url, 'teams', REAL).ok).toBe(true);
    }
    expect(checkWebhookUrl('https://hooks.example.org/tfg', 'webhook', REAL).ok).toBe(true);
    expect(checkWebhookUrl('https://93.184.216.34/in', 'webhook', REAL).ok).toBe(true);
  });

  it('refuses a tool URL on another host', () => {
    expect(refused('https://hooks.slack.com.evil.example/services/x', 'slack')).toBe(
      'chat.url.notSlack',
    );
    expect(refused('https://example.com/services/x', 'slack')).toBe('chat.url.notSlack');
    expect(refused(TEAMS_FLOW, 'slack')).toBe('chat.url.notSlack');
    expect(refused(SLACK, 'teams')).toBe('chat.url.notTeams');
    expect(refused('https://logic.azure.com.evil.example/x', 'teams')).toBe('chat.url.notTeams');
  });

  it('refuses plain http, credentials, fragments, non-URLs and URLs over 2,000 characters', () => {
    expect(refused('http://example.com/hook', 'webhook')).toBe('chat.url.notHttps');
    expect(refused('ftp://example.com/hook', 'webhook')).toBe('chat.url.notHttps');
    expect(refused('https://user:pass@example.com/hook', 'webhook')).toBe('chat.url.credentials');
    expect(refused('https://user@hooks.slack.com/services/x', 'slack')).toBe(
      'chat.url.credentials',
    );
    expect(refused('https://example.com/hook#top', 'webhook')).toBe('chat.url.fragment');
    expect(refused('not a url', 'webhook')).toBe('chat.url.invalid');
    expect(refused(`https://example.com/${'a'.repeat(2000)}`, 'webhook')).toBe('chat.url.tooLong');
  });

  it('refuses the machine itself and metadata services by name', () => {
    for (const url of [
      'https://localhost/x',
      'https://app.localhost/x',
      'https://metadata.google.internal/computeMetadata/v1/',
      'https://metadata/x',
      'https://intranet/x',
    ]) {
      expect(refused(url, 'webhook')).toBe('chat.url.privateHost');
    }
  });

  it('allows a loopback receiver over http on the emulators only', () => {
    for (const url of ['http://127.0.0.1:8123/slack', 'http://localhost:8123/x']) {
      expect(checkWebhookUrl(url, 'slack', EMU).ok).toBe(true);
      expect(checkWebhookUrl(url, 'slack', REAL).ok).toBe(false);
    }
    expect(refused('http://10.0.0.1/x', 'webhook', true)).toBe('chat.url.notHttps');
    // Only the receiver's own form: a named port on 127.0.0.1 or localhost.
    expect(refused('http://127.0.0.1/x', 'webhook', true)).toBe('chat.url.notHttps');
    expect(refused('http://[::1]:8123/x', 'webhook', true)).toBe('chat.url.notHttps');
    expect(refused('https://localhost/x', 'webhook', true)).toBe('chat.url.privateHost');
    expect(refused('http://example.com/x', 'webhook', true)).toBe('chat.url.notHttps');
  });
});

describe('saveChatChannelSchema', () => {
  const base = { seasonId: 's1', kind: 'slack', url: SLACK, language: 'fr' };
  it('needs a team for a team channel and only there', () => {
    expect(saveChatChannelSchema.safeParse({ ...base, scope: 'team', teamId: 't1' }).success).toBe(
      true,
    );
    const missing = saveChatChannelSchema.safeParse({ ...base, scope: 'team' });
    expect(missing.error?.issues[0]?.message).toBe('validation.chatTeam');
    expect(
      saveChatChannelSchema.safeParse({ ...base, scope: 'season', teamId: 't1' }).success,
    ).toBe(false);
  });
  it('takes signed webhooks for the season only, and backlog hours 1 to 168 for organisers only', () => {
    const webhook = { ...base, kind: 'webhook', url: 'https://example.com/x' };
    expect(saveChatChannelSchema.safeParse({ ...webhook, scope: 'season' }).success).toBe(true);
    expect(
      saveChatChannelSchema.safeParse({ ...webhook, scope: 'team', teamId: 't1' }).error?.issues[0]
        ?.message,
    ).toBe('validation.chatWebhookScope');
    const organisers = { ...base, scope: 'organisers' };
    expect(saveChatChannelSchema.safeParse({ ...organisers, backlogAlertHours: 1 }).success).toBe(
      true,
    );
    expect(saveChatChannelSchema.safeParse({ ...organisers, backlogAlertHours: 168 }).success).toBe(
      true,
    );
    for (const hours of [0, 169, 2.5]) {
      expect(
        saveChatChannelSchema.safeParse({ ...organisers, backlogAlertHours: hours }).error
          ?.issues[0]?.message,
      ).toBe('validation.backlogAlertHours');
    }
    expect(
      saveChatChannelSchema.safeParse({ ...base, scope: 'season', backlogAlertHours: 4 }).success,
    ).toBe(false);
  });
});

const at = Date.UTC(2026, 2, 10, 9, 0);
const common = { seasonId: 's1', at, timeZone: 'Europe/Paris' };
const rows = [
  { rank: 1, teamId: 't1', name: 'Les Loutres', companyName: 'Acme', points: 120 },
  { rank: 2, teamId: 't2', name: 'Green Bits', companyName: 'Beta', points: 90 },
];
const HAPPENINGS: Record<string, Happening> = {
  firstThemeAction: {
    ...common,
    kind: 'firstThemeAction',
    teamId: 't1',
    teamName: 'Les Loutres',
    theme: 'sobriety',
  },
  newLeader: {
    ...common,
    kind: 'newLeader',
    teamId: 't1',
    teamName: 'Les Loutres',
    previousTeamId: 't2',
    previousTeamName: 'Green Bits',
  },
  rankChanged: {
    ...common,
    kind: 'rankChanged',
    day: '2026-03-10',
    teamId: 't1',
    teamName: 'Les Loutres',
    rank: 2,
    previousRank: 3,
    teamCount: 9,
  },
  dailyTopFive: { ...common, kind: 'dailyTopFive', day: '2026-03-10', rows },
  eventStarting: {
    ...common,
    kind: 'eventStarting',
    eventId: 'e1',
    title: { fr: 'Atelier', en: 'Workshop' },
    startsAt: at + 3_600_000,
    endsAt: at + 7_200_000,
    place: 'Salle 2',
    onlineUrl: null,
    window: '1h',
  },
  announcement: {
    ...common,
    kind: 'announcement',
    companyId: null,
    title: { fr: 'Bravo', en: 'Well done' },
    message: { fr: 'Continuez', en: 'Keep going' },
    from: 'Orga 12',
  },
  seasonFrozen: { ...common, kind: 'seasonFrozen', seasonName: 'Printemps' },
  seasonClosed: { ...common, kind: 'seasonClosed', seasonName: 'Printemps', rows },
  reviewBacklog: {
    ...common,
    kind: 'reviewBacklog',
    day: '2026-03-10',
    pending: 4,
    oldestSentAt: at - 30 * 3_600_000,
    flagged: 1,
    overdue: true,
  },
};
const h = (kind: string): Happening => HAPPENINGS[kind] as Happening;

const channel = (
  scope: ChatChannel['scope'],
  kind: ChatChannel['kind'],
  teamId: string | null = null,
) => ({
  scope,
  kind,
  teamId,
});

describe('what posts where', () => {
  it('follows the rule for each kind', () => {
    expect(postTargets(h('firstThemeAction'))).toMatchObject({ season: true, teamIds: ['t1'] });
    expect(postTargets(h('newLeader'))).toMatchObject({ season: true, teamIds: ['t1', 't2'] });
    expect(postTargets(h('dailyTopFive'))).toMatchObject({ season: true, teamIds: [] });
    expect(postTargets(h('eventStarting')).season).toBe(true);
    expect(postTargets({ ...h('eventStarting'), window: '24h' } as Happening).season).toBe(false);
    expect(postTargets(h('seasonClosed'))).toMatchObject({ season: true, allTeams: true });
    expect(postTargets(h('reviewBacklog'))).toMatchObject({ season: false, organisers: true });
    expect(postTargets({ ...h('reviewBacklog'), overdue: false } as Happening).organisers).toBe(
      false,
    );
    for (const kind of ['rankChanged', 'announcement', 'seasonFrozen']) {
      expect(postTargets(h(kind))).toEqual({
        season: false,
        organisers: false,
        teamIds: [],
        allTeams: false,
      });
    }
  });

  it('sends team posts to the teams concerned, and every kind to a signed webhook', () => {
    expect(channelReceives(channel('team', 'slack', 't2'), h('newLeader'))).toBe(true);
    expect(channelReceives(channel('team', 'slack', 't3'), h('newLeader'))).toBe(false);
    expect(channelReceives(channel('team', 'teams', 't3'), h('seasonClosed'))).toBe(true);
    // The backlog has waited 30 hours: an alert for a channel set at 24 hours, not at 48.
    expect(channelReceives(channel('organisers', 'slack'), h('reviewBacklog'))).toBe(true);
    expect(
      channelReceives(
        { ...channel('organisers', 'slack'), backlogAlertHours: 48 },
        h('reviewBacklog'),
      ),
    ).toBe(false);
    expect(
      channelReceives(
        { ...channel('organisers', 'slack'), backlogAlertHours: 29 },
        h('reviewBacklog'),
      ),
    ).toBe(true);
    expect(channelReceives(channel('season', 'slack'), h('reviewBacklog'))).toBe(false);
    for (const kind of Object.keys(HAPPENINGS)) {
      expect(channelReceives(channel('season', 'webhook'), h(kind))).toBe(true);
      expect(channelReceives(channel('season', 'slack'), h(kind))).toBe(
        postTargets(h(kind)).season,
      );
    }
  });
});

const context = (language: 'fr' | 'en'): PostContext => ({
  seasonName: 'Printemps 2026',
  appUrl: 'https://tfg.example.org',
  language,
});

describe('payloads', () => {
  it('Slack: Block Kit with a header, a section and a context footer, and a text fallback', () => {
    const payload = slackPayload(postText(h('dailyTopFive'), context('en')));
    expect(payload.text).toContain('Top five on 2026-03-10');
    expect(payload.text).toContain('1. Les Loutres (Acme) — 120 pts');
    expect(payload.blocks.map((block) => block.type)).toEqual(['header', 'section', 'context']);
    expect(payload.blocks[0]).toMatchObject({ text: { type: 'plain_text' } });
  });

  it('Teams: a message with one Adaptive Card attachment', () => {
    const payload = teamsPayload(postText(h('firstThemeAction'), context('fr')));
    expect(payload.type).toBe('message');
    expect(payload.attachments).toHaveLength(1);
    const card = payload.attachments[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content).toMatchObject({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.4',
    });
    expect(card?.content.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'Les Loutres ouvre le thème « Numérique plus sobre »',
    });
  });

  it('the signed webhook: id, type, season, time and the fields of the happening', () => {
    const payload = webhookPayload('top-five-s1-2026-03-10', h('dailyTopFive'));
    expect(payload).toMatchObject({
      id: 'top-five-s1-2026-03-10',
      type: 'dailyTopFive',
      seasonId: 's1',
      occurredAt: at,
      data: { day: '2026-03-10', rows, timeZone: 'Europe/Paris' },
    });
    expect(payload.data).not.toHaveProperty('kind');
  });

  it('speaks the channel language and never carries an email address', () => {
    for (const kind of Object.keys(HAPPENINGS)) {
      const happening = { ...h(kind), from: 'x@example.com' } as Happening;
      for (const tool of ['slack', 'teams'] as const) {
        const fr = postBody(tool, 'id', h(kind), context('fr'));
        const en = postBody(tool, 'id', h(kind), context('en'));
        expect(fr).not.toEqual(en);
        expect(fr).not.toMatch(/@/);
        expect(en).not.toMatch(/@/);
        // A stray field a happening might carry never reaches a chat tool's words.
        expect(postBody(tool, 'id', happening, context('en'))).not.toContain('x@example.com');
      }
      expect(postBody('webhook', 'id', h(kind), context('en'))).not.toMatch(/@/);
    }
  });
});

describe('backlogOverdue', () => {
  it('is true once the oldest pending submission has waited longer than the hours set', () => {
    const hour = 3_600_000;
    expect(backlogOverdue({ at: 10 * hour, oldestSentAt: 5 * hour }, 4)).toBe(true);
    expect(backlogOverdue({ at: 10 * hour, oldestSentAt: 5 * hour }, 5)).toBe(false);
    expect(backlogOverdue({ at: 10 * hour, oldestSentAt: null }, 1)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h, then gives up', () => {
    const minute = 60_000;
    expect([1, 2, 3, 4, 5].map(retryDelay)).toEqual([
      minute,
      5 * minute,
      30 * minute,
      120 * minute,
      360 * minute,
    ]);
    expect(retryDelay(6)).toBeNull();
    expect(retryDelay(0)).toBeNull();
  });
});
