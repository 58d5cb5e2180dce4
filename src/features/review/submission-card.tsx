// One submission as organisers review it: the action, who and when, the points, the proof (text
// as text, only web links as links, a photo when asked for) and the duplicate-proof flag.
// A page lists dozens of them, so each is a list item of about ten elements: one meta line rather
// than a description list, and accessible names in aria-label rather than hidden spans.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../components/formats';
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
  /** The buttons and forms that act on it, side by side under the proof. */
  children?: ReactNode;
}

/** A `<li>` of a `.card-list`, named by its action's title. */
export function SubmissionCard({
  submission,
  lookups,
  now,
  select,
  children,
}: SubmissionCardProps) {
  const { t } = useTranslation();
  const formats = useFormats();
  const titleId = `submission-${submission.id}-title`;
  const title = lookups.actionTitle(submission.actionId);
  return (
    <li className={`card submission-card theme-${submission.theme}`} aria-labelledby={titleId}>
      {select}
      <h3 id={titleId}>{title}</h3>
      {submission.duplicateOf ? <p className="review-flag">{t('review.duplicate')}</p> : null}
      <p className="submission-meta">
        {[
          t(`themes.${submission.theme}`),
          t('review.card.team', {
            team: lookups.teamName(submission.teamId, submission.teamName),
            company: lookups.companyName(submission.companyId),
          }),
          t('review.card.author', { author: submission.authorName }),
          // The day the person chose, as a day: the moment sent with it is no one's time.
          t('review.card.doneAt', { date: formats.day(submission.day, 'long') }),
          t('review.card.sent'),
        ].join(' · ')}{' '}
        <time dateTime={new Date(submission.createdAt).toISOString()}>
          {lookups.age(submission.createdAt, now)}
        </time>
        {` · ${t('catalogue.points', { count: submission.points })}`}
      </p>
      <p className="proof">
        {t('review.card.proof')} <Proof submission={submission} title={title} />
      </p>
      {children}
    </li>
  );
}

/** The proof, inside the card's "Proof:" paragraph (so phrasing content only). */
function Proof({ submission, title }: { submission: Submission; title: string }) {
  const { t } = useTranslation();
  const proof = submission.proof;
  switch (proof.kind) {
    case 'none':
      return t('review.proof.none');
    case 'text':
      // React writes it as text: markup in a proof is shown, never run.
      return <q className="proof-text">{proof.text}</q>;
    case 'link': {
      const href = webLinkOf(proof.url);
      if (!href) return `${proof.url} (${t('review.proof.notWebLink')})`;
      return (
        <a
          className="proof-link"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`${proof.url} ${t('review.proof.newTab')}`}
        >
          {proof.url}
        </a>
      );
    }
    case 'photo':
      if (proof.purged) return t('review.proof.photoPurged');
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
        <span className="proof-note" role="status">
          {t('loading')}
        </span>
      ) : photo.status === 'error' ? (
        <span className="proof-note">{t('review.proof.photoError')}</span>
      ) : photo.data ? (
        <img className="proof-photo" src={photo.data} alt={alt} />
      ) : (
        <span className="proof-note">{t('review.proof.photoMissing')}</span>
      )}
    </>
  );
}
