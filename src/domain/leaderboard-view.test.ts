import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaderboardRow as row } from '../../tests/support/leaderboard';
import {
  chartGeometry,
  companyRollUp,
  cumulativeByDay,
  dayToUtc,
  displayedMeasure,
  frozenSince,
  boardPageOf,
  lastOfTopWithPagesAfter,
  neighboursOf,
  positionsOfPage,
  rowsAroundOnPage,
  rowsByRank,
  spreadLabels,
  valueAxis,
} from './leaderboard-view';

describe('rowsByRank', () => {
  it('follows the rank the functions gave, not the order of storage', () => {
    const rows = [row('c', 3), row('a', 1), row('b', 2)];
    expect(rowsByRank(rows).map((r) => r.teamId)).toEqual(['a', 'b', 'c']);
    // The document itself is left as it was.
    expect(rows.map((r) => r.teamId)).toEqual(['c', 'a', 'b']);
  });
});

describe('frozenSince', () => {
  it('is the moment the functions froze the board, when the board carries it', () => {
    expect(frozenSince({ freezeAt: 1_000 }, { updatedAt: 900, frozenAt: 1_200 })).toBe(1_200);
  });

  it('is the freeze time when the board froze on its date', () => {
    expect(frozenSince({ freezeAt: 1_000 }, { updatedAt: 1_005 })).toBe(1_000);
  });

  it('is the last update when the season was frozen by hand before its freeze time', () => {
    expect(frozenSince({ freezeAt: 9_000 }, { updatedAt: 4_000 })).toBe(4_000);
  });
});

describe('companyRollUp', () => {
  it('counts teams, adds their points and divides by the number of teams', () => {
    const rollUp = companyRollUp(
      [
        row('a', 1, { total: 90, companyId: 'c2' }),
        row('b', 2, { total: 60, companyId: 'c1' }),
        row('c', 3, { total: 30, companyId: 'c2' }),
        row('d', 4, { total: 20, companyId: 'c1' }),
        row('e', 5, { total: 5, companyId: 'c1' }),
      ],
      { c1: 'Acme', c2: 'Bureau Vert' },
    );
    expect(rollUp).toEqual([
      { companyId: 'c2', companyName: 'Bureau Vert', teams: 2, total: 120, averagePerTeam: 60 },
      { companyId: 'c1', companyName: 'Acme', teams: 3, total: 85, averagePerTeam: 85 / 3 },
    ]);
  });

  it('puts the company with more points first, then orders by name', () => {
    const rollUp = companyRollUp(
      [
        row('a', 1, { total: 10, companyId: 'z' }),
        row('b', 2, { total: 10, companyId: 'y' }),
        row('c', 3, { total: 50, companyId: 'x' }),
      ],
      { x: 'Moyen', y: 'Abeille', z: 'Zèbre' },
    );
    expect(rollUp.map((company) => company.companyName)).toEqual(['Moyen', 'Abeille', 'Zèbre']);
  });

  it('keeps every point and every team, whatever the rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ total: fc.nat(1000), company: fc.constantFrom('a', 'b', 'c') })),
        (teams) => {
          const rows = teams.map((team, index) =>
            row(`t${index}`, index + 1, { total: team.total, companyId: team.company }),
          );
          const rollUp = companyRollUp(rows, { a: 'A', b: 'B', c: 'C' });
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(sum(rollUp.map((company) => company.total))).toBe(sum(teams.map((t) => t.total)));
          expect(sum(rollUp.map((company) => company.teams))).toBe(teams.length);
        },
      ),
    );
  });
});

describe('the board in pages', () => {
  it('reads the page asked in the address, page 1 for anything else, the last for one past it', () => {
    const board = { pageCount: 99 };
    expect(boardPageOf('2', board)).toBe(2);
    expect(boardPageOf(null, board)).toBe(1);
    expect(boardPageOf('0', board)).toBe(1);
    expect(boardPageOf('-3', board)).toBe(1);
    expect(boardPageOf('2.5', board)).toBe(1);
    expect(boardPageOf('abc', board)).toBe(1);
    expect(boardPageOf('100', board)).toBe(100);
    expect(boardPageOf('101', board)).toBe(100);
    expect(boardPageOf('7', { pageCount: 0 })).toBe(1);
  });

  it('gives the positions of a page: the top first, then a hundred per page, the last cut short', () => {
    const board = { teamCount: 10_000 };
    expect(positionsOfPage(1, board)).toEqual({ first: 1, last: 100 });
    expect(positionsOfPage(2, board)).toEqual({ first: 101, last: 200 });
    expect(positionsOfPage(100, board)).toEqual({ first: 9_901, last: 10_000 });
    expect(positionsOfPage(3, { teamCount: 250 })).toEqual({ first: 201, last: 250 });
    expect(positionsOfPage(1, { teamCount: 3 })).toEqual({ first: 1, last: 3 });
  });

  it('puts the rows just outside a page at its edges, when there are some', () => {
    const rows = [row('b', 101), row('c', 102)];
    expect(
      rowsAroundOnPage({ rows, before: row('a', 100), after: row('d', 103) }).map((r) => r.rank),
    ).toEqual([100, 101, 102, 103]);
    expect(rowsAroundOnPage({ rows, before: null, after: null }).map((r) => r.rank)).toEqual([
      101, 102,
    ]);
  });

  it('knows the last team of the top has its neighbour below on the first page, when pages follow', () => {
    const rows = [row('b', 2), row('a', 1)];
    expect(lastOfTopWithPagesAfter({ rows, pageCount: 3 }, 'b')).toBe(true);
    expect(lastOfTopWithPagesAfter({ rows, pageCount: 3 }, 'a')).toBe(false);
    expect(lastOfTopWithPagesAfter({ rows, pageCount: 0 }, 'b')).toBe(false);
  });
});

