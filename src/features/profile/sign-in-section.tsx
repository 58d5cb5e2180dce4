// "Connexion": the person's address and whether Auth has verified it (with a link to send again),
// the ways they sign in, and a button to add each work account they do not have yet.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../data/backend';
import { providerIdOf, signInProviders } from '../../data/sign-in-providers';
import { useAppStore } from '../../stores/store-context';
import { providerName, providerOfId } from '../../components/provider-names';
import { useAccountTexts } from '../../i18n/account-texts';

export function SignInSection({ user }: { user: SessionUser }) {
  useAccountTexts();
  const { t } = useTranslation();
  const ids = useId();
  const account = useAppStore((state) => state.account);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const providers = user.providers ?? [];

  const run = async (request: () => Promise<string | null>, success: string) => {
    setOutcome(null);
    setBusy(true);
    const failure = await request();
    setBusy(false);
    setOutcome(failure ? { ok: false, text: t(`errors.${failure}`) } : { ok: true, text: success });
  };

  const methodName = (providerId: string) => {
    const provider = providerOfId(providerId);
    return provider ? providerName(provider) : t('signInMethods.password');
  };

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('signInMethods.title')}</h2>
      <p>
        <strong className={user.emailVerified ? 'verified' : 'unverified'}>
          {user.emailVerified ? t('signInMethods.verified') : t('signInMethods.unverified')}
        </strong>
      </p>
      {user.emailVerified ? null : (
        <>
          <p className="muted">{t('signInMethods.whyVerify')}</p>
          <div className="actions">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(
                  account.sendEmailVerification,
                  t('signInMethods.verificationSent', { email: user.email ?? '' }),
                )
              }
            >
              {t('signInMethods.sendVerification')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(account.refresh, t('signInMethods.checked'))}
            >
              {t('signInMethods.checkAgain')}
            </button>
          </div>
        </>
      )}
      <h3>{t('signInMethods.methods')}</h3>
      <ul>
        {[...new Set(providers)].map((providerId) => (
          <li key={providerId}>{methodName(providerId)}</li>
        ))}
      </ul>
      <div className="actions">
        {signInProviders()
          .filter((provider) => !providers.includes(providerIdOf(provider)))
          .map((provider) => (
            <button
              key={provider}
              type="button"
              disabled={busy}
              onClick={() =>
                void run(
                  () => account.linkProvider(provider),
                  t('signInMethods.added', { provider: providerName(provider) }),
                )
              }
            >
              {t('signInMethods.add', { provider: providerName(provider) })}
            </button>
          ))}
      </div>
      <p
        role={outcome && !outcome.ok ? 'alert' : 'status'}
        className={outcome && !outcome.ok ? 'form-error' : 'save-status'}
      >
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
