// What the organisers' CSV exports hold, column by column: pure row builders that take the
// season's documents a page at a time. Headers and labels come through the caller's translator;
// dates are written in the season's time zone; people appear under their public name only.
import type { CsvCell } from './csv';
import { findAction } from './catalogue';
import type { SeasonEvent } from './events';
import { seasonAction, type Leaderboard, type Submission } from './game';
import { addToTotals, type CountedUnit, type ImpactAmount, type ImpactTotals } from './impact';
import { rowsByRank } from './leaderboard-view';
import type { Membership } from './paths';
import type { Season } from './season';
import { slugify } from './slug';
import type { Locale } from './themes';

export const EXPORT_KINDS = ['standings', 'submissions', 'participants', 'events'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The columns of each export, in order; each names the key `exports.columns.<kind>.<column>`. */
export const EXPORT_COLUMNS = {
  standings: [
    'rank',
    'team',
    'company',
    'total',
    'average',
    'participation',
    'members',
    'activeMembers',
  ],
  submissions: [
    'id',
    'day',
    'team',
    'company',
    'author',
    'actionId',
    'action',
    'theme',
    'modality',
    'points',
    'status',
    'submitted',
    'reviewed',
    'reason',
  ],
  participants: ['name', 'team', 'company', 'role', 'joined', 'approved', 'points'],
  events: [
    'title',
    'kind',
    'theme',
    'starts',
    'status',
    'capacity',
    'registered',
    'waiting',
    'attended',
  ],
} as const satisfies Record<ExportKind, readonly string[]>;

/**
 * What every row builder needs: the language, the season's time zone, a translator and the units
 * the season's actions count their impact in (see seasonImpactUnits).
 */
export interface ExportContext {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly t: (key: string, values?: Record<string, string | number>) => string;
  readonly impactUnits?: readonly CountedUnit[];
}

/** The exports that end with the impact columns. */
const WITH_IMPACT: ReadonlySet<ExportKind> = new Set(['standings', 'submissions', 'participants']);

const BOUNDS = ['low', 'central', 'high'] as const;

/**
 * Rule: standings, submissions and participants end with impact columns: for each unit the
 * season's actions count in, its low, central and high estimate, the unit in the header; units
 * are never added together.
 */
export function exportHeader(
  kind: ExportKind,
  context: Pick<ExportContext, 't' | 'impactUnits'>,
): string[] {
  const impact = WITH_IMPACT.has(kind)
    ? (context.impactUnits ?? []).flatMap((unit) =>
        BOUNDS.map((bound) =>
          context.t(`exports.impactColumns.${bound}`, {
            // A total's unit, in its plural form where it has one.
            unit: context.t(`howWeCount.units.${unit}`, { count: 2 }),
          }),
        ),
      )
    : [];
  return [
    ...EXPORT_COLUMNS[kind].map((column) => context.t(`exports.columns.${kind}.${column}`)),
    ...impact,
  ];
}

/** The impact cells of a row: low, central and high for each unit, 0 where nothing counted. */
function impactCells(
  impact: ImpactTotals | ImpactAmount | null | undefined,
  units: readonly CountedUnit[] | undefined,
): number[] {
  const totals: ImpactTotals =
    impact && 'unit' in impact
      ? addToTotals({}, impact as ImpactAmount)
      : ((impact ?? {}) as ImpactTotals);
  return (units ?? []).flatMap((unit) => [...(totals[unit] ?? [0, 0, 0])]);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Rule: an instant is written 'YYYY-MM-DD HH:mm' (24-hour clock) in the season's time zone; no instant, an empty cell. */
export function exportDateTime(time: number | null | undefined, timeZone: string): string {
  if (time === null || time === undefined || !Number.isFinite(time)) return '';
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(time).map((part) => [part.type, part.value]),
  ) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Rule: an export is saved as `<season-slug>-<export>-<YYYY-MM-DD>.csv`, the date being the day of the export in the season's time zone. */
export function exportFileName(
  season: Pick<Season, 'id' | 'name' | 'timeZone'>,
  kind: ExportKind,
  now: number,
): string {
  const day = exportDateTime(now, season.timeZone).slice(0, 10);
  return `${slugify(season.name) || season.id}-${kind}-${day}.csv`;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * Rule: standings list the teams in the order of their rank on the leaderboard document; the
 * average per active member has two decimals and participation is a percentage with one.
 */
export function standingsRows(
  leaderboard: Pick<Leaderboard, 'rows' | 'companies'>,
  impactUnits: readonly CountedUnit[] = [],
): CsvCell[][] {
  return rowsByRank(leaderboard.rows).map((row) => [
    row.rank,
    row.name,
    leaderboard.companies[row.companyId] ?? '',
    row.total,
    round(row.average, 2),
    round(row.participation * 100, 1),
    row.memberCount,
    row.activeMembers,
    ...impactCells(row.impact, impactUnits),
  ]);
}

/** The title of an action of the season, or of the catalogue when the season dropped it. */
function actionOf(season: Pick<Season, 'actionIds' | 'customActions'>, actionId: string) {
  return seasonAction(season, actionId) ?? findAction(actionId);
}

export interface SubmissionsContext extends ExportContext {
  readonly season: Pick<Season, 'actionIds' | 'customActions'>;
  /** Company names by id. */
  readonly companies: ReadonlyMap<string, string>;
}

/** A submission as a row: its author under the public name it was sent with, never the uid. */
export function submissionRow(submission: Submission, context: SubmissionsContext): CsvCell[] {
  const { t, timeZone } = context;
  return [
    submission.id,
    submission.day,
    submission.teamName,
    context.companies.get(submission.companyId) ?? '',
    submission.authorName,
    submission.actionId,
    actionOf(context.season, submission.actionId)?.title[context.locale] ?? '',
    t(`themes.${submission.theme}`),
    t(`modalities.${submission.modality}`),
    submission.points,
    t(`progress.statuses.${submission.status}`),
    exportDateTime(submission.createdAt, timeZone),
    exportDateTime(submission.reviewedAt, timeZone),
    submission.reason ?? '',
    ...impactCells(submission.impact, context.impactUnits),
  ];
}

/** A participant's approved submissions of the season, the points they earned and their impact. */
export interface ParticipantTally {
  approved: number;
  points: number;
  impact: ImpactTotals;
}

/** Rule: a participant's figures count their approved submissions only; other statuses add nothing. Adds a page of submissions to `tally`. */
export function addToTally(
  tally: Map<string, ParticipantTally>,
  submissions: readonly Pick<Submission, 'uid' | 'status' | 'points' | 'impact'>[],
): void {
  for (const submission of submissions) {
    if (submission.status !== 'approved') continue;
    const entry = tally.get(submission.uid) ?? { approved: 0, points: 0, impact: {} };
    entry.approved += 1;
    entry.points += submission.points;
    entry.impact = addToTotals(entry.impact, submission.impact);
    tally.set(submission.uid, entry);
  }
}

/** The name and company of a team, and its members' public names as the team shows them. */
export interface TeamNames {
  readonly name: string;
  readonly companyName: string;
  readonly members: Readonly<Record<string, { readonly name: string }>>;
}

export interface ParticipantsContext extends ExportContext {
  /** Public names by uid, from the profiles (see publicName). */
  readonly names: ReadonlyMap<string, string>;
  readonly teams: ReadonlyMap<string, TeamNames>;
  readonly tally: ReadonlyMap<string, ParticipantTally>;
}

/**
 * Rule: a participant is shown under their public name (pseudonym unless they opted in to their
 * real name), or under the name their team shows when their profile is gone; never their email.
 */
export function participantRow(membership: Membership, context: ParticipantsContext): CsvCell[] {
  const team = context.teams.get(membership.teamId);
  const tally = context.tally.get(membership.uid);
  return [
    context.names.get(membership.uid) || (team?.members[membership.uid]?.name ?? ''),
    team?.name ?? '',
    team?.companyName ?? '',
    context.t(`exports.roles.${membership.role}`),
    exportDateTime(membership.joinedAt, context.timeZone),
    tally?.approved ?? 0,
    tally?.points ?? 0,
    ...impactCells(tally?.impact, context.impactUnits),
  ];
}

export interface EventsContext extends ExportContext {
  readonly season: Pick<Season, 'actionIds' | 'customActions'>;
}

/** An event as a row; its theme is the theme of the action its attendance validates. */
export function eventRow(event: SeasonEvent, context: EventsContext): CsvCell[] {
  const { t } = context;
  const action = actionOf(context.season, event.actionId);
  return [
    event.title[context.locale],
    t(`events.kinds.${event.kind}`),
    action ? t(`themes.${action.theme}`) : '',
    exportDateTime(event.startsAt, context.timeZone),
    t(`eventsAdmin.statuses.${event.status}`),
    event.capacity,
    event.registeredCount,
    event.waitingCount,
    event.attendedCount,
  ];
}
