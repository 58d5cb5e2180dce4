// "Revoke" on an approved submission: a reason is asked in place, then its points are taken back.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { revokePayloadSchema, type Submission } from '../../domain/game';
import { ReasonForm, useOpener } from './reason-form';
import type { Lookups } from './review-lookups';

export function RevokeControl({
  submission,
  lookups,
  onRevoked,
}: {
  submission: Submission;
  lookups: Lookups;
  onRevoked: (message: string) => void;
}) {
  const { t } = useTranslation();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const revoking = useOpener(triggerRef);
  const names = { action: lookups.actionTitle(submission.actionId), author: submission.authorName };
  if (revoking.open) {
    return (
      <ReasonForm
        label={t('review.revoke.reason', names)}
        hint={t('review.revoke.hint')}
        submitLabel={t('review.revoke.submit')}
        schema={revokePayloadSchema}
        toInput={(reason) => ({ submissionId: submission.id, reason })}
        command="revokeSubmission"
        onSent={() => {
          revoking.hide(false);
          onRevoked(t('review.revoke.done', names));
        }}
        onCancel={() => revoking.hide(true)}
      />
    );
  }
  return (
    <button
      ref={triggerRef}
      type="button"
      className="secondary"
      aria-label={`${t('review.revoke.open')} ${t('review.whose', names)}`}
      onClick={revoking.show}
    >
      {t('review.revoke.open')}
    </button>
  );
}
