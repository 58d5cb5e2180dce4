// The weekly digest of one person: their team's standing, what they did in the week, their
// streak, and three actions to try from themes their team has not touched. Pure, so that a
// season of 20,000 people is built in memory a page at a time and measured by `npm run bench`.
import type { Action, Effort } from './action';
import type { RankedRow } from './happenings';
import { streakOf } from './streaks';
import { THEME_IDS, type Localized, type ThemeId } from './themes';

/** What a digest mail says (rendered by domain/mail in the person's language). */
export interface DigestContent {
  /** The week's Monday, YYYY-MM-DD, on the season's calendar. */
  readonly week: string;
  readonly seasonName: string;
  readonly team: {
    readonly name: string;
    readonly rank: number | null;
    readonly teamCount: number;
    /** Points to catch the team just above, or null for the leader (or a team not ranked). */
    readonly gapToAbove: number | null;
    readonly aboveName: string | null;
  };
  readonly done: {
    readonly approved: number;
    readonly points: number;
    readonly titles: readonly Localized[];
  };
  readonly streak: { readonly weeks: number; readonly days: number };
  readonly suggestions: readonly {
    readonly actionId: string;
    readonly title: Localized;
    readonly theme: ThemeId;
    readonly effort: Effort;
  }[];
}

/** One person's week, as the digest job gathers it. */
export interface DigestInput {
  readonly week: string;
  readonly seasonName: string;
  readonly teamId: string;
  readonly teamName: string;
  /** The public board's rows, rank order. */
  readonly board: readonly RankedRow[];
  /** Their approved submissions done that week (day within it). */
  readonly approvedThisWeek: readonly { readonly title: Localized; readonly points: number }[];
  /** Every day they had an action approved, for the streak. */
  readonly approvedDays: readonly string[];
  /** The last day of the week (its Sunday): the streak is counted up to it. */
  readonly weekEnd: string;
  /** Points of their team by theme. */
  readonly teamThemes: Readonly<Partial<Record<ThemeId, number>>>;
  /** The actions the season counts. */
  readonly actions: readonly Action[];
}

export const DIGEST_SUGGESTIONS = 3;
export const DIGEST_TITLES = 5;

const EFFORT_ORDER: Record<Effort, number> = { small: 0, medium: 1, large: 2 };

/**
 * Rule: suggestions are individual actions, one per theme, from the themes where the team has
 * the fewest points (untouched themes first, in the order of the six themes), the smallest effort
 * of each theme first, then the catalogue's order; at most DIGEST_SUGGESTIONS.
 */
export function digestSuggestions(
  teamThemes: Readonly<Partial<Record<ThemeId, number>>>,
  actions: readonly Action[],
): DigestContent['suggestions'] {
  const themes = [...THEME_IDS].sort(
    (a, b) =>
      (teamThemes[a] ?? 0) - (teamThemes[b] ?? 0) || THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b),
  );
  const picked: DigestContent['suggestions'][number][] = [];
  for (const theme of themes) {
    if (picked.length >= DIGEST_SUGGESTIONS) break;
    let best: Action | undefined;
    for (const action of actions) {
      if (action.theme !== theme || action.scope !== 'individual') continue;
      if (!best || EFFORT_ORDER[action.effort] < EFFORT_ORDER[best.effort]) best = action;
    }
    if (best) {
      picked.push({ actionId: best.id, title: best.title, theme, effort: best.effort });
    }
  }
  return picked;
}

/**
 * Rule: the team's place is its rank on the public board among the teams there, and the gap is
 * the points between it and the nearest team ranked above it (none for a team ranked first).
 */
export function teamStanding(board: readonly RankedRow[], teamId: string): DigestContent['team'] {
  const index = board.findIndex((row) => row.teamId === teamId);
  const row = index >= 0 ? board[index] : undefined;
  if (!row) {
    return { name: '', rank: null, teamCount: board.length, gapToAbove: null, aboveName: null };
  }
  const above = board
    .slice(0, index)
    .reverse()
    .find((other) => other.rank < row.rank);
  return {
    name: row.name,
    rank: row.rank,
    teamCount: board.length,
    gapToAbove: above ? above.total - row.total : null,
    aboveName: above?.name ?? null,
  };
}

/**
 * One person's digest of a week. Rule: the streak is the one that stands once the week is over,
 * on the Monday after it: days after its Sunday do not count, and a week (a Sunday) with nothing
 * approved has broken the weeks (the days) in a row.
 */
export function buildDigest(input: DigestInput): DigestContent {
  const standing = teamStanding(input.board, input.teamId);
  const mondayAfter = new Date(Date.parse(`${input.weekEnd}T00:00:00Z`) + 24 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
  const streak = streakOf(
    input.approvedDays.filter((day) => day <= input.weekEnd),
    mondayAfter,
    0,
  );
  return {
    week: input.week,
    seasonName: input.seasonName,
    team: { ...standing, name: input.teamName },
    done: {
      approved: input.approvedThisWeek.length,
      points: input.approvedThisWeek.reduce((sum, item) => sum + item.points, 0),
      titles: input.approvedThisWeek.slice(0, DIGEST_TITLES).map((item) => item.title),
    },
    streak: { weeks: streak.weeks, days: streak.days },
    suggestions: digestSuggestions(input.teamThemes, input.actions),
  };
}

/** The Sunday that ends the week of a Monday (YYYY-MM-DD). */
export function weekEndOf(week: string): string {
  const monday = Date.parse(`${week}T00:00:00Z`);
  return new Date(monday + 6 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
