import { describe, expect, it } from 'vitest';
import {
  answerSurveyPayloadSchema,
  setSurveyPayloadSchema,
  surveyAnswerId,
  surveyIsOpen,
  surveyMayBeSet,
} from './survey';

const issues = (schema: typeof answerSurveyPayloadSchema, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('surveyAnswerId', () => {
  it('keys an answer by season and person, as memberships are', () => {
    expect(surveyAnswerId('S1', 'u1')).toBe('S1_u1');
  });
});

describe('surveyIsOpen', () => {
  it('is open only once an organiser switched it on; absent means off', () => {
    expect(surveyIsOpen({})).toBe(false);
    expect(surveyIsOpen({ surveyOpen: false })).toBe(false);
    expect(surveyIsOpen({ surveyOpen: true })).toBe(true);
  });
});

describe('surveyMayBeSet', () => {
  it('lets organisers switch it in any state but a draft', () => {
    expect(surveyMayBeSet('draft')).toBe(false);
    expect(surveyMayBeSet('open')).toBe(true);
    expect(surveyMayBeSet('frozen')).toBe(true);
    expect(surveyMayBeSet('closed')).toBe(true);
  });
});

describe('answerSurveyPayloadSchema', () => {
  const valid = {
    seasonId: 'S1',
    keepGoing: 'yes',
    rating: 4,
    favouriteTheme: 'sobriety',
    comment: '  Great month.  ',
  };

  it('accepts an answer, trims the comment, and allows no favourite theme or an empty comment', () => {
    expect(answerSurveyPayloadSchema.parse(valid).comment).toBe('Great month.');
    expect(
      answerSurveyPayloadSchema.parse({ ...valid, favouriteTheme: null, comment: '' }),
    ).toMatchObject({ favouriteTheme: null, comment: '' });
  });

  it('refuses each wrong field with the key of its message', () => {
    expect(issues(answerSurveyPayloadSchema, { ...valid, keepGoing: 'perhaps' })).toEqual([
      'validation.keepGoing',
    ]);
    for (const rating of [0, 6, 3.5, '4']) {
      expect(issues(answerSurveyPayloadSchema, { ...valid, rating })).toEqual([
        'validation.surveyRating',
      ]);
    }
    expect(issues(answerSurveyPayloadSchema, { ...valid, favouriteTheme: 'music' })).toEqual([
      'validation.theme',
    ]);
    expect(issues(answerSurveyPayloadSchema, { ...valid, comment: 'x'.repeat(501) })).toEqual([
      'validation.surveyComment',
    ]);
    expect(issues(answerSurveyPayloadSchema, { ...valid, seasonId: '__x__' })).toEqual([
      'validation.seasonId',
    ]);
  });

  it('counts the comment’s length once trimmed, and refuses fields it does not know', () => {
    expect(
      answerSurveyPayloadSchema.safeParse({ ...valid, comment: ` ${'x'.repeat(500)} ` }).success,
    ).toBe(true);
    expect(answerSurveyPayloadSchema.safeParse({ ...valid, uid: 'someone' }).success).toBe(false);
    expect(issues(answerSurveyPayloadSchema, { ...valid, favouriteTheme: undefined })).toEqual([
      'validation.theme',
    ]);
  });
});

describe('setSurveyPayloadSchema', () => {
  it('takes a season and a switch, nothing else', () => {
    expect(setSurveyPayloadSchema.parse({ seasonId: 'S1', open: true })).toEqual({
      seasonId: 'S1',
      open: true,
    });
    expect(
      setSurveyPayloadSchema.safeParse({ seasonId: 'S1', open: 'yes' }).error?.issues[0]?.message,
    ).toBe('validation.surveyOpen');
    expect(setSurveyPayloadSchema.safeParse({ seasonId: 'S1', open: true, x: 1 }).success).toBe(
      false,
    );
  });
});
