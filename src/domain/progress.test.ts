import { describe, expect, it } from 'vitest';
import {
  mayResubmit,
  mayWithdraw,
  newestFirst,
  progressBadges,
  progressGrid,
  progressImpact,
  progressPoints,
  type ProgressSubmission,
} from './progress';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './scoring';
import { MODALITIES, THEME_IDS, type Modality, type ThemeId } from './themes';

let clock = 1_000;
function submission(
  theme: ThemeId,
  modality: Modality,
  points = 10,
  status: SubmissionStatus = 'approved',
  day = '2026-03-02',
): ProgressSubmission {
  clock += 1_000;
  return {
    theme,
    modality,
    points,
    status,
    doneAt: clock,
    approvedAt: status === 'approved' ? clock + 500 : null,
    day,
  };
}

const NOT_APPROVED = SUBMISSION_STATUSES.filter((status) => status !== 'approved');

const earned = (submissions: ProgressSubmission[]) =>
  progressBadges(submissions)
    .filter((badge) => badge.earnedAt !== null)
    .map((badge) => badge.id);

describe('progressImpact', () => {
  it('adds what approved submissions changed, unit by unit, and nothing of the others', () => {
    const kg = { unit: 'kgCO2e', low: 24.6, central: 24.6, high: 27 } as const;
    const people = { unit: 'peopleTrained', low: 4, central: 4, high: 8 } as const;
    const submissions = [
      { ...submission('sobriety', 'act'), impact: kg },
      { ...submission('sobriety', 'act'), impact: kg },
      { ...submission('sobriety', 'understand'), impact: people },
      { ...submission('respect', 'act'), impact: null },
      ...NOT_APPROVED.map((status) => ({
        ...submission('sobriety', 'act', 10, status),
        impact: kg,
      })),
    ];
    expect(progressImpact(submissions)).toEqual({
      kgCO2e: [49.2, 49.2, 54],
      peopleTrained: [4, 4, 8],
    });
    expect(progressImpact([])).toEqual({});
  });
});

describe('progressPoints', () => {
  it('sums the points of approved submissions', () => {
    expect(
      progressPoints([submission('sobriety', 'act', 10), submission('respect', 'share', 5)]),
    ).toBe(15);
  });

  it.each(NOT_APPROVED)('leaves out a %s submission', (status) => {
    expect(
      progressPoints([
        submission('sobriety', 'act', 10),
        submission('sobriety', 'act', 20, status),
      ]),
    ).toBe(10);
  });
});

describe('progressGrid', () => {
  it('has a cell for each of the six themes and three modalities, empty at first', () => {
    const grid = progressGrid([]);
    expect(Object.keys(grid)).toEqual([...THEME_IDS]);
    for (const theme of THEME_IDS) {
      expect(Object.keys(grid[theme])).toEqual([...MODALITIES]);
      for (const modality of MODALITIES) {
        expect(grid[theme][modality]).toEqual({ count: 0, points: 0 });
      }
    }
  });

  it('counts approved submissions and their points in their own cell only', () => {
    const grid = progressGrid([
      submission('accessibility', 'act', 10),
      submission('accessibility', 'act', 5),
      submission('accessibility', 'share', 20),
    ]);
    expect(grid.accessibility.act).toEqual({ count: 2, points: 15 });
    expect(grid.accessibility.share).toEqual({ count: 1, points: 20 });
    expect(grid.accessibility.understand).toEqual({ count: 0, points: 0 });
    expect(grid.sobriety.act).toEqual({ count: 0, points: 0 });
  });

  it.each(NOT_APPROVED)('does not count a %s submission', (status) => {
    const grid = progressGrid([submission('diversity', 'understand', 10, status)]);
    expect(grid.diversity.understand).toEqual({ count: 0, points: 0 });
  });
});

