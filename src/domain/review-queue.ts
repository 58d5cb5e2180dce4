// What organisers see when they review: the queue's order and filters, the audit sample of
// honour-system approvals, batches for bulk reviews, and how a proof may be shown safely.
import type { Action } from './action';
import { CATALOGUE, normalizeForSearch } from './catalogue';
import { seasonAction, type AuditEntry, type Submission } from './game';
import type { Season } from './season';
import { PHOTO_TYPES } from './submission';
import { THEME_IDS, type ThemeId } from './themes';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The age filters offered on the queue: how long ago a submission was sent, at least. */
export const AGE_FILTERS = { day: DAY, threeDays: 3 * DAY, week: 7 * DAY } as const;
export type AgeFilter = keyof typeof AGE_FILTERS;

export function isAgeFilter(value: string): value is AgeFilter {
  return value in AGE_FILTERS;
}

export interface QueueFilter {
  readonly theme?: ThemeId | undefined;
  readonly teamId?: string | undefined;
  readonly companyId?: string | undefined;
  readonly actionId?: string | undefined;
  /** Only submissions sent at least this long ago. */
  readonly olderThan?: AgeFilter | undefined;
}

type Filterable = Pick<Submission, 'theme' | 'teamId' | 'companyId' | 'actionId' | 'createdAt'>;

/**
 * Rule: a submission stays in view when it has the chosen theme, team, company and action (each
 * only if chosen) and was sent at least as long before now as the chosen age.
 */
export function filterQueue<S extends Filterable>(
  submissions: readonly S[],
  filter: QueueFilter,
  now: number,
): S[] {
  const sentBefore = filter.olderThan ? now - AGE_FILTERS[filter.olderThan] : null;
  return submissions.filter(
    (submission) =>
      (!filter.theme || submission.theme === filter.theme) &&
      (!filter.teamId || submission.teamId === filter.teamId) &&
      (!filter.companyId || submission.companyId === filter.companyId) &&
      (!filter.actionId || submission.actionId === filter.actionId) &&
      (sentBefore === null || submission.createdAt <= sentBefore),
  );
}

/** Rule: the queue shows the longest-waiting submission first; the id breaks ties. */
export function oldestFirst<S extends Pick<Submission, 'id' | 'createdAt'>>(
  submissions: readonly S[],
): S[] {
  return [...submissions].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Rule: approved submissions are listed most recently approved first; the id breaks ties. */
export function recentlyApprovedFirst<S extends Pick<Submission, 'id' | 'approvedAt'>>(
  submissions: readonly S[],
): S[] {
  return [...submissions].sort(
    (a, b) => (b.approvedAt ?? 0) - (a.approvedAt ?? 0) || a.id.localeCompare(b.id),
  );
}

/**
 * Rule: a submission matches a search when every word of it appears, case and accents aside, in
 * one of the texts it is known by (action title, team name, author's name).
 */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  const words = normalizeForSearch(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const haystack = normalizeForSearch(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}

/** The most submission ids one reviewSubmissions call accepts. */
export const REVIEW_BATCH_SIZE = 100;

/** Rule: a bulk review sends the ids in their order, in batches of at most 100. */
export function batchIds(ids: readonly string[], size: number = REVIEW_BATCH_SIZE): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += size) {
    batches.push(ids.slice(start, start + size));
  }
  return batches;
}

export const AUDIT_SAMPLE_SIZE = 5;

/**
 * Rule: the audit sample is `size` items (all of them when there are fewer) drawn without
 * replacement, each equally likely, from `random` (uniform in [0, 1)).
 */
export function drawSample<T>(items: readonly T[], size: number, random: () => number): T[] {
  const pool = [...items];
  const count = Math.min(size, pool.length);
  // A partial Fisher–Yates shuffle: the first `count` places end up a uniform sample.
  for (let i = 0; i < count; i += 1) {
    const j = i + Math.min(Math.floor(random() * (pool.length - i)), pool.length - i - 1);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/** Rule: the audit log reads newest first; of two entries at the same time, the order kept is the stored one. */
export function newestFirst<E extends Pick<AuditEntry, 'at'>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => b.at - a.at);
}

export type AgeUnit = 'minute' | 'hour' | 'day';

/**
 * Rule: an age reads in whole minutes under an hour, whole hours under a day and whole days
 * beyond, rounded down, as a negative number (the past) for Intl.RelativeTimeFormat.
 */
export function ageOf(since: number, now: number): { value: number; unit: AgeUnit } {
  const elapsed = Math.max(0, now - since);
  if (elapsed < HOUR) return { value: -Math.floor(elapsed / 60_000), unit: 'minute' };
  if (elapsed < DAY) return { value: -Math.floor(elapsed / HOUR), unit: 'hour' };
  return { value: -Math.floor(elapsed / DAY), unit: 'day' };
}

/** Rule: a link proof becomes a clickable link only when it is an http or https address. */
export function webLinkOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Rule: a stored photo is shown only as one of the accepted image types, so its data URL can never be a page or a script. */
export function photoDataUrl(photo: { type: unknown; data: unknown }): string | null {
  const { type, data } = photo;
  if (typeof type !== 'string' || !(PHOTO_TYPES as readonly string[]).includes(type)) return null;
  if (typeof data !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return null;
  return `data:${type};base64,${data}`;
}

/**
 * Rule: the actions of a season are the catalogue's (only those the season lists, when it lists
 * some) followed by the season's own custom actions.
 */
export function actionsOfSeason(season: Pick<Season, 'actionIds' | 'customActions'>): Action[] {
  const ids = [...CATALOGUE.map((action) => action.id), ...season.customActions.map((a) => a.id)];
  return ids.flatMap((id) => {
    const action = seasonAction(season, id);
    return action ? [action] : [];
  });
}

/** Rule: actions are grouped under the six themes in their usual order; empty themes are left out. */
export function groupByTheme<A extends Pick<Action, 'theme'>>(
  actions: readonly A[],
): { theme: ThemeId; actions: A[] }[] {
  return THEME_IDS.map((theme) => ({
    theme,
    actions: actions.filter((action) => action.theme === theme),
  })).filter((group) => group.actions.length > 0);
}

/** What a reviewSubmissions call answered, summed over batches. */
export interface ReviewOutcome {
  readonly changed: number;
  readonly skipped: readonly string[];
}

/**
 * Rule: a reviewSubmissions answer (parsed by the command's result schema) says what changed;
 * an answer that was not what the command answers (null) counts as nothing changed.
 */
export function reviewOutcomeOf(answer: ReviewOutcome | null): ReviewOutcome {
  return answer ?? { changed: 0, skipped: [] };
}
