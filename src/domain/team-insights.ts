// What a team's own submissions say about it: who has not started, which themes are still
// untouched, where its points come from, and its feed of approved actions with their reactions.
import { ownValue } from './own';
import { findAction } from './catalogue';
import type { Submission } from './game';
import { counts } from './scoring';
import type { Season } from './season';
import type { TeamMember } from './team';
import { MODALITIES, THEME_IDS, type Localized, type Modality, type ThemeId } from './themes';

/**
 * Rule: a member has not submitted yet while none of the team's submissions, whatever its status,
 * is theirs; they are listed in the order they joined.
 */
export function membersWithoutSubmissions(
  members: Readonly<Record<string, TeamMember>>,
  submissions: readonly Pick<Submission, 'uid'>[],
): { uid: string; name: string }[] {
  const authors = new Set(submissions.map((submission) => submission.uid));
  return Object.entries(members)
    .filter(([uid]) => !authors.has(uid))
    .sort(([uidA, a], [uidB, b]) => a.joinedAt - b.joinedAt || uidA.localeCompare(uidB))
    .map(([uid, member]) => ({ uid, name: member.name }));
}

/** Rule: a theme stays untouched until the team has an approved submission in it; pending, rejected, withdrawn or revoked ones do not count. */
export function untouchedThemes(
  submissions: readonly Pick<Submission, 'theme' | 'status'>[],
): ThemeId[] {
  const touched = new Set(submissions.filter(counts).map((submission) => submission.theme));
  return THEME_IDS.filter((theme) => !touched.has(theme));
}

export interface ThemeModalityGrid {
  readonly cells: Readonly<Record<ThemeId, Readonly<Record<Modality, number>>>>;
  readonly byTheme: Readonly<Record<ThemeId, number>>;
  readonly byModality: Readonly<Record<Modality, number>>;
  readonly total: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** Rule: each cell of the grid adds up the points of the team's approved submissions of that theme and modality; nothing else counts. */
export function themeModalityGrid(
  submissions: readonly Pick<Submission, 'theme' | 'modality' | 'points' | 'status'>[],
): ThemeModalityGrid {
  const cells = Object.fromEntries(THEME_IDS.map((theme) => [theme, zeros(MODALITIES)])) as Record<
    ThemeId,
    Record<Modality, number>
  >;
  const byTheme = zeros(THEME_IDS);
  const byModality = zeros(MODALITIES);
  let total = 0;
  for (const submission of submissions.filter(counts)) {
    cells[submission.theme][submission.modality] += submission.points;
    byTheme[submission.theme] += submission.points;
    byModality[submission.modality] += submission.points;
    total += submission.points;
  }
  return { cells, byTheme, byModality, total };
}

/** When a submission was approved, for the feed's order: approvedAt, else its last review or change. */
const approvedTime = (submission: Submission) =>
  submission.approvedAt ?? submission.reviewedAt ?? submission.updatedAt;

/** Rule: the feed shows the team's approved submissions only, the most recently approved first; the id breaks ties so the order never depends on storage. */
export function feedOrder(submissions: readonly Submission[]): Submission[] {
  return submissions
    .filter(counts)
    .sort((a, b) => approvedTime(b) - approvedTime(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rule: the captain's list of pending submissions shows the oldest first, since it has waited longest. */
export function pendingSubmissions(submissions: readonly Submission[]): Submission[] {
  return submissions
    .filter((submission) => submission.status === 'pending')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rule: a submission's reaction count is the number of people whose reaction is on. */
export function reactionCount(reactions: Readonly<Record<string, unknown>> | undefined): number {
  return Object.values(reactions ?? {}).filter((on) => on === true).length;
}

/** Rule: a person has reacted to a submission while their reaction on it is on. */
export function hasReacted(
  reactions: Readonly<Record<string, unknown>> | undefined,
  uid: string | null,
): boolean {
  return uid !== null && ownValue(reactions, uid) === true;
}

/** Rule: an action's title comes from the season's custom actions first, then the catalogue; null when neither knows it. */
export function actionTitleOf(
  season: Pick<Season, 'customActions'> | null,
  actionId: string,
): Localized | null {
  const custom = season?.customActions.find((action) => action.id === actionId);
  return custom?.title ?? findAction(actionId)?.title ?? null;
}
