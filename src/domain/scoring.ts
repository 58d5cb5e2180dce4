// How approved submissions and hand corrections become team scores: pure rules that the
// trigger, the reconciliation and the tests share.
import { addToTotals, mergeTotals, type ImpactAmount, type ImpactTotals } from './impact';
import type { Modality, ThemeId } from './themes';

export const SUBMISSION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'revoked',
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What a submission brings to scores; only its status decides whether it counts. */
export interface ScoredSubmission {
  readonly id: string;
  readonly teamId: string;
  readonly uid: string;
  readonly theme: ThemeId;
  readonly modality: Modality;
  readonly points: number;
  /** The day it was done (YYYY-MM-DD, season's time zone), for points by day. */
  readonly day: string;
  readonly status: SubmissionStatus;
  /** When it was approved (ms), for "who reached the score first". */
  readonly approvedAt: number | null;
  /** What it changes by its action's impact model, or null. */
  readonly impact: ImpactAmount | null;
}

/** Rule: a submission counts towards scores only while it is approved. */
export function counts(submission: Pick<ScoredSubmission, 'status'> | null): boolean {
  return submission?.status === 'approved';
}

/** Which status a submission may move to from each status, and by whose hand. */
export const SUBMISSION_TRANSITIONS: Readonly<
  Record<SubmissionStatus, Readonly<Partial<Record<SubmissionStatus, 'author' | 'organiser'>>>>
> = {
  pending: { approved: 'organiser', rejected: 'organiser', withdrawn: 'author' },
  rejected: { pending: 'author' },
  approved: { revoked: 'organiser' },
  withdrawn: {},
  revoked: {},
};

/** Rule: a submission moves only along SUBMISSION_TRANSITIONS, and only by the hand it names. */
export function canMove(
  from: SubmissionStatus,
  to: SubmissionStatus,
  by: 'author' | 'organiser',
): boolean {
  return SUBMISSION_TRANSITIONS[from][to] === by;
}

/** A change to one team's scores. */
export interface ScoreDelta {
  readonly teamId: string;
  readonly points: number;
  readonly byTheme: Readonly<Partial<Record<ThemeId, number>>>;
  readonly byModality: Readonly<Partial<Record<Modality, number>>>;
  readonly byDay: Readonly<Record<string, number>>;
  /** Points, approved submissions and impact per member. */
  readonly members: Readonly<Record<string, MemberScore>>;
  /** The change in the team's impact, by unit. */
  readonly impact: ImpactTotals;
}

/** What one member brought to their team: impact only once some counted. */
export interface MemberScore {
  readonly points: number;
  readonly approved: number;
  readonly impact?: ImpactTotals;
}

function contribution(submission: ScoredSubmission, sign: 1 | -1): ScoreDelta {
  const points = sign * submission.points;
  const impact = addToTotals({}, submission.impact, sign);
  return {
    teamId: submission.teamId,
    points,
    byTheme: { [submission.theme]: points },
    byModality: { [submission.modality]: points },
    byDay: { [submission.day]: points },
    members: { [submission.uid]: { points, approved: sign, impact } },
    impact,
  };
}

