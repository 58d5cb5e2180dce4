// One of the person's submissions: its status in words, the reviewer's reason, its proof, and
// what the author may still do (withdraw it while pending, fix and send again once rejected).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { FormAlert } from '../../components/form-alert';
import type { PhotoCodec } from '../../components/photo';
import {
  dayBounds,
  emptyProofValues,
  ProofFields,
  useProofForm,
  type ProofValues,
} from '../../components/proof-fields';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveDocument } from '../../components/use-live';
import type { ProofKind } from '../../domain/action';
import { findAction } from '../../domain/catalogue';
import {
  GAME_PATHS,
  resubmitPayloadSchema,
  seasonAction,
  type Submission,
} from '../../domain/game';
import { mayResubmit, mayWithdraw } from '../../domain/progress';
import type { Season } from '../../domain/season';
import { PHOTO_TYPES } from '../../domain/submission';
import { useLocale } from '../../i18n/use-locale';

export interface SubmissionItemProps {
  submission: Submission;
  season: Season;
  photoCodec?: PhotoCodec;
}

export function SubmissionItem({ submission, season, photoCodec }: SubmissionItemProps) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { run, busy } = useCommand();
  const [failure, setFailure] = useState<string | null>(null);
  const [fixing, setFixing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fixRef = useRef<HTMLButtonElement>(null);

  const action = seasonAction(season, submission.actionId) ?? findAction(submission.actionId);
  const title = action ? action.title[locale] : submission.actionId;
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeZone: season.timeZone,
  });
  const headingId = `submission-${submission.id}`;
  const formId = `fix-${submission.id}`;

  // The buttons go away with the status they belonged to: keep focus on the submission.
  const settled = (message: string) => {
    setDone(message);
    headingRef.current?.focus();
  };

  const withdraw = async () => {
    setFailure(null);
    setDone(null);
    const result = await run('withdrawSubmission', { submissionId: submission.id });
    if (result.ok) settled(t('progress.withdrawn'));
    else setFailure(commandFailureText(t, result));
  };

  const showReason =
    (submission.status === 'rejected' || submission.status === 'revoked') && submission.reason;
  return (
    <li className="card submission-item">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p>
        <strong className={`status status-${submission.status}`}>
          {t(`progress.statuses.${submission.status}`)}
        </strong>
        {submission.status === 'approved' && submission.auto ? ` (${t('progress.auto')})` : null}
        {' · '}
        {t('catalogue.points', { count: submission.points })}
      </p>
      <dl className="details">
        <dt>{t('progress.doneOn')}</dt>
        <dd>{date.format(submission.doneAt)}</dd>
        <dt>{t('progress.sentOn')}</dt>
        <dd>{date.format(submission.createdAt)}</dd>
        <dt>{t('action.theme')}</dt>
        <dd>
          {t(`themes.${submission.theme}`)}, {t(`modalities.${submission.modality}`)}
        </dd>
        {submission.scope === 'team' ? (
          <>
            <dt>{t('action.scope')}</dt>
            <dd>{t('progress.forTeam', { team: submission.teamName })}</dd>
          </>
        ) : null}
        {showReason ? (
          <>
            <dt>{t('progress.reason')}</dt>
            <dd>{submission.reason}</dd>
          </>
        ) : null}
      </dl>
      <ProofView submission={submission} title={title} />
      <p role="alert" className="form-error">
        {failure}
      </p>
      <p role="status">{done}</p>
      {mayWithdraw(submission) ? (
        <ConfirmButton
          question={t('progress.withdrawQuestion', { title })}
          confirmLabel={t('progress.withdrawConfirm')}
          onConfirm={() => void withdraw()}
          busy={busy}
        >
          {t('progress.withdraw')}
          <span className="visually-hidden"> {t('picks.forAction', { title })}</span>
        </ConfirmButton>
      ) : null}
      {mayResubmit(submission) ? (
        <button
          ref={fixRef}
          type="button"
          className="secondary"
          aria-expanded={fixing}
          aria-controls={fixing ? formId : undefined}
          onClick={() => {
            setDone(null);
            setFixing((current) => !current);
          }}
        >
          {t('progress.fix')}
          <span className="visually-hidden"> {t('picks.forAction', { title })}</span>
        </button>
      ) : null}
      {mayResubmit(submission) && fixing ? (
        <ResubmitForm
          id={formId}
          submission={submission}
          season={season}
          kind={action?.proof ?? submission.proof.kind}
          onDone={() => {
            setFixing(false);
            settled(t('progress.resubmitted'));
          }}
          onCancel={() => {
            setFixing(false);
            fixRef.current?.focus();
          }}
          {...(photoCodec ? { photoCodec } : {})}
        />
      ) : null}
    </li>
  );
}

