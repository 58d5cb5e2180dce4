import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { describeIssues } from './schemas';
import {
  DEFAULT_LOG_BACK_DAYS,
  DEFAULT_TEAM_SIZE_CAP,
  SEASON_STATES,
  SEASON_STATE_RULES,
  advanceSeasonPayloadSchema,
  defaultFreezeAt,
  nextState,
  resolveSeason,
  saveSeasonPayloadSchema,
  seasonSettingsSchema,
  seasonSubmitRefusal,
  stateOnDates,
  teamsMayChange,
  type CustomAction,
  type SeasonDates,
  type SeasonSettingsInput,
} from './season';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 2, 1);
const END = Date.UTC(2025, 2, 31);

const base: SeasonSettingsInput = {
  name: 'Spring 2025',
  timeZone: 'Europe/Paris',
  startsAt: START,
  endsAt: END,
};

const customAction: CustomAction = {
  id: 'custom-plant-a-tree',
  theme: 'sobriety',
  modality: 'act',
  effort: 'medium',
  scope: 'team',
  proof: 'photo',
  repeat: { kind: 'upTo', times: 3 },
  title: { fr: 'Planter un arbre', en: 'Plant a tree' },
  howTo: {
    fr: ['Plantez un arbre ensemble.', 'Prenez une photo.'],
    en: ['Plant a tree together.', 'Take a photo of it.'],
  },
};

const issuesOf = (input: unknown) => {
  const result = seasonSettingsSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('SEASON_STATE_RULES', () => {
  it('has one entry per state', () => {
    expect(Object.keys(SEASON_STATE_RULES).sort()).toEqual([...SEASON_STATES].sort());
  });

  it('hides a draft from employees, and shows every other state', () => {
    expect(SEASON_STATE_RULES.draft.visibleToEmployees).toBe(false);
    expect(SEASON_STATE_RULES.draft.publicLeaderboard).toBe('hidden');
    // Its teams are set up by the organisers, the only ones who see it.
    expect(SEASON_STATE_RULES.draft).toMatchObject({ formTeams: true, submit: false });
    expect(SEASON_STATE_RULES.open.visibleToEmployees).toBe(true);
    expect(SEASON_STATE_RULES.frozen.visibleToEmployees).toBe(true);
    expect(SEASON_STATE_RULES.closed.visibleToEmployees).toBe(true);
  });

  it('lets an open season form teams and take submissions', () => {
    expect(SEASON_STATE_RULES.open).toMatchObject({
      formTeams: true,
      submit: true,
      editSettings: true,
      publicLeaderboard: 'live',
    });
  });

  it('lets a frozen season take submissions but not team changes', () => {
    expect(SEASON_STATE_RULES.frozen).toMatchObject({
      formTeams: false,
      submit: true,
      editSettings: false,
      publicLeaderboard: 'frozen',
    });
  });

  it('lets a closed season do nothing', () => {
    expect(SEASON_STATE_RULES.closed).toEqual({
      visibleToEmployees: true,
      editSettings: false,
      formTeams: false,
      submit: false,
      publicLeaderboard: 'final',
    });
  });
});

describe('seasonSubmitRefusal', () => {
  it('takes submissions where the table says so; a closed season has ended, a draft is not open', () => {
    expect(SEASON_STATES.map(seasonSubmitRefusal)).toEqual([
      'seasonNotOpen',
      null,
      null,
      'seasonClosed',
    ]);
  });
});

describe('nextState', () => {
  it('moves forward one state at a time: draft, open, frozen, closed, then nothing', () => {
    expect(nextState('draft')).toBe('open');
    expect(nextState('open')).toBe('frozen');
    expect(nextState('frozen')).toBe('closed');
    expect(nextState('closed')).toBeNull();
  });
});

describe('stateOnDates', () => {
  const dates: SeasonDates = { startsAt: START, freezeAt: END - 2 * DAY, endsAt: END };

  it('never moves a draft on dates alone', () => {
    for (const now of [START - DAY, START, dates.freezeAt, END, END + DAY]) {
      expect(stateOnDates('draft', dates, now)).toBe('draft');
    }
  });

  it('keeps an open season open until its freeze time', () => {
    expect(stateOnDates('open', dates, START - DAY)).toBe('open');
    expect(stateOnDates('open', dates, START)).toBe('open');
    expect(stateOnDates('open', dates, dates.freezeAt - 1)).toBe('open');
  });

  it('freezes an open season at its freeze time', () => {
    expect(stateOnDates('open', dates, dates.freezeAt)).toBe('frozen');
    expect(stateOnDates('open', dates, END - 1)).toBe('frozen');
  });

  it('closes an open or frozen season at its end', () => {
    expect(stateOnDates('open', dates, END)).toBe('closed');
    expect(stateOnDates('frozen', dates, END)).toBe('closed');
    expect(stateOnDates('frozen', dates, END - 1)).toBe('frozen');
  });

  it('never moves back: a state reached by hand earlier is kept', () => {
    expect(stateOnDates('frozen', dates, START + DAY)).toBe('frozen');
    expect(stateOnDates('frozen', dates, START - DAY)).toBe('frozen');
    expect(stateOnDates('closed', dates, START + DAY)).toBe('closed');
    expect(stateOnDates('closed', dates, dates.freezeAt)).toBe('closed');
  });

  it('never returns a state earlier than the current one, whatever the dates', () => {
    const order = (state: string) => SEASON_STATES.indexOf(state as (typeof SEASON_STATES)[number]);
    fc.assert(
      fc.property(
        fc.constantFrom(...SEASON_STATES),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -100_000, max: 1_100_000 }),
        (current, times, now) => {
          const [startsAt = 0, freezeAt = 0, endsAt = 0] = [...times].sort((a, b) => a - b);
          const result = stateOnDates(current, { startsAt, freezeAt, endsAt }, now);
          expect(order(result)).toBeGreaterThanOrEqual(order(current));
          if (current === 'draft') expect(result).toBe('draft');
        },
      ),
    );
  });
});

