// A season's report: the figures of the organisers' dashboard and of the printable report, built
// by one pure function from the season's documents, so the functions and the tests agree on them.
import { z } from 'zod';
import { documentIdSchema } from './document-id';
import type { SeasonEvent, EventRegistration } from './events';
import type { Leaderboard, LeaderboardRow, Submission } from './game';
import { amountsOf, type ImpactAmount } from './impact';
import type { Membership } from './paths';
import { can, type Role } from './roles';
import { SUBMISSION_STATUSES, type SubmissionStatus } from './scoring';
import type { Season, SeasonState } from './season';
import { dayIn } from './submission';
import { KEEP_GOING, surveyIsOpen, type KeepGoing, type SurveyAnswer } from './survey';
import type { Team } from './team';
import { MODALITIES, THEME_IDS, type Localized, type Modality, type ThemeId } from './themes';

/** How many teams the report lists. */
export const REPORT_TOP_TEAMS = 10;

export interface ReportDay {
  /** YYYY-MM-DD in the season's time zone. */
  readonly day: string;
  readonly approved: number;
  readonly byTheme: Record<ThemeId, number>;
  readonly byModality: Record<Modality, number>;
}

export interface ReportEvent {
  readonly id: string;
  readonly title: Localized;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly status: 'scheduled' | 'cancelled';
  readonly capacity: number;
  readonly registered: number;
  readonly waiting: number;
  readonly attended: number;
}

export interface SeasonReport {
  readonly seasonId: string;
  readonly seasonName: string;
  readonly state: SeasonState;
  readonly timeZone: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly generatedAt: number;
  /** Memberships of the season. */
  readonly participants: number;
  /** People with at least one approved submission. */
  readonly activeParticipants: number;
  readonly teams: number;
  /** Companies with at least one team in the season. */
  readonly companies: number;
  readonly submissionsByStatus: Record<SubmissionStatus, number>;
  /** Approved submissions. */
  readonly actionsValidated: number;
  /** Sum of the points of approved submissions. */
  readonly points: number;
  /** Approved submissions by theme. */
  readonly byTheme: Record<ThemeId, number>;
  /** Approved submissions by modality. */
  readonly byModality: Record<Modality, number>;
  readonly byDay: readonly ReportDay[];
  readonly reviewBacklog: number;
  readonly oldestPendingAt: number | null;
  readonly medianReviewMs: number | null;
  readonly events: readonly ReportEvent[];
  /** Events not cancelled. */
  readonly eventsHeld: number;
  /** Places held (not waiting) on events not cancelled. */
  readonly registrations: number;
  readonly attendance: number;
  readonly survey: {
    readonly open: boolean;
    readonly answers: number;
    readonly keepGoing: Record<KeepGoing, number>;
    /** Share of answers saying "yes", 0..1. */
    readonly keepGoingShare: number | null;
    readonly averageRating: number | null;
    readonly favouriteThemes: Record<ThemeId, number>;
  };
  readonly topTeams: readonly {
    readonly rank: number;
    readonly name: string;
    readonly companyName: string;
    readonly points: number;
  }[];
  readonly impact: ReportImpact;
}

/** "Impact estimé": what the season's approved actions changed, by unit, as the board keeps it. */
export interface ReportImpact {
  /** Whether the season shows impact to participants (organisers see it either way). */
  readonly shown: boolean;
  readonly season: readonly ImpactAmount[];
  readonly byCompany: readonly {
    readonly companyName: string;
    readonly amounts: readonly ImpactAmount[];
  }[];
  /** Approved submissions whose action has a figure, and those that count as learning or commitment. */
  readonly withFigure: number;
  readonly withoutFigure: number;
}

export type ReportSubmission = Pick<
  Submission,
  | 'id'
  | 'uid'
  | 'theme'
  | 'modality'
  | 'points'
  | 'impact'
  | 'day'
  | 'status'
  | 'auto'
  | 'createdAt'
  | 'reviewedAt'
>;

export interface SeasonReportInput {
  readonly season: Pick<
    Season,
    'id' | 'name' | 'state' | 'timeZone' | 'startsAt' | 'endsAt' | 'surveyOpen' | 'showImpact'
  >;
  readonly memberships: readonly Pick<Membership, 'uid'>[];
  readonly teams: readonly Pick<Team, 'id' | 'companyId' | 'companyName'>[];
  /** Company names by id (the leaderboard's, or the companies' documents). */
  readonly companies: Readonly<Record<string, string>>;
  readonly submissions: readonly ReportSubmission[];
  readonly events: readonly Pick<
    SeasonEvent,
    'id' | 'title' | 'startsAt' | 'endsAt' | 'status' | 'capacity'
  >[];
  readonly registrations: readonly Pick<EventRegistration, 'eventId' | 'status' | 'attended'>[];
  readonly surveyAnswers: readonly Pick<SurveyAnswer, 'keepGoing' | 'rating' | 'favouriteTheme'>[];
  /** The rows of the season's leaderboard, or none yet. */
  readonly leaderboard: readonly Pick<LeaderboardRow, 'rank' | 'name' | 'companyId' | 'total'>[];
  /** The impact the leaderboard's rebuild rolled up, or none yet. */
  readonly impact?: Leaderboard['impact'];
  readonly now: number;
}

