// Joins a team with the code a colleague shared.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { fieldErrorsOf, type FieldErrors } from '../../components/validation-errors';
import { joinTeamPayloadSchema } from '../../domain/team';

export function JoinTeamForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const alert = useFormAlert();
  const { run, busy } = useCommand();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = joinTeamPayloadSchema.safeParse({ code });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t));
      alert.show(t('form.fixErrors'));
      return;
    }
    setErrors({});
    alert.clear();
    const result = await run('joinTeam', parsed.data);
    if (!result.ok) alert.show(commandFailureText(t, result));
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
