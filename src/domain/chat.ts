// Chat-tool posts and signed webhooks: the channels an organiser or a captain sets (Slack, Microsoft
// Teams, or a signed webhook for an organiser's own tools), the rule a pasted URL must pass before
// anything is sent to it, what each happening posts where and in which shape, and the retry rule.
// Public names only: a post never carries an email address or a person's real name.
import { z } from 'zod';
import type { Happening, HappeningBody, HappeningKind, StandingRow } from './happenings';
import type { Locale, ThemeId } from './themes';
import { documentIdPart, documentIdSchema } from './document-id';

export const CHAT_KINDS = ['slack', 'teams', 'webhook'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

/**
 * season: the participants' channel (an organiser sets it); organisers: the review-backlog alerts
 * (an organiser sets it); team: one team's channel (a captain of that team, or an organiser).
 */
export const CHAT_SCOPES = ['season', 'organisers', 'team'] as const;
export type ChatScope = (typeof CHAT_SCOPES)[number];

export const CHAT_LANGUAGES = ['fr', 'en'] as const satisfies readonly Locale[];

export const BACKLOG_ALERT_HOURS_MIN = 1;
export const BACKLOG_ALERT_HOURS_MAX = 168;
export const BACKLOG_ALERT_HOURS_DEFAULT = 24;
export const WEBHOOK_URL_MAX = 2000;
/** How many deliveries the log of a channel shows. */
export const DELIVERY_LOG_SIZE = 20;

export const CHAT_PATHS = {
  /** What the scope's captains and organisers read: no URL. */
  channels: 'chatChannels',
  /** The URL: whoever set it and organisers. */
  channelSecrets: 'chatChannelSecrets',
  /** A signed webhook's signing secret: the functions only (shown once, when it is made). */
  signingKeys: 'chatSigningKeys',
  /** The outbox and the delivery log. */
  deliveries: 'chatDeliveries',
  /** One channel per scope and kind: setting it again replaces it. */
  channelId: (scope: ChatScope, scopeId: string, kind: ChatKind) => `${scope}-${scopeId}-${kind}`,
  /** One delivery per happening and channel, so queueing twice posts once. */
  deliveryId: (happeningId: string, channelId: string) => `${happeningId}__${channelId}`,
} as const;

/** `chatChannels/{channelId}`: a channel as its readers see it, without its URL. */
export interface ChatChannel {
  readonly scope: ChatScope;
  readonly seasonId: string;
  readonly teamId: string | null;
  readonly kind: ChatKind;
  readonly host: string;
  readonly language: Locale;
  readonly backlogAlertHours: number | null;
  readonly setBy: string;
  readonly setByName: string;
  readonly setAt: number;
}

/** `chatChannelSecrets/{channelId}`: the pasted URL, readable by `setBy` and organisers. */
export interface ChatChannelSecret {
  readonly url: string;
  readonly setBy: string;
  readonly seasonId: string;
}

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'gaveUp'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** `chatDeliveries/{happeningId}__{channelId}`: one post to one channel, and how it went. */
export interface ChatDelivery {
  readonly channelId: string;
  readonly happeningId: string;
  readonly happeningKind: HappeningKind | 'test';
  readonly scope: ChatScope;
  readonly seasonId: string;
  readonly teamId: string | null;
  /** The JSON body, built when queued: every attempt sends the same bytes. */
  readonly body: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: number | null;
  /** Short, and never the URL. */
  readonly lastError: string | null;
  readonly httpStatus: number | null;
  readonly sentAt: number | null;
  /** When it was queued (the log lists the newest first). */
  readonly at: number;
}

/**
 * saveChatChannel: a team channel names its team; a signed webhook is for an organiser's own
 * tools, so only the season scope takes one; the organisers' channel says after how many hours
 * (1 to 168) a waiting submission is worth an alert.
 */
export const saveChatChannelSchema = z
  .strictObject({
    scope: z.enum(CHAT_SCOPES, { error: 'validation.chatScope' }),
    seasonId: documentIdSchema('validation.seasonId', 40),
    teamId: documentIdSchema('validation.teamId', 40).optional(),
    kind: z.enum(CHAT_KINDS, { error: 'validation.chatKind' }),
    url: z
      .string({ error: 'validation.webhookUrl' })
      .trim()
      .min(1, { error: 'validation.webhookUrl' })
      .max(WEBHOOK_URL_MAX, { error: 'validation.webhookUrlTooLong' }),
    language: z.enum(CHAT_LANGUAGES, { error: 'validation.chatLanguage' }),
    backlogAlertHours: z
      .number({ error: 'validation.backlogAlertHours' })
      .int({ error: 'validation.backlogAlertHours' })
      .min(BACKLOG_ALERT_HOURS_MIN, { error: 'validation.backlogAlertHours' })
      .max(BACKLOG_ALERT_HOURS_MAX, { error: 'validation.backlogAlertHours' })
      .optional(),
  })
  .refine((input) => (input.scope === 'team') === (input.teamId !== undefined), {
    error: 'validation.chatTeam',
    path: ['teamId'],
  })
  .refine((input) => input.kind !== 'webhook' || input.scope === 'season', {
    error: 'validation.chatWebhookScope',
    path: ['kind'],
  })
  .refine((input) => input.backlogAlertHours === undefined || input.scope === 'organisers', {
    error: 'validation.backlogAlertHours',
    path: ['backlogAlertHours'],
  });
export type SaveChatChannelInput = z.infer<typeof saveChatChannelSchema>;

/** removeChatChannel and sendTestPost: one channel by its id. */
export const chatChannelPayloadSchema = z.strictObject({
  channelId: z
    .string({ error: 'validation.chatChannel' })
    .regex(new RegExp(`^(season|organisers|team)-${documentIdPart(40)}-(slack|teams|webhook)$`), {
      error: 'validation.chatChannel',
    }),
});

// --- The URL rule -------------------------------------------------------------------------------

/** Why a pasted URL is refused: an i18n key under `chat.url`. */
export type WebhookUrlReason =
  | 'chat.url.invalid'
  | 'chat.url.tooLong'
  | 'chat.url.notHttps'
  | 'chat.url.credentials'
  | 'chat.url.fragment'
  | 'chat.url.notSlack'
  | 'chat.url.notTeams'
  | 'chat.url.privateHost';

export type WebhookUrlCheck =
  | {
      readonly ok: true;
      readonly url: string;
      readonly host: string;
      readonly port: number;
      /** The emulators' loopback receiver: its address is loopback, and may be. */
      readonly loopbackReceiver: boolean;
    }
  | { readonly ok: false; readonly reason: WebhookUrlReason };

/** Slack's incoming webhooks live on this host only. */
const SLACK_HOST = 'hooks.slack.com';

/**
 * The hosts of Teams webhooks, as Microsoft documents them: the incoming webhooks of the
 * retiring Microsoft 365 connectors on `<tenant>.webhook.office.com`, and the Workflows (Power
 * Automate) "When a Teams webhook request is received" trigger, whose URLs moved from
 * `prod-NN.<region>.logic.azure.com` to `<environment>.environment.api.powerplatform.com` in
 * 2025 (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
 * and learn.microsoft.com/troubleshoot/power-platform/power-automate/flow-run-issues/triggers-troubleshoot
 * "Changes to HTTP or Teams Webhook trigger flows").
 */
const TEAMS_HOST_SUFFIXES = [
  '.webhook.office.com',
  '.logic.azure.com',
  '.environment.api.powerplatform.com',
];

/** Host names that name the machine itself or a cloud's metadata service. */
const FORBIDDEN_HOST_NAMES = ['localhost', 'metadata.google.internal', 'metadata'];

/** A test receiver on the emulators: these names with an explicit port. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];

function isIpLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.startsWith('[');
}

/**
 * Rule: a webhook URL is at most 2,000 characters, https (on the emulators also http or https to
 * 127.0.0.1 or localhost with a port, so tests can run a receiver; nothing else), with no credentials and no
 * fragment; a Slack URL is on hooks.slack.com, a Teams URL on one of the hosts Microsoft
 * documents for its webhooks, a signed webhook on any host name that is not the machine itself
 * or a metadata service (its addresses are checked after DNS, on every delivery).
 */
export function checkWebhookUrl(
  raw: string,
  kind: ChatKind,
  options: { readonly emulated: boolean },
): WebhookUrlCheck {
  if (raw.length > WEBHOOK_URL_MAX) return { ok: false, reason: 'chat.url.tooLong' };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'chat.url.invalid' };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const loopbackReceiver = options.emulated && LOOPBACK_HOSTS.includes(host) && url.port !== '';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackReceiver)) {
    return { ok: false, reason: 'chat.url.notHttps' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'chat.url.credentials' };
  }
  if (url.hash !== '' || raw.includes('#')) return { ok: false, reason: 'chat.url.fragment' };
  if (host === '') return { ok: false, reason: 'chat.url.invalid' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const accepted = { ok: true as const, url: url.toString(), host, port, loopbackReceiver };
  if (loopbackReceiver) return accepted;
  if (kind === 'slack' && host !== SLACK_HOST) return { ok: false, reason: 'chat.url.notSlack' };
  if (kind === 'teams' && !TEAMS_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return { ok: false, reason: 'chat.url.notTeams' };
  }
  if (
    FORBIDDEN_HOST_NAMES.includes(host) ||
    host.endsWith('.localhost') ||
    host.endsWith('.internal') ||
    (!isIpLiteral(host) && !host.includes('.'))
  ) {
    return { ok: false, reason: 'chat.url.privateHost' };
  }
  return accepted;
}

