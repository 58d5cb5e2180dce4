// The commands: for each callable, its name, what it takes, what it answers and what it needs.
// The functions' wrapper asks the capability and parses the payload from here; the SPA's command
// hook types its payload and parses its answer from here, so neither side spells a name or casts
// a reply on its own.
import { z } from 'zod';
import {
  deleteAccountPayloadSchema,
  exportMyDataPayloadSchema,
  type DeleteAccountResult,
  type MyDataExport,
} from './account';
import { announcementPayloadSchema } from './announcements';
import { chatChannelPayloadSchema, saveChatChannelSchema } from './chat';
import { DOMAIN_REFUSALS } from './company-domains';
import { attendancePayloadSchema, eventPayloadSchema, saveEventPayloadSchema } from './events';
import {
  autoApprovalPayloadSchema,
  correctionPayloadSchema,
  reactPayloadSchema,
  reconcilePayloadSchema,
  resubmitPayloadSchema,
  reviewPayloadSchema,
  revokePayloadSchema,
  submitPayloadSchema,
  withdrawPayloadSchema,
} from './game';
import { mailPreferencesPayloadSchema, type MailPreferences } from './mail';
import { notificationPayloadSchema } from './notifications';
import { nudgePayloadSchema } from './nudges';
import { seasonReportPayloadSchema, type SeasonReport } from './report';
import type { Capability } from './roles';
import { SUBMISSION_STATUSES } from './scoring';
import { runJobPayloadSchema, SCHEDULED_JOB_NAMES } from './schedule';
import { emptyPayloadSchema, pickPayloadSchema } from './schemas';
import { advanceSeasonPayloadSchema, saveSeasonPayloadSchema, SEASON_STATES } from './season';
import { answerSurveyPayloadSchema, setSurveyPayloadSchema } from './survey';
import {
  createCompanyPayloadSchema,
  createTeamPayloadSchema,
  joinTeamPayloadSchema,
  saveCompanyDomainsPayloadSchema,
  profilePayloadSchema,
  seasonPayloadSchema,
  setOrganiserPayloadSchema,
  setTeamRolePayloadSchema,
  teamMemberPayloadSchema,
  teamPayloadSchema,
  type InvitePreview,
} from './team';
import { LOCALES } from './themes';

export interface CommandSpec {
  /** What the callable takes: parsed before anything is read, refused with `invalid-argument`. */
  readonly payload: z.ZodType;
  /** What it answers (extra fields, such as the emulator's operation counts, are dropped). */
  readonly result: z.ZodType;
  /** The capability the caller needs, asked of the table with `can()`. */
  readonly capability: Capability;
  /**
   * Rule: a capability is asked before the payload is read, of the caller's role apart from any
   * team; `byDocument` when only the document the payload names says the caller's role (their
   * membership of that team), so the command asks it once it has read that document.
   */
  readonly byDocument?: true;
}

/**
 * A large answer built by one domain function, whose type that function gives: checked to be an
 * object holding the fields that name it, not field by field.
 */
const built = <T>(...keys: readonly string[]) =>
  z.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      keys.every((key) => Object.prototype.hasOwnProperty.call(value, key)),
  );

const teamAnswer = z.object({ teamId: z.string() });
const submissionAnswer = <S extends string>(status: S) =>
  z.object({ submissionId: z.string(), status: z.literal(status) });

