// The organisers' CSV exports of a season: standings, submissions, participants and events. Each
// is read a page at a time (500 documents; for the standings, the board's top and then each of
// its page documents) and turned into CSV text page by page (chunks, not rows), with its progress
// shown, and is only handed to the browser once complete: a cancelled or failed export downloads
// nothing.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadParts } from '../../components/download';
import { useFormats } from '../../components/formats';
import { commandFailureText, type Translate } from '../../components/use-command';
import {
  BackendError,
  type Backend,
  type DocumentSnapshot,
  type WhereEquals,
} from '../../data/backend';
import { CSV_BOM, csvLine, csvLines } from '../../domain/csv';
import type { SeasonEvent } from '../../domain/events';
import { EVENT_PATHS } from '../../domain/events';
import {
  addToTally,
  eventRow,
  EXPORT_KINDS,
  exportFileName,
  exportHeader,
  participantRow,
  standingsRows,
  submissionRow,
  type ExportContext,
  type ExportKind,
  type ParticipantTally,
  type TeamNames,
} from '../../domain/exports';
import { GAME_PATHS, seasonImpactUnits, type Leaderboard } from '../../domain/game';
import { PATHS, type Membership, type Profile } from '../../domain/paths';
import type { Season } from '../../domain/season';
import { publicName, type Team } from '../../domain/team';
import { useLocale } from '../../i18n/use-locale';
import {
  asLeaderboard,
  asLeaderboardPage,
  asSubmission,
  type LiveSlice,
} from '../../stores/live-slice';
import { useAppStore } from '../../stores/store-context';

/** Documents read per request: a page of CSV is built from each before the next is read. */
export const EXPORT_PAGE_SIZE = 500;

interface Readers {
  readonly pagesRead: Backend['readPages'];
  readonly documentsCounted: Backend['count'];
  readonly documentRead: LiveSlice['documentRead'];
}

/** How many times the standings start over when the board was rebuilt while they were read. */
export const STANDINGS_ATTEMPTS = 3;

/**
 * Rule: the standings are the live board's top and then each of its pages, all of the top's
 * generation; a page of another generation (a rebuild happened meanwhile) starts the reading
 * over, at most STANDINGS_ATTEMPTS times, so a file never mixes two rebuilds.
 */
async function readStandings(
  job: Job,
  onPage: (board: Pick<Leaderboard, 'rows' | 'companies'>) => void,
): Promise<void> {
  const { season, readers, signal } = job;
  for (let attempt = 1; attempt <= STANDINGS_ATTEMPTS; attempt += 1) {
    const pages: Pick<Leaderboard, 'rows' | 'companies'>[] = [];
    job.onProgress(0, 1);
    const topDocument = await readers.documentRead(GAME_PATHS.leaderboard(season.id, 'live'));
    signal.throwIfAborted();
    if (!topDocument) return;
    const top = asLeaderboard(topDocument);
    const total = top.pageCount + 1;
    pages.push(top);
    job.onProgress(1, total);
    let sameGeneration = true;
    for (let index = 1; index <= top.pageCount && sameGeneration; index += 1) {
      const document = await readers.documentRead(
        `${GAME_PATHS.leaderboardPages(season.id, 'live')}/${String(index)}`,
      );
      signal.throwIfAborted();
      const page = document ? asLeaderboardPage(document) : null;
      sameGeneration = page?.generation === top.generation;
      if (page && sameGeneration) pages.push(page);
      job.onProgress(index + 1, total);
    }
    if (sameGeneration) {
      for (const page of pages) onPage(page);
      return;
    }
  }
  throw new BackendError('failed-precondition', 'The board was rebuilt while it was read.', {
    key: 'exports.boardRebuilt',
  });
}

interface Job {
  readonly season: Season;
  readonly context: ExportContext;
  readonly companies: ReadonlyMap<string, string>;
  readonly readers: Readers;
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
}

