import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Effort } from './action';
import { CATALOGUE, findAction } from './catalogue';
import {
  buildDigest,
  DIGEST_SUGGESTIONS,
  DIGEST_TITLES,
  digestSuggestions,
  teamStanding,
  weekEndOf,
  type DigestInput,
} from './digest';
import { rankedRow as row } from '../../tests/support/leaderboard';
import { THEME_IDS, type ThemeId } from './themes';

const action = (id: string): Action => {
  const found = findAction(id);
  if (!found) throw new Error(`No catalogue action ${id}`);
  return found;
};

/** A catalogue-like action, for lists the catalogue does not hold. */
const made = (
  id: string,
  theme: ThemeId,
  effort: Effort,
  scope: 'individual' | 'team' = 'individual',
): Action => ({
  ...action('sob-read-footprint-study'),
  id,
  theme,
  effort,
  scope,
  title: { fr: id, en: id },
});

const EFFORT_ORDER: Record<Effort, number> = { small: 0, medium: 1, large: 2 };

describe('digestSuggestions', () => {
  it('picks untouched themes first, in the order of the six themes, smallest effort first', () => {
    expect(digestSuggestions({}, CATALOGUE)).toEqual([
      {
        actionId: 'sob-read-footprint-study',
        title: action('sob-read-footprint-study').title,
        theme: 'sobriety',
        effort: 'small',
      },
      {
        actionId: 'cit-digital-exclusion-figures',
        title: action('cit-digital-exclusion-figures').title,
        theme: 'citizenship',
        effort: 'small',
      },
      {
        actionId: 'res-spot-dark-patterns',
        title: action('res-spot-dark-patterns').title,
        theme: 'respect',
        effort: 'small',
      },
    ]);
    // Touched themes go after the untouched ones, whatever their order; 0 points is untouched.
    expect(
      digestSuggestions({ sobriety: 10, citizenship: 5, respect: 0 }, CATALOGUE).map(
        (suggestion) => suggestion.theme,
      ),
    ).toEqual(['respect', 'accessibility', 'diversity']);
  });

  it('picks the themes with the fewest points when every theme is touched', () => {
    const teamThemes = {
      sobriety: 30,
      citizenship: 5,
      respect: 20,
      accessibility: 10,
      diversity: 15,
      engagement: 25,
    };
    expect(digestSuggestions(teamThemes, CATALOGUE).map((suggestion) => suggestion.theme)).toEqual([
      'citizenship',
      'accessibility',
      'diversity',
    ]);
    // Equal points: the order of the six themes.
    expect(
      digestSuggestions({ ...teamThemes, engagement: 5, sobriety: 5 }, CATALOGUE).map(
        (suggestion) => suggestion.theme,
      ),
    ).toEqual(['sobriety', 'citizenship', 'engagement']);
  });

  it('puts a theme with fewer than no points (a revoked action) among the fewest', () => {
    expect(
      digestSuggestions(
        { sobriety: 5, citizenship: 5, respect: 5, accessibility: 5, diversity: 5, engagement: -5 },
        CATALOGUE,
      ).map((suggestion) => suggestion.theme),
    ).toEqual(['engagement', 'sobriety', 'citizenship']);
  });

  it('takes the smallest effort of a theme, then the first in the catalogue order', () => {
    const actions = [
      made('sob-large', 'sobriety', 'large'),
      made('sob-medium', 'sobriety', 'medium'),
      made('sob-small-first', 'sobriety', 'small'),
      made('sob-small-second', 'sobriety', 'small'),
      made('cit-large', 'citizenship', 'large'),
      made('cit-medium-first', 'citizenship', 'medium'),
      made('cit-medium-second', 'citizenship', 'medium'),
    ];
    expect(digestSuggestions({}, actions).map((suggestion) => suggestion.actionId)).toEqual([
      'sob-small-first',
      'cit-medium-first',
    ]);
  });

  it('skips team actions, and a theme that has only those', () => {
    const actions = [
      made('sob-team-small', 'sobriety', 'small', 'team'),
      made('cit-team-small', 'citizenship', 'small', 'team'),
      made('cit-large', 'citizenship', 'large'),
      made('res-large', 'respect', 'large'),
      made('acc-medium', 'accessibility', 'medium'),
    ];
    expect(digestSuggestions({}, actions).map((suggestion) => suggestion.actionId)).toEqual([
      'cit-large',
      'res-large',
      'acc-medium',
    ]);
    // In the catalogue, the team actions are skipped for individual ones of the same theme.
    const sobriety = CATALOGUE.filter((entry) => entry.theme === 'sobriety');
    expect(sobriety[0]?.scope).toBe('team');
    expect(digestSuggestions({}, sobriety)).toEqual([
      {
        actionId: 'sob-read-footprint-study',
        title: action('sob-read-footprint-study').title,
        theme: 'sobriety',
        effort: 'small',
      },
    ]);
  });

  it('gives at most three, and fewer when actions lack', () => {
    expect(DIGEST_SUGGESTIONS).toBe(3);
    expect(digestSuggestions({}, CATALOGUE)).toHaveLength(3);
    expect(
      digestSuggestions({}, [
        made('div-small', 'diversity', 'small'),
        made('eng', 'engagement', 'large'),
      ]),
    ).toHaveLength(2);
    expect(digestSuggestions({}, [made('sob-team', 'sobriety', 'small', 'team')])).toEqual([]);
    expect(digestSuggestions({ sobriety: 10 }, [])).toEqual([]);
  });

  it('never repeats a theme, and picks from the fewest points, smallest effort first', () => {
    const points = fc.dictionary(
      fc.constantFrom(...THEME_IDS),
      fc.integer({ min: -10, max: 50 }),
    ) as fc.Arbitrary<Partial<Record<ThemeId, number>>>;
    fc.assert(
      fc.property(points, fc.subarray([...CATALOGUE]), (teamThemes, actions) => {
        const suggestions = digestSuggestions(teamThemes, actions);
        const themes = suggestions.map((suggestion) => suggestion.theme);
        expect(new Set(themes).size).toBe(themes.length);
        const available = THEME_IDS.filter((theme) =>
          actions.some((entry) => entry.theme === theme && entry.scope === 'individual'),
        );
        expect(suggestions).toHaveLength(Math.min(DIGEST_SUGGESTIONS, available.length));
        for (const suggestion of suggestions) {
          const picked = actions.find((entry) => entry.id === suggestion.actionId);
          expect(picked?.scope).toBe('individual');
          expect(picked?.theme).toBe(suggestion.theme);
          const smallest = Math.min(
            ...actions
              .filter((entry) => entry.theme === suggestion.theme && entry.scope === 'individual')
              .map((entry) => EFFORT_ORDER[entry.effort]),
          );
          expect(EFFORT_ORDER[suggestion.effort]).toBe(smallest);
        }
        // No theme left out has fewer points than one picked.
        const most = Math.max(...themes.map((theme) => teamThemes[theme] ?? 0));
        for (const theme of available.filter((entry) => !themes.includes(entry))) {
          expect(teamThemes[theme] ?? 0).toBeGreaterThanOrEqual(most);
        }
      }),
    );
  });
});