// --- What posts where ---------------------------------------------------------------------------

/** Where a happening goes among the chat tools' channels (signed webhooks take every kind). */
export interface PostTargets {
  readonly season: boolean;
  readonly organisers: boolean;
  /** The team channels of these teams. */
  readonly teamIds: readonly string[];
  /** Every team channel of the season. */
  readonly allTeams: boolean;
}

const NOWHERE: PostTargets = { season: false, organisers: false, teamIds: [], allTeams: false };

/**
 * Rule: a team's first action in a theme goes to that team's channel and the season channel; a
 * new leader to the season channel and the channels of both teams; the daily top five and an
 * event starting within the hour to the season channel; the final standings to the season
 * channel and every team channel of the season; an overdue review backlog to the organisers'
 * channel only. Nothing else reaches a chat tool (signed webhooks receive every kind).
 */
export function postTargets(happening: HappeningBody): PostTargets {
  switch (happening.kind) {
    case 'firstThemeAction':
      return { ...NOWHERE, season: true, teamIds: [happening.teamId] };
    case 'newLeader':
      return {
        ...NOWHERE,
        season: true,
        teamIds: happening.previousTeamId
          ? [happening.teamId, happening.previousTeamId]
          : [happening.teamId],
      };
    case 'dailyTopFive':
      return { ...NOWHERE, season: true };
    case 'eventStarting':
      return happening.window === '1h' ? { ...NOWHERE, season: true } : NOWHERE;
    case 'seasonClosed':
      return { ...NOWHERE, season: true, allTeams: true };
    case 'reviewBacklog':
      return happening.overdue ? { ...NOWHERE, organisers: true } : NOWHERE;
    default:
      return NOWHERE;
  }
}

