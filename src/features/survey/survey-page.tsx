// /survey: the end-of-season survey for members of the current season, once organisers open
// it — answered once, after which the page thanks the person and shows what they said.
import { SeasonPage } from '../../components/season-page';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import type { Season } from '../../domain/season';
import {
  KEEP_GOING,
  SURVEY_COMMENT_MAX,
  SURVEY_RATING_MAX,
  SURVEY_RATING_MIN,
  answerSurveyPayloadSchema,
  surveyIsOpen,
  type AnswerSurveyPayload,
  type KeepGoing,
} from '../../domain/survey';
import { THEME_IDS, isThemeId } from '../../domain/themes';
import { visibleLength } from '../../domain/text';
import { useAppStore } from '../../stores/store-context';
import { useSurveyAnswer } from './survey-answer';
import './survey.css';

const RATINGS = Array.from(
  { length: SURVEY_RATING_MAX - SURVEY_RATING_MIN + 1 },
  (_, index) => SURVEY_RATING_MIN + index,
);

type ShownAnswer = Pick<AnswerSurveyPayload, 'keepGoing' | 'rating' | 'favouriteTheme' | 'comment'>;

export function SurveyPage() {
  const { t } = useTranslation();
  return (
    <SeasonPage
      title={t('survey.title')}
      path="/survey"
      signInFirst={t('survey.signInFirst')}
      noSeason={t('survey.noSeason')}
    >
      {(uid, season) => <SurveyGate uid={uid} season={season} />}
    </SeasonPage>
  );
}

/** Members only: a person with no team this season has nothing to answer for. */
function SurveyGate({ uid, season }: { uid: string; season: Season }) {
  const { t } = useTranslation();
  const membership = useAppStore((state) => state.live.membership);
  return membership ? <SurveyView uid={uid} season={season} /> : <p>{t('survey.membersOnly')}</p>;
}

function SurveyView({ uid, season }: { uid: string; season: Season }) {
  const { t } = useTranslation();
  const live = useSurveyAnswer(season.id, uid);
  // What was just sent, shown until (and if) the stored answer arrives.
  const [sent, setSent] = useState<ShownAnswer | null>(null);
  if (live.status === 'loading' && !sent) return <p role="status">{t('loading')}</p>;
  const stored = live.status === 'ready' ? live.data : null;
  const answer = stored ?? sent;
  if (answer) return <Thanks answer={answer} justSent={sent !== null} />;
  if (live.status === 'error') return <p role="alert">{t('survey.loadFailed')}</p>;
  if (!surveyIsOpen(season)) return <p>{t('survey.closed')}</p>;
  return <SurveyForm season={season} onSent={setSent} />;
}

function SurveyForm({ season, onSent }: { season: Season; onSent: (answer: ShownAnswer) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useCommandForm();
  const [keepGoing, setKeepGoing] = useState<KeepGoing | null>(null);
  const [rating, setRating] = useState<number | null>(null);
  const [theme, setTheme] = useState('');
  const [comment, setComment] = useState('');

  const send = async () => {
    if (form.busy) return;
    const sentAnswer = await form.submit(
      answerSurveyPayloadSchema,
      {
        seasonId: season.id,
        keepGoing: keepGoing ?? undefined,
        rating: rating ?? undefined,
        favouriteTheme: isThemeId(theme) ? theme : null,
        comment,
      },
      'answerSurvey',
    );
    if (sentAnswer) onSent(sentAnswer);
  };

  const keepGoingError = form.errors.keepGoing;
  const ratingError = form.errors.rating;
  const length = visibleLength(comment);

  return (
    <form
      className="survey-form narrow"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <p>{t('survey.intro', { name: season.name })}</p>
      <FormAlert alert={form.alert} />
      <fieldset
        className="group"
        aria-describedby={keepGoingError ? `${id}-keep-error` : undefined}
      >
        <legend>
          {t('survey.keepGoingQuestion')} <span className="muted">{t('survey.required')}</span>
        </legend>
        {keepGoingError ? (
          <p id={`${id}-keep-error`} className="field-error">
            {keepGoingError}
          </p>
        ) : null}
        {KEEP_GOING.map((value) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={`${id}-keep-going`}
              value={value}
              checked={keepGoing === value}
              onChange={() => setKeepGoing(value)}
            />
            <span>{t(`survey.keepGoing.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset
        className="group"
        aria-describedby={[`${id}-rating-hint`, ratingError ? `${id}-rating-error` : '']
          .filter(Boolean)
          .join(' ')}
      >
        <legend>
          {t('survey.ratingQuestion')} <span className="muted">{t('survey.required')}</span>
        </legend>
        <p id={`${id}-rating-hint`} className="muted">
          {t('survey.ratingHint', { min: SURVEY_RATING_MIN, max: SURVEY_RATING_MAX })}
        </p>
        {ratingError ? (
          <p id={`${id}-rating-error`} className="field-error">
            {ratingError}
          </p>
        ) : null}
        <div className="rating-choices">
          {RATINGS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-rating`}
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />{' '}
              {t('survey.ratingOption', { rating: value, max: SURVEY_RATING_MAX })}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('survey.favouriteTheme')} error={form.errors.favouriteTheme}>
        {(control) => (
          <select {...control} value={theme} onChange={(event) => setTheme(event.target.value)}>
            <option value="">{t('survey.noFavourite')}</option>
            {THEME_IDS.map((themeId) => (
              <option key={themeId} value={themeId}>
                {t(`themes.${themeId}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('survey.comment')}
        hint={
          <span className={length > SURVEY_COMMENT_MAX ? 'field-error' : undefined}>
            {t('survey.commentCount', { count: length, max: SURVEY_COMMENT_MAX })}
          </span>
        }
        error={form.errors.comment}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      <button
        type="submit"
        className="primary"
        aria-disabled={form.busy || undefined}
        aria-busy={form.busy || undefined}
      >
        {form.busy ? t('form.working') : t('survey.send')}
      </button>
    </form>
  );
}

function Thanks({ answer, justSent }: { answer: ShownAnswer; justSent: boolean }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Right after sending, the form is gone: land keyboard and screen-reader users on the thanks.
  useEffect(() => {
    if (justSent) headingRef.current?.focus();
  }, [justSent]);
  return (
    <section aria-labelledby="survey-thanks" className="panel narrow">
      <h2 id="survey-thanks" ref={headingRef} tabIndex={-1}>
        {t('survey.thanks')}
      </h2>
      <p>{t('survey.thanksText')}</p>
      <h3>{t('survey.yourAnswer')}</h3>
      <dl className="details">
        <dt>{t('survey.keepGoingQuestion')}</dt>
        <dd>{t(`survey.keepGoing.${answer.keepGoing}`)}</dd>
        <dt>{t('survey.ratingQuestion')}</dt>
        <dd>{t('survey.ratingOption', { rating: answer.rating, max: SURVEY_RATING_MAX })}</dd>
        <dt>{t('survey.favouriteTheme')}</dt>
        <dd>
          {answer.favouriteTheme ? t(`themes.${answer.favouriteTheme}`) : t('survey.noFavourite')}
        </dd>
        <dt>{t('survey.comment')}</dt>
        <dd className="proof-text">{answer.comment || t('survey.noComment')}</dd>
      </dl>
    </section>
  );
}