describe('teamStanding', () => {
  const board = [
    row('a', 1, 50),
    row('b', 2, 30),
    row('c', 2, 30),
    row('d', 4, 10),
    row('e', 5, 0),
  ];

  it('gives the leader its rank and no gap', () => {
    expect(teamStanding(board, 'a')).toEqual({
      name: 'Team a',
      rank: 1,
      teamCount: 5,
      gapToAbove: null,
      aboveName: null,
    });
  });

  it('gives the gap to the nearest team ranked above', () => {
    expect(teamStanding(board, 'b')).toEqual({
      name: 'Team b',
      rank: 2,
      teamCount: 5,
      gapToAbove: 20,
      aboveName: 'Team a',
    });
    expect(teamStanding(board, 'e')).toMatchObject({
      rank: 5,
      gapToAbove: 10,
      aboveName: 'Team d',
    });
  });

  it('looks past a team tied with it, to one ranked above', () => {
    expect(teamStanding(board, 'c')).toMatchObject({
      rank: 2,
      gapToAbove: 20,
      aboveName: 'Team a',
    });
    // Below a tie: one of the tied teams is the nearest above.
    expect(teamStanding(board, 'd')).toMatchObject({
      rank: 4,
      gapToAbove: 20,
      aboveName: 'Team c',
    });
  });

  it('gives no gap to teams tied for first', () => {
    const tied = [row('a', 1, 50), row('b', 1, 50), row('c', 3, 10)];
    expect(teamStanding(tied, 'a')).toMatchObject({ rank: 1, gapToAbove: null, aboveName: null });
    expect(teamStanding(tied, 'b')).toMatchObject({ rank: 1, gapToAbove: null, aboveName: null });
    expect(teamStanding(tied, 'c')).toMatchObject({ rank: 3, gapToAbove: 40, aboveName: 'Team b' });
  });

  it('gives a team not on the board no rank, and the count of the teams there', () => {
    expect(teamStanding(board, 'z')).toEqual({
      name: '',
      rank: null,
      teamCount: 5,
      gapToAbove: null,
      aboveName: null,
    });
    expect(teamStanding([], 'a')).toEqual({
      name: '',
      rank: null,
      teamCount: 0,
      gapToAbove: null,
      aboveName: null,
    });
  });
});

