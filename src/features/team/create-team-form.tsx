// Creates a team in the current season: the person becomes its captain.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import { createTeamPayloadSchema } from '../../domain/team';
import { useAppStoreShallow } from '../../stores/store-context';

export function CreateTeamForm({ seasonId }: { seasonId: string }) {
  const { t } = useTranslation();
  const companies = useAppStoreShallow((state) =>
    [...state.live.companies].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const [companyId, setCompanyId] = useState('');
  const [name, setName] = useState('');
  const { errors, alert, submit, busy } = useCommandForm();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(createTeamPayloadSchema, { seasonId, companyId, name }, 'createTeam');
  };

  return (
    <section aria-labelledby="create-team-title" className="panel">
      <h2 id="create-team-title">{t('team.create.title')}</h2>
      {companies.length === 0 ? (
        <p>{t('team.create.noCompany')}</p>
      ) : (
        <>
          <p>{t('team.create.intro')}</p>
          <FormAlert alert={alert} />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Field label={t('team.create.company')} error={errors.companyId}>
              {(control) => (
                <select
                  {...control}
                  value={companyId}
                  onChange={(event) => setCompanyId(event.target.value)}
                >
                  <option value="">{t('team.create.chooseCompany')}</option>
                  {companies.map((company) => (
                    <option key={company.id} value={company.id}>
                      {company.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('team.create.name')}
              hint={t('team.create.nameHint')}
              error={errors.name}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('form.working') : t('team.create.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
