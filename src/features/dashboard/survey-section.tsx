// The end-of-season survey on the dashboard: a switch that opens or closes it to the season's
// members (saying which it now is), and what they answered so far.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../components/formats';
import { BreakdownTable } from '../../components/season-report';
import { commandFailureText, useCommand } from '../../components/use-command';
import type { SeasonReport } from '../../domain/report';
import type { Season } from '../../domain/season';
import { KEEP_GOING, SURVEY_RATING_MAX, surveyIsOpen, surveyMayBeSet } from '../../domain/survey';
import { THEME_IDS } from '../../domain/themes';

export function SurveySection({
  season,
  report,
  onChanged,
}: {
  season: Season;
  /** null while the report loads or when it could not be read. */
  report: SeasonReport | null;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { run, busy } = useCommand();
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const open = surveyIsOpen(season);

  const toggle = async () => {
    if (busy) return;
    const next = !open;
    setSaid(null);
    const result = await run('setSurvey', { seasonId: season.id, open: next });
    if (result.ok) {
      setSaid({
        text: t(next ? 'dashboard.survey.opened' : 'dashboard.survey.closed'),
        failed: false,
      });
      onChanged();
    } else {
      setSaid({ text: commandFailureText(t, result), failed: true });
    }
  };

  return (
    <section aria-labelledby="dashboard-survey" className="panel">
      <h2 id="dashboard-survey">{t('dashboard.survey.title')}</h2>
      <p>{t('dashboard.survey.intro')}</p>
      {surveyMayBeSet(season.state) ? (
        <div className="survey-switch">
          <span id="survey-switch-label">{t('dashboard.survey.switch')}</span>
          <button
            type="button"
            role="switch"
            className={open ? 'switch switch-on' : 'switch'}
            aria-checked={open}
            aria-labelledby="survey-switch-label"
            aria-describedby="survey-switch-hint"
            aria-busy={busy || undefined}
            aria-disabled={busy || undefined}
            onClick={() => void toggle()}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            <span aria-hidden="true">
              {t(open ? 'dashboard.survey.on' : 'dashboard.survey.off')}
            </span>
          </button>
          <small id="survey-switch-hint" className="muted">
            {t(open ? 'dashboard.survey.hintOpen' : 'dashboard.survey.hintClosed')}
          </small>
        </div>
      ) : (
        <p>{t('dashboard.survey.draft')}</p>
      )}
      <p role="status" className={said?.failed ? 'form-error' : undefined}>
        {said?.text}
      </p>
      {report ? <SurveyResults survey={report.survey} /> : null}
    </section>
  );
}

function SurveyResults({ survey }: { survey: SeasonReport['survey'] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (survey.answers === 0) return <p>{t('dashboard.survey.noAnswers')}</p>;
  return (
    <>
      <h3>{t('dashboard.survey.results')}</h3>
      <dl className="figures">
        <div>
          <dt>{t('dashboard.survey.answers')}</dt>
          <dd>{formats.whole(survey.answers)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.survey.keepGoingShare')}</dt>
          <dd>{survey.keepGoingShare === null ? '–' : formats.percent(survey.keepGoingShare)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.survey.averageRating')}</dt>
          <dd>
            {survey.averageRating === null
              ? '–'
              : t('dashboard.survey.rating', {
                  rating: formats.oneDecimal(survey.averageRating),
                  max: SURVEY_RATING_MAX,
                })}
          </dd>
        </div>
      </dl>
      <BreakdownTable
        caption={t('dashboard.survey.keepGoingCaption')}
        labelHeader={t('dashboard.survey.answer')}
        valueHeader={t('dashboard.survey.people')}
        shareHeader={t('dashboard.breakdown.share')}
        totalLabel={t('dashboard.breakdown.total')}
        rows={KEEP_GOING.map((answer) => ({
          key: `keep-${answer}`,
          label: t(`survey.keepGoing.${answer}`),
          value: survey.keepGoing[answer] ?? 0,
        }))}
      />
      <BreakdownTable
        caption={t('dashboard.survey.favouriteCaption')}
        labelHeader={t('dashboard.breakdown.theme')}
        valueHeader={t('dashboard.survey.people')}
        shareHeader={t('dashboard.breakdown.share')}
        totalLabel={t('dashboard.breakdown.total')}
        rows={THEME_IDS.map((theme) => ({
          key: theme,
          label: t(`themes.${theme}`),
          value: survey.favouriteThemes[theme] ?? 0,
        }))}
      />
    </>
  );
}
