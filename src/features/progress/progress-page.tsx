// /progress: the person's own season — their points, badges, the theme × modality grid and
// every submission they sent, with what they may still do about each.
import { SeasonPage } from '../../components/season-page';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { impactShown, ImpactSection } from '../../components/impact-figures';
import { OutboxEntries } from '../../components/outbox-entries';
import { StreakLine } from '../../components/streak-line';
import { useLiveCollection } from '../../components/use-live';
import { GAME_PATHS } from '../../domain/game';
import { newestFirst, progressImpact, progressPoints } from '../../domain/progress';
import { counts as countsForScore } from '../../domain/scoring';
import type { Season } from '../../domain/season';
import { asSubmission } from '../../stores/live-slice';
import { useAppStore } from '../../stores/store-context';
import { BadgeList } from './badge-list';
import { ProgressGrid } from './progress-grid';
import { SubmissionItem } from './submission-item';

export function ProgressPage() {
  const { t } = useTranslation();
  return (
    <SeasonPage
      title={t('progress.title')}
      path="/progress"
      signInFirst={t('progress.signInFirst')}
      noSeason={t('progress.noSeason')}
    >
      {(uid, season) => <ProgressView uid={uid} season={season} />}
    </SeasonPage>
  );
}

function ProgressView({ uid, season }: { uid: string; season: Season }) {
  const { t } = useTranslation();
  const membership = useAppStore((state) => state.live.membership);
  const live = useLiveCollection(
    GAME_PATHS.submissions,
    [
      { field: 'uid', value: uid },
      { field: 'seasonId', value: season.id },
    ],
    asSubmission,
  );

  if (live.status === 'loading') return <p role="status">{t('progress.loading')}</p>;
  if (live.status === 'error') return <p role="alert">{t('progress.loadFailed')}</p>;

  const submissions = newestFirst(live.data);
  const counts = {
    pending: submissions.filter((submission) => submission.status === 'pending').length,
    rejected: submissions.filter((submission) => submission.status === 'rejected').length,
  };
  return (
    <>
      <p className="muted">{t('progress.season', { name: season.name })}</p>
      <section aria-labelledby="progress-summary" className="panel">
        <h2 id="progress-summary">{t('progress.summary')}</h2>
        <p>
          <strong>{t('progress.points', { count: progressPoints(submissions) })}</strong>
        </p>
        <StreakLine
          approvedDays={submissions.filter(countsForScore).map((submission) => submission.day)}
          timeZone={season.timeZone}
        />
        <p>
          {t('progress.pendingCount', { count: counts.pending })}{' '}
          {t('progress.rejectedCount', { count: counts.rejected })}
        </p>
        {membership ? null : (
          <p>
            {t('gameRefusals.noTeam')} <Link href="/team">{t('progress.findTeam')}</Link>
          </p>
        )}
      </section>
      {impactShown(season) ? (
        <ImpactSection
          id="progress-impact"
          intro={t('impact.mine')}
          totals={progressImpact(submissions)}
        />
      ) : null}
      <OutboxEntries season={season} />
      <BadgeList submissions={submissions} />
      <ProgressGrid submissions={submissions} />
      <section aria-labelledby="progress-submissions">
        <h2 id="progress-submissions">{t('progress.submissions')}</h2>
        {submissions.length === 0 ? (
          <p>
            {t('progress.none')} <Link href="/">{t('progress.browse')}</Link>
          </p>
        ) : (
          <ol className="plain-list">
            {submissions.map((submission) => (
              <SubmissionItem key={submission.id} submission={submission} season={season} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
