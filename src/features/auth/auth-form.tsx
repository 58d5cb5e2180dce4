// The email-and-password form behind both sign-in and sign-up: errors next to each field,
// a summary announced on submit, and what was typed kept when the backend says no. A `next`
// address (such as an invite link) is where the person goes once signed in.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { PASSWORD_MIN_LENGTH, signInSchema, signUpSchema } from '../../domain/schemas';
import { useAppStore } from '../../stores/store-context';

type Mode = 'sign-in' | 'sign-up';
type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** Only a path of this app: "/x" but not "//host" or "/\host", which browsers read as hosts. */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}

export function AuthForm({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const next = safeNextPath(new URLSearchParams(useSearch()).get('next'));
  const signIn = useAppStore((state) => state.signInRequested);
  const signUp = useAppStore((state) => state.signUpRequested);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const alert = useFormAlert();
  const [busy, setBusy] = useState(false);
  const ids = {
    email: useId(),
    password: useId(),
    emailError: useId(),
    passwordError: useId(),
    passwordHint: useId(),
  };
  const signingUp = mode === 'sign-up';
  const title = signingUp ? t('auth.signUpTitle') : t('auth.signInTitle');
  useDocumentTitle(title);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = (signingUp ? signUpSchema : signInSchema).safeParse({ email, password });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'email' || field === 'password') && !errors[field]) {
          errors[field] = t(issue.message, {
            count: PASSWORD_MIN_LENGTH,
            min: PASSWORD_MIN_LENGTH,
          });
        }
      }
      setFieldErrors(errors);
      alert.show(t('auth.fixErrors'));
      return;
    }
    setFieldErrors({});
    alert.clear();
    setBusy(true);
    const failure = await (signingUp ? signUp : signIn)(parsed.data.email, parsed.data.password);
    setBusy(false);
    if (failure) {
      alert.show(t(`errors.${failure}`));
      return;
    }
    navigate(next ?? '/');
  };

  return (
    <div className="auth">
      <h1>{title}</h1>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor={ids.email}>{t('auth.email')}</label>
          <input
            id={ids.email}
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            aria-invalid={fieldErrors.email ? true : undefined}
            aria-describedby={fieldErrors.email ? ids.emailError : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
          {fieldErrors.email ? (
            <p id={ids.emailError} className="field-error">
              {fieldErrors.email}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('auth.password')}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete={signingUp ? 'new-password' : 'current-password'}
            required
            value={password}
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={
              [signingUp ? ids.passwordHint : '', fieldErrors.password ? ids.passwordError : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
            onChange={(event) => setPassword(event.target.value)}
          />
          {signingUp ? (
            <small id={ids.passwordHint}>
              {t('auth.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            </small>
          ) : null}
          {fieldErrors.password ? (
            <p id={ids.passwordError} className="field-error">
              {fieldErrors.password}
            </p>
          ) : null}
        </div>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('auth.working') : signingUp ? t('auth.submitSignUp') : t('auth.submitSignIn')}
        </button>
      </form>
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
