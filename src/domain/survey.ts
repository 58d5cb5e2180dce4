// The end-of-season survey: organisers switch it on, each member of the season answers it once.
// Where the answers live, their shape and the commands, for the SPA and the functions.
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import type { SeasonState } from './season';
import { THEME_IDS, type ThemeId } from './themes';
import { typedText } from './text';

/** Survey paths and the open rule live in paths.ts, which the first page loads without zod. */
export { SURVEY_PATHS, surveyAnswerId, surveyIsOpen } from './paths';

/** "Would you keep going after the season?" */
export const KEEP_GOING = ['yes', 'maybe', 'no'] as const;
export type KeepGoing = (typeof KEEP_GOING)[number];

export const SURVEY_RATING_MIN = 1;
export const SURVEY_RATING_MAX = 5;
export const SURVEY_COMMENT_MAX = 500;

export interface SurveyAnswer {
  readonly seasonId: string;
  readonly uid: string;
  readonly keepGoing: KeepGoing;
  /** How the person rates the season, 1 to 5. */
  readonly rating: number;
  readonly favouriteTheme: ThemeId | null;
  /** May be empty. */
  readonly comment: string;
  readonly answeredAt: number;
}

/** Rule: organisers may switch the survey on or off in any state but a draft (nobody plays yet). */
export function surveyMayBeSet(state: SeasonState): boolean {
  return state !== 'draft';
}

const seasonId = documentIdSchema('validation.seasonId', 64);

/** answerSurvey: the caller's one answer to the survey of a season they took part in. */
export const answerSurveyPayloadSchema = z.strictObject({
  seasonId,
  keepGoing: z.enum(KEEP_GOING, { error: 'validation.keepGoing' }),
  rating: z
    .number({ error: 'validation.surveyRating' })
    .int({ error: 'validation.surveyRating' })
    .min(SURVEY_RATING_MIN, { error: 'validation.surveyRating' })
    .max(SURVEY_RATING_MAX, { error: 'validation.surveyRating' }),
  favouriteTheme: z.enum(THEME_IDS, { error: 'validation.theme' }).nullable(),
  comment: typedText({ min: 0, max: SURVEY_COMMENT_MAX, tooShort: 'validation.surveyComment' }),
});
export type AnswerSurveyPayload = z.infer<typeof answerSurveyPayloadSchema>;

/** setSurvey: switch a season's survey on or off. */
export const setSurveyPayloadSchema = z.strictObject({
  seasonId,
  open: z.boolean({ error: 'validation.surveyOpen' }),
});
export type SetSurveyPayload = z.infer<typeof setSurveyPayloadSchema>;