describe('seasonSettingsSchema', () => {
  it('fills the defaults the organiser leaves out', () => {
    expect(seasonSettingsSchema.parse(base)).toEqual({
      ...base,
      freezeAt: null,
      teamChangeCutoff: null,
      logBackDays: 3,
      actionIds: null,
      customActions: [],
      rankingRule: 'total',
      teamSizeCap: 12,
      deletionPolicy: 'keep',
      photoRetentionDays: 30,
      showImpact: true,
      companyDomainRequired: false,
    });
    expect(DEFAULT_LOG_BACK_DAYS).toBe(3);
    expect(DEFAULT_TEAM_SIZE_CAP).toBe(12);
  });

  it('rejects an end before, or at, the start, on the end field', () => {
    for (const endsAt of [START - DAY, START]) {
      expect(issuesOf({ ...base, endsAt })).toContainEqual({
        path: ['endsAt'],
        message: 'validation.endBeforeStart',
      });
    }
    expect(issuesOf(base)).toEqual([]);
  });

  it('rejects a time zone that does not exist', () => {
    expect(issuesOf({ ...base, timeZone: 'Mars/Olympus_Mons' })).toEqual([
      { path: ['timeZone'], message: 'validation.timeZone' },
    ]);
    expect(issuesOf({ ...base, timeZone: 'America/New_York' })).toEqual([]);
  });

  it('accepts a freeze time after the start and no later than the end', () => {
    expect(issuesOf({ ...base, freezeAt: START + 1 })).toEqual([]);
    expect(issuesOf({ ...base, freezeAt: END })).toEqual([]);
  });

  it('rejects a freeze time at or before the start, or after the end', () => {
    for (const freezeAt of [START - DAY, START, END + 1]) {
      expect(issuesOf({ ...base, freezeAt })).toEqual([
        { path: ['freezeAt'], message: 'validation.freezeAt' },
      ]);
    }
  });

  it('rejects action ids that are not in the catalogue', () => {
    const known = CATALOGUE[0]?.id ?? '';
    expect(issuesOf({ ...base, actionIds: [known] })).toEqual([]);
    expect(issuesOf({ ...base, actionIds: [known, 'no-such-action'] })).toEqual([
      { path: ['actionIds', 1], message: 'validation.actionIds' },
    ]);
  });

  it('accepts a valid custom action', () => {
    expect(seasonSettingsSchema.parse({ ...base, customActions: [customAction] })).toMatchObject({
      customActions: [customAction],
    });
  });

  it('lets a custom action carry an impact model, none, or leave it out', () => {
    const impact = {
      unit: 'kgEquipment',
      low: 1,
      central: 2,
      high: 3,
      assumption: { fr: 'Une phrase en français.', en: 'One sentence in English.' },
      source: { publisher: 'ADEME', title: 'Une étude', year: 2022, url: 'https://example.org' },
      grade: 'estimate',
    } as const;
    for (const value of [impact, null, undefined]) {
      expect(issuesOf({ ...base, customActions: [{ ...customAction, impact: value }] })).toEqual(
        [],
      );
    }
    expect(
      issuesOf({ ...base, customActions: [{ ...customAction, impact: { ...impact, low: 4 } }] }),
    ).toEqual([
      { path: ['customActions', 0, 'impact', 'central'], message: 'validation.impactRange' },
    ]);
  });

  it('asks no company address to join a team unless the organiser requires it', () => {
    expect(seasonSettingsSchema.parse(base).companyDomainRequired).toBe(false);
    expect(
      seasonSettingsSchema.parse({ ...base, companyDomainRequired: true }).companyDomainRequired,
    ).toBe(true);
    expect(issuesOf({ ...base, companyDomainRequired: 'yes' })).toEqual([
      { path: ['companyDomainRequired'], message: 'validation.companyDomainRequired' },
    ]);
  });

  it('shows impact unless the organiser switches it off', () => {
    expect(seasonSettingsSchema.parse({ ...base, showImpact: false }).showImpact).toBe(false);
    expect(issuesOf({ ...base, showImpact: 'no' })).toEqual([
      { path: ['showImpact'], message: 'validation.showImpact' },
    ]);
  });

  it('rejects two custom actions with the same id', () => {
    expect(
      issuesOf({ ...base, customActions: [customAction, { ...customAction, effort: 'small' }] }),
    ).toEqual([{ path: ['customActions'], message: 'validation.customActionDuplicate' }]);
    expect(
      issuesOf({
        ...base,
        customActions: [customAction, { ...customAction, id: 'custom-plant-two-trees' }],
      }),
    ).toEqual([]);
  });

  it('rejects unknown fields', () => {
    expect(seasonSettingsSchema.safeParse({ ...base, colour: 'green' }).success).toBe(false);
  });
});