/** getSeasonReport: one season. */
export const seasonReportPayloadSchema = z.strictObject({
  seasonId: documentIdSchema('validation.seasonId', 64),
});

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day after a YYYY-MM-DD day (calendar arithmetic: no time zone involved). */
function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Rule: the report's days are every calendar day, in the season's time zone, from the day the
 * season starts to the day of its last moment or of now, whichever comes first; none before it
 * starts.
 */
export function reportDays(
  season: Pick<Season, 'timeZone' | 'startsAt' | 'endsAt'>,
  now: number,
): string[] {
  if (now < season.startsAt) return [];
  const first = dayIn(season.timeZone, season.startsAt);
  const last = dayIn(season.timeZone, Math.min(season.endsAt - 1, now));
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) days.push(day);
  return days;
}

/** Attendance creates its submission already approved, id `event-<eventId>-<uid>` (events.ts). */
function fromAttendance(submission: Pick<Submission, 'id'>): boolean {
  return submission.id.startsWith('event-');
}

/**
 * Rule: review time is counted on submissions an organiser approved or rejected, from when they
 * were sent to the decision; honour-system approvals, attendance and revocations are not reviews.
 */
export function reviewDurations(submissions: readonly ReportSubmission[]): number[] {
  return submissions.flatMap((submission) =>
    (submission.status === 'approved' || submission.status === 'rejected') &&
    !submission.auto &&
    !fromAttendance(submission) &&
    submission.reviewedAt !== null
      ? [submission.reviewedAt - submission.createdAt]
      : [],
  );
}

/** Rule: the median is the middle value, or the mean of the two middle values; none without values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Rule: the top teams are the leaderboard's first ten by rank, with their company's name. */
export function topTeams(
  rows: SeasonReportInput['leaderboard'],
  companies: SeasonReportInput['companies'],
): SeasonReport['topTeams'] {
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, REPORT_TOP_TEAMS)
    .map((row) => ({
      rank: row.rank,
      name: row.name,
      companyName: companies[row.companyId] ?? '',
      points: row.total,
    }));
}

/**
 * Rule: the survey's figures count each answer once: how many would keep going, the share who
 * said "yes" out of all answers, the mean rating, and the themes named as favourite.
 */
export function surveyFigures(
  season: Pick<Season, 'surveyOpen'>,
  answers: SeasonReportInput['surveyAnswers'],
): SeasonReport['survey'] {
  const keepGoing = zeros(KEEP_GOING);
  const favouriteThemes = zeros(THEME_IDS);
  let ratings = 0;
  for (const answer of answers) {
    keepGoing[answer.keepGoing] += 1;
    ratings += answer.rating;
    if (answer.favouriteTheme) favouriteThemes[answer.favouriteTheme] += 1;
  }
  const count = answers.length;
  return {
    open: surveyIsOpen(season),
    answers: count,
    keepGoing,
    keepGoingShare: count > 0 ? keepGoing.yes / count : null,
    averageRating: count > 0 ? ratings / count : null,
    favouriteThemes,
  };
}

/**
 * Rule: each event counts the places held, the waiting list and the people marked present from
 * its registrations; the season's totals count only events that were not cancelled.
 */
export function eventFigures(
  events: SeasonReportInput['events'],
  registrations: SeasonReportInput['registrations'],
): Pick<SeasonReport, 'events' | 'eventsHeld' | 'registrations' | 'attendance'> {
  const rows: ReportEvent[] = [...events]
    .sort((a, b) => a.startsAt - b.startsAt || a.id.localeCompare(b.id))
    .map((event) => {
      const own = registrations.filter((registration) => registration.eventId === event.id);
      return {
        id: event.id,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        status: event.status,
        capacity: event.capacity,
        registered: own.filter((registration) => registration.status === 'registered').length,
        waiting: own.filter((registration) => registration.status === 'waiting').length,
        attended: own.filter((registration) => registration.attended).length,
      };
    });
  const held = rows.filter((event) => event.status === 'scheduled');
  return {
    events: rows,
    eventsHeld: held.length,
    registrations: held.reduce((sum, event) => sum + event.registered, 0),
    attendance: held.reduce((sum, event) => sum + event.attended, 0),
  };
}

/**
 * Rule: participants are the season's memberships, active participants the people with at least
 * one approved submission, and companies those with at least one team in the season.
 */
