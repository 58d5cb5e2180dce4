// While nobody organises yet (a fresh local set-up), offers the signed-in person the role so
// every part of the app can be tried. The callable refuses outside the emulators.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFailureText, useCommand } from '../components/use-command';
import { selectSession } from '../stores/app-store';
import { useAppStore } from '../stores/store-context';

export function BootstrapBanner() {
  const { t } = useTranslation();
  const signedIn = useAppStore(selectSession).status === 'signed-in';
  const noOrganiser = useAppStore((state) => state.live.config?.hasOrganiser === false);
  const [failure, setFailure] = useState<string | null>(null);
  const { run, busy } = useCommand();

  if (!signedIn || !noOrganiser) return null;

  const claim = async () => {
    setFailure(null);
    // On success the profile listener sees the new role and refreshes the session.
    const result = await run('claimFirstOrganiser', {});
    if (!result.ok) setFailure(commandFailureText(t, result));
  };

  return (
    <section className="banner" aria-label={t('bootstrap.label')}>
      <p>{t('bootstrap.text')}</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        aria-busy={busy || undefined}
        onClick={() => void claim()}
      >
        {busy ? t('form.working') : t('bootstrap.claim')}
      </button>
      {/* Only while there is something to say: the page has one alert region already. */}
      {failure ? (
        <p role="alert" className="form-error">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
