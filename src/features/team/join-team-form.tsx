// Joins a team with the code a colleague shared.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import { joinTeamPayloadSchema } from '../../domain/team';

export function JoinTeamForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { errors, alert, submit, busy } = useCommandForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(joinTeamPayloadSchema, { code }, 'joinTeam');
  };

  return (
    <section aria-labelledby="join-team-title" className="panel">
      <h2 id="join-team-title">{t('team.join.title')}</h2>
      <p>{t('team.join.intro')}</p>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('team.join.code')} hint={t('team.join.codeHint')} error={errors.code}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : t('team.join.submit')}
        </button>
      </form>
    </section>
  );
}
