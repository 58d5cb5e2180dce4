// /admin/dashboard: the current season at a glance for organisers — who takes part, what was
// sent and approved (by theme, modality and day), how fast reviews go, the events, the survey,
// and the exports.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormats } from '../../components/formats';
import { OrganiserOnly } from '../../components/organiser-only';
import { BreakdownTable, useSeasonReport } from '../../components/season-report';
import { ReportImpactSection } from '../../components/impact-figures';
import { commandFailureText } from '../../components/use-command';
import { useDocumentTitle } from '../../components/use-document-title';
import { eventPhase } from '../../domain/events';
import type { SeasonReport } from '../../domain/report';
import { SUBMISSION_STATUSES } from '../../domain/scoring';
import type { Season } from '../../domain/season';
import { MODALITIES, THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore } from '../../stores/store-context';
import { ByDayChart } from './by-day-chart';
import { useDurationFormat } from './durations';
import { ExportsSection } from './exports-section';
import { AnnouncementSection } from './announcement-section';
import { JobsSection } from './jobs-section';
import { SurveySection } from './survey-section';
import './dashboard.css';
import { DataTable } from '../../components/data-table';

export function DashboardPage() {
  return (
    <OrganiserOnly titleKey="dashboard.title" reservedKey="dashboard.reserved">
      <Dashboard />
    </OrganiserOnly>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const config = useAppStore((state) => state.live.config);
  const season = useAppStore((state) => state.live.season);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      <ul className="inline-links">
        <li>
          <Link href="/admin">{t('dashboard.backToAdmin')}</Link>
        </li>
        <li>
          <Link href="/report">{t('dashboard.reportLink')}</Link>
        </li>
      </ul>
      {season ? (
        <SeasonDashboard season={season} />
      ) : config && config.currentSeasonId === null ? (
        <p>{t('dashboard.noSeason')}</p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}

function SeasonDashboard({ season }: { season: Season }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { state, reload } = useSeasonReport(season.id);
  const report = state.status === 'ready' ? state.report : null;
  const busy = state.status === 'loading' || (state.status === 'ready' && state.refreshing);
  return (
    <>
      <p>
        {t('dashboard.season', { name: season.name, state: t(`seasonStates.${season.state}`) })}
      </p>
      <div className="inline-actions">
        <p role="status" className="report-status">
          {state.status === 'loading'
            ? t('dashboard.loading')
            : state.status === 'ready'
              ? state.refreshing
                ? t('dashboard.refreshing')
                : t('dashboard.generatedAt', {
                    time: formats.dateTime(state.report.generatedAt, state.report.timeZone),
                  })
              : ''}
        </p>
        <button
          type="button"
          className="secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) reload();
          }}
        >
          {t('dashboard.refresh')}
        </button>
      </div>
      {state.status === 'failed' ? (
        <p role="alert" className="form-error">
          {t('dashboard.loadFailed')} {commandFailureText(t, state.failure)}
        </p>
      ) : null}
      {report ? <ReportSections report={report} /> : null}
      <SurveySection season={season} report={report} onChanged={reload} />
      <AnnouncementSection season={season} />
      <JobsSection />
      <ExportsSection season={season} />
    </>
  );
}

function ReportSections({ report }: { report: SeasonReport }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const locale = useLocale();
  const duration = useDurationFormat();
  const share = (part: number, whole: number) => (whole > 0 ? formats.percent(part / whole) : '–');
  const eventTime = (time: number) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: report.timeZone,
    }).format(time);
  const submissionsSent = SUBMISSION_STATUSES.reduce(
    (sum, status) => sum + (report.submissionsByStatus[status] ?? 0),
    0,
  );
  return (
    <>
      <section aria-labelledby="dashboard-people" className="panel">
        <h2 id="dashboard-people">{t('dashboard.people.title')}</h2>
        <dl className="figures">
          <div>
            <dt>{t('dashboard.people.participants')}</dt>
            <dd>{formats.whole(report.participants)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.people.active')}</dt>
            <dd>
              {formats.whole(report.activeParticipants)}{' '}
              <span className="muted">
                {t('dashboard.people.activeShare', {
                  share: share(report.activeParticipants, report.participants),
                })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('dashboard.people.teams')}</dt>
            <dd>{formats.whole(report.teams)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.people.companies')}</dt>
            <dd>{formats.whole(report.companies)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="dashboard-submissions" className="panel">
        <h2 id="dashboard-submissions">{t('dashboard.submissions.title')}</h2>
        <p>
          {t('dashboard.submissions.summary', {
            approved: t('dashboard.submissions.approved', {
              count: report.actionsValidated,
              value: formats.whole(report.actionsValidated),
            }),
            points: t('dashboard.submissions.points', {
              count: report.points,
              value: formats.whole(report.points),
            }),
          })}
        </p>
        <DataTable caption={t('dashboard.submissions.byStatus')} className="narrow-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.submissions.status')}</th>
              <th scope="col" className="number">
                {t('dashboard.submissions.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SUBMISSION_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`dashboard.submissions.statuses.${status}`)}</th>
                <td className="number">{formats.whole(report.submissionsByStatus[status] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.submissions.total')}</th>
              <td className="number">{formats.whole(submissionsSent)}</td>
            </tr>
          </tfoot>
        </DataTable>
        <BreakdownTable
          caption={t('dashboard.submissions.byTheme')}
          labelHeader={t('dashboard.breakdown.theme')}
          valueHeader={t('dashboard.breakdown.approved')}
          shareHeader={t('dashboard.breakdown.share')}
          totalLabel={t('dashboard.breakdown.total')}
          rows={THEME_IDS.map((theme) => ({
            key: theme,
            label: t(`themes.${theme}`),
            value: report.byTheme[theme] ?? 0,
          }))}
        />
        <BreakdownTable
          caption={t('dashboard.submissions.byModality')}
          labelHeader={t('dashboard.breakdown.modality')}
          valueHeader={t('dashboard.breakdown.approved')}
          shareHeader={t('dashboard.breakdown.share')}
          totalLabel={t('dashboard.breakdown.total')}
          rows={MODALITIES.map((modality) => ({
            key: modality,
            label: t(`modalities.${modality}`),
            value: report.byModality[modality] ?? 0,
          }))}
        />
      </section>

      <ReportImpactSection
        impact={report.impact}
        organiser
        id="dashboard-impact"
        className="panel"
      />

      <section aria-labelledby="dashboard-by-day" className="panel">
        <h2 id="dashboard-by-day">{t('dashboard.chart.title')}</h2>
        <ByDayChart days={report.byDay} />
      </section>

      <section aria-labelledby="dashboard-review" className="panel">
        <h2 id="dashboard-review">{t('dashboard.review.title')}</h2>
        <dl className="figures">
          <div>
            <dt>{t('dashboard.review.backlog')}</dt>
            <dd>{formats.whole(report.reviewBacklog)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.review.oldest')}</dt>
            <dd>
              {report.oldestPendingAt === null ? (
                t('dashboard.review.none')
              ) : (
                <>
                  {formats.dateTime(report.oldestPendingAt, report.timeZone)}{' '}
                  <span className="muted">
                    {t('dashboard.review.waitingFor', {
                      duration: duration(report.generatedAt - report.oldestPendingAt),
                    })}
                  </span>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('dashboard.review.median')}</dt>
            <dd>
              {report.medianReviewMs === null
                ? t('dashboard.review.noMedian')
                : duration(report.medianReviewMs)}
            </dd>
          </div>
        </dl>
        <p>
          <Link href="/admin/review">{t('dashboard.review.link')}</Link>
        </p>
      </section>

      <section aria-labelledby="dashboard-events" className="panel">
        <h2 id="dashboard-events">{t('dashboard.events.title')}</h2>
        <p>
          {t('dashboard.events.summary', {
            held: t('dashboard.events.held', {
              count: report.eventsHeld,
              value: formats.whole(report.eventsHeld),
            }),
            registrations: t('dashboard.events.registrations', {
              count: report.registrations,
              value: formats.whole(report.registrations),
            }),
            attendance: t('dashboard.events.attendance', {
              count: report.attendance,
              value: formats.whole(report.attendance),
            }),
          })}
        </p>
        {report.events.length === 0 ? (
          <p>{t('dashboard.events.none')}</p>
        ) : (
          <DataTable caption={t('dashboard.events.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.events.event')}</th>
                <th scope="col">{t('dashboard.events.startsAt')}</th>
                <th scope="col">{t('dashboard.events.status')}</th>
                <th scope="col" className="number">
                  {t('dashboard.events.capacity')}
                </th>
                <th scope="col" className="number">
                  {t('dashboard.events.registered')}
                </th>
                <th scope="col" className="number">
                  {t('dashboard.events.waiting')}
                </th>
                <th scope="col" className="number">
                  {t('dashboard.events.attended')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">{event.title[locale]}</th>
                  <td>{eventTime(event.startsAt)}</td>
                  <td>{t(`dashboard.events.statuses.${eventPhase(event, report.generatedAt)}`)}</td>
                  <td className="number">{formats.whole(event.capacity)}</td>
                  <td className="number">{formats.whole(event.registered)}</td>
                  <td className="number">{formats.whole(event.waiting)}</td>
                  <td className="number">{formats.whole(event.attended)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </>
  );
}