describe('neighboursOf', () => {
  const rows = [
    row('third', 3, { total: 40 }),
    row('first', 1, { total: 100 }),
    row('second', 2, { total: 70 }),
  ];

  it('counts the teams of the whole board when given only the rows around the team', () => {
    expect(neighboursOf(rows, 'total', 'second', 10_000)?.teamCount).toBe(10_000);
  });

  it('gives the gap to the team just above and just below in total points', () => {
    const neighbours = neighboursOf(rows, 'total', 'second');
    expect(neighbours?.mine.teamId).toBe('second');
    expect(neighbours?.teamCount).toBe(3);
    expect(neighbours?.above).toEqual({ row: rows[1], behindBy: 30 });
    expect(neighbours?.below).toEqual({ row: rows[0], aheadBy: 30 });
  });

  it('has no team above the leader and none below the last', () => {
    expect(neighboursOf(rows, 'total', 'first')?.above).toBeNull();
    expect(neighboursOf(rows, 'total', 'first')?.below?.aheadBy).toBe(30);
    expect(neighboursOf(rows, 'total', 'third')?.below).toBeNull();
    expect(neighboursOf(rows, 'total', 'third')?.above?.behindBy).toBe(30);
  });

  it('measures the gap in the season’s measure, not in points', () => {
    // Ranked by participation: the team above has more active members, fewer points.
    const byParticipation = [
      row('a', 1, { total: 10, memberCount: 4, activeMembers: 3 }),
      row('b', 2, { total: 80, memberCount: 4, activeMembers: 2 }),
      row('c', 3, { total: 90, memberCount: 4, activeMembers: 1 }),
    ];
    const participation = neighboursOf(byParticipation, 'participation', 'b');
    expect(participation?.above?.behindBy).toBeCloseTo(0.25);
    expect(participation?.below?.aheadBy).toBeCloseTo(0.25);

    const byAverage = [
      row('a', 1, { total: 90, activeMembers: 3 }),
      row('b', 2, { total: 50, activeMembers: 2 }),
    ];
    expect(neighboursOf(byAverage, 'average', 'b')?.above?.behindBy).toBe(5);
  });

  it('says a tie is a gap of zero', () => {
    const tied = [row('early', 1, { total: 50 }), row('late', 2, { total: 50, reachedAt: 200 })];
    expect(neighboursOf(tied, 'total', 'late')?.above?.behindBy).toBe(0);
  });

  it('is null for a team that is not on the board, or no team', () => {
    expect(neighboursOf(rows, 'total', 'nobody')).toBeNull();
    expect(neighboursOf(rows, 'total', null)).toBeNull();
    expect(neighboursOf([], 'total', 'first')).toBeNull();
  });
});

describe('cumulativeByDay', () => {
  const rows = [row('b', 2, { name: 'Castors' }), row('a', 1, { name: 'Colibris' })];

  it('adds each team’s points up day after day, counting 0 on days without points', () => {
    const chart = cumulativeByDay(
      {
        b: { '2026-03-10': 5, '2026-03-12': 20 },
        a: { '2026-03-11': 10, '2026-03-10': 10 },
      },
      rows,
    );
    expect(chart.days).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect(chart.series).toEqual([
      { teamId: 'a', name: 'Colibris', rank: 1, points: [10, 20, 20] },
      { teamId: 'b', name: 'Castors', rank: 2, points: [5, 5, 25] },
    ]);
  });

  it('fills the days nobody scored so the axis keeps time, across a month’s end', () => {
    const chart = cumulativeByDay({ a: { '2026-02-27': 1, '2026-03-02': 2 } }, rows);
    expect(chart.days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(chart.series[0]?.points).toEqual([1, 1, 1, 3]);
  });

  it('leaves out teams no longer on the board and keys that are not days', () => {
    const chart = cumulativeByDay(
      { gone: { '2026-03-01': 50 }, a: { '2026-03-05': 5, 'not-a-day': 99, '2026-02-30': 7 } },
      rows,
    );
    expect(chart.days).toEqual(['2026-03-05']);
    expect(chart.series.map((series) => series.teamId)).toEqual(['a']);
    expect(chart.series[0]?.points).toEqual([5]);
  });

  it('is empty when no top team scored yet', () => {
    expect(cumulativeByDay({}, rows)).toEqual({ days: [], series: [] });
    expect(cumulativeByDay({ a: {} }, rows)).toEqual({ days: [], series: [] });
  });

  it('never goes down for points that are never negative, and ends at the sum', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 1, max: 28 }).map(String), fc.nat(50)), (raw) => {
        const byDay = Object.fromEntries(
          Object.entries(raw).map(([date, points]) => [`2026-03-${date.padStart(2, '0')}`, points]),
        );
        const series = cumulativeByDay({ a: byDay }, rows).series[0];
        const points = series?.points ?? [];
        points.forEach((value, index) =>
          expect(value).toBeGreaterThanOrEqual(points[index - 1] ?? 0),
        );
        expect(points[points.length - 1] ?? 0).toBe(
          Object.values(byDay).reduce((a, b) => a + b, 0),
        );
      }),
    );
  });
});

