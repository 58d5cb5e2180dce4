// The companies teams belong to, and the form to add one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { fieldErrorsOf, type FieldErrors } from '../../components/validation-errors';
import { createCompanyPayloadSchema } from '../../domain/team';
import { useAppStoreShallow } from '../../stores/store-context';

export function CompaniesSection() {
  const { t } = useTranslation();
  const companies = useAppStoreShallow((state) =>
    [...state.live.companies].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState('');
  const alert = useFormAlert();
  const { run, busy } = useCommand();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const parsed = createCompanyPayloadSchema.safeParse({ name });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, t));
      alert.show(t('form.fixErrors'));
      return;
    }
    setErrors({});
    alert.clear();
    const result = await run('createCompany', parsed.data);
    if (!result.ok) {
      alert.show(commandFailureText(t, result));
      return;
    }
    setName('');
    setAdded(t('admin.companies.added', { name: parsed.data.name }));
  };

  return (
    <section aria-labelledby="companies-title">
      <h2 id="companies-title">{t('admin.companies.title')}</h2>
      {companies.length === 0 ? (
        <p>{t('admin.companies.none')}</p>
      ) : (
        <ul>
          {companies.map((company) => (
            <li key={company.id}>{company.name}</li>
          ))}
        </ul>
      )}
      <h3>{t('admin.companies.add')}</h3>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="inline-form">
        <Field label={t('admin.companies.name')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="organization"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : t('admin.companies.submit')}
        </button>
      </form>
      <p role="status">{added}</p>
    </section>
  );
}
