// "Mes e-mails": the language of a person's mails and one switch per kind (organisers also see
// the review backlog), saved through saveMailPreferences. A kind never set shows its default:
// service mails on, the others off.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useMailPreferences } from '../../components/use-mail-preferences';
import {
  MAIL_KINDS,
  MAIL_KIND_NAMES,
  mailAllowed,
  mailLanguage,
  type MailKind,
  type MailPreferences,
} from '../../domain/mail';
import { LOCALES, type Locale } from '../../domain/themes';

interface Choices {
  readonly language: Locale;
  readonly kinds: Readonly<Record<MailKind, boolean>>;
}

const choicesOf = (preferences: MailPreferences | null): Choices => ({
  language: mailLanguage(preferences ?? undefined),
  kinds: Object.fromEntries(
    MAIL_KIND_NAMES.map((kind) => [kind, mailAllowed(preferences ?? undefined, kind)]),
  ) as Record<MailKind, boolean>,
});

/** The kinds a person may choose: the review backlog is for organisers only. */
export const kindsShownTo = (organiser: boolean): MailKind[] =>
  MAIL_KIND_NAMES.filter((kind) => organiser || kind !== 'backlog');

export function MailSection({ uid, organiser }: { uid: string; organiser: boolean }) {
  const { t } = useTranslation();
  const ids = useId();
  const preferences = useMailPreferences(uid);
  const stored = preferences.status === 'ready' ? preferences.data : null;
  const [choices, setChoices] = useState(() => choicesOf(stored));
  const [seen, setSeen] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const { run, busy } = useCommand();

  // The stored choices may arrive (or change, by an unsubscribe link) after the form opened:
  // take them as long as the person has not changed anything.
  if (stored !== seen) {
    setSeen(stored);
    if (!dirty) setChoices(choicesOf(stored));
  }

  const change = (patch: Partial<Choices>) => {
    setChoices((current) => ({ ...current, ...patch }));
    setDirty(true);
    setOutcome(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const kinds = Object.fromEntries(
      kindsShownTo(organiser).map((kind) => [kind, choices.kinds[kind]]),
    );
    const result = await run('saveMailPreferences', { language: choices.language, kinds });
    if (!result.ok) {
      setOutcome({ ok: false, text: commandFailureText(t, result) });
      return;
    }
    setDirty(false);
    setOutcome({ ok: true, text: t('mailPrefs.saved') });
  };

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('mailPrefs.title')}</h2>
      <p className="muted">{t('mailPrefs.intro')}</p>
      {preferences.status === 'error' ? (
        <p role="alert" className="form-error">
          {t('mailPrefs.error')}
        </p>
      ) : preferences.status === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <fieldset>
            <legend>{t('mailPrefs.language')}</legend>
            {LOCALES.map((locale) => (
              <div className="check" key={locale}>
                <input
                  id={`${ids}-language-${locale}`}
                  type="radio"
                  name={`${ids}-language`}
                  value={locale}
                  checked={choices.language === locale}
                  onChange={() => change({ language: locale })}
                />
                <label htmlFor={`${ids}-language-${locale}`}>{t(`languages.${locale}`)}</label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('mailPrefs.kinds')}</legend>
            {kindsShownTo(organiser).map((kind) => (
              <div className="check" key={kind}>
                <input
                  id={`${ids}-kind-${kind}`}
                  type="checkbox"
                  role="switch"
                  aria-describedby={`${ids}-kind-${kind}-hint`}
                  checked={choices.kinds[kind]}
                  onChange={(event) =>
                    change({ kinds: { ...choices.kinds, [kind]: event.target.checked } })
                  }
                />
                <label htmlFor={`${ids}-kind-${kind}`}>{t(`mailPrefs.kind.${kind}`)}</label>{' '}
                <small id={`${ids}-kind-${kind}-hint`} className="muted">
                  {t(MAIL_KINDS[kind].service ? 'mailPrefs.service' : 'mailPrefs.optIn')}
                </small>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('form.working') : t('mailPrefs.submit')}
          </button>
        </form>
      )}
      <p
        role={outcome && !outcome.ok ? 'alert' : 'status'}
        className={outcome && !outcome.ok ? 'form-error' : 'save-status'}
      >
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