describe('progressBadges', () => {
  it('lists the six theme badges, the all-themes badge and the three modality badges', () => {
    expect(progressBadges([]).map((badge) => badge.id)).toEqual([
      'theme-sobriety',
      'theme-citizenship',
      'theme-respect',
      'theme-accessibility',
      'theme-diversity',
      'theme-engagement',
      'all-themes',
      'modality-understand',
      'modality-act',
      'modality-share',
      'streak',
    ]);
    expect(earned([])).toEqual([]);
  });

  it('gives a theme badge and a modality badge with the first approved action', () => {
    expect(earned([submission('citizenship', 'share')])).toEqual([
      'theme-citizenship',
      'modality-share',
    ]);
  });

  it('dates a badge from the first approval of its theme', () => {
    const first = submission('respect', 'act');
    const later = submission('respect', 'understand');
    const badge = progressBadges([later, first]).find((each) => each.id === 'theme-respect');
    expect(badge?.earnedAt).toBe(first.approvedAt);
  });

  it('gives the all-themes badge only once all six themes have one, dated by the last', () => {
    const five = THEME_IDS.slice(0, 5).map((theme) => submission(theme, 'act'));
    expect(earned(five)).not.toContain('all-themes');
    const sixth = submission('engagement', 'act');
    const badges = progressBadges([...five, sixth]);
    expect(badges.find((badge) => badge.id === 'all-themes')?.earnedAt).toBe(sixth.approvedAt);
  });

  it.each(NOT_APPROVED)('gives no badge for a %s submission', (status) => {
    const submissions = THEME_IDS.map((theme) => submission(theme, 'understand', 10, status));
    expect(earned(submissions)).toEqual([]);
  });

  it('takes the badge back when its only approved submission is revoked', () => {
    const approved = submission('engagement', 'share');
    expect(earned([approved])).toContain('theme-engagement');
    expect(earned([{ ...approved, status: 'revoked' }])).toEqual([]);
  });
});

describe('the streak badge', () => {
  // 2026-03-02, 03-09 and 03-16 are Mondays of three weeks in a row.
  const inWeek = (day: string, status: SubmissionStatus = 'approved') =>
    submission('sobriety', 'act', 10, status, day);
  const streakOf = (submissions: ProgressSubmission[]) =>
    progressBadges(submissions).find((badge) => badge.id === 'streak')?.earnedAt;

  it('comes with the first approval of the third week in a row', () => {
    const weeks = [inWeek('2026-03-02'), inWeek('2026-03-10')];
    expect(streakOf(weeks)).toBeNull();
    const third = inWeek('2026-03-16');
    const laterThatWeek = inWeek('2026-03-18');
    expect(streakOf([...weeks, laterThatWeek, third])).toBe(third.approvedAt);
  });

  it('needs weeks in a row, approved: a gap or a revoked week breaks it', () => {
    expect(streakOf([inWeek('2026-03-02'), inWeek('2026-03-09'), inWeek('2026-03-23')])).toBeNull();
    expect(
      streakOf([inWeek('2026-03-02'), inWeek('2026-03-09', 'revoked'), inWeek('2026-03-16')]),
    ).toBeNull();
  });
});

describe('newestFirst', () => {
  it('orders submissions by when they were sent, newest first', () => {
    const list = [
      { id: 'a', createdAt: 2 },
      { id: 'b', createdAt: 3 },
      { id: 'c', createdAt: 1 },
    ];
    expect(newestFirst(list).map((each) => each.id)).toEqual(['b', 'a', 'c']);
    expect(list.map((each) => each.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('what the author may do', () => {
  it.each(SUBMISSION_STATUSES)('withdraws only a pending submission (%s)', (status) => {
    expect(mayWithdraw({ status })).toBe(status === 'pending');
  });

  it.each(SUBMISSION_STATUSES)('fixes and sends again only a rejected one (%s)', (status) => {
    expect(mayResubmit({ status })).toBe(status === 'rejected');
  });
});
