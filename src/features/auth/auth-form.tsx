// The email-and-password form behind both sign-in and sign-up: errors next to each field,
// a summary announced on submit, and what was typed kept when the backend says no.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { PASSWORD_MIN_LENGTH, signInSchema, signUpSchema } from '../../domain/schemas';
import { useAppStore } from '../../stores/store-context';

type Mode = 'sign-in' | 'sign-up';
type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function AuthForm({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const signIn = useAppStore((state) => state.signInRequested);
  const signUp = useAppStore((state) => state.signUpRequested);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
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
          errors[field] = t(issue.message, { min: PASSWORD_MIN_LENGTH });
        }
      }
      setFieldErrors(errors);
      setFormError(t('auth.fixErrors'));
      summaryRef.current?.focus();
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setBusy(true);
    const failure = await (signingUp ? signUp : signIn)(parsed.data.email, parsed.data.password);
    setBusy(false);
    if (failure) {
      setFormError(t(`errors.${failure}`));
      summaryRef.current?.focus();
      return;
    }
    navigate('/');
  };

  return (
    <div className="auth">
      <h1>{title}</h1>
      <div ref={summaryRef} tabIndex={-1} role="alert" className="form-error">
        {formError}
      </div>
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
              {t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
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
        <Link href={signingUp ? '/sign-in' : '/sign-up'}>
          {signingUp ? t('nav.signIn') : t('nav.signUp')}
        </Link>
      </p>
    </div>
  );
}