describe('describeIssues on a season', () => {
  it('turns a failed season into English sentences', () => {
    const result = seasonSettingsSchema.safeParse({ ...base, endsAt: START - DAY });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(describeIssues(result.error)).toContain('The end must come after the start.');
    }
  });
});

describe('defaultFreezeAt', () => {
  it('freezes 2 days before the end', () => {
    expect(defaultFreezeAt({ startsAt: START, endsAt: END })).toBe(END - 2 * DAY);
  });

  it('freezes just after the start for a season shorter than 2 days', () => {
    expect(defaultFreezeAt({ startsAt: START, endsAt: START + DAY })).toBe(START + 1);
    expect(defaultFreezeAt({ startsAt: START, endsAt: START + 2 * DAY })).toBe(START + 1);
    expect(defaultFreezeAt({ startsAt: START, endsAt: START + 2 * DAY + HOUR })).toBe(START + HOUR);
  });
});

describe('resolveSeason', () => {
  it('resolves the freeze time to its default and the team cut-off to the freeze time', () => {
    const season = resolveSeason('s1', seasonSettingsSchema.parse(base), 'open');
    expect(season).toMatchObject({ id: 's1', state: 'open', freezeAt: END - 2 * DAY });
    expect(season.teamChangeCutoff).toBe(season.freezeAt);
  });

  it('keeps the cut-off at a chosen freeze time, and keeps a chosen cut-off', () => {
    const freezeAt = END - 5 * DAY;
    const frozenEarly = resolveSeason(
      's1',
      seasonSettingsSchema.parse({ ...base, freezeAt }),
      'open',
    );
    expect(frozenEarly.teamChangeCutoff).toBe(freezeAt);
    const cutoff = START + DAY;
    const withCutoff = resolveSeason(
      's1',
      seasonSettingsSchema.parse({ ...base, teamChangeCutoff: cutoff }),
      'open',
    );
    expect(withCutoff.teamChangeCutoff).toBe(cutoff);
  });
});

describe('teamsMayChange', () => {
  const cutoff = END - 2 * DAY;

  it('lets teams change in a draft or an open season before the cut-off', () => {
    expect(teamsMayChange({ state: 'draft', teamChangeCutoff: cutoff }, cutoff - 1)).toBe(true);
    expect(teamsMayChange({ state: 'open', teamChangeCutoff: cutoff }, cutoff - 1)).toBe(true);
  });

  it('stops team changes from the cut-off on', () => {
    expect(teamsMayChange({ state: 'draft', teamChangeCutoff: cutoff }, cutoff)).toBe(false);
    expect(teamsMayChange({ state: 'open', teamChangeCutoff: cutoff }, cutoff)).toBe(false);
    expect(teamsMayChange({ state: 'open', teamChangeCutoff: cutoff }, cutoff + DAY)).toBe(false);
  });

  it('stops team changes in a frozen or closed season, even before the cut-off', () => {
    expect(teamsMayChange({ state: 'frozen', teamChangeCutoff: cutoff }, START)).toBe(false);
    expect(teamsMayChange({ state: 'closed', teamChangeCutoff: cutoff }, START)).toBe(false);
  });
});

describe('season payload schemas', () => {
  it.each([
    ['saveSeasonPayloadSchema', saveSeasonPayloadSchema, { seasonId: 's1', settings: base }],
    ['advanceSeasonPayloadSchema', advanceSeasonPayloadSchema, { seasonId: 's1', to: 'open' }],
  ] as const)('%s accepts a valid payload and rejects an unknown extra key', (_, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const result = schema.safeParse({ ...valid, extra: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
