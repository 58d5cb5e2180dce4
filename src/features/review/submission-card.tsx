// One submission as organisers review it: the action, who and when, the points, the proof (text
// as text, only web links as links, a photo when asked for) and the duplicate-proof flag.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveDocument } from '../../components/use-live';
import { GAME_PATHS, type Submission } from '../../domain/game';
import { photoDataUrl, webLinkOf } from '../../domain/review-queue';
import type { Lookups } from './review-lookups';

export interface SubmissionCardProps {
  submission: Submission;
  lookups: Lookups;
  now: number;
  /** Shown before the title: a selection checkbox. */
  select?: ReactNode;
  /** The buttons and forms that act on it. */
  children?: ReactNode;
}

export function SubmissionCard({
  submission,
  lookups,
  now,
  select,
  children,
}: SubmissionCardProps) {
  const { t } = useTranslation();
  const titleId = `submission-${submission.id}-title`;
  const title = lookups.actionTitle(submission.actionId);
  return (
    <article aria-labelledby={titleId}>
      {select}
      <h3 id={titleId}>{title}</h3>
      {submission.duplicateOf ? (
        <p className="review-flag">
          <span aria-hidden="true">⚠ </span>
          {t('review.duplicate')}
        </p>
      ) : null}
      <dl className="details">
        <dt>{t('review.fields.theme')}</dt>
        <dd>{t(`themes.${submission.theme}`)}</dd>
        <dt>{t('review.fields.team')}</dt>
        <dd>{lookups.teamName(submission.teamId, submission.teamName)}</dd>
        <dt>{t('review.fields.company')}</dt>
        <dd>{lookups.companyName(submission.companyId)}</dd>
        <dt>{t('review.fields.author')}</dt>
        <dd>{submission.authorName}</dd>
        <dt>{t('review.fields.doneAt')}</dt>
        <dd>{lookups.dateTime(submission.doneAt)}</dd>
        <dt>{t('review.fields.sent')}</dt>
        <dd>
          <time dateTime={new Date(submission.createdAt).toISOString()}>
            {lookups.age(submission.createdAt, now)}
          </time>
        </dd>
        <dt>{t('review.fields.points')}</dt>
        <dd>{t('catalogue.points', { count: submission.points })}</dd>
        <dt>{t('review.fields.proof')}</dt>
        <dd>
          <Proof submission={submission} title={title} />
        </dd>
      </dl>
      {children}
    </article>
  );
}

function Proof({ submission, title }: { submission: Submission; title: string }) {
  const { t } = useTranslation();
  const proof = submission.proof;
  switch (proof.kind) {
    case 'none':
      return t('review.proof.none');
    case 'text':
      // React writes it as text: markup in a proof is shown, never run.
      return <p className="proof-text">{proof.text}</p>;
    case 'link': {
      const href = webLinkOf(proof.url);
      if (!href) return `${proof.url} (${t('review.proof.notWebLink')})`;
      return (
        <a className="proof-link" href={href} target="_blank" rel="noopener noreferrer">
          {proof.url}
          <span className="visually-hidden"> {t('review.proof.newTab')}</span>
        </a>
      );
    }
    case 'photo':
      if (proof.purged) return <p>{t('review.proof.photoPurged')}</p>;
      return (
        <PhotoProof
          submissionId={submission.id}
          alt={t('review.proof.photoAlt', { action: title, author: submission.authorName })}
        />
      );
  }
}

/** A photo is heavy and personal: it is fetched only when the organiser asks to see it. */
function PhotoProof({ submissionId, alt }: { submissionId: string; alt: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const photo = useLiveDocument(shown ? `${GAME_PATHS.proofPhotos}/${submissionId}` : null, (d) =>
    photoDataUrl({ type: d.data.type, data: d.data.data }),
  );
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-expanded={shown}
        onClick={() => setShown((current) => !current)}
      >
        {shown ? t('review.proof.hidePhoto') : t('review.proof.showPhoto')}
      </button>
      {!shown ? null : photo.status === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : photo.status === 'error' ? (
        <p>{t('review.proof.photoError')}</p>
      ) : photo.data ? (
        <p>
          <img className="proof-photo" src={photo.data} alt={alt} />
        </p>
      ) : (
        <p>{t('review.proof.photoMissing')}</p>
      )}
    </>
  );
}
