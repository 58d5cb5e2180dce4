// /report: the current season's final report, meant to be printed or saved as a PDF — the
// headline figures in the order the reference edition published them (participants, teams,
// actions validated, events and registrations, who wants to keep going), then the details.
// Everyone reads it once the season is closed; organisers may preview it before.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormats } from '../../components/formats';
import { BreakdownTable, useSeasonReport } from '../../components/season-report';
import { ReportImpactSection } from '../../components/impact-figures';
import { commandFailureText } from '../../components/use-command';
import { useSeasonGate } from '../../components/season-page';
import { useDocumentTitle } from '../../components/use-document-title';
import type { SeasonReport } from '../../domain/report';
import type { Season } from '../../domain/season';
import { MODALITIES, THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';
import { selectIsOrganiser } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import './report.css';
import { DataTable } from '../../components/data-table';

export function ReportPage() {
  const { t } = useTranslation();
  const organiser = useAppStore(selectIsOrganiser);
  const gate = useSeasonGate({
    path: '/report',
    signInFirst: t('report.signInFirst'),
    noSeason: t('report.noSeason'),
  });

  let body;
  if (!gate.open) {
    body = gate.body;
  } else if (!organiser && gate.season.state !== 'closed') {
    body = <p>{t('report.notYet', { name: gate.season.name })}</p>;
  } else {
    return <SeasonReportView season={gate.season} organiser={organiser} />;
  }
  return <ReportFrame title={t('report.title')}>{body}</ReportFrame>;
}

function ReportFrame({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <article className="report">
      <h1>{title}</h1>
      {children}
    </article>
  );
}

function SeasonReportView({ season, organiser }: { season: Season; organiser: boolean }) {
  const { t } = useTranslation();
  const { state } = useSeasonReport(season.id);
  const title = t('report.seasonTitle', { name: season.name });
  if (state.status === 'loading') {
    return (
      <ReportFrame title={title}>
        <p role="status">{t('report.loading')}</p>
      </ReportFrame>
    );
  }
  if (state.status === 'failed') {
    return (
      <ReportFrame title={title}>
        <p role="alert">
          {state.failure.code === 'permission-denied'
            ? t('report.notYet', { name: season.name })
            : `${t('report.loadFailed')} ${commandFailureText(t, state.failure)}`}
        </p>
      </ReportFrame>
    );
  }
  return (
    <ReportFrame title={t('report.seasonTitle', { name: state.report.seasonName })}>
      <ReportBody report={state.report} organiser={organiser} />
    </ReportFrame>
  );
}

function ReportBody({ report, organiser }: { report: SeasonReport; organiser: boolean }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const locale = useLocale();
  const date = (time: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: report.timeZone }).format(time);
  const heldEvents = report.events.filter((event) => event.status === 'scheduled');
  const cancelled = report.events.length - heldEvents.length;
  const survey = report.survey;

  return (
    <>
      <p>
        {t('report.dates', { start: date(report.startsAt), end: date(report.endsAt) })}{' '}
        <span className="muted">
          {t('report.generatedAt', { time: formats.dateTime(report.generatedAt, report.timeZone) })}
        </span>
      </p>
      {organiser && report.state !== 'closed' ? (
        <p className="report-note">{t('report.preview')}</p>
      ) : null}
      <p className="no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        {organiser ? (
          <>
            {' '}
            <Link href="/admin/dashboard">{t('report.dashboardLink')}</Link>
          </>
        ) : null}
      </p>

      <section aria-labelledby="report-headline" className="report-section">
        <h2 id="report-headline">{t('report.headline.title')}</h2>
        <ul className="headline">
          <li>
            <strong>{formats.whole(report.participants)}</strong>{' '}
            {t('report.headline.participants', { count: report.participants })}{' '}
            <span className="muted">
              {t('report.headline.active', {
                count: report.activeParticipants,
                value: formats.whole(report.activeParticipants),
              })}
            </span>
          </li>
          <li>
            <strong>{formats.whole(report.teams)}</strong>{' '}
            {t('report.headline.teams', {
              count: report.teams,
              companies: t('report.headline.companies', {
                count: report.companies,
                value: formats.whole(report.companies),
              }),
            })}
          </li>
          <li>
            <strong>{formats.whole(report.actionsValidated)}</strong>{' '}
            {t('report.headline.actions', { count: report.actionsValidated })}{' '}
            <span className="muted">
              {t('report.headline.points', {
                count: report.points,
                value: formats.whole(report.points),
              })}
            </span>
          </li>
          <li>
            <strong>{formats.whole(report.eventsHeld)}</strong>{' '}
            {t('report.headline.events', {
              count: report.eventsHeld,
              registrations: t('report.headline.registrations', {
                count: report.registrations,
                value: formats.whole(report.registrations),
              }),
            })}{' '}
            <span className="muted">
              {t('report.headline.attendance', {
                count: report.attendance,
                value: formats.whole(report.attendance),
              })}
            </span>
          </li>
          <li>
            {survey.keepGoingShare === null ? (
              t('report.headline.noSurvey')
            ) : (
              <>
                <strong>{formats.percent(survey.keepGoingShare)}</strong>{' '}
                {t('report.headline.keepGoing')}{' '}
                <span className="muted">
                  {t('report.headline.answers', {
                    count: survey.answers,
                    value: formats.whole(survey.answers),
                  })}
                </span>
              </>
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="report-breakdown" className="report-section">
        <h2 id="report-breakdown">{t('report.breakdown.title')}</h2>
        <BreakdownTable
          caption={t('report.breakdown.byTheme')}
          labelHeader={t('report.breakdown.theme')}
          valueHeader={t('report.breakdown.actions')}
          shareHeader={t('report.breakdown.share')}
          totalLabel={t('report.breakdown.total')}
          rows={THEME_IDS.map((theme) => ({
            key: theme,
            label: t(`themes.${theme}`),
            value: report.byTheme[theme] ?? 0,
          }))}
        />
        <BreakdownTable
          caption={t('report.breakdown.byModality')}
          labelHeader={t('report.breakdown.modality')}
          valueHeader={t('report.breakdown.actions')}
          shareHeader={t('report.breakdown.share')}
          totalLabel={t('report.breakdown.total')}
          rows={MODALITIES.map((modality) => ({
            key: modality,
            label: t(`modalities.${modality}`),
            value: report.byModality[modality] ?? 0,
          }))}
        />
      </section>

      <ReportImpactSection
        impact={report.impact}
        organiser={organiser}
        id="report-impact"
        className="report-section"
      />

      <section aria-labelledby="report-events" className="report-section">
        <h2 id="report-events">{t('report.events.title')}</h2>
        {heldEvents.length === 0 ? (
          <p>{t('report.events.none')}</p>
        ) : (
          <DataTable caption={t('report.events.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('report.events.event')}</th>
                <th scope="col">{t('report.events.date')}</th>
                <th scope="col" className="number">
                  {t('report.events.registered')}
                </th>
                <th scope="col" className="number">
                  {t('report.events.attended')}
                </th>
              </tr>
            </thead>
            <tbody>
              {heldEvents.map((event) => (
                <tr key={event.id}>
                  <th scope="row">{event.title[locale]}</th>
                  <td>{date(event.startsAt)}</td>
                  <td className="number">{formats.whole(event.registered)}</td>
                  <td className="number">{formats.whole(event.attended)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('report.events.total')}</th>
                <td />
                <td className="number">{formats.whole(report.registrations)}</td>
                <td className="number">{formats.whole(report.attendance)}</td>
              </tr>
            </tfoot>
          </DataTable>
        )}
        {cancelled > 0 ? <p>{t('report.events.cancelled', { count: cancelled })}</p> : null}
      </section>

      <section aria-labelledby="report-teams" className="report-section">
        <h2 id="report-teams">{t('report.teams.title')}</h2>
        {report.topTeams.length === 0 ? (
          <p>{t('report.teams.none')}</p>
        ) : (
          <DataTable caption={t('report.teams.caption', { count: report.topTeams.length })}>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t('report.teams.rank')}
                </th>
                <th scope="col">{t('report.teams.team')}</th>
                <th scope="col">{t('report.teams.company')}</th>
                <th scope="col" className="number">
                  {t('report.teams.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.topTeams.map((team) => (
                <tr key={`${team.rank}-${team.name}`}>
                  <td className="number">{formats.whole(team.rank)}</td>
                  <th scope="row">{team.name}</th>
                  <td>{team.companyName}</td>
                  <td className="number">{formats.whole(team.points)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </>
  );
}
