// What the leaderboard page draws from the board: the rows in rank order, the board's pages and
// their positions, the companies' roll-up, my team's neighbours and gaps (from the top or from
// its page), and the top teams' points by day.
import type { CompanyRollUp, Leaderboard, LeaderboardPage, LeaderboardRow } from './game';
import { BOARD_PAGE_ROWS, BOARD_TOP_ROWS } from './paths';

export type { CompanyRollUp };
import { gapTo, measureOf, type RankedTeam } from './ranking';
import type { RankingRule } from './season';

/** Rule: rows show in the order of their rank, as the functions ranked them; the page never re-ranks. */
export function rowsByRank(rows: readonly LeaderboardRow[]): LeaderboardRow[] {
  return [...rows].sort((a, b) => a.rank - b.rank);
}

/** A leaderboard row as the ranking rules see it, with the measure of the season's rule. */
export function rankedTeamOf(row: LeaderboardRow, rule: RankingRule): RankedTeam {
  return { ...row, measure: measureOf(row, rule) };
}

/**
 * Rule: a frozen board is frozen since the moment the functions froze it; for a board without
 * that mark, since the season's freeze time or its last update, whichever came first.
 */
export function frozenSince(
  season: { readonly freezeAt: number },
  leaderboard: Pick<Leaderboard, 'updatedAt' | 'frozenAt'>,
): number {
  return leaderboard.frozenAt ?? Math.min(season.freezeAt, leaderboard.updatedAt);
}

/**
 * Rule: a company's roll-up counts its teams on the leaderboard, adds up their points and divides
 * that total by its number of teams; the company with the most points comes first, then by name.
 */
export function companyRollUp(
  rows: readonly LeaderboardRow[],
  companies: Readonly<Record<string, string>>,
): CompanyRollUp[] {
  const byCompany = new Map<string, { companyName: string; teams: number; total: number }>();
  for (const row of rows) {
    const company = byCompany.get(row.companyId) ?? {
      companyName: companies[row.companyId] ?? '',
      teams: 0,
      total: 0,
    };
    company.teams += 1;
    company.total += row.total;
    byCompany.set(row.companyId, company);
  }
  return [...byCompany.entries()]
    .map(([companyId, company]) => ({
      companyId,
      ...company,
      averagePerTeam: company.total / company.teams,
    }))
    .sort((a, b) => b.total - a.total || a.companyName.localeCompare(b.companyName));
}

/**
 * Rule: the board reads as pages of positions: page 1 is its top (positions 1 to BOARD_TOP_ROWS),
 * page n after it is the page document n - 1 (the next BOARD_PAGE_ROWS positions); a page number
 * that is not a whole number from 1 is page 1, and one past the last is the last.
 */
export function boardPageOf(asked: string | null, board: Pick<Leaderboard, 'pageCount'>): number {
  const number = asked !== null && /^\d+$/.test(asked) ? Number(asked) : 1;
  return Math.min(Math.max(number, 1), board.pageCount + 1);
}

/** The first and last positions a page of the board shows (page 1: the top), at most teamCount. */
export function positionsOfPage(
  page: number,
  board: Pick<Leaderboard, 'teamCount'>,
): { readonly first: number; readonly last: number } {
  const first = page <= 1 ? 1 : BOARD_TOP_ROWS + (page - 2) * BOARD_PAGE_ROWS + 1;
  const size = page <= 1 ? BOARD_TOP_ROWS : BOARD_PAGE_ROWS;
  return { first, last: Math.min(first + size - 1, board.teamCount) };
}

/** Rule: a page's rows with the rows just outside its edges, so its first and last rows have neighbours. */
export function rowsAroundOnPage(page: Pick<LeaderboardPage, 'rows' | 'before' | 'after'>) {
  return [...(page.before ? [page.before] : []), ...page.rows, ...(page.after ? [page.after] : [])];
}

/** Whether the team's row is the last of the top while pages follow: its neighbour below is on page document 1. */
export function lastOfTopWithPagesAfter(
  board: Pick<Leaderboard, 'rows' | 'pageCount'>,
  teamId: string,
): boolean {
  const last = rowsByRank(board.rows).at(-1);
  return board.pageCount > 0 && last?.teamId === teamId;
}

export interface Neighbours {
  readonly mine: LeaderboardRow;
  readonly teamCount: number;
  /** The team ranked just above, and how much more of the season's measure it has (>= 0). */
  readonly above: { readonly row: LeaderboardRow; readonly behindBy: number } | null;
  /** The team ranked just below, and how much less of the season's measure it has (>= 0). */
  readonly below: { readonly row: LeaderboardRow; readonly aheadBy: number } | null;
}

/**
 * Rule: my team's neighbours are the teams ranked just above and just below it, and each gap is
 * the difference in the season's ranking measure (gapTo); null when my team is not on the board.
 */
export function neighboursOf(
  rows: readonly LeaderboardRow[],
  rule: RankingRule,
  teamId: string | null | undefined,
  /** How many teams the whole board ranks, when `rows` are only those around the team. */
  teamCount?: number,
): Neighbours | null {
  const ranked = rowsByRank(rows);
  const index = ranked.findIndex((row) => row.teamId === teamId);
  const mine = ranked[index];
  if (!mine) return null;
  const me = rankedTeamOf(mine, rule);
  const above = ranked[index - 1];
  const below = ranked[index + 1];
  return {
    mine,
    teamCount: teamCount ?? ranked.length,
    above: above ? { row: above, behindBy: gapTo(me, rankedTeamOf(above, rule)) } : null,
    below: below ? { row: below, aheadBy: -gapTo(me, rankedTeamOf(below, rule)) } : null,
  };
}

