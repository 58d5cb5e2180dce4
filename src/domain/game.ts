// The game's documents and commands: submissions, reviews, corrections and the leaderboard, as
// the functions store them and the SPA reads them. One contract for both sides.
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import { ACTION_ID_PATTERN, pointsForEffort, type Action } from './action';
import { CATALOGUE, findAction } from './catalogue';
import {
  completionImpact,
  COUNTED_UNITS,
  type CountedUnit,
  type ImpactAmount,
  type ImpactModel,
  type ImpactTotals,
} from './impact';
import { impactModelOf } from './impact-data';
import type { RankingRule, Season } from './season';
import type { SubmissionStatus, TeamScore } from './scoring';
import { dayIn, proofSchema } from './submission';
import type { Modality, ThemeId } from './themes';
import { GAME_PATHS } from './paths';
import { typedText } from './text';

/** Where the game's documents live (in paths.ts, which the first page loads without zod). */
export { GAME_PATHS };

/** A proof as stored on the submission; a photo's bytes live in proofPhotos/{submissionId}. */
export type StoredProof =
  | { readonly kind: 'none' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly url: string }
  | {
      readonly kind: 'photo';
      readonly type: string;
      readonly bytes: number;
      /** The photo's bytes are gone: purged after the season, or with its author's account. */
      readonly purged?: true;
    };

export interface Submission {
  readonly id: string;
  readonly seasonId: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly companyId: string;
  readonly uid: string;
  /** The author's public name (pseudonym unless they opted in) when they submitted. */
  readonly authorName: string;
  readonly actionId: string;
  readonly theme: ThemeId;
  readonly modality: Modality;
  readonly points: number;
  readonly scope: 'individual' | 'team';
  readonly doneAt: number;
  /** The day it was done (YYYY-MM-DD) in the season's time zone. */
  readonly day: string;
  readonly proof: StoredProof;
  /** Hash of the normalised proof, to spot the same proof sent by two people. */
  readonly proofHash: string | null;
  /** The perceptual hash of a photo proof and its bands, for the duplicate flag (photo-hash.ts). */
  readonly photoHash?: string | null;
  readonly photoBands?: readonly string[];
  /** Another person's submission with the same proof, when there is one. */
  readonly duplicateOf: string | null;
  readonly status: SubmissionStatus;
  /** The reviewer's reason for a rejection or revocation. */
  readonly reason: string | null;
  /** Approved on the honour system, and whether an organiser has looked at it since. */
  readonly auto: boolean;
  readonly audited: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly reviewedAt: number | null;
  readonly approvedAt: number | null;
  readonly reactions: Readonly<Record<string, true>>;
  /**
   * What this completion changes, by the action's impact model when it was submitted; null when
   * the action has none. Kept on the submission like its points, so a model edited later
   * changes no count already made.
   */
  readonly impact?: ImpactAmount | null;
  /**
   * Set on a submission whose id holds its author's uid just before it is replaced with its
   * author's account: the id the score marks name instead (see deleteMyAccount).
   */
  readonly erasedAs?: string;
}

export interface ProofPhoto {
  readonly seasonId: string;
  readonly teamId: string;
  readonly uid: string;
  readonly type: string;
  /** Base64 of the compressed image. */
  readonly data: string;
}

/** A team's running scores, kept by the functions: the domain's TeamScore, with its team. */
export interface StoredTeamScore extends TeamScore {
  readonly teamId: string;
  /** When the total last changed (ms): the earlier wins a tie. */
  readonly reachedAt: number;
}

export interface LeaderboardRow {
  readonly teamId: string;
  readonly name: string;
  readonly companyId: string;
  readonly rank: number;
  readonly total: number;
  readonly memberCount: number;
  readonly activeMembers: number;
  readonly average: number;
  readonly participation: number;
  readonly byTheme: Readonly<Partial<Record<ThemeId, number>>>;
  readonly reachedAt: number;
  /** What the team's approved actions changed, by unit (absent when nothing counted yet). */
  readonly impact?: ImpactTotals;
}

// The board's sizes live with its paths (no zod, no catalogue), so the leaderboard page's view
// code does not pull this module into the first page.
export { BOARD_PAGE_ROWS, BOARD_TOP_COMPANIES, BOARD_TOP_ROWS } from './paths';

/** A company on the board: its teams, their points, and the points per team. */
export interface CompanyRollUp {
  readonly companyId: string;
  readonly companyName: string;
  readonly teams: number;
  readonly total: number;
  readonly averagePerTeam: number;
}

/**
 * The top of the season's leaderboard: the one document the pages that show the board follow.
 * `rows` holds the first BOARD_TOP_ROWS positions; the rest lie in pages (LeaderboardPage).
 */