export function peopleFigures(
  input: Pick<SeasonReportInput, 'memberships' | 'teams' | 'submissions'>,
): Pick<SeasonReport, 'participants' | 'activeParticipants' | 'teams' | 'companies'> {
  const approvedBy = input.submissions
    .filter((submission) => submission.status === 'approved')
    .map((submission) => submission.uid);
  return {
    participants: new Set(input.memberships.map((membership) => membership.uid)).size,
    activeParticipants: new Set(approvedBy).size,
    teams: input.teams.length,
    companies: new Set(input.teams.map((team) => team.companyId)).size,
  };
}

/**
 * Rule: actions validated, points and the counts by theme, modality and day come from approved
 * submissions only (a submission counts on the day it was done); every status is counted once.
 */
export function actionFigures(
  submissions: readonly ReportSubmission[],
  days: readonly string[],
): Pick<
  SeasonReport,
  'submissionsByStatus' | 'actionsValidated' | 'points' | 'byTheme' | 'byModality' | 'byDay'
> {
  const submissionsByStatus = zeros(SUBMISSION_STATUSES);
  const byTheme = zeros(THEME_IDS);
  const byModality = zeros(MODALITIES);
  const byDay = new Map(
    days.map((day) => [
      day,
      { day, approved: 0, byTheme: zeros(THEME_IDS), byModality: zeros(MODALITIES) },
    ]),
  );
  let points = 0;
  for (const submission of submissions) {
    submissionsByStatus[submission.status] += 1;
    if (submission.status !== 'approved') continue;
    points += submission.points;
    byTheme[submission.theme] += 1;
    byModality[submission.modality] += 1;
    const day = byDay.get(submission.day);
    if (day) {
      day.approved += 1;
      day.byTheme[submission.theme] += 1;
      day.byModality[submission.modality] += 1;
    }
  }
  return {
    submissionsByStatus,
    actionsValidated: submissionsByStatus.approved,
    points,
    byTheme,
    byModality,
    byDay: [...byDay.values()],
  };
}

/**
 * Rule: the review backlog is the pending submissions, the oldest of them the one sent first,
 * and the median review time is the median of reviewDurations.
 */
export function reviewFigures(
  submissions: readonly ReportSubmission[],
): Pick<SeasonReport, 'reviewBacklog' | 'oldestPendingAt' | 'medianReviewMs'> {
  const pending = submissions.filter((submission) => submission.status === 'pending');
  return {
    reviewBacklog: pending.length,
    oldestPendingAt: pending.reduce<number | null>(
      (oldest, submission) =>
        oldest === null ? submission.createdAt : Math.min(oldest, submission.createdAt),
      null,
    ),
    medianReviewMs: median(reviewDurations(submissions)),
  };
}

/**
 * Rule: the report's impact is the one the functions rolled up on the leaderboard (the season's
 * and each company's, by unit, never summed across units; companies by name); approved actions
 * are told apart by whether their action had a figure.
 */
export function impactFigures(
  input: Pick<SeasonReportInput, 'season' | 'impact' | 'submissions'>,
  companies: SeasonReportInput['companies'],
): ReportImpact {
  const approved = input.submissions.filter((submission) => submission.status === 'approved');
  const withFigure = approved.filter((submission) => submission.impact).length;
  return {
    shown: input.season.showImpact !== false,
    season: amountsOf(input.impact?.season),
    byCompany: Object.entries(input.impact?.byCompany ?? {})
      .map(([companyId, totals]) => ({
        companyName: companies[companyId] ?? '',
        amounts: amountsOf(totals),
      }))
      .filter((company) => company.amounts.length > 0)
      .sort((a, b) => a.companyName.localeCompare(b.companyName)),
    withFigure,
    withoutFigure: approved.length - withFigure,
  };
}

/** The whole report of a season, as it stands at `now`. */
export function buildSeasonReport(input: SeasonReportInput): SeasonReport {
  const { season } = input;
  // A team's own copy of its company's name stands in for a company no longer listed.
  const companies = {
    ...Object.fromEntries(input.teams.map((team) => [team.companyId, team.companyName])),
    ...input.companies,
  };
  return {
    seasonId: season.id,
    seasonName: season.name,
    state: season.state,
    timeZone: season.timeZone,
    startsAt: season.startsAt,
    endsAt: season.endsAt,
    generatedAt: input.now,
    ...peopleFigures(input),
    ...actionFigures(input.submissions, reportDays(season, input.now)),
    ...reviewFigures(input.submissions),
    ...eventFigures(input.events, input.registrations),
    survey: surveyFigures(season, input.surveyAnswers),
    topTeams: topTeams(input.leaderboard, companies),
    impact: impactFigures(input, companies),
  };
}

/** Rule: organisers read a season's report at any time; anyone else signed in once it is closed. */
export function mayReadReport(role: Role, state: SeasonState): boolean {
  if (can(role, 'season.report')) return true;
  return can(role, 'season.read') && state === 'closed';
}
