// Who runs the challenge: the organisers, granting the role by email and taking it back.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { commandFailureText } from '../../components/use-command';
import { useCommandForm } from '../../components/use-command-form';
import { setOrganiserPayloadSchema } from '../../domain/team';
import { selectSession } from '../../stores/app-store';
import { useAppStore, useAppStoreShallow } from '../../stores/store-context';

export function OrganisersSection() {
  const { t } = useTranslation();
  const myUid = useAppStore(selectSession).user?.uid ?? null;
  const organisers = useAppStoreShallow((state) =>
    [...state.live.organisers].sort((a, b) => a.email.localeCompare(b.email)),
  );
  const [email, setEmail] = useState('');
  const [done, setDone] = useState('');
  const { errors, alert, submit, run, pending } = useCommandForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const input = { email: email.trim(), organiser: true };
    const sent = await submit(setOrganiserPayloadSchema, input, 'setOrganiser', 'grant');
    if (!sent) return;
    // Emptied only if unchanged: the next address may be typed while this grant was on its way.
    setEmail((current) => (current === email ? '' : current));
    setDone(t('admin.organisers.granted', { email: sent.email }));
  };

  const remove = async (organiserEmail: string) => {
    setDone('');
    alert.clear();
    const result = await run(
      'setOrganiser',
      { email: organiserEmail, organiser: false },
      `remove:${organiserEmail}`,
    );
    if (!result.ok) alert.show(commandFailureText(t, result), { focus: false });
  };

  return (
    <section aria-labelledby="organisers-title">
      <h2 id="organisers-title">{t('admin.organisers.title')}</h2>
      <FormAlert alert={alert} />
      <ul className="member-list">
        {organisers.map((organiser) => (
          <li key={organiser.uid}>
            <span className="member-name">{organiser.email}</span>
            {organiser.uid === myUid ? (
              <span className="muted">{t('team.members.you')}</span>
            ) : null}
            <span className="member-actions">
              <ConfirmButton
                question={t('admin.organisers.removeQuestion', { email: organiser.email })}
                confirmLabel={t('admin.organisers.removeConfirm')}
                busy={pending === `remove:${organiser.email}`}
                onConfirm={() => void remove(organiser.email)}
              >
                {t('admin.organisers.remove')}
                <span className="visually-hidden"> {organiser.email}</span>
              </ConfirmButton>
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('admin.organisers.grant')}</h3>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="inline-form">
        <Field
          label={t('admin.organisers.email')}
          hint={t('admin.organisers.emailHint')}
          error={errors.email}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          className="primary"
          disabled={pending === 'grant'}
          aria-busy={pending === 'grant' || undefined}
        >
          {pending === 'grant' ? t('form.working') : t('admin.organisers.submit')}
        </button>
      </form>
      <p role="status">{done}</p>
    </section>
  );
}
