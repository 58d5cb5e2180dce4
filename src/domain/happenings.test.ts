import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstThemes, newLeaderOf, rankChangesOf } from './happenings';
import { THEME_IDS, type ThemeId } from './themes';
import { rankedRow as row } from '../../tests/support/leaderboard';

describe('firstThemes', () => {
  it('names the themes whose points went from none to some', () => {
    expect(firstThemes({ sobriety: 0 }, { sobriety: 5 })).toEqual(['sobriety']);
    expect(firstThemes({}, { respect: 10, diversity: 5 })).toEqual(['respect', 'diversity']);
  });

  it('treats a theme missing before as none', () => {
    expect(firstThemes({ sobriety: 5 }, { sobriety: 10, citizenship: 5 })).toEqual(['citizenship']);
  });

  it('names no theme that already had points, or still has none', () => {
    expect(firstThemes({ sobriety: 5 }, { sobriety: 10 })).toEqual([]);
    expect(firstThemes({ sobriety: 0 }, { sobriety: 0 })).toEqual([]);
    expect(firstThemes({}, { engagement: 0 })).toEqual([]);
    expect(firstThemes({ sobriety: 5 }, { sobriety: 0 })).toEqual([]);
  });

  it('names no theme missing after, whatever it had before', () => {
    expect(firstThemes({ sobriety: 0, respect: 5 }, {})).toEqual([]);
  });

  it('counts negative points (a revoked action) as none, before and after', () => {
    // Points back above zero after a revocation took them below: a first action again.
    expect(firstThemes({ accessibility: -5 }, { accessibility: 5 })).toEqual(['accessibility']);
    // A revocation that takes a theme from some to below zero is no first action.
    expect(firstThemes({ accessibility: 5 }, { accessibility: -5 })).toEqual([]);
    expect(firstThemes({}, { accessibility: -5 })).toEqual([]);
  });

  it('names exactly the themes with no points before and some after', () => {
    const points = fc.dictionary(
      fc.constantFrom(...THEME_IDS),
      fc.integer({ min: -20, max: 40 }),
    ) as fc.Arbitrary<Partial<Record<ThemeId, number>>>;
    fc.assert(
      fc.property(points, points, (before, after) => {
        const found = firstThemes(before, after);
        const expected = THEME_IDS.filter(
          (theme) => (before[theme] ?? 0) <= 0 && (after[theme] ?? 0) > 0,
        );
        expect([...found].sort()).toEqual([...expected].sort());
        expect(new Set(found).size).toBe(found.length);
      }),
    );
  });
});

describe('newLeaderOf', () => {
  it('names a team that ranks first alone with points, after another team led', () => {
    const before = [row('a', 1, 30), row('b', 2, 20)];
    const after = [row('b', 1, 40), row('a', 2, 30)];
    expect(newLeaderOf(before, after)).toEqual({ leader: after[0], previous: before[0] });
  });

  it('names the first leader with no previous one when nobody had points before', () => {
    const before = [row('a', 1, 0), row('b', 2, 0)];
    const after = [row('b', 1, 5), row('a', 2, 0)];
    expect(newLeaderOf(before, after)).toEqual({ leader: after[0], previous: null });
    expect(newLeaderOf([], after)).toEqual({ leader: after[0], previous: null });
  });

  it('names no new leader when the same team still leads', () => {
    const before = [row('a', 1, 30), row('b', 2, 20)];
    const after = [row('a', 1, 50), row('b', 2, 20)];
    expect(newLeaderOf(before, after)).toBeNull();
  });

  it('names no leader with 0 points', () => {
    expect(newLeaderOf([], [row('a', 1, 0), row('b', 2, 0)])).toBeNull();
    expect(newLeaderOf([row('b', 1, 10)], [row('a', 1, 0)])).toBeNull();
    expect(newLeaderOf([], [])).toBeNull();
  });

  it('names no new leader on a tie for first', () => {
    const before = [row('a', 1, 30), row('b', 2, 20)];
    const after = [row('a', 1, 30), row('b', 1, 30), row('c', 3, 5)];
    expect(newLeaderOf(before, after)).toBeNull();
    expect(newLeaderOf([], after)).toBeNull();
  });

  it('names a team that breaks a tie for first, with nobody alone first before it', () => {
    const before = [row('a', 1, 30), row('b', 1, 30)];
    const after = [row('a', 1, 35), row('b', 2, 30)];
    expect(newLeaderOf(before, after)).toEqual({ leader: after[0], previous: null });
  });

  it('names nobody when no row ranked first has points', () => {
    // A team with points ranked 2 leads nothing.
    expect(newLeaderOf([], [row('a', 2, 10)])).toBeNull();
  });

  it('never names the team that led before, and names one only when it ranks first alone', () => {
    const board = fc
      .array(fc.record({ rank: fc.integer({ min: 1, max: 3 }), total: fc.nat(30) }), {
        maxLength: 5,
      })
      .map((rows) => rows.map((entry, index) => row(`t${index}`, entry.rank, entry.total)));
    fc.assert(
      fc.property(board, board, (before, after) => {
        const result = newLeaderOf(before, after);
        const firsts = after.filter((entry) => entry.rank === 1 && entry.total > 0);
        if (result === null) return;
        expect(firsts).toEqual([result.leader]);
        expect(result.previous?.teamId).not.toBe(result.leader.teamId);
      }),
    );
  });
});

