// The audit of the honour system: a few auto-approved submissions drawn at random, each to be
// kept ("looks right") or revoked with a reason; another sample can be drawn at any time.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveCollection } from '../../components/use-live';
import { GAME_PATHS } from '../../domain/game';
import { AUDIT_SAMPLE_SIZE, drawSample, reviewOutcomeOf } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import { asSubmission } from '../../stores/live-slice';
import type { Lookups } from './review-lookups';
import { RevokeControl } from './revoke-control';
import { SubmissionCard } from './submission-card';

interface AuditSampleProps {
  season: Season;
  lookups: Lookups;
  now: number;
  random: () => number;
}

export function AuditSampleSection({ season, lookups, now, random }: AuditSampleProps) {
  const { t } = useTranslation();
  const unaudited = useLiveCollection(
    GAME_PATHS.submissions,
    [
      { field: 'seasonId', value: season.id },
      { field: 'auto', value: true },
      { field: 'audited', value: false },
      { field: 'status', value: 'approved' },
    ],
    asSubmission,
  );
  const [sampleIds, setSampleIds] = useState<readonly string[] | null>(null);
  const [status, setStatus] = useState('');
  const alert = useFormAlert();
  const { run, pending } = useCommand();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const items = unaudited.status === 'ready' ? unaudited.data : [];
  const draw = () =>
    drawSample(
      items.map((submission) => submission.id),
      AUDIT_SAMPLE_SIZE,
      random,
    );
  // The first sample is drawn once the list arrives, and kept while items are dealt with.
  if (sampleIds === null && items.length > 0) setSampleIds(draw());
  const byId = new Map(items.map((submission) => [submission.id, submission]));
  const sample = (sampleIds ?? []).flatMap((id) => {
    const submission = byId.get(id);
    return submission ? [submission] : [];
  });

  const settle = (message: string) => {
    setStatus(message);
    headingRef.current?.focus();
  };

  const keep = async (submissionId: string, names: { action: string; author: string }) => {
    setStatus('');
    alert.clear();
    const result = await run(
      'reviewSubmissions',
      { submissionIds: [submissionId], decision: 'keep', reason: null },
      `keep:${submissionId}`,
    );
    if (!result.ok) {
      alert.show(commandFailureText(t, result), { focus: false });
      return;
    }
    settle(
      reviewOutcomeOf(result.data).changed > 0
        ? t('review.audit.kept', names)
        : t('review.audit.unchanged'),
    );
  };

  return (
    <section aria-labelledby="audit-sample-title">
      <h2 id="audit-sample-title" ref={headingRef} tabIndex={-1}>
        {t('review.audit.title')}
      </h2>
      <p>{t('review.audit.intro')}</p>
      {unaudited.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {unaudited.status === 'error' ? <p>{t('review.loadError')}</p> : null}
      <p aria-live="polite">{t('review.audit.count', { count: items.length })}</p>
      <FormAlert alert={alert} />
      <p role="status">{status}</p>
      {items.length > 0 ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setStatus('');
              setSampleIds(draw());
            }}
          >
            {t('review.audit.redraw')}
          </button>
        </p>
      ) : null}
      {items.length > 0 && sample.length === 0 ? <p>{t('review.audit.sampleDone')}</p> : null}
      <ul className="card-list">
        {sample.map((submission) => {
          const names = {
            action: lookups.actionTitle(submission.actionId),
            author: submission.authorName,
          };
          const busy = pending === `keep:${submission.id}`;
          return (
            <SubmissionCard key={submission.id} submission={submission} lookups={lookups} now={now}>
              <button
                type="button"
                className="primary"
                aria-label={`${t('review.audit.keep')} ${t('review.whose', names)}`}
                aria-disabled={busy || undefined}
                aria-busy={busy || undefined}
                onClick={() => {
                  if (!busy) void keep(submission.id, names);
                }}
              >
                {t('review.audit.keep')}
              </button>
              <RevokeControl submission={submission} lookups={lookups} onRevoked={settle} />
            </SubmissionCard>
          );
        })}
      </ul>
    </section>
  );
}
