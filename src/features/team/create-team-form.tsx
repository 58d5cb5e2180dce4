// Creates a team in the current season: the person becomes its captain. The companies whose
// email domain is the person's own come first, as "your company"; the function decides whether
// the season's domain rule admits them (from their verified token), this order only helps.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import { emailDomainOf, matchesCompanyDomain } from '../../domain/company-domains';
import { createTeamPayloadSchema } from '../../domain/team';
import type { Company } from '../../stores/live-slice';
import { useAppStore, useAppStoreShallow } from '../../stores/store-context';

function CompanyOptions({ companies }: { companies: readonly Company[] }) {
  return companies.map((company) => (
    <option key={company.id} value={company.id}>
      {company.name}
    </option>
  ));
}

export function CreateTeamForm({ seasonId }: { seasonId: string }) {
  const { t } = useTranslation();
  const companies = useAppStoreShallow((state) =>
    [...state.live.companies].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const email = useAppStore((state) => state.session.user?.email ?? null);
  const own = companies.filter((company) => matchesCompanyDomain(company.domains, email));
  const others = companies.filter((company) => !own.includes(company));
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
            <Field
              label={t('team.create.company')}
              hint={
                own.length > 0
                  ? t('team.create.yourCompanyHint', { domain: emailDomainOf(email) })
                  : undefined
              }
              error={errors.companyId}
            >
              {(control) => (
                <select
                  {...control}
                  value={companyId}
                  onChange={(event) => setCompanyId(event.target.value)}
                >
                  <option value="">{t('team.create.chooseCompany')}</option>
                  {own.length > 0 ? (
                    <>
                      <optgroup label={t('team.create.yourCompany')}>
                        <CompanyOptions companies={own} />
                      </optgroup>
                      {others.length > 0 ? (
                        <optgroup label={t('team.create.otherCompanies')}>
                          <CompanyOptions companies={others} />
                        </optgroup>
                      ) : null}
                    </>
                  ) : (
                    <CompanyOptions companies={companies} />
                  )}
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