export interface Leaderboard {
  readonly seasonId: string;
  readonly rankingRule: RankingRule;
  /** live while open; frozen: the public one stopped at the freeze; final: published at close. */
  readonly status: 'live' | 'frozen' | 'final';
  /** Grows with every rewrite, so an older rebuild never overwrites a newer one. */
  readonly generation: number;
  readonly updatedAt: number;
  /** When the public board stopped changing (set on the public board at the freeze). */
  readonly frozenAt?: number;
  /** The first BOARD_TOP_ROWS rows, in rank order. */
  readonly rows: readonly LeaderboardRow[];
  /** How many teams the whole board ranks (the top and every page). */
  readonly teamCount: number;
  /** How many pages follow the top (0 when every team fits in it). */
  readonly pageCount: number;
  /** Company names by id, for the companies of `rows` (a row names only its company's id). */
  readonly companies: Readonly<Record<string, string>>;
  /** The companies with the most points over all their teams, at most BOARD_TOP_COMPANIES. */
  readonly companyRollUp: readonly CompanyRollUp[];
  /** How many companies have teams on the board. */
  readonly companyCount: number;
  /** Points by day (YYYY-MM-DD) of the top teams, for the chart. */
  readonly topByDay: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** What the season's approved actions changed, in all and by company id, by unit. */
  readonly impact?: {
    readonly season: ImpactTotals;
    readonly byCompany: Readonly<Record<string, ImpactTotals>>;
  };
}

/** One page of the board after its top, as the rebuild wrote it with the top of the same generation. */
export interface LeaderboardPage {
  readonly seasonId: string;
  /** Its number, from 1 (see GAME_PATHS.leaderboardPages). */
  readonly index: number;
  readonly generation: number;
  readonly updatedAt: number;
  /** At most BOARD_PAGE_ROWS rows, in rank order. */
  readonly rows: readonly LeaderboardRow[];
  /** The teams of `rows`, so a team finds its page in one query (array-contains). */
  readonly teamIds: readonly string[];
  /** Company names by id, for the companies of `rows`. */
  readonly companies: Readonly<Record<string, string>>;
  /** The row just before the page's first and just after its last: neighbours at its edges. */
  readonly before: LeaderboardRow | null;
  readonly after: LeaderboardRow | null;
}