/**
 * Rule: the review backlog is worth an alert in the organisers' channel when the oldest pending
 * submission has waited longer than the hours that channel set (when the happening was written).
 */
export function backlogOverdue(
  backlog: { readonly at: number; readonly oldestSentAt: number | null },
  alertHours: number,
): boolean {
  return (
    backlog.oldestSentAt !== null && backlog.at - backlog.oldestSentAt > alertHours * 3_600_000
  );
}

/**
 * Rule: a channel receives a happening when its scope is among the targets (the organisers'
 * channel only once the backlog has waited longer than its hours); a signed webhook (season
 * scope) receives every kind.
 */
export function channelReceives(
  channel: Pick<ChatChannel, 'scope' | 'kind' | 'teamId'> &
    Partial<Pick<ChatChannel, 'backlogAlertHours'>>,
  happening: HappeningBody & { readonly at?: number },
): boolean {
  if (channel.kind === 'webhook') return channel.scope === 'season';
  const targets = postTargets(happening);
  if (channel.scope === 'season') return targets.season;
  if (channel.scope === 'organisers') {
    if (!targets.organisers || happening.kind !== 'reviewBacklog') return false;
    return backlogOverdue(
      { at: happening.at ?? Date.now(), oldestSentAt: happening.oldestSentAt },
      channel.backlogAlertHours ?? BACKLOG_ALERT_HOURS_DEFAULT,
    );
  }
  return targets.allTeams || (channel.teamId !== null && targets.teamIds.includes(channel.teamId));
}

