// Seasons: their settings, their states (draft -> open -> frozen -> closed) and what each allows.
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import { ACTION_ID_PATTERN, EFFORTS, PROOF_KINDS, SCOPES } from './action';
import { isCatalogueActionId } from './catalogue';
import { impactModelSchema } from './impact';
import { MODALITIES, THEME_IDS } from './themes';
import { typedText } from './text';

export const SEASON_STATES = ['draft', 'open', 'frozen', 'closed'] as const;
export type SeasonState = (typeof SEASON_STATES)[number];

export const RANKING_RULES = ['total', 'average', 'participation'] as const;
export type RankingRule = (typeof RANKING_RULES)[number];

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_LOG_BACK_DAYS = 3;
export const DEFAULT_FREEZE_DAYS_BEFORE_END = 2;
export const DEFAULT_TEAM_SIZE_CAP = 12;
export const DEFAULT_PHOTO_RETENTION_DAYS = 30;
/** What a deleted account's approved submissions do to their team's score. */
export const DELETION_POLICIES = ['keep', 'remove'] as const;
export type DeletionPolicy = (typeof DELETION_POLICIES)[number];

/** What a season allows in each state: one table, read by the callables and the UI. */
export const SEASON_STATE_RULES: Readonly<
  Record<
    SeasonState,
    {
      readonly visibleToEmployees: boolean;
      readonly editSettings: boolean;
      readonly formTeams: boolean;
      readonly submit: boolean;
      readonly publicLeaderboard: 'hidden' | 'live' | 'frozen' | 'final';
    }
  >
> = {
  draft: {
    visibleToEmployees: false,
    editSettings: true,
    // Organisers, the only ones who see a draft, may set its teams up before it opens.
    formTeams: true,
    submit: false,
    publicLeaderboard: 'hidden',
  },
  open: {
    visibleToEmployees: true,
    editSettings: true,
    formTeams: true,
    submit: true,
    publicLeaderboard: 'live',
  },
  frozen: {
    visibleToEmployees: true,
    editSettings: false,
    formTeams: false,
    submit: true,
    publicLeaderboard: 'frozen',
  },
  closed: {
    visibleToEmployees: true,
    editSettings: false,
    formTeams: false,
    submit: false,
    publicLeaderboard: 'final',
  },
};

/**
 * Rule: a season takes submissions (new ones and ones sent again) only in the states the table
 * allows; otherwise a closed season has ended and any other is not open: null when it takes them.
 */
export function seasonSubmitRefusal(state: SeasonState): 'seasonClosed' | 'seasonNotOpen' | null {
  if (SEASON_STATE_RULES[state].submit) return null;
  return state === 'closed' ? 'seasonClosed' : 'seasonNotOpen';
}

/** Rule: a season only moves forward, one state at a time. */
export function nextState(state: SeasonState): SeasonState | null {
  const index = SEASON_STATES.indexOf(state);
  return SEASON_STATES[index + 1] ?? null;
}

export interface SeasonDates {
  readonly startsAt: number;
  readonly endsAt: number;
  readonly freezeAt: number;
}

/**
 * Rule: on its dates, a season opens at its start, freezes at its freeze time and closes at its
 * end; a state reached by hand earlier is kept, since a season never moves back.
 */
