import { describe, expect, it } from 'vitest';
import type { Submission } from './game';
import type { CustomAction } from './season';
import { SUBMISSION_STATUSES } from './scoring';
import {
  actionTitleOf,
  feedOrder,
  hasReacted,
  membersWithoutSubmissions,
  pendingSubmissions,
  reactionCount,
  themeModalityGrid,
  untouchedThemes,
} from './team-insights';
import { THEME_IDS } from './themes';

const submission = (id: string, extra: Partial<Submission> = {}): Submission => ({
  id,
  seasonId: 'S1',
  teamId: 'T1',
  teamName: 'Les Colibris',
  companyId: 'C1',
  uid: 'uid-1',
  authorName: 'Colibri 42',
  actionId: 'sob-team-digital-fresco',
  theme: 'sobriety',
  modality: 'understand',
  points: 10,
  scope: 'individual',
  doneAt: 1_000,
  day: '2026-03-10',
  proof: { kind: 'none' },
  proofHash: null,
  duplicateOf: null,
  status: 'approved',
  reason: null,
  auto: false,
  audited: false,
  createdAt: 1_000,
  updatedAt: 1_000,
  reviewedAt: 2_000,
  approvedAt: 2_000,
  reactions: {},
  ...extra,
});

const members = {
  'uid-3': { name: 'Castor 12', role: 'member' as const, joinedAt: 300 },
  'uid-1': { name: 'Colibri 42', role: 'captain' as const, joinedAt: 100 },
  'uid-2': { name: 'Bob Martin', role: 'member' as const, joinedAt: 200 },
};

describe('membersWithoutSubmissions', () => {
  it('lists the members with no submission at all, in the order they joined', () => {
    expect(membersWithoutSubmissions(members, [])).toEqual([
      { uid: 'uid-1', name: 'Colibri 42' },
      { uid: 'uid-2', name: 'Bob Martin' },
      { uid: 'uid-3', name: 'Castor 12' },
    ]);
  });

  it('counts a submission of any status as a start', () => {
    for (const status of SUBMISSION_STATUSES) {
      expect(
        membersWithoutSubmissions(members, [submission('s', { uid: 'uid-2', status })]).map(
          (member) => member.uid,
        ),
      ).toEqual(['uid-1', 'uid-3']);
    }
  });

  it('ignores authors who are no longer members', () => {
    expect(
      membersWithoutSubmissions(members, [
        submission('a', { uid: 'uid-9' }),
        submission('b', { uid: 'uid-1' }),
        submission('c', { uid: 'uid-3' }),
      ]),
    ).toEqual([{ uid: 'uid-2', name: 'Bob Martin' }]);
  });
});

describe('untouchedThemes', () => {
  it('lists every theme, in the usual order, when nothing is approved', () => {
    expect(untouchedThemes([])).toEqual([...THEME_IDS]);
  });

  it('touches a theme with an approved submission only', () => {
    expect(
      untouchedThemes([
        submission('a', { theme: 'sobriety', status: 'approved' }),
        submission('b', { theme: 'respect', status: 'pending' }),
        submission('c', { theme: 'diversity', status: 'rejected' }),
        submission('d', { theme: 'citizenship', status: 'revoked' }),
        submission('e', { theme: 'engagement', status: 'withdrawn' }),
      ]),
    ).toEqual(['citizenship', 'respect', 'accessibility', 'diversity', 'engagement']);
  });

  it('does not count a pending submission as touching its theme', () => {
    expect(untouchedThemes([submission('a', { theme: 'respect', status: 'pending' })])).toContain(
      'respect',
    );
  });
});