/** Reads what one export needs and returns its file as chunks of CSV text, the BOM first. */
async function buildExport(kind: ExportKind, job: Job): Promise<string[]> {
  const { season, context, readers, signal } = job;
  const { locale } = context;
  const chunks = [CSV_BOM + csvLine(exportHeader(kind, context), locale)];
  const ofSeason: WhereEquals[] = [{ field: 'seasonId', value: season.id }];
  const approved: WhereEquals[] = [...ofSeason, { field: 'status', value: 'approved' }];

  let done = 0;
  let total = 0;
  const advance = (count: number) => {
    done += count;
    // Documents written while the export runs may make it read more than it counted.
    total = Math.max(total, done);
    job.onProgress(done, total);
  };
  const countAll = async (queries: readonly [string, WhereEquals[] | undefined][]) => {
    const counts = await Promise.all(
      queries.map(([path, where]) => readers.documentsCounted(path, where)),
    );
    signal.throwIfAborted();
    total = counts.reduce((sum, count) => sum + count, 0);
    job.onProgress(0, total);
  };
  const eachPage = (
    path: string,
    where: WhereEquals[] | undefined,
    onPage: (documents: readonly DocumentSnapshot[]) => void,
  ) =>
    readers.pagesRead(
      path,
      where,
      EXPORT_PAGE_SIZE,
      (documents) => {
        signal.throwIfAborted();
        onPage(documents);
        advance(documents.length);
      },
      signal,
    );

  switch (kind) {
    case 'standings': {
      // Pages of a hundred rows each, all kept until the last one shows they are of one rebuild.
      await readStandings(job, (page) =>
        chunks.push(csvLines(standingsRows(page, context.impactUnits), locale)),
      );
      break;
    }
    case 'submissions': {
      await countAll([[GAME_PATHS.submissions, ofSeason]]);
      const rowContext = { ...context, season, companies: job.companies };
      await eachPage(GAME_PATHS.submissions, ofSeason, (documents) => {
        chunks.push(
          csvLines(
            documents.map((document) => submissionRow(asSubmission(document), rowContext)),
            locale,
          ),
        );
      });
      break;
    }
    case 'participants': {
      // Names and figures first (small maps), then the memberships, written as they come.
      await countAll([
        [PATHS.teams, ofSeason],
        [GAME_PATHS.submissions, approved],
        [PATHS.profiles, undefined],
        [PATHS.memberships, ofSeason],
      ]);
      const teams = new Map<string, TeamNames>();
      await eachPage(PATHS.teams, ofSeason, (documents) => {
        for (const document of documents) {
          const team = document.data as unknown as Team;
          teams.set(document.id, {
            name: team.name,
            companyName: team.companyName,
            members: team.members,
          });
        }
      });
      const tally = new Map<string, ParticipantTally>();
      await eachPage(GAME_PATHS.submissions, approved, (documents) =>
        addToTally(tally, documents.map(asSubmission)),
      );
      const names = new Map<string, string>();
      await eachPage(PATHS.profiles, undefined, (documents) => {
        for (const document of documents) {
          names.set(document.id, publicName(document.data as unknown as Profile));
        }
      });
      const rowContext = { ...context, names, teams, tally };
      await eachPage(PATHS.memberships, ofSeason, (documents) => {
        chunks.push(
          csvLines(
            documents.map((document) =>
              participantRow(document.data as unknown as Membership, rowContext),
            ),
            locale,
          ),
        );
      });
      break;
    }
    case 'events': {
      await countAll([[EVENT_PATHS.events, ofSeason]]);
      const rowContext = { ...context, season };
      await eachPage(EVENT_PATHS.events, ofSeason, (documents) => {
        chunks.push(
          csvLines(
            documents.map((document) =>
              eventRow({ ...document.data, id: document.id } as unknown as SeasonEvent, rowContext),
            ),
            locale,
          ),
        );
      });
      break;
    }
  }
  return chunks;
}

/** Hands the finished file to the browser, named after the day it was made; returns its name. */
function saveExport(season: Season, kind: ExportKind, chunks: readonly string[]): string {
  const fileName = exportFileName(season, kind, Date.now());
  downloadParts(fileName, chunks, 'text/csv;charset=utf-8');
  return fileName;
}

