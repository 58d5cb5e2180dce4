// /profile: the names a person goes by. Others see the pseudonym unless the person opts in to
// their real name; the email stays private.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Profile } from '../../domain/paths';
import { profilePayloadSchema, publicName } from '../../domain/team';
import { selectSession } from '../../stores/app-store';
import { useAppStore } from '../../stores/store-context';
import { MailSection } from './mail-section';
import { SignInSection } from './sign-in-section';
import { Farewell, MyDataSection } from './my-data-section';

interface ProfileValues {
  displayName: string;
  pseudonym: string;
  showRealName: boolean;
}

const valuesOf = (profile: Profile | null): ProfileValues => ({
  displayName: profile?.displayName ?? '',
  pseudonym: profile?.pseudonym ?? '',
  showRealName: profile?.showRealName ?? false,
});

export function ProfilePage() {
  const { t } = useTranslation();
  const session = useAppStore(selectSession);
  useDocumentTitle(t('profile.title'));
  // Once the account is deleted the person is signed out: say goodbye rather than "sign in".
  const [deleted, setDeleted] = useState(false);

  let body;
  if (deleted) {
    body = <Farewell />;
  } else if (session.status === 'loading') {
    body = <p role="status">{t('loading')}</p>;
  } else if (session.status === 'signed-out') {
    body = (
      <p>
        {t('profile.signInFirst')} <Link href="/sign-in?next=/profile">{t('nav.signIn')}</Link>
      </p>
    );
  } else {
    body = (
      <>
        <ProfileForm email={session.user?.email ?? ''} />
        {session.user ? <SignInSection user={session.user} /> : null}
        {session.user ? (
          <MailSection uid={session.user.uid} organiser={session.user.organiser === true} />
        ) : null}
        <MyDataSection onDeleted={() => setDeleted(true)} />
      </>
    );
  }
  return (
    <div className="narrow">
      <h1>{t('profile.title')}</h1>
      {body}
    </div>
  );
}

function ProfileForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const profile = useAppStore((state) => state.live.profile);
  const [values, setValues] = useState(() => valuesOf(profile));
  const [dirty, setDirty] = useState(false);
  const [seen, setSeen] = useState(profile);
  const [saved, setSaved] = useState(false);
  const { errors, alert, submit, busy } = useCommandForm();

  // The stored profile may arrive (or change elsewhere) after the form opened: take it as long
  // as the person has not started typing.
  if (profile !== seen) {
    setSeen(profile);
    if (!dirty) setValues(valuesOf(profile));
  }

  const change = (patch: Partial<ProfileValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDirty(true);
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!(await submit(profilePayloadSchema, values, 'saveProfile'))) return;
    setDirty(false);
    setSaved(true);
  };

  const shownName = publicName({ ...values, pseudonym: values.pseudonym.trim() });

  return (
    <>
      <dl className="details">
        <dt>{t('profile.email')}</dt>
        <dd>
          {email} <small className="muted">{t('profile.emailPrivate')}</small>
        </dd>
      </dl>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('profile.displayName')}
          hint={t('profile.displayNameHint')}
          error={errors.displayName}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              value={values.displayName}
              onChange={(event) => change({ displayName: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('profile.pseudonym')}
          hint={t('profile.pseudonymHint')}
          error={errors.pseudonym}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="nickname"
              value={values.pseudonym}
              onChange={(event) => change({ pseudonym: event.target.value })}
            />
          )}
        </Field>
        <div className="check">
          <input
            id="profile-show-real-name"
            type="checkbox"
            checked={values.showRealName}
            onChange={(event) => change({ showRealName: event.target.checked })}
          />
          <label htmlFor="profile-show-real-name">{t('profile.showRealName')}</label>
        </div>
        <p>{shownName ? t('profile.preview', { name: shownName }) : null}</p>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : t('profile.submit')}
        </button>
        <span role="status" className="save-status">
          {saved ? t('profile.saved') : ''}
        </span>
      </form>
    </>
  );
}
