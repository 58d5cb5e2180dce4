// A person's own progress in a season: their points, the theme × modality grid and the badges,
// worked out from their submissions. Only approved submissions count, as for team scores.
import type { Submission } from './game';
import { addToTotals, type ImpactTotals } from './impact';
import { canMove, counts } from './scoring';
import { streakBadgeDay } from './streaks';
import { MODALITIES, THEME_IDS, type Modality, type ThemeId } from './themes';

/** What progress needs of a submission. */
export type ProgressSubmission = Pick<
  Submission,
  'theme' | 'modality' | 'points' | 'status' | 'approvedAt' | 'doneAt' | 'day' | 'impact'
>;

const approvedOnly = <S extends ProgressSubmission>(submissions: readonly S[]): S[] =>
  submissions.filter(counts);

/** Rule: a person's points are the sum of the points of their approved submissions. */
export function progressPoints(submissions: readonly ProgressSubmission[]): number {
  return approvedOnly(submissions).reduce((sum, submission) => sum + submission.points, 0);
}

/**
 * Rule: a person's impact is the sum, unit by unit, of what their approved submissions changed:
 * the same rule the functions keep for them on their team's score.
 */
export function progressImpact(submissions: readonly ProgressSubmission[]): ImpactTotals {
  return approvedOnly(submissions).reduce<ImpactTotals>(
    (totals, submission) => addToTotals(totals, submission.impact),
    {},
  );
}

export interface GridCell {
  readonly count: number;
  readonly points: number;
}
export type ProgressGrid = Readonly<Record<ThemeId, Readonly<Record<Modality, GridCell>>>>;

/** Rule: each cell of the grid counts the approved submissions, and their points, of one theme and one modality. */
export function progressGrid(submissions: readonly ProgressSubmission[]): ProgressGrid {
  const grid = Object.fromEntries(
    THEME_IDS.map((theme) => [
      theme,
      Object.fromEntries(MODALITIES.map((modality) => [modality, { count: 0, points: 0 }])),
    ]),
  ) as Record<ThemeId, Record<Modality, GridCell>>;
  for (const submission of approvedOnly(submissions)) {
    const cell = grid[submission.theme][submission.modality];
    grid[submission.theme][submission.modality] = {
      count: cell.count + 1,
      points: cell.points + submission.points,
    };
  }
  return grid;
}

export type BadgeId = `theme-${ThemeId}` | 'all-themes' | `modality-${Modality}` | 'streak';

export interface Badge {
  readonly id: BadgeId;
  /** When it was earned (ms), null while it is not. */
  readonly earnedAt: number | null;
}

/** When an approved submission counted: its approval, or the day it was done for older data. */
const approvedTime = (submission: ProgressSubmission) => submission.approvedAt ?? submission.doneAt;

/** The earliest approval among these submissions, null when there is none. */
function firstApproval(submissions: readonly ProgressSubmission[]): number | null {
  return submissions.reduce<number | null>(
    (first, submission) =>
      first === null ? approvedTime(submission) : Math.min(first, approvedTime(submission)),
    null,
  );
}

/**
 * Rule: a theme badge comes with the first approved action of that theme, the all-themes badge
 * once every one of the six themes has its badge, and a modality badge with the first approved
 * action of that modality (understand, act, share), the streak badge with the first approved action
 * of the week that closes `STREAK_BADGE_WEEKS` weeks in a row (see `streakBadgeDay`); a badge is
 * lost if its submissions are revoked.
 */
export function progressBadges(submissions: readonly ProgressSubmission[]): Badge[] {
  const approved = approvedOnly(submissions);
  const themeBadges = THEME_IDS.map((theme): Badge => ({
    id: `theme-${theme}`,
    earnedAt: firstApproval(approved.filter((submission) => submission.theme === theme)),
  }));
  const themeTimes = themeBadges.map((badge) => badge.earnedAt);
  const allThemes: Badge = {
    id: 'all-themes',
    earnedAt: themeTimes.every((at) => at !== null) ? Math.max(...(themeTimes as number[])) : null,
  };
  const modalityBadges = MODALITIES.map((modality): Badge => ({
    id: `modality-${modality}`,
    earnedAt: firstApproval(approved.filter((submission) => submission.modality === modality)),
  }));
  const streakDay = streakBadgeDay(approved.map((submission) => submission.day));
  const streak: Badge = {
    id: 'streak',
    earnedAt: firstApproval(approved.filter((submission) => submission.day === streakDay)),
  };
  return [...themeBadges, allThemes, ...modalityBadges, streak];
}

/** Rule: a person's submissions are listed newest first, by when they were sent. */
export function newestFirst<S extends Pick<Submission, 'createdAt' | 'id'>>(
  submissions: readonly S[],
): S[] {
  return [...submissions].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** Rule: the author may withdraw their submission only while it waits for review. */
export function mayWithdraw(submission: Pick<Submission, 'status'>): boolean {
  return canMove(submission.status, 'withdrawn', 'author');
}

/** Rule: the author may fix and send again only a submission that was rejected. */
export function mayResubmit(submission: Pick<Submission, 'status'>): boolean {
  return canMove(submission.status, 'pending', 'author');
}