describe('rankChangesOf', () => {
  it('reports the teams on both boards with another rank and points now', () => {
    const before = [row('a', 1, 30), row('b', 2, 20), row('c', 3, 10)];
    const after = [row('b', 1, 40), row('a', 2, 30), row('c', 3, 10)];
    expect(rankChangesOf(before, after)).toEqual([
      { row: after[0], previousRank: 2 },
      { row: after[1], previousRank: 1 },
    ]);
  });

  it('says nothing of a team that just appeared, or that left the board', () => {
    const before = [row('a', 1, 30), row('gone', 2, 20)];
    const after = [row('new', 1, 50), row('a', 2, 30)];
    expect(rankChangesOf(before, after)).toEqual([{ row: after[1], previousRank: 1 }]);
  });

  it('says nothing of a team with no points now, even if its rank moved', () => {
    const before = [row('a', 1, 0), row('b', 2, 0), row('c', 3, 0)];
    const after = [row('c', 1, 5), row('a', 2, 0), row('b', 3, 0)];
    expect(rankChangesOf(before, after)).toEqual([{ row: after[0], previousRank: 3 }]);
    // Down to 0 points after a revocation, and down the board: still no news.
    expect(
      rankChangesOf([row('a', 1, 5), row('b', 2, 0)], [row('b', 1, 5), row('a', 2, 0)]),
    ).toEqual([{ row: row('b', 1, 5), previousRank: 2 }]);
  });

  it('reports nothing for boards that did not move', () => {
    const board = [row('a', 1, 30), row('b', 2, 20)];
    expect(rankChangesOf(board, board)).toEqual([]);
    expect(rankChangesOf([], board)).toEqual([]);
    expect(rankChangesOf(board, [])).toEqual([]);
  });

  it('never reports a team whose rank did not change, and reports every one whose rank did', () => {
    const teams = ['a', 'b', 'c', 'd', 'e'];
    const board = fc
      .subarray(teams)
      .chain((ids) =>
        fc.tuple(
          fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
          fc.array(fc.nat(20), { minLength: ids.length, maxLength: ids.length }),
        ),
      )
      .map(([ids, totals]) => ids.map((id, index) => row(id, index + 1, totals[index] ?? 0)));
    fc.assert(
      fc.property(board, board, (before, after) => {
        const changes = rankChangesOf(before, after);
        const rankBefore = new Map(before.map((entry) => [entry.teamId, entry.rank]));
        for (const change of changes) {
          expect(change.previousRank).toBe(rankBefore.get(change.row.teamId));
          expect(change.row.rank).not.toBe(change.previousRank);
          expect(change.row.total).toBeGreaterThan(0);
        }
        const expected = after.filter((entry) => {
          const previous = rankBefore.get(entry.teamId);
          return previous !== undefined && previous !== entry.rank && entry.total > 0;
        });
        expect(changes.map((change) => change.row)).toEqual(expected);
      }),
    );
  });
});
