// The one-time consent question, in plain words, once the person is in a team: the weekly
// summary, the captain's nudges and announcements stay off until they say yes. Any answer is
// recorded (askedAt), so the question is not asked again; the profile changes it later.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useMailPreferences } from '../../components/use-mail-preferences';
import { MAIL_KINDS, MAIL_KIND_NAMES, type MailKind } from '../../domain/mail';
import { useLocale } from '../../i18n/use-locale';

/** The kinds the question is about: those off until the person says yes. */
const OPT_IN_KINDS = MAIL_KIND_NAMES.filter((kind) => !MAIL_KINDS[kind].service);

type Answer = 'all' | 'choose' | 'none';

export function MailConsent({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const ids = useId();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const preferences = useMailPreferences(uid);
  const { run, pending } = useCommand();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [answered, setAnswered] = useState(false);

  const ask =
    !answered && preferences.status === 'ready' && preferences.data?.askedAt === undefined;

  const answer = async (choice: Answer) => {
    setOutcome(null);
    const kinds: Partial<Record<MailKind, boolean>> =
      choice === 'choose'
        ? {}
        : Object.fromEntries(OPT_IN_KINDS.map((kind) => [kind, choice === 'all']));
    const language =
      preferences.status === 'ready' ? (preferences.data?.language ?? locale) : locale;
    const result = await run('saveMailPreferences', { language, kinds }, choice);
    if (!result.ok) {
      setOutcome({ ok: false, text: commandFailureText(t, result) });
      return;
    }
    setAnswered(true);
    if (choice === 'choose') {
      navigate('/profile');
      return;
    }
    setOutcome({
      ok: true,
      text: t(choice === 'all' ? 'mailPrefs.consent.savedAll' : 'mailPrefs.consent.savedNone'),
    });
  };

  return (
    <>
      {ask ? (
        <section className="panel" aria-labelledby={`${ids}-title`}>
          <h2 id={`${ids}-title`}>{t('mailPrefs.consent.title')}</h2>
          <p id={`${ids}-question`}>{t('mailPrefs.consent.question')}</p>
          <div role="group" aria-labelledby={`${ids}-question`} className="inline-actions">
            {(['all', 'choose', 'none'] as const).map((choice) => (
              <button
                key={choice}
                type="button"
                className={choice === 'all' ? 'primary' : 'secondary'}
                disabled={pending !== null}
                aria-busy={pending === choice || undefined}
                onClick={() => void answer(choice)}
              >
                {t(`mailPrefs.consent.${choice}`)}
              </button>
            ))}
          </div>
        </section>
      ) : null}
      <p
        role={outcome && !outcome.ok ? 'alert' : 'status'}
        className={outcome && !outcome.ok ? 'form-error' : 'save-status'}
      >
        {outcome?.text ?? ''}
      </p>
    </>
  );
}