describe('buildDigest', () => {
  const title = (n: number) => ({ fr: `Action ${n}`, en: `Action ${n}` });
  // The week of Monday 9 March 2026, ending on Sunday 15 March.
  const input: DigestInput = {
    week: '2026-03-09',
    seasonName: 'Spring 2026',
    teamId: 'b',
    teamName: 'The Bees',
    board: [row('a', 1, 50), row('b', 2, 35), row('c', 3, 10)],
    approvedThisWeek: [5, 10, 20, 5, 5, 10, 20].map((points, index) => ({
      title: title(index + 1),
      points,
    })),
    approvedDays: ['2026-02-25', '2026-03-04', '2026-03-14', '2026-03-15'],
    weekEnd: '2026-03-15',
    teamThemes: { sobriety: 20, respect: 15 },
    actions: CATALOGUE,
  };

  it('tells the week, the season, the standing under the team name and what was done', () => {
    const digest = buildDigest(input);
    expect(digest.week).toBe('2026-03-09');
    expect(digest.seasonName).toBe('Spring 2026');
    expect(digest.team).toEqual({
      name: 'The Bees',
      rank: 2,
      teamCount: 3,
      gapToAbove: 15,
      aboveName: 'Team a',
    });
    expect(digest.done.approved).toBe(7);
    expect(digest.done.points).toBe(75);
    expect(digest.suggestions).toEqual(digestSuggestions(input.teamThemes, CATALOGUE));
    expect(digest.suggestions.map((suggestion) => suggestion.theme)).toEqual([
      'citizenship',
      'accessibility',
      'diversity',
    ]);
  });

  it('lists at most five titles, the first ones', () => {
    expect(DIGEST_TITLES).toBe(5);
    expect(buildDigest(input).done.titles).toEqual([1, 2, 3, 4, 5].map(title));
    const two = { ...input, approvedThisWeek: input.approvedThisWeek.slice(0, 2) };
    expect(buildDigest(two).done).toEqual({
      approved: 2,
      points: 15,
      titles: [title(1), title(2)],
    });
  });

  it('tells an empty week as such', () => {
    expect(buildDigest({ ...input, approvedThisWeek: [] }).done).toEqual({
      approved: 0,
      points: 0,
      titles: [],
    });
  });

  it('keeps the team name for a team not on the board, with no rank', () => {
    expect(buildDigest({ ...input, teamId: 'z' }).team).toEqual({
      name: 'The Bees',
      rank: null,
      teamCount: 3,
      gapToAbove: null,
      aboveName: null,
    });
  });

  it('counts the streak as it stands once the week is over', () => {
    // Weeks of 23 February, 2 March and 9 March; Saturday 14 and Sunday 15 March.
    expect(buildDigest(input).streak).toEqual({ weeks: 3, days: 2 });
    // Days after the Sunday (the digest goes on the next Monday) do not count.
    expect(
      buildDigest({ ...input, approvedDays: [...input.approvedDays, '2026-03-16', '2026-03-17'] })
        .streak,
    ).toEqual({ weeks: 3, days: 2 });
    // Nothing on Sunday: the days in a row are broken by the time the digest goes.
    expect(buildDigest({ ...input, approvedDays: ['2026-03-13', '2026-03-14'] }).streak).toEqual({
      weeks: 1,
      days: 0,
    });
    // A missed week before breaks the weeks.
    expect(buildDigest({ ...input, approvedDays: ['2026-02-25', '2026-03-10'] }).streak).toEqual({
      weeks: 1,
      days: 0,
    });
    expect(buildDigest({ ...input, approvedDays: [] }).streak).toEqual({ weeks: 0, days: 0 });
  });

  it('counts no weeks in a row for a week with nothing approved', () => {
    // The week of 9 March had nothing: the weeks before it no longer run on.
    expect(buildDigest({ ...input, approvedDays: ['2026-02-25', '2026-03-04'] }).streak).toEqual({
      weeks: 0,
      days: 0,
    });
  });
});

describe('weekEndOf', () => {
  it('is the Sunday six days after the Monday', () => {
    expect(weekEndOf('2026-03-02')).toBe('2026-03-08');
    expect(weekEndOf('2026-03-09')).toBe('2026-03-15');
  });

  it('crosses months, years, leap days and summer time', () => {
    expect(weekEndOf('2026-03-30')).toBe('2026-04-05');
    expect(weekEndOf('2025-12-29')).toBe('2026-01-04');
    expect(weekEndOf('2028-02-28')).toBe('2028-03-05');
    expect(weekEndOf('2027-02-22')).toBe('2027-02-28');
    expect(weekEndOf('2026-03-23')).toBe('2026-03-29');
    expect(weekEndOf('2026-10-19')).toBe('2026-10-25');
  });

  it('is always a Sunday for a Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (weeks) => {
        // 2024-01-01 was a Monday.
        const monday = new Date(Date.UTC(2024, 0, 1 + 7 * weeks)).toISOString().slice(0, 10);
        const sunday = weekEndOf(monday);
        expect(new Date(`${sunday}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(Date.parse(`${sunday}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)).toBe(
          6 * 24 * 60 * 60 * 1000,
        );
      }),
    );
  });
});