// --- What a post says ---------------------------------------------------------------------------

// The posts are written by the functions, which do not load the SPA's i18next files: the theme
// labels are repeated here, as src/i18n/*.json "themes" has them (src/i18n/chat-themes.test.ts checks they agree).
export const THEME_LABELS: Record<Locale, Record<ThemeId, string>> = {
  fr: {
    sobriety: 'Numérique plus sobre',
    citizenship: 'Numérique plus citoyen',
    respect: 'Plus respectueux des utilisateurs',
    accessibility: 'Plus accessible',
    diversity: 'Plus divers et inclusif',
    engagement: 'Plus engagé',
  },
  en: {
    sobriety: 'Lower-carbon digital',
    citizenship: 'Civic digital',
    respect: 'Respectful of users',
    accessibility: 'Accessible',
    diversity: 'Diverse and inclusive',
    engagement: 'Engaged',
  },
};

/** A post before it takes a tool's shape: a title, lines, and a footer. */
export interface PostText {
  readonly title: string;
  readonly lines: readonly string[];
  readonly footer: string;
}

export interface PostContext {
  readonly seasonName: string;
  readonly appUrl: string;
  readonly language: Locale;
}

/** One line per team: rank, team name, company, points ("pts" reads the same in both languages). */
function standings(rows: readonly StandingRow[]): string[] {
  return rows.map((row) => `${row.rank}. ${row.name} (${row.companyName}) — ${row.points} pts`);
}

function formatDate(at: number, timeZone: string, language: Locale): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

/** The words of a post, in the channel's language, from public names and titles only. */
export function postText(happening: Happening, context: PostContext): PostText {
  const fr = context.language === 'fr';
  const footer = `${context.seasonName} · ${context.appUrl}`;
  const post = (title: string, lines: string[] = []): PostText => ({ title, lines, footer });
  switch (happening.kind) {
    case 'firstThemeAction': {
      const theme = THEME_LABELS[context.language][happening.theme];
      return post(
        fr
          ? `${happening.teamName} ouvre le thème « ${theme} »`
          : `${happening.teamName} opens the theme “${theme}”`,
        [
          fr
            ? 'Première action validée de l’équipe dans ce thème.'
            : 'The team’s first approved action in this theme.',
        ],
      );
    }
    case 'newLeader':
      return post(
        fr
          ? `${happening.teamName} prend la tête du classement`
          : `${happening.teamName} takes the lead`,
        happening.previousTeamName
          ? [
              fr
                ? `Devant ${happening.previousTeamName}.`
                : `Ahead of ${happening.previousTeamName}.`,
            ]
          : [],
      );
    case 'rankChanged':
      return post(
        fr
          ? `${happening.teamName} passe à la place ${happening.rank} sur ${happening.teamCount}`
          : `${happening.teamName} moves to rank ${happening.rank} of ${happening.teamCount}`,
      );
    case 'dailyTopFive':
      return post(
        fr ? `Le top 5 du ${happening.day}` : `Top five on ${happening.day}`,
        standings(happening.rows),
      );
    case 'eventStarting':
      return post(
        fr ? `Ça commence bientôt : ${happening.title.fr}` : `Starting soon: ${happening.title.en}`,
        [
          formatDate(happening.startsAt, happening.timeZone, context.language),
          ...(happening.place ? [happening.place] : []),
          ...(happening.onlineUrl ? [happening.onlineUrl] : []),
        ],
      );
    case 'announcement':
      return post(happening.title[context.language], [happening.message[context.language]]);
    case 'seasonFrozen':
      return post(
        fr
          ? `Classement gelé : ${happening.seasonName}`
          : `Leaderboard frozen: ${happening.seasonName}`,
        [
          fr
            ? 'Le classement public ne bouge plus jusqu’à la clôture.'
            : 'The public board stays still until the close.',
        ],
      );
    case 'seasonClosed':
      return post(
        fr
          ? `Classement final : ${happening.seasonName}`
          : `Final standings: ${happening.seasonName}`,
        standings(happening.rows),
      );
    case 'reviewBacklog': {
      const hours =
        happening.oldestSentAt === null
          ? 0
          : Math.floor((happening.at - happening.oldestSentAt) / 3_600_000);
      return post(
        fr
          ? `${happening.pending} soumission(s) attendent une revue`
          : `${happening.pending} submission(s) waiting for review`,
        [
          fr ? `La plus ancienne attend depuis ${hours} h.` : `The oldest has waited ${hours} h.`,
          ...(happening.flagged > 0
            ? [
                fr
                  ? `${happening.flagged} signalée(s) comme doublon possible.`
                  : `${happening.flagged} flagged as possible duplicates.`,
              ]
            : []),
        ],
      );
    }
  }
}