export interface DaySeries {
  readonly teamId: string;
  readonly name: string;
  readonly rank: number;
  /** Cumulative points at the end of each day of `days`. */
  readonly points: readonly number[];
}

export interface CumulativeChart {
  readonly days: readonly string[];
  readonly series: readonly DaySeries[];
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Beyond this many days between the first and last, only the days that scored are kept. */
export const MAX_CHART_DAYS = 400;

/** The calendar day (YYYY-MM-DD) as UTC midnight, or null when it is not one. */
export function dayToUtc(day: string): number | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, date);
  return new Date(time).toISOString().slice(0, 10) === day ? time : null;
}

function everyDay(first: number, last: number): string[] {
  const days: string[] = [];
  for (let time = first; time <= last; time += DAY_MS) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Rule: each top team's line adds up its points day after day, from the first day any top team
 * scored to the last, counting nothing on days it did not score; teams follow their rank, and a
 * team no longer on the board is left out.
 */
export function cumulativeByDay(
  topByDay: Leaderboard['topByDay'],
  rows: readonly LeaderboardRow[],
): CumulativeChart {
  const rowOf = new Map(rows.map((row) => [row.teamId, row]));
  const teams = Object.keys(topByDay)
    .flatMap((teamId) => {
      const row = rowOf.get(teamId);
      return row ? [row] : [];
    })
    .sort((a, b) => a.rank - b.rank);
  const scoredDays = [
    ...new Set(
      teams
        .flatMap((row) => Object.keys(topByDay[row.teamId] ?? {}))
        .filter((day) => dayToUtc(day) !== null),
    ),
  ].sort();
  const first = scoredDays[0];
  const last = scoredDays[scoredDays.length - 1];
  if (first === undefined || last === undefined) return { days: [], series: [] };
  const start = dayToUtc(first) ?? 0;
  const end = dayToUtc(last) ?? 0;
  const days = (end - start) / DAY_MS < MAX_CHART_DAYS ? everyDay(start, end) : scoredDays;
  const series = teams.map((row) => {
    const byDay = topByDay[row.teamId] ?? {};
    let sum = 0;
    const points = days.map((day) => (sum += byDay[day] ?? 0));
    return { teamId: row.teamId, name: row.name, rank: row.rank, points };
  });
  return { days, series };
}

/** The largest of 1, 2 and 5 times a power of ten needed to reach a value ("nice" numbers). */
function niceStepAtLeast(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const scaled = value / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Rule: the vertical axis runs from 0 in whole round steps (1, 2 or 5 times a power of ten), at
 * most four of them, up to the first step that reaches the highest value.
 */
export function valueAxis(highest: number): { max: number; ticks: number[] } {
  const step = niceStepAtLeast(Math.max(0, highest) / 4);
  const max = Math.max(step, Math.ceil(highest / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return { max, ticks };
}

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** Room around the plot for the axes' labels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartGeometry {
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly lines: readonly {
    readonly teamId: string;
    readonly name: string;
    /** SVG polyline points: "x,y x,y …". */
    readonly points: string;
    readonly end: { readonly x: number; readonly y: number };
  }[];
  /** The days labelled under the plot: the first, the last and one in between. */
  readonly dayTicks: readonly { readonly day: string; readonly x: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Rule: days spread evenly from the left edge of the plot to its right edge (a single day sits in
 * the middle), and points rise from 0 at the bottom to the axis maximum at the top.
 */
export function chartGeometry(chart: CumulativeChart, frame: ChartFrame): ChartGeometry {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const highest = Math.max(0, ...chart.series.flatMap((series) => series.points));
  const axis = valueAxis(highest);
  const count = chart.days.length;
  const x = (index: number) =>
    round(frame.left + (count > 1 ? (index / (count - 1)) * plotWidth : plotWidth / 2));
  const y = (value: number) => round(frame.top + plotHeight - (value / axis.max) * plotHeight);
  const dayIndexes = [...new Set([0, Math.floor((count - 1) / 2), count - 1])].filter(
    (index) => index >= 0,
  );
  return {
    ticks: axis.ticks.map((value) => ({ value, y: y(value) })),
    lines: chart.series.map((series) => {
      const last = series.points.length - 1;
      return {
        teamId: series.teamId,
        name: series.name,
        points: series.points.map((value, index) => `${x(index)},${y(value)}`).join(' '),
        end: { x: x(last), y: y(series.points[last] ?? 0) },
      };
    }),
    dayTicks:
      count === 0 ? [] : dayIndexes.map((index) => ({ day: chart.days[index] ?? '', x: x(index) })),
  };
}

/**
 * Rule: a measure (or a gap in it) shows as whole points for the total, points to one decimal for
 * the average, and whole percentage points for participation.
 */
export function displayedMeasure(rule: RankingRule, value: number): number {
  switch (rule) {
    case 'total':
      return Math.round(value);
    case 'average':
      return Math.round(value * 10) / 10;
    case 'participation':
      return Math.round(value * 100);
  }
}

/**
 * Rule: the labels at the ends of the chart's lines keep at least `gap` apart, each pushed down
 * below the one above it when they would overlap; they come back in their original order.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed: number[] = new Array<number>(ys.length).fill(0);
  let previous = -Infinity;
  for (const { y, index } of order) {
    const spread = Math.max(y, previous + gap);
    placed[index] = spread;
    previous = spread;
  }
  return placed;
}
