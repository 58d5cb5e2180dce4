// The scheduled jobs, each with "run now": on a real project they run on their schedules; on the
// emulators `npm start` runs them every minute, and an organiser may not want to wait either.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFailureText, useCommand } from '../../components/use-command';
import { SCHEDULED_JOB_NAMES, type ScheduledJob } from '../../domain/schedule';

export function JobsSection() {
  const { t } = useTranslation();
  const { run, pending } = useCommand();
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);

  const runNow = async (job: ScheduledJob) => {
    setSaid(null);
    const result = await run('runScheduledJob', { job }, job);
    setSaid(
      result.ok
        ? {
            text: t('dashboard.jobs.done', { job: t(`dashboard.jobs.names.${job}`) }),
            failed: false,
          }
        : { text: commandFailureText(t, result), failed: true },
    );
  };

  return (
    <section aria-labelledby="dashboard-jobs" className="panel">
      <h2 id="dashboard-jobs">{t('dashboard.jobs.title')}</h2>
      <p>{t('dashboard.jobs.intro')}</p>
      <ul className="plain-list dashboard-list">
        {SCHEDULED_JOB_NAMES.map((job) => (
          <li key={job}>
            <button
              type="button"
              className="secondary"
              disabled={pending !== null}
              aria-busy={pending === job || undefined}
              onClick={() => void runNow(job)}
            >
              {t('dashboard.jobs.run', { job: t(`dashboard.jobs.names.${job}`) })}
            </button>{' '}
            <span className="muted">{t(`dashboard.jobs.hints.${job}`)}</span>
          </li>
        ))}
      </ul>
      <p role="status" className={said?.failed ? 'form-error' : undefined}>
        {said?.text}
      </p>
    </section>
  );
}
