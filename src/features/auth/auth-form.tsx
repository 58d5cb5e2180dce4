// Sign-in and sign-up: a work account (Google, Microsoft) in a pop-up, or an address with a
// password, a one-time link by mail, or a reset link. Errors sit next to each field, a summary is
// announced, and what was typed is kept when Auth says no. A `next` address (such as an invite
// link) is where the person goes once signed in. When a work account's address already has an
// account of another method, the person signs in with that method and is then asked whether to
// add the work account to it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import type { PendingLink, SignInProvider } from '../../data/backend';
import { signInProviders } from '../../data/sign-in-providers';
import {
  emailOnlySchema,
  PASSWORD_MIN_LENGTH,
  signInSchema,
  signUpSchema,
} from '../../domain/schemas';
import { useAppStore } from '../../stores/store-context';
import { safeNextPath } from './next-path';
import { providerName } from '../../components/provider-names';
import { useAccountTexts } from '../../i18n/account-texts';
import { EmailField } from './email-field';

type Mode = 'sign-in' | 'sign-up';
type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function AuthForm({ mode }: { mode: Mode }) {
  useAccountTexts();
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const next = safeNextPath(new URLSearchParams(useSearch()).get('next'));
  const signIn = useAppStore((state) => state.signInRequested);
  const signUp = useAppStore((state) => state.signUpRequested);
  const account = useAppStore((state) => state.account);
  const pendingLink = useAppStore((state) => state.pendingLink);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  /** What a mail on its way says (a sign-in link, a reset link), announced politely. */
  const [sent, setSent] = useState<string | null>(null);
  /** The kept work account, offered once the person is signed in the other way. */
  const [linkOffer, setLinkOffer] = useState<PendingLink | null>(null);
  const signingUp = mode === 'sign-up';
  const title = signingUp ? t('auth.signUpTitle') : t('auth.signInTitle');
  useDocumentTitle(title);

  // A person who moved to another page while their sign-in finished (the menu shows them signed in
  // before the verification mail has gone) stays where they went.
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const done = () => {
    if (shown.current) navigate(next ?? '/');
  };
  const translatedErrors = (issues: readonly { path: PropertyKey[]; message: string }[]) => {
    const errors: FieldErrors = {};
    for (const issue of issues) {
      const field = issue.path[0];
      if ((field === 'email' || field === 'password') && !errors[field]) {
        errors[field] = t(issue.message, { count: PASSWORD_MIN_LENGTH, min: PASSWORD_MIN_LENGTH });
      }
    }
    return errors;
  };

  /** Runs one request with the form busy; false when it failed (said in the summary). */
  const run = async (request: () => Promise<string | null>): Promise<boolean> => {
    alert.clear();
    setSent(null);
    setBusy(true);
    const failure = await request();
    setBusy(false);
    if (failure) alert.show(t(`errors.${failure}`));
    return !failure;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = (signingUp ? signUpSchema : signInSchema).safeParse({ email, password });
    if (!parsed.success) {
      setFieldErrors(translatedErrors(parsed.error.issues));
      alert.show(t('auth.fixErrors'));
      return;
    }
    setFieldErrors({});
    const { email: address, password: secret } = parsed.data;
    if (!(await run(() => (signingUp ? signUp : signIn)(address, secret)))) return;
    if (pendingLink) setLinkOffer(pendingLink);
    else done();
  };

  /** A mail to the typed address alone: a sign-in link or a reset link. */
  const mailTo = async (request: 'link' | 'reset') => {
    const parsed = emailOnlySchema.safeParse({ email });
    if (!parsed.success) {
      setFieldErrors(translatedErrors(parsed.error.issues));
      alert.show(t('auth.fixErrors'));
      return;
    }
    setFieldErrors({});
    const address = parsed.data.email;
    const ok = await run(() =>
      request === 'link'
        ? account.sendSignInLink(address, next ?? '/')
        : account.sendPasswordReset(address),
    );
    if (ok) setSent(t(request === 'link' ? 'auth.linkSent' : 'auth.resetSent', { email: address }));
  };

  const withProvider = async (provider: SignInProvider) => {
    if (await run(() => account.withProvider(provider))) done();
  };

  const answerLinkOffer = async (confirmed: boolean) => {
    if (await run(() => account.confirmPendingLink(confirmed))) done();
  };

  if (linkOffer) {
    const provider = providerName(linkOffer.provider);
    return (
      <div className="auth">
        <h1>{t('auth.linkOfferTitle', { provider })}</h1>
        <FormAlert alert={alert} />
        <p>{t('auth.linkOfferText', { provider })}</p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void answerLinkOffer(true)}
          >
            {t('auth.linkOfferYes', { provider })}
          </button>
          <button type="button" disabled={busy} onClick={() => void answerLinkOffer(false)}>
            {t('auth.linkOfferNo')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="auth">
      <h1>{title}</h1>
      <FormAlert alert={alert} />
      {pendingLink ? (
        <p className="auth-pending" role="status">
          {t('auth.pendingLink', {
            email: pendingLink.email ?? t('auth.thisAddress'),
            provider: providerName(pendingLink.provider),
          })}
        </p>
      ) : null}
      <div className="auth-providers" role="group" aria-label={t('auth.workAccount')}>
        {signInProviders().map((provider) => (
          <button
            key={provider}
            type="button"
            className={`auth-provider auth-provider-${provider}`}
            disabled={busy}
            onClick={() => void withProvider(provider)}
          >
            {t('auth.continueWith', { provider: providerName(provider) })}
          </button>
        ))}
      </div>
      <p className="auth-or">{t('auth.orEmail')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <EmailField value={email} error={fieldErrors.email} onChange={setEmail} />
        <Field
          label={t('auth.password')}
          hint={signingUp ? t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH }) : undefined}
          error={fieldErrors.password}
        >
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete={signingUp ? 'new-password' : 'current-password'}
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('auth.working') : signingUp ? t('auth.submitSignUp') : t('auth.submitSignIn')}
        </button>
        {signingUp ? null : (
          <div className="auth-mail-choices">
            <button type="button" disabled={busy} onClick={() => void mailTo('link')}>
              {t('auth.sendLink')}
            </button>
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => void mailTo('reset')}
            >
              {t('auth.forgotPassword')}
            </button>
          </div>
        )}
      </form>
      <p role="status" className="auth-sent">
        {sent}
      </p>
      <p>
        {signingUp ? t('auth.haveAccount') : t('auth.noAccount')}{' '}
        <Link
          href={`${signingUp ? '/sign-in' : '/sign-up'}${next ? `?next=${encodeURIComponent(next)}` : ''}`}
        >
          {signingUp ? t('nav.signIn') : t('nav.signUp')}
        </Link>
      </p>
    </div>
  );
}
