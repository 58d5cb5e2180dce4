// /auth/action: where the links Auth mails land (the project's action address points here). The
// link's `mode` says what it does: sign in (a one-time link), choose a new password, or verify the
// address. A link that expired or was used says so, with the way to ask for a new one.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { emailOnlySchema, newPasswordSchema, PASSWORD_MIN_LENGTH } from '../../domain/schemas';
import { useAppStore } from '../../stores/store-context';
import { returnPathOf } from './next-path';
import { useAccountTexts } from '../../i18n/account-texts';
import { EmailField } from './email-field';

export function AuthActionPage() {
  useAccountTexts();
  const { t } = useTranslation();
  const search = new URLSearchParams(useSearch());
  const mode = search.get('mode');
  const code = search.get('oobCode') ?? '';
  if (mode === 'signIn') {
    // The link as it was opened: this page's address with the query the mail's link carried.
    const link = `${window.location.origin}/auth/action?${search.toString()}`;
    return <SignInWithLink key={link} link={link} returnTo={returnPathOf(search)} />;
  }
  // Keyed by the link: a new link opened on this page is a new arrival.
  if (mode === 'resetPassword') return <ResetPassword key={search.toString()} code={code} />;
  if (mode === 'verifyEmail') return <VerifyEmail key={search.toString()} code={code} />;
  return (
    <ActionFrame title={t('authAction.unknownTitle')}>
      <p>{t('authAction.unknown')}</p>
      <p>
        <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </ActionFrame>
  );
}

function ActionFrame({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="auth">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** Runs `step` once on arrival (links are one-time: a second run would say "used"). */
function useOnArrival(step: () => void) {
  const ran = useRef(false);
  useEffect(() => {
    if (ran.current) return;
    ran.current = true;
    step();
  });
}

function SignInWithLink({ link, returnTo }: { link: string; returnTo: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const completeSignInLink = useAppStore((state) => state.account.completeSignInLink);
  const [state, setState] = useState<'working' | 'ask-email' | 'failed'>('working');
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const alert = useFormAlert();

  const complete = async (address: string | null) => {
    setState('working');
    const failure = await completeSignInLink(link, address);
    if (!failure) {
      navigate(returnTo, { replace: true });
      return;
    }
    if (failure === 'email-needed') {
      setState('ask-email');
      return;
    }
    // A wrong address can be typed again; a dead link cannot be mended here.
    const otherAddress = failure === 'invalid-email';
    alert.show(otherAddress ? t('authAction.otherAddress') : t(`errors.${failure}`));
    setState(otherAddress ? 'ask-email' : 'failed');
  };
  useOnArrival(() => void complete(null));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailOnlySchema.safeParse({ email });
    if (!parsed.success) {
      setEmailError(t('errors.email'));
      alert.show(t('auth.fixErrors'));
      return;
    }
    setEmailError(null);
    void complete(parsed.data.email);
  };

  return (
    <ActionFrame title={t('authAction.signInTitle')}>
      <FormAlert alert={alert} />
      {state === 'working' ? <p role="status">{t('authAction.signingIn')}</p> : null}
      {state === 'ask-email' ? (
        <form noValidate onSubmit={onSubmit}>
          <p>{t('authAction.askEmail')}</p>
          <EmailField value={email} error={emailError ?? undefined} onChange={setEmail} />
          <button type="submit" className="primary">
            {t('authAction.finishSignIn')}
          </button>
        </form>
      ) : null}
      {state === 'failed' ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`}>
            {t('authAction.askNewLink')}
          </Link>
        </p>
      ) : null}
    </ActionFrame>
  );
}

function ResetPassword({ code }: { code: string }) {
  const { t } = useTranslation();
  const account = useAppStore((state) => state.account);
  const [state, setState] = useState<
    { step: 'checking' } | { step: 'form'; email: string } | { step: 'done' } | { step: 'failed' }
  >({ step: 'checking' });
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alert = useFormAlert();

  useOnArrival(
    () =>
      void account.checkPasswordReset(code).then((answer) => {
        if ('email' in answer) {
          setState({ step: 'form', email: answer.email });
        } else {
          alert.show(t(`errors.${answer.failure}`));
          setState({ step: 'failed' });
        }
      }),
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = newPasswordSchema.safeParse({ password });
    if (!parsed.success) {
      setPasswordError(t('errors.passwordTooShort', { count: PASSWORD_MIN_LENGTH }));
      alert.show(t('auth.fixErrors'));
      return;
    }
    setPasswordError(null);
    alert.clear();
    setBusy(true);
    const failure = await account.confirmPasswordReset(code, parsed.data.password);
    setBusy(false);
    if (failure) {
      alert.show(t(`errors.${failure}`));
      if (failure === 'link-invalid') setState({ step: 'failed' });
      return;
    }
    setState({ step: 'done' });
  };

  return (
    <ActionFrame title={t('authAction.resetTitle')}>
      <FormAlert alert={alert} />
      {state.step === 'checking' ? <p role="status">{t('loading')}</p> : null}
      {state.step === 'form' ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <p>{t('authAction.resetFor', { email: state.email })}</p>
          <Field
            label={t('authAction.newPassword')}
            hint={t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            error={passwordError ?? undefined}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? t('auth.working') : t('authAction.savePassword')}
          </button>
        </form>
      ) : null}
      {state.step === 'done' ? (
        <p role="status">
          {t('authAction.passwordSaved')} <Link href="/sign-in">{t('nav.signIn')}</Link>
        </p>
      ) : null}
      {state.step === 'failed' ? (
        <p>
          <Link href="/sign-in">{t('authAction.askNewReset')}</Link>
        </p>
      ) : null}
    </ActionFrame>
  );
}

function VerifyEmail({ code }: { code: string }) {
  const { t } = useTranslation();
  const verifyEmail = useAppStore((state) => state.account.verifyEmail);
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const alert = useFormAlert();
  useOnArrival(
    () =>
      void verifyEmail(code).then((failure) => {
        if (failure) alert.show(t(`errors.${failure}`));
        setState(failure ? 'failed' : 'done');
      }),
  );
  return (
    <ActionFrame title={t('authAction.verifyTitle')}>
      <FormAlert alert={alert} />
      {state === 'working' ? <p role="status">{t('authAction.verifying')}</p> : null}
      {state === 'done' ? <p role="status">{t('authAction.verified')}</p> : null}
      {state !== 'working' ? (
        <p>
          <Link href="/profile">{t('authAction.toProfile')}</Link>
        </p>
      ) : null}
    </ActionFrame>
  );
}