describe('dayToUtc', () => {
  it('reads real calendar days only', () => {
    expect(dayToUtc('2026-03-10')).toBe(Date.UTC(2026, 2, 10));
    expect(dayToUtc('2026-02-30')).toBeNull();
    expect(dayToUtc('10/03/2026')).toBeNull();
  });
});

describe('valueAxis', () => {
  it('climbs in round steps, at most four, to the first step that reaches the highest value', () => {
    expect(valueAxis(100)).toEqual({ max: 100, ticks: [0, 50, 100] });
    expect(valueAxis(120)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
    expect(valueAxis(41)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(valueAxis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
  });

  it('still has an axis when nothing scored', () => {
    expect(valueAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('always reaches the highest value with at most four steps of 1, 2 or 5 times a power of ten', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (highest) => {
        const { max, ticks } = valueAxis(highest);
        const step = ticks[1] ?? 0;
        expect(max).toBeGreaterThanOrEqual(highest);
        expect(max - step).toBeLessThan(highest);
        expect(ticks.length - 1).toBeLessThanOrEqual(4);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5]).toContain(mantissa);
      }),
    );
  });
});

describe('chartGeometry', () => {
  const frame = { width: 300, height: 200, left: 40, right: 10, top: 10, bottom: 30 };

  it('spreads days from the plot’s left edge to its right edge and points from bottom to top', () => {
    const geometry = chartGeometry(
      {
        days: ['2026-03-10', '2026-03-11', '2026-03-12'],
        series: [{ teamId: 'a', name: 'Colibris', rank: 1, points: [0, 50, 100] }],
      },
      frame,
    );
    // Plot: x 40..290, y 10..170.
    expect(geometry.lines[0]?.points).toBe('40,170 165,90 290,10');
    expect(geometry.lines[0]?.end).toEqual({ x: 290, y: 10 });
    expect(geometry.ticks).toEqual([
      { value: 0, y: 170 },
      { value: 50, y: 90 },
      { value: 100, y: 10 },
    ]);
    expect(geometry.dayTicks).toEqual([
      { day: '2026-03-10', x: 40 },
      { day: '2026-03-11', x: 165 },
      { day: '2026-03-12', x: 290 },
    ]);
  });

  it('puts a single day in the middle, labelled once', () => {
    const geometry = chartGeometry(
      { days: ['2026-03-10'], series: [{ teamId: 'a', name: 'A', rank: 1, points: [6] }] },
      frame,
    );
    expect(geometry.lines[0]?.points).toBe('165,10');
    expect(geometry.dayTicks).toEqual([{ day: '2026-03-10', x: 165 }]);
  });

  it('draws nothing for an empty chart', () => {
    const geometry = chartGeometry({ days: [], series: [] }, frame);
    expect(geometry.lines).toEqual([]);
    expect(geometry.dayTicks).toEqual([]);
  });
});

describe('displayedMeasure', () => {
  it('shows whole points, averages to one decimal and participation in percentage points', () => {
    expect(displayedMeasure('total', 41.6)).toBe(42);
    expect(displayedMeasure('average', 85 / 3)).toBe(28.3);
    expect(displayedMeasure('participation', 0.254)).toBe(25);
    expect(displayedMeasure('participation', 1)).toBe(100);
  });
});

describe('spreadLabels', () => {
  it('pushes overlapping labels apart and leaves distant ones where they are', () => {
    expect(spreadLabels([10, 12, 100], 14)).toEqual([10, 24, 100]);
    expect(spreadLabels([50, 50, 50], 10)).toEqual([50, 60, 70]);
  });

  it('keeps the order of the input whatever the order of the heights', () => {
    expect(spreadLabels([40, 10, 45], 14)).toEqual([40, 10, 54]);
  });
});