/** A test post, sent when someone asks to check a channel. */
export function testPostText(context: PostContext): PostText {
  const fr = context.language === 'fr';
  return {
    title: fr ? 'Message de test' : 'Test post',
    lines: [
      fr
        ? 'Ce canal recevra les messages du défi Tech for Good.'
        : 'This channel will receive the Tech for Good Challenge posts.',
    ],
    footer: `${context.seasonName} · ${context.appUrl}`,
  };
}

// --- The shapes each tool documents -------------------------------------------------------------

/** Slack Block Kit: a header, a section of lines, a context footer, and `text` as the fallback. */
export function slackPayload(post: PostText) {
  return {
    text: [post.title, ...post.lines].join('\n'),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: post.title.slice(0, 150) } },
      ...(post.lines.length > 0
        ? [{ type: 'section', text: { type: 'mrkdwn', text: post.lines.join('\n') } }]
        : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: post.footer }] },
    ],
  };
}

/**
 * Microsoft Teams Workflows: a message with one Adaptive Card attachment (Workflows take Adaptive
 * Cards only, not the connectors' old MessageCard).
 */
export function teamsPayload(post: PostText) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: post.title,
              weight: 'Bolder',
              size: 'Medium',
              style: 'heading',
              wrap: true,
            },
            ...post.lines.map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
            { type: 'TextBlock', text: post.footer, isSubtle: true, size: 'Small', wrap: true },
          ],
        },
      },
    ],
  };
}

/** The signed webhook's JSON: the happening's id and kind, its season, when, and its fields. */
export function webhookPayload(happeningId: string, happening: Happening) {
  // The envelope's own fields, and the fan-out's bookkeeping, are not the happening's data.
  const envelope = new Set(['kind', 'seasonId', 'at', 'cursor', 'done']);
  const data = Object.fromEntries(Object.entries(happening).filter(([key]) => !envelope.has(key)));
  return {
    id: happeningId,
    type: happening.kind,
    seasonId: happening.seasonId,
    occurredAt: happening.at,
    data,
  };
}

/** The body a channel of this kind receives for a happening, as the bytes to send. */
export function postBody(
  kind: ChatKind,
  happeningId: string,
  happening: Happening,
  context: PostContext,
): string {
  if (kind === 'webhook') return JSON.stringify(webhookPayload(happeningId, happening));
  const text = postText(happening, context);
  return JSON.stringify(kind === 'slack' ? slackPayload(text) : teamsPayload(text));
}

// --- Retries ------------------------------------------------------------------------------------

const MINUTE = 60_000;
export const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 360 * MINUTE];

/**
 * Rule: after a failed attempt number `attempts` (1 for the first), the next waits 1 min, 5 min,
 * 30 min, 2 h, then 6 h; after the sixth failed attempt the delivery is given up (null).
 */
export function retryDelay(attempts: number): number | null {
  return RETRY_DELAYS_MS[attempts - 1] ?? null;
}