export const COMMANDS = {
  // Seasons, organisers, companies.
  saveSeason: {
    payload: saveSeasonPayloadSchema,
    result: z.object({ seasonId: z.string() }),
    capability: 'season.manage',
  },
  advanceSeason: {
    payload: advanceSeasonPayloadSchema,
    result: z.object({ seasonId: z.string(), state: z.enum(SEASON_STATES) }),
    capability: 'season.manage',
  },
  claimFirstOrganiser: {
    // A call without data is a call with nothing in it.
    payload: emptyPayloadSchema.nullish(),
    result: z.object({ organiser: z.literal(true) }),
    capability: 'organisers.bootstrap',
  },
  setOrganiser: {
    payload: setOrganiserPayloadSchema,
    result: z.object({ uid: z.string(), organiser: z.boolean() }),
    capability: 'organisers.manage',
  },
  createCompany: {
    payload: createCompanyPayloadSchema,
    result: z.object({ companyId: z.string() }),
    capability: 'companies.manage',
  },
  saveCompanyDomains: {
    payload: saveCompanyDomainsPayloadSchema,
    result: z.object({ companyId: z.string(), domains: z.array(z.string()) }),
    capability: 'companies.manage',
  },
  // Teams.
  createTeam: {
    payload: createTeamPayloadSchema,
    result: z.object({ teamId: z.string(), code: z.string() }),
    capability: 'team.create',
  },
  previewInvite: {
    payload: joinTeamPayloadSchema,
    result: z.object({
      teamId: z.string(),
      teamName: z.string(),
      companyName: z.string(),
      seasonName: z.string(),
      memberCount: z.number(),
      full: z.boolean(),
      domainRefusal: z.enum(DOMAIN_REFUSALS).nullable(),
      companyDomains: z.array(z.string()),
    }) satisfies z.ZodType<InvitePreview>,
    capability: 'season.read',
  },
  joinTeam: {
    payload: joinTeamPayloadSchema,
    result: z.object({ teamId: z.string(), teamName: z.string() }),
    capability: 'team.join',
    byDocument: true,
  },
  leaveTeam: {
    payload: seasonPayloadSchema,
    result: teamAnswer,
    capability: 'team.leave',
    byDocument: true,
  },
  regenerateInvite: {
    payload: teamPayloadSchema,
    result: z.object({ teamId: z.string(), code: z.string() }),
    capability: 'team.regenerateInvite',
    byDocument: true,
  },
  setTeamRole: {
    payload: setTeamRolePayloadSchema,
    result: z.object({
      teamId: z.string(),
      uid: z.string(),
      role: z.enum(['captain', 'member']),
    }),
    capability: 'team.manageMembers',
    byDocument: true,
  },
  removeMember: {
    payload: teamMemberPayloadSchema,
    result: teamAnswer,
    capability: 'team.manageMembers',
    byDocument: true,
  },
  handOverCaptaincy: {
    payload: teamMemberPayloadSchema,
    result: z.object({ teamId: z.string(), captain: z.string() }),
    capability: 'team.handOver',
    byDocument: true,
  },
  nudgeMembers: {
    payload: nudgePayloadSchema,
    result: z.object({ nudged: z.number(), recentlyNudged: z.number() }),
    capability: 'team.nudge',
    byDocument: true,
  },
  saveProfile: {
    payload: profilePayloadSchema,
    result: z.object({ name: z.string() }),
    capability: 'profile.edit',
  },
  // Picks and submissions.
  pickAction: {
    payload: pickPayloadSchema,
    result: z.object({ actionId: z.string(), picked: z.literal(true) }),
    capability: 'picks.edit',
  },
  unpickAction: {
    payload: pickPayloadSchema,
    result: z.object({ actionId: z.string(), picked: z.literal(false) }),
    capability: 'picks.edit',
  },
  submitAction: {
    payload: submitPayloadSchema,
    // The new submission's status: pending, or approved on the honour system (a replay the same).
    result: z.object({ submissionId: z.string(), status: z.enum(SUBMISSION_STATUSES) }),
    capability: 'submissions.submit',
  },
  resubmitAction: {
    payload: resubmitPayloadSchema,
    result: submissionAnswer('pending'),
    capability: 'submissions.own',
  },
  withdrawSubmission: {
    payload: withdrawPayloadSchema,
    result: submissionAnswer('withdrawn'),
    capability: 'submissions.own',
  },
  reviewSubmissions: {
    payload: reviewPayloadSchema,
    result: z.object({ changed: z.number(), skipped: z.array(z.string()) }),
    capability: 'submissions.review',
  },
  revokeSubmission: {
    payload: revokePayloadSchema,
    result: submissionAnswer('revoked'),
    capability: 'submissions.review',
  },
  reactToSubmission: {
    payload: reactPayloadSchema,
    result: z.object({ submissionId: z.string(), on: z.boolean() }),
    capability: 'submissions.react',
    byDocument: true,
  },
  // Scores and the game's settings.
  correctScore: {
    payload: correctionPayloadSchema,
    result: z.object({ correctionId: z.string() }),
    capability: 'scores.correct',
  },
  setAutoApproval: {
    payload: autoApprovalPayloadSchema,
    result: z.object({ actionId: z.string(), on: z.boolean() }),
    capability: 'game.configure',
  },
  reconcileScores: {
    payload: reconcilePayloadSchema,
    result: z.object({ teams: z.number(), fixed: z.number() }),
    capability: 'scores.reconcile',
  },
  // Events.
  saveEvent: {
    payload: saveEventPayloadSchema,
    result: z.object({ eventId: z.string() }),
    capability: 'events.manage',
  },
  cancelEvent: {
    payload: eventPayloadSchema,
    result: z.object({ status: z.literal('cancelled'), notified: z.number() }),
    capability: 'events.manage',
  },
  registerForEvent: {
    payload: eventPayloadSchema,
    result: z.object({ status: z.enum(['registered', 'waiting']) }),
    capability: 'events.register',
  },
  unregisterFromEvent: {
    payload: eventPayloadSchema,
    result: z.object({ status: z.literal(null) }),
    capability: 'events.register',
  },
  markAttendance: {
    payload: attendancePayloadSchema,
    result: z.object({
      marked: z.number(),
      skipped: z.array(
        z.object({
          uid: z.string(),
          reason: z.enum(['notRegistered', 'noTeam', 'alreadyMarked', 'alreadyCounted']),
        }),
      ),
    }),
    capability: 'events.manage',
  },
  // Notices, mail, announcements, chat.
  dismissNotification: {
    payload: notificationPayloadSchema,
    result: z.object({ read: z.literal(true) }),
    capability: 'notifications.own',
  },
  readAllNotifications: {
    payload: emptyPayloadSchema,
    result: z.object({ read: z.number() }),
    capability: 'notifications.own',
  },
  saveMailPreferences: {
    payload: mailPreferencesPayloadSchema,
    result: z.object({
      language: z.enum(LOCALES),
      kinds: mailPreferencesPayloadSchema.shape.kinds,
      askedAt: z.number().optional(),
      updatedAt: z.number(),
    }) satisfies z.ZodType<MailPreferences>,
    capability: 'mail.own',
  },
  sendAnnouncement: {
    payload: announcementPayloadSchema,
    result: z.object({ announcementId: z.string() }),
    capability: 'announcements.send',
  },
  saveChatChannel: {
    payload: saveChatChannelSchema,
    result: z.object({ channelId: z.string(), signingSecret: z.string().optional() }),
    // A season's or the organisers' channel asks `chat.manageSeason` instead.
    capability: 'chat.manageTeam',
    byDocument: true,
  },
  removeChatChannel: {
    payload: chatChannelPayloadSchema,
    result: z.object({ removed: z.string() }),
    // A season's or the organisers' channel asks `chat.manageSeason` instead.
    capability: 'chat.manageTeam',
    byDocument: true,
  },
  sendTestPost: {
    payload: chatChannelPayloadSchema,
    result: z.object({ deliveryId: z.string() }),
    // A season's or the organisers' channel asks `chat.manageSeason` instead.
    capability: 'chat.manageTeam',
    byDocument: true,
  },
  runScheduledJob: {
    payload: runJobPayloadSchema,
    // Each job says what it did (its outcome) in its own words, kept as it comes.
    result: z.object({ job: z.enum(SCHEDULED_JOB_NAMES) }).loose(),
    capability: 'jobs.run',
  },
  // The survey and the report.
  setSurvey: {
    payload: setSurveyPayloadSchema,
    result: z.object({ seasonId: z.string(), open: z.boolean() }),
    capability: 'survey.manage',
  },
  answerSurvey: {
    payload: answerSurveyPayloadSchema,
    result: z.object({ ok: z.literal(true) }),
    capability: 'survey.answer',
  },
  getSeasonReport: {
    payload: seasonReportPayloadSchema,
    result: built<SeasonReport>('seasonId', 'seasonName', 'state', 'generatedAt'),
    // Anyone signed in may ask; who gets an answer depends on the season's state.
    capability: 'season.read',
  },
  // One's own data.
  exportMyData: {
    payload: exportMyDataPayloadSchema,
    result: built<MyDataExport>('exportedAt', 'account'),
    capability: 'account.own',
  },
  deleteMyAccount: {
    payload: deleteAccountPayloadSchema,
    result: z.object({
      submissionsKept: z.number(),
      submissionsRemoved: z.number(),
    }) satisfies z.ZodType<DeleteAccountResult>,
    capability: 'account.own',
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
/** What a command takes, as its sender writes it. */
export type CommandPayload<N extends CommandName> = z.input<(typeof COMMANDS)[N]['payload']>;
/** What a command answers once parsed. */
export type CommandResult<N extends CommandName> = z.output<(typeof COMMANDS)[N]['result']>;