export const AUDIT_KINDS = [
  'approve',
  'reject',
  'revoke',
  'keep',
  'correct',
  'autoApproval',
  'reconcile',
  'attendance',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditEntry {
  readonly kind: AuditKind;
  readonly at: number;
  readonly by: string;
  readonly submissionId: string | null;
  readonly teamId: string | null;
  readonly actionId: string | null;
  readonly points: number | null;
  readonly reason: string | null;
  /** The event whose attendance was marked (attendance entries only). */
  readonly eventId?: string;
}

/** Rule: an action counts in a season when the season lists it (or lists none) or defines it as a custom action; custom actions earn points by effort like any other. */
export function seasonAction(
  season: Pick<Season, 'actionIds' | 'customActions'>,
  actionId: string,
): Action | undefined {
  const custom = season.customActions.find((action) => action.id === actionId);
  if (custom) return { ...custom, points: pointsForEffort(custom.effort) };
  if (season.actionIds && !season.actionIds.includes(actionId)) return undefined;
  return findAction(actionId);
}

/**
 * Rule: a completion of an action changes what its impact model says: the season's own model
 * for a custom action (none when the organiser gave none), the catalogue's otherwise.
 */
export function seasonActionImpact(
  season: Pick<Season, 'customActions'>,
  actionId: string,
): ImpactAmount | null {
  const model = seasonActionModel(season, actionId);
  return model ? completionImpact(model) : null;
}

/** What a new submission is made of: who sent it, in which team, for which action, when, how. */
export interface NewSubmission {
  readonly season: Pick<Season, 'id' | 'timeZone' | 'customActions'>;
  readonly team: { readonly id: string; readonly name: string; readonly companyId: string };
  readonly uid: string;
  readonly authorName: string;
  /** The action as the season counts it (seasonAction). */
  readonly action: Action;
  readonly doneAt: number;
  readonly proof: StoredProof;
  readonly now: number;
}

/** What a new submission may say beyond a plain pending one (its review, its proof's hashes…). */
export type NewSubmissionFields = Partial<
  Pick<
    Submission,
    | 'status'
    | 'reason'
    | 'auto'
    | 'audited'
    | 'proofHash'
    | 'photoHash'
    | 'photoBands'
    | 'duplicateOf'
    | 'createdAt'
    | 'reviewedAt'
    | 'approvedAt'
  >
>;

/**
 * Rule: a new submission keeps what its action earns and changes in its season when it is made
 * (points, theme, modality, scope, impact) and the day it was done in the season's time zone; it
 * is pending, unreviewed and unreacted to unless `fields` says otherwise.
 */
export function newSubmission(
  input: NewSubmission,
  fields: NewSubmissionFields = {},
): Omit<Submission, 'id'> {
  const { season, team, action, now } = input;
  return {
    seasonId: season.id,
    teamId: team.id,
    teamName: team.name,
    companyId: team.companyId,
    uid: input.uid,
    authorName: input.authorName,
    actionId: action.id,
    theme: action.theme,
    modality: action.modality,
    points: action.points,
    impact: seasonActionImpact(season, action.id),
    scope: action.scope,
    doneAt: input.doneAt,
    day: dayIn(season.timeZone, input.doneAt),
    proof: input.proof,
    proofHash: null,
    duplicateOf: null,
    status: 'pending',
    reason: null,
    auto: false,
    audited: false,
    createdAt: now,
    updatedAt: now,
    reviewedAt: null,
    approvedAt: null,
    reactions: {},
    ...fields,
  };
}

/** The impact model of an action of a season (its own for a custom action), or null. */
export function seasonActionModel(
  season: Pick<Season, 'customActions'> | null,
  actionId: string,
): ImpactModel | null {
  const custom = season?.customActions.find((action) => action.id === actionId);
  return (custom ? custom.impact : impactModelOf(actionId)) ?? null;
}

/**
 * Rule: a season's impact units are those of the models of the actions it counts (its
 * catalogue actions and its custom ones), a yearly saving being kg CO₂e, in the units' order.
 */
export function seasonImpactUnits(
  season: Pick<Season, 'actionIds' | 'customActions'>,
): CountedUnit[] {
  const actionIds = [
    ...(season.actionIds ?? CATALOGUE.map((action) => action.id)),
    ...season.customActions.map((action) => action.id),
  ];
  const units = new Set(actionIds.map((id) => seasonActionImpact(season, id)?.unit));
  return COUNTED_UNITS.filter((unit) => units.has(unit));
}

const id = (key: 'validation.submissionId' | 'validation.teamId' | 'validation.seasonId') =>
  documentIdSchema(key, 64);

const reason = typedText({ min: 3, max: 500, tooShort: 'validation.reason' });

const instant = z
  .number({ error: 'validation.doneAt' })
  .int({ error: 'validation.doneAt' })
  .min(Date.UTC(2020, 0, 1), { error: 'validation.doneAt' })
  .max(Date.UTC(2100, 0, 1), { error: 'validation.doneAt' });

/**
 * submitAction: log an action of a season as done, with its proof. `submissionId`, made on the
 * device, is the idempotency key: sent again (a retry after a lost answer, an offline queue
 * replayed), the same submission is stored once and answered the same way.
 */
export const submitPayloadSchema = z.strictObject({
  submissionId: id('validation.submissionId').optional(),
  seasonId: id('validation.seasonId'),
  actionId: z
    .string({ error: 'validation.actionIds' })
    .max(64, { error: 'validation.actionIds' })
    .regex(ACTION_ID_PATTERN, { error: 'validation.actionIds' }),
  doneAt: instant,
  proof: proofSchema,
});
export type SubmitPayload = z.infer<typeof submitPayloadSchema>;

/** resubmitAction: fix the proof (and date) of one's own rejected submission. */
export const resubmitPayloadSchema = z.strictObject({
  submissionId: id('validation.submissionId'),
  doneAt: instant,
  proof: proofSchema,
});

/** withdrawSubmission: take back one's own pending submission. */
export const withdrawPayloadSchema = z.strictObject({
  submissionId: id('validation.submissionId'),
});

/** reviewSubmissions: approve or reject pending submissions (up to 100), or keep audited ones. */
export const reviewPayloadSchema = z
  .strictObject({
    submissionIds: z
      .array(id('validation.submissionId'), { error: 'validation.submissionIds' })
      .min(1, { error: 'validation.submissionIds' })
      .max(100, { error: 'validation.submissionIds' }),
    decision: z.enum(['approve', 'reject', 'keep'], { error: 'validation.decision' }),
    reason: reason.nullable().default(null),
  })
  .refine((review) => review.decision !== 'reject' || review.reason !== null, {
    path: ['reason'],
    error: 'validation.reasonRequired',
  });

/** revokeSubmission: take back the points of an approved submission, with a reason. */
export const revokePayloadSchema = z.strictObject({
  submissionId: id('validation.submissionId'),
  reason,
});

/** correctScore: add or remove points for a team, with a reason. */
export const correctionPayloadSchema = z.strictObject({
  teamId: id('validation.teamId'),
  points: z
    .number({ error: 'validation.correctionPoints' })
    .int({ error: 'validation.correctionPoints' })
    .min(-1000, { error: 'validation.correctionPoints' })
    .max(1000, { error: 'validation.correctionPoints' })
    .refine((points) => points !== 0, { error: 'validation.correctionPoints' }),
  reason,
});

/** setAutoApproval: switch the honour system on or off for one action of a season. */
export const autoApprovalPayloadSchema = z.strictObject({
  seasonId: id('validation.seasonId'),
  actionId: z.string().max(64).regex(ACTION_ID_PATTERN, {
    error: 'validation.actionIds',
  }),
  on: z.boolean({ error: 'validation.autoApprovalOn' }),
});

/** reconcileScores: rebuild every score of a season from its submissions and corrections. */
export const reconcilePayloadSchema = z.strictObject({ seasonId: id('validation.seasonId') });

/** reactToSubmission: a team-mate's one-tap reaction on an approved action, on or off. */
export const reactPayloadSchema = z.strictObject({
  submissionId: id('validation.submissionId'),
  on: z.boolean({ error: 'validation.reactionOn' }),
});