export function stateOnDates(current: SeasonState, dates: SeasonDates, now: number): SeasonState {
  const byDate: SeasonState =
    now >= dates.endsAt
      ? 'closed'
      : now >= dates.freezeAt
        ? 'frozen'
        : now >= dates.startsAt
          ? 'open'
          : 'draft';
  // A draft is the organiser's to publish: dates alone never open it.
  if (current === 'draft') return 'draft';
  return SEASON_STATES.indexOf(byDate) > SEASON_STATES.indexOf(current) ? byDate : current;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const localizedLine = (max: number) =>
  typedText({
    min: 3,
    max,
    tooShort: 'validation.textTooShort',
    tooLong: 'validation.textTooLong',
  });

const localized = (max: number) => z.object({ fr: localizedLine(max), en: localizedLine(max) });

export const customActionSchema = z.object({
  id: z
    .string()
    .regex(/^custom-/, { error: 'validation.customActionId' })
    .regex(ACTION_ID_PATTERN, { error: 'validation.customActionId' })
    .max(64, { error: 'validation.customActionId' }),
  theme: z.enum(THEME_IDS, { error: 'validation.theme' }),
  modality: z.enum(MODALITIES, { error: 'validation.modality' }),
  effort: z.enum(EFFORTS, { error: 'validation.effort' }),
  scope: z.enum(SCOPES, { error: 'validation.scope' }),
  proof: z.enum(PROOF_KINDS, { error: 'validation.proof' }),
  repeat: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('once') }),
      z.object({ kind: z.literal('upTo'), times: z.number().int().min(2).max(31) }),
      z.object({ kind: z.literal('daily') }),
    ],
    { error: 'validation.repeat' },
  ),
  title: localized(80),
  howTo: z.object({
    fr: z.tuple([localizedLine(140), localizedLine(140)]),
    en: z.tuple([localizedLine(140), localizedLine(140)]),
  }),
  /** What one completion changes, given by the organiser; null or absent: no figure. */
  impact: impactModelSchema.nullable().optional(),
});
export type CustomAction = z.infer<typeof customActionSchema>;

const instant = z
  .number({ error: 'validation.date' })
  .int({ error: 'validation.date' })
  .min(Date.UTC(2020, 0, 1), { error: 'validation.date' })
  .max(Date.UTC(2100, 0, 1), { error: 'validation.date' });

/** The settings an organiser writes; the defaults fill what they leave out. */
export const seasonSettingsSchema = z
  .strictObject({
    name: typedText({ min: 3, max: 80, tooShort: 'validation.seasonName' }),
    timeZone: z.string({ error: 'validation.timeZone' }).refine(isValidTimeZone, {
      error: 'validation.timeZone',
    }),
    startsAt: instant,
    endsAt: instant,
    freezeAt: instant.nullable().default(null),
    teamChangeCutoff: instant.nullable().default(null),
    logBackDays: z
      .number({ error: 'validation.logBackDays' })
      .int({ error: 'validation.logBackDays' })
      .min(0, { error: 'validation.logBackDays' })
      .max(30, { error: 'validation.logBackDays' })
      .default(DEFAULT_LOG_BACK_DAYS),
    /** null: every catalogue action counts. */
    actionIds: z
      .array(z.string().refine(isCatalogueActionId, { error: 'validation.actionIds' }), {
        error: 'validation.actionIds',
      })
      .min(1, { error: 'validation.actionIds' })
      .max(500)
      .nullable()
      .default(null),
    customActions: z.array(customActionSchema).max(50).default([]),
    rankingRule: z.enum(RANKING_RULES, { error: 'validation.rankingRule' }).default('total'),
    teamSizeCap: z
      .number({ error: 'validation.teamSizeCap' })
      .int({ error: 'validation.teamSizeCap' })
      .min(2, { error: 'validation.teamSizeCap' })
      .max(200, { error: 'validation.teamSizeCap' })
      .default(DEFAULT_TEAM_SIZE_CAP),
    /** When an account is deleted: its anonymised points stay with the team, or are removed. */
    deletionPolicy: z
      .enum(DELETION_POLICIES, { error: 'validation.deletionPolicy' })
      .default('keep'),
    /** Proof photos are purged this many days after the season's end. */
    photoRetentionDays: z
      .number({ error: 'validation.photoRetentionDays' })
      .int({ error: 'validation.photoRetentionDays' })
      .min(1, { error: 'validation.photoRetentionDays' })
      .max(365, { error: 'validation.photoRetentionDays' })
      .default(DEFAULT_PHOTO_RETENTION_DAYS),
    /** Impact figures are shown to the season's people; an organiser may switch them off. */
    showImpact: z.boolean({ error: 'validation.showImpact' }).default(true),
    /**
     * Joining or creating a company's team asks a verified address at one of the company's email
     * domains (domain/company-domains, domainAdmission). Off unless the organiser sets it.
     */
    companyDomainRequired: z.boolean({ error: 'validation.companyDomainRequired' }).default(false),
  })
  .superRefine((season, context) => {
    if (season.endsAt <= season.startsAt) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
    }
    const freezeAt = season.freezeAt ?? defaultFreezeAt(season);
    if (season.freezeAt !== null && (freezeAt <= season.startsAt || freezeAt > season.endsAt)) {
      context.addIssue({ code: 'custom', path: ['freezeAt'], message: 'validation.freezeAt' });
    }
    if (
      season.teamChangeCutoff !== null &&
      (season.teamChangeCutoff < season.startsAt || season.teamChangeCutoff > season.endsAt)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['teamChangeCutoff'],
        message: 'validation.teamChangeCutoff',
      });
    }
    const ids = season.customActions.map((action) => action.id);
    if (new Set(ids).size !== ids.length) {
      context.addIssue({
        code: 'custom',
        path: ['customActions'],
        message: 'validation.customActionDuplicate',
      });
    }
  });