describe('themeModalityGrid', () => {
  it('adds up approved points per theme and modality, with totals', () => {
    const grid = themeModalityGrid([
      submission('a', { theme: 'sobriety', modality: 'act', points: 10 }),
      submission('b', { theme: 'sobriety', modality: 'act', points: 5 }),
      submission('c', { theme: 'sobriety', modality: 'share', points: 20 }),
      submission('d', { theme: 'respect', modality: 'act', points: 5 }),
    ]);
    expect(grid.cells.sobriety).toEqual({ understand: 0, act: 15, share: 20 });
    expect(grid.cells.respect).toEqual({ understand: 0, act: 5, share: 0 });
    expect(grid.cells.engagement).toEqual({ understand: 0, act: 0, share: 0 });
    expect(grid.byTheme.sobriety).toBe(35);
    expect(grid.byModality).toEqual({ understand: 0, act: 20, share: 20 });
    expect(grid.total).toBe(40);
  });

  it('leaves out submissions that are not approved', () => {
    const grid = themeModalityGrid(
      SUBMISSION_STATUSES.filter((status) => status !== 'approved').map((status) =>
        submission(status, { status, points: 20 }),
      ),
    );
    expect(grid.total).toBe(0);
    expect(grid.cells.sobriety.understand).toBe(0);
  });
});

describe('feedOrder', () => {
  it('shows approved submissions only, most recently approved first', () => {
    const feed = feedOrder([
      submission('old', { approvedAt: 1_000, doneAt: 9_000 }),
      submission('pending', { status: 'pending', approvedAt: null, createdAt: 99_000 }),
      submission('new', { approvedAt: 5_000, doneAt: 1_000 }),
      submission('revoked', { status: 'revoked', approvedAt: 8_000 }),
      submission('middle', { approvedAt: 3_000 }),
    ]);
    expect(feed.map((item) => item.id)).toEqual(['new', 'middle', 'old']);
  });

  it('breaks ties by id', () => {
    const feed = feedOrder([submission('b'), submission('a'), submission('c')]);
    expect(feed.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('pendingSubmissions', () => {
  it('keeps pending ones, the longest waiting first', () => {
    const pending = pendingSubmissions([
      submission('late', { status: 'pending', createdAt: 3_000 }),
      submission('done', { status: 'approved', createdAt: 1_000 }),
      submission('early', { status: 'pending', createdAt: 2_000 }),
    ]);
    expect(pending.map((item) => item.id)).toEqual(['early', 'late']);
  });
});

describe('reactions', () => {
  it('counts the people whose reaction is on', () => {
    expect(reactionCount({})).toBe(0);
    expect(reactionCount(undefined)).toBe(0);
    expect(reactionCount({ 'uid-1': true, 'uid-2': true })).toBe(2);
    // A reaction switched off and left as false does not count.
    expect(reactionCount({ 'uid-1': true, 'uid-2': false })).toBe(1);
  });

  it('knows whether a person has reacted', () => {
    expect(hasReacted({ 'uid-1': true }, 'uid-1')).toBe(true);
    expect(hasReacted({ 'uid-1': true }, 'uid-2')).toBe(false);
    expect(hasReacted({ 'uid-1': false }, 'uid-1')).toBe(false);
    expect(hasReacted({ 'uid-1': true }, null)).toBe(false);
  });
});

describe('actionTitleOf', () => {
  const custom: CustomAction = {
    id: 'custom-plant-trees',
    theme: 'engagement',
    modality: 'act',
    effort: 'small',
    scope: 'team',
    proof: 'none',
    repeat: { kind: 'once' },
    title: { fr: 'Planter des arbres', en: 'Plant trees' },
    howTo: { fr: ['Planter', 'Montrer'], en: ['Plant', 'Show'] },
  };

  it('finds a custom action of the season first, then the catalogue', () => {
    expect(actionTitleOf({ customActions: [custom] }, 'custom-plant-trees')).toEqual(custom.title);
    expect(actionTitleOf({ customActions: [] }, 'sob-team-digital-fresco')?.fr).toMatch(/\S/);
    expect(actionTitleOf(null, 'sob-team-digital-fresco')).not.toBeNull();
  });

  it('is null for an action nobody knows', () => {
    expect(actionTitleOf({ customActions: [custom] }, 'custom-unknown')).toBeNull();
  });
});