type Run =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly kind: ExportKind;
      readonly done: number;
      readonly total: number | null;
    }
  | { readonly status: 'done'; readonly kind: ExportKind; readonly fileName: string }
  | { readonly status: 'cancelled'; readonly kind: ExportKind }
  | { readonly status: 'failed'; readonly kind: ExportKind; readonly message: string };

function failureText(t: Translate, error: unknown): string {
  const reason = commandFailureText(
    t,
    error instanceof BackendError
      ? { ok: false, code: error.code, message: error.message, details: error.details }
      : { ok: false, code: 'unknown', message: String(error) },
  );
  return t('exports.failed', { reason });
}

export function ExportsSection({ season }: { season: Season }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formats = useFormats();
  const readers: Readers = {
    pagesRead: useAppStore((state) => state.pagesRead),
    documentsCounted: useAppStore((state) => state.documentsCounted),
    documentRead: useAppStore((state) => state.documentRead),
  };
  const companies = useAppStore((state) => state.live.companies);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const buttons = useRef<Partial<Record<ExportKind, HTMLButtonElement | null>>>({});

  // Leaving the page stops an export under way.
  useEffect(() => () => controller.current?.abort(), []);

  const running = run.status === 'running';

  const start = async (kind: ExportKind) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setRun({ status: 'running', kind, done: 0, total: null });
    try {
      const chunks = await buildExport(kind, {
        season,
        context: {
          locale,
          timeZone: season.timeZone,
          t: (key, values) => t(key, values),
          impactUnits: seasonImpactUnits(season),
        },
        companies: new Map(companies.map((company) => [company.id, company.name])),
        readers,
        signal: abort.signal,
        onProgress: (done, total) => {
          if (!abort.signal.aborted) setRun({ status: 'running', kind, done, total });
        },
      });
      abort.signal.throwIfAborted();
      const fileName = saveExport(season, kind, chunks);
      setRun({ status: 'done', kind, fileName });
    } catch (error) {
      setRun(
        abort.signal.aborted
          ? { status: 'cancelled', kind }
          : { status: 'failed', kind, message: failureText(t, error) },
      );
    } finally {
      controller.current = null;
    }
  };

  let status = '';
  if (run.status === 'running') {
    status =
      run.total === null
        ? t('exports.counting')
        : t('exports.progress', {
            count: run.total,
            done: formats.whole(run.done),
            value: formats.whole(run.total),
          });
  } else if (run.status === 'done') {
    status = t('exports.done', { fileName: run.fileName });
  } else if (run.status === 'cancelled') {
    status = t('exports.cancelled');
  }

  return (
    <section aria-labelledby="exports-title" className="exports">
      <h2 id="exports-title">{t('exports.title')}</h2>
      <p className="muted">{t('exports.intro', { timeZone: season.timeZone })}</p>
      <ul className="export-list">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <button
              ref={(element) => {
                buttons.current[kind] = element;
              }}
              type="button"
              className="secondary"
              // Not `disabled`: the pressed button keeps the focus while its export runs.
              aria-disabled={running || undefined}
              aria-busy={(running && run.kind === kind) || undefined}
              aria-describedby={`export-${kind}-hint`}
              onClick={() => {
                if (!running) void start(kind);
              }}
            >
              {t(`exports.kinds.${kind}.button`)}
            </button>{' '}
            <small id={`export-${kind}-hint`} className="muted">
              {t(`exports.kinds.${kind}.hint`)}
            </small>
          </li>
        ))}
      </ul>
      {run.status === 'running' ? (
        <div className="export-progress">
          <label htmlFor="export-progress">
            {t('exports.running', { name: t(`exports.kinds.${run.kind}.name`) })}
          </label>{' '}
          {/* Without a value while counting: an indeterminate bar. */}
          <progress
            id="export-progress"
            max={Math.max(run.total ?? 1, 1)}
            value={run.total === null ? undefined : run.done}
          />{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              // The cancel button goes with the progress: keep the keyboard on the export's button.
              buttons.current[run.kind]?.focus();
              controller.current?.abort();
            }}
          >
            {t('exports.cancel')}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      <div role="alert" className="form-error">
        {run.status === 'failed' ? run.message : null}
      </div>
    </section>
  );
}
