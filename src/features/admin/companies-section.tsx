// The companies teams belong to, with their email domains; the form to add one, and the form to
// set a company's domains (what a season's company domain rule checks addresses against).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import type { FieldErrors } from '../../components/validation-errors';
import { domainList } from '../../domain/company-domains';
import { createCompanyPayloadSchema, saveCompanyDomainsPayloadSchema } from '../../domain/team';
import { useAppStoreShallow } from '../../stores/store-context';
import { domainsText, readDomainsText } from './company-domains-model';

/** The domains field's own check: the entries that are no domain, named. */
function useDomainsField() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const read = () => {
    const { domains, bad } = readDomainsText(text);
    const found: FieldErrors =
      bad.length > 0
        ? { domains: t('admin.companies.badDomains', { domains: bad.join(', ') }) }
        : {};
    return { domains, found };
  };
  return { text, setText, read };
}

function DomainsField({
  label,
  text,
  error,
  onChange,
}: {
  label: string;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={t('admin.companies.domainsHint')} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          spellCheck={false}
          autoCapitalize="none"
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function CompaniesSection() {
  const { t } = useTranslation();
  const companies = useAppStoreShallow((state) =>
    [...state.live.companies].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const [name, setName] = useState('');
  const [added, setAdded] = useState('');
  const newDomains = useDomainsField();
  const adding = useCommandForm();

  const [companyId, setCompanyId] = useState('');
  const [saved, setSaved] = useState('');
  const editedDomains = useDomainsField();
  const editing = useCommandForm();

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const { domains, found } = newDomains.read();
    const sent = await adding.submit(
      createCompanyPayloadSchema,
      { name, domains },
      'createCompany',
      undefined,
      found,
    );
    if (!sent) return;
    setName('');
    newDomains.setText('');
    setAdded(t('admin.companies.added', { name: sent.name }));
  };

  const choose = (id: string) => {
    setCompanyId(id);
    setSaved('');
    editedDomains.setText(
      domainsText(companies.find((company) => company.id === id)?.domains ?? []),
    );
  };

  const onSaveDomains = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const { domains, found } = editedDomains.read();
    const sent = await editing.submit(
      saveCompanyDomainsPayloadSchema,
      { companyId, domains },
      'saveCompanyDomains',
      undefined,
      found,
    );
    if (!sent) return;
    editedDomains.setText(domainsText(sent.domains));
    const company = companies.find((candidate) => candidate.id === companyId);
    setSaved(t('admin.companies.domainsSaved', { name: company?.name ?? '' }));
  };

  return (
    <section aria-labelledby="companies-title">
      <h2 id="companies-title">{t('admin.companies.title')}</h2>
      {companies.length === 0 ? (
        <p>{t('admin.companies.none')}</p>
      ) : (
        <ul>
          {companies.map((company) => (
            <li key={company.id}>
              {company.name}{' '}
              <span className="muted">
                (
                {company.domains.length > 0
                  ? t('admin.companies.domainsOf', { domains: domainList(company.domains) })
                  : t('admin.companies.noDomains')}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('admin.companies.add')}</h3>
      <FormAlert alert={adding.alert} />
      <form noValidate onSubmit={(event) => void onAdd(event)}>
        <Field label={t('admin.companies.name')} error={adding.errors.name}>
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
        <DomainsField
          label={t('admin.companies.domains')}
          text={newDomains.text}
          error={adding.errors.domains}
          onChange={newDomains.setText}
        />
        <button
          type="submit"
          className="primary"
          disabled={adding.busy}
          aria-busy={adding.busy || undefined}
        >
          {adding.busy ? t('form.working') : t('admin.companies.submit')}
        </button>
      </form>
      <p role="status">{added}</p>

      {companies.length > 0 ? (
        <>
          <h3>{t('admin.companies.editDomains')}</h3>
          <FormAlert alert={editing.alert} />
          <form noValidate onSubmit={(event) => void onSaveDomains(event)}>
            <Field
              label={t('admin.companies.company')}
              error={editing.errors.companyId ? t('admin.companies.chooseCompanyFirst') : undefined}
            >
              {(control) => (
                <select
                  {...control}
                  value={companyId}
                  onChange={(event) => choose(event.target.value)}
                >
                  <option value="">{t('admin.companies.chooseCompany')}</option>
                  {companies.map((company) => (
                    <option key={company.id} value={company.id}>
                      {company.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <DomainsField
              label={t('admin.companies.domainsOfCompany')}
              text={editedDomains.text}
              error={editing.errors.domains}
              onChange={editedDomains.setText}
            />
            <button
              type="submit"
              className="primary"
              disabled={editing.busy}
              aria-busy={editing.busy || undefined}
            >
              {editing.busy ? t('form.working') : t('admin.companies.saveDomains')}
            </button>
          </form>
          <p role="status">{saved}</p>
        </>
      ) : null}
    </section>
  );
}