export type SeasonSettingsInput = z.input<typeof seasonSettingsSchema>;
export type SeasonSettings = z.output<typeof seasonSettingsSchema>;

/** Rule: unless the organiser says otherwise, the public leaderboard freezes 2 days before the end (or at the start, for a season shorter than that). */
export function defaultFreezeAt(season: { startsAt: number; endsAt: number }): number {
  return Math.max(season.startsAt + 1, season.endsAt - DEFAULT_FREEZE_DAYS_BEFORE_END * DAY);
}

/** A season as stored: its settings with every default resolved, and its state. */
export interface Season extends SeasonSettings {
  readonly id: string;
  readonly state: SeasonState;
  readonly freezeAt: number;
  readonly teamChangeCutoff: number;
  /** The end-of-season survey takes answers (set by setSurvey only; absent means off). */
  readonly surveyOpen?: boolean;
}

/** Resolves the defaults: the freeze time as above; teams may change until the freeze. */
export function resolveSeason(id: string, settings: SeasonSettings, state: SeasonState): Season {
  const freezeAt = settings.freezeAt ?? defaultFreezeAt(settings);
  return {
    ...settings,
    id,
    state,
    freezeAt,
    teamChangeCutoff: settings.teamChangeCutoff ?? freezeAt,
  };
}

/**
 * Rule: a season is seen (read, joined, written to) by organisers in every state, and by everyone
 * else once published: a draft, its teams and its events are the organisers' own.
 */
export function seasonVisibleTo(
  season: Pick<Season, 'state'>,
  actor: { readonly organiser: boolean },
): boolean {
  return actor.organiser || SEASON_STATE_RULES[season.state].visibleToEmployees;
}

/**
 * Rule: the one rule for every change of a team's members (creating, joining, leaving, switching,
 * a member removed by a captain or an organiser): allowed while the state table lets the season
 * form teams (a draft, set up by the organisers who alone see it, or an open season), and not after
 * the organiser's cut-off. Once frozen, no team changes, so no one climbs a frozen board by trimming.
 */
export function teamsMayChange(season: Pick<Season, 'state' | 'teamChangeCutoff'>, now: number) {
  return SEASON_STATE_RULES[season.state].formTeams && now < season.teamChangeCutoff;
}

export const saveSeasonPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 40).nullable().default(null),
  settings: seasonSettingsSchema,
});

export const advanceSeasonPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 40),
  to: z.enum(SEASON_STATES, { error: 'validation.seasonState' }),
});