/** Whether two submissions count for the same impact. */
function sameImpact(a: ImpactAmount | null, b: ImpactAmount | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Rule: the change a submission's write makes to scores is what it counts for after the write
 * minus what it counted for before; a write that changes neither changes nothing.
 */
export function deltasForWrite(
  before: ScoredSubmission | null,
  after: ScoredSubmission | null,
): ScoreDelta[] {
  const deltas: ScoreDelta[] = [];
  if (before && counts(before)) deltas.push(contribution(before, -1));
  if (after && counts(after)) deltas.push(contribution(after, 1));
  // An approved submission rewritten without a change of what it brings cancels out.
  if (deltas.length === 2) {
    const [minus, plus] = deltas as [ScoreDelta, ScoreDelta];
    if (
      before &&
      after &&
      before.teamId === after.teamId &&
      before.uid === after.uid &&
      before.theme === after.theme &&
      before.modality === after.modality &&
      before.day === after.day &&
      before.points === after.points &&
      sameImpact(before.impact, after.impact)
    ) {
      return [];
    }
    return [minus, plus];
  }
  return deltas;
}

export interface TeamScore {
  readonly total: number;
  readonly byTheme: Readonly<Partial<Record<ThemeId, number>>>;
  readonly byModality: Readonly<Partial<Record<Modality, number>>>;
  readonly byDay: Readonly<Record<string, number>>;
  readonly members: Readonly<Record<string, MemberScore>>;
  /** Members with at least one approved submission. */
  readonly activeMembers: number;
  /** Approved submissions of the team. */
  readonly approvedCount: number;
  /** What the team's approved submissions changed, by unit (absent on scores kept before impact was counted). */
  readonly impact?: ImpactTotals;
}

export const EMPTY_SCORE: TeamScore = {
  total: 0,
  byTheme: {},
  byModality: {},
  byDay: {},
  members: {},
  activeMembers: 0,
  approvedCount: 0,
  impact: {},
};

/** Adds counts key by key, leaving out keys that come back to zero. */
function addInto<K extends string>(
  into: Partial<Record<K, number>>,
  from: Partial<Record<K, number>>,
): Partial<Record<K, number>> {
  const sums = new Map<K, number>(Object.entries(into) as [K, number][]);
  for (const [key, value] of Object.entries(from) as [K, number][]) {
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  return Object.fromEntries([...sums].filter(([, value]) => value !== 0)) as Partial<
    Record<K, number>
  >;
}

/**
 * Rule: applying a delta adds its points and its impact everywhere it names, and a member is
 * active while they have an approved submission.
 */
export function applyDelta(score: TeamScore, delta: ScoreDelta): TeamScore {
  const members = new Map(Object.entries(score.members));
  for (const [uid, change] of Object.entries(delta.members)) {
    const current = members.get(uid) ?? { points: 0, approved: 0 };
    const impact = mergeTotals(current.impact ?? {}, change.impact ?? {});
    members.set(uid, {
      points: current.points + change.points,
      approved: current.approved + change.approved,
      ...(Object.keys(impact).length > 0 ? { impact } : {}),
    });
  }
  const kept = [...members].filter(
    ([, member]) => member.points !== 0 || member.approved !== 0 || member.impact,
  );
  return {
    total: score.total + delta.points,
    byTheme: addInto(score.byTheme, delta.byTheme),
    byModality: addInto(score.byModality, delta.byModality),
    byDay: addInto(score.byDay, delta.byDay) as Record<string, number>,
    members: Object.fromEntries(kept),
    activeMembers: kept.filter(([, member]) => member.approved > 0).length,
    approvedCount: kept.reduce((sum, [, member]) => sum + member.approved, 0),
    impact: mergeTotals(score.impact ?? {}, delta.impact),
  };
}

/** A hand correction by an organiser: points for a team, with a reason. */
export interface Correction {
  readonly id: string;
  readonly teamId: string;
  readonly points: number;
}

export function correctionDelta(correction: Correction): ScoreDelta {
  return {
    teamId: correction.teamId,
    points: correction.points,
    byTheme: {},
    byModality: {},
    byDay: {},
    members: {},
    impact: {},
  };
}

/**
 * Rule: a team's score rebuilt from scratch is the sum of its approved submissions and its
 * corrections, so the reconciliation always equals the incremental result.
 */
export function rebuildScores(
  submissions: readonly ScoredSubmission[],
  corrections: readonly Correction[],
): Map<string, TeamScore> {
  const scores = new Map<string, TeamScore>();
  const apply = (delta: ScoreDelta) =>
    scores.set(delta.teamId, applyDelta(scores.get(delta.teamId) ?? EMPTY_SCORE, delta));
  for (const submission of submissions) if (counts(submission)) apply(contribution(submission, 1));
  for (const correction of corrections) apply(correctionDelta(correction));
  return scores;
}
