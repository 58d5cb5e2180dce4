// The companies teams belong to, and the form to add one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import { createCompanyPayloadSchema } from '../../domain/team';
import { useAppStoreShallow } from '../../stores/store-context';

export function CompaniesSection() {
  const { t } = useTranslation();
  const companies = useAppStoreShallow((state) =>
    [...state.live.companies].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const [name, setName] = useState('');
  const [added, setAdded] = useState('');
  const { errors, alert, submit, busy } = useCommandForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const sent = await submit(createCompanyPayloadSchema, { name }, 'createCompany');
    if (!sent) return;
    setName('');
    setAdded(t('admin.companies.added', { name: sent.name }));
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