function ProofView({ submission, title }: { submission: Submission; title: string }) {
  const { t } = useTranslation();
  const proof = submission.proof;
  switch (proof.kind) {
    case 'none':
      return <p className="muted">{t('progress.proofNone')}</p>;
    case 'text':
      return (
        <figure>
          <figcaption>{t('progress.proofText')}</figcaption>
          <blockquote className="proof-text">{proof.text}</blockquote>
        </figure>
      );
    case 'link':
      return (
        <p>
          {t('progress.proofLink')}{' '}
          <a href={proof.url} rel="noopener noreferrer nofollow" target="_blank">
            {proof.url}
            <span className="visually-hidden"> {t('progress.newTab')}</span>
          </a>
        </p>
      );
    case 'photo':
      if (proof.purged) return <p>{t('progress.photoPurged')}</p>;
      return <PhotoProof submissionId={submission.id} title={title} />;
  }
}

/** The person's own photo, loaded only when they ask for it. */
function PhotoProof({ submissionId, title }: { submissionId: string; title: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="link-button"
        aria-expanded={shown}
        onClick={() => setShown((current) => !current)}
      >
        {shown ? t('progress.hidePhoto') : t('progress.showPhoto')}
        <span className="visually-hidden"> {t('picks.forAction', { title })}</span>
      </button>
      {shown ? <OwnPhoto submissionId={submissionId} title={title} /> : null}
    </div>
  );
}

const isPhotoType = (type: unknown): type is (typeof PHOTO_TYPES)[number] =>
  (PHOTO_TYPES as readonly unknown[]).includes(type);

function OwnPhoto({ submissionId, title }: { submissionId: string; title: string }) {
  const { t } = useTranslation();
  const photo = useLiveDocument(`${GAME_PATHS.proofPhotos}/${submissionId}`, (document) => ({
    type: document.data.type,
    data: document.data.data,
  }));
  if (photo.status === 'loading') return <p role="status">{t('progress.photoLoading')}</p>;
  const data = photo.status === 'ready' ? photo.data : null;
  // Only an image type ever goes into the data URL.
  if (!data || !isPhotoType(data.type) || typeof data.data !== 'string') {
    return <p role="alert">{t('progress.photoMissing')}</p>;
  }
  return (
    <img
      src={`data:${data.type};base64,${data.data}`}
      alt={t('progress.photoAlt', { title })}
      className="proof-photo"
    />
  );
}

function ResubmitForm({
  id,
  submission,
  season,
  kind,
  onDone,
  onCancel,
  photoCodec,
}: {
  id: string;
  submission: Submission;
  season: Season;
  kind: ProofKind;
  onDone: () => void;
  onCancel: () => void;
  photoCodec?: PhotoCodec;
}) {
  const { t } = useTranslation();
  const [now] = useState(() => Date.now());
  const [values, setValues] = useState<ProofValues>(() => {
    const { min, max } = dayBounds(season, now);
    // The first day is kept when the season still allows it; a photo has to be chosen again.
    const day = submission.day >= min && submission.day <= max ? submission.day : max;
    const proof = submission.proof;
    return {
      ...emptyProofValues(day),
      text: proof.kind === 'text' ? proof.text : '',
      url: proof.kind === 'link' ? proof.url : '',
    };
  });
  const { errors, alert, send, busy } = useProofForm(season, kind);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await send('resubmitAction', resubmitPayloadSchema, values, {
      submissionId: submission.id,
    });
    if (sent) onDone();
  };

  const working = busy || values.photoWorking;
  return (
    <form
      id={id}
      noValidate
      aria-label={t('progress.fixTitle')}
      onSubmit={(event) => void onSubmit(event)}
    >
      <h4>{t('progress.fixTitle')}</h4>
      {kind === 'photo' ? <p className="muted">{t('progress.fixPhoto')}</p> : null}
      <FormAlert alert={alert} />
      <ProofFields
        kind={kind}
        season={season}
        now={now}
        values={values}
        onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
        errors={errors}
        {...(photoCodec ? { photoCodec } : {})}
      />
      <div className="inline-actions">
        <button
          type="submit"
          className="primary"
          disabled={working}
          aria-busy={working || undefined}
        >
          {busy ? t('form.working') : t('progress.resubmit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
      </div>
    </form>
  );
}
