// The companies teams belong to, with their email domains; the form to add one, and each
// company's own form to set its domains (what a season's company domain rule checks addresses
// against).
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import type { FieldErrors } from '../../components/validation-errors';
import { domainList } from '../../domain/company-domains';
import { createCompanyPayloadSchema, saveCompanyDomainsPayloadSchema } from '../../domain/team';
import type { Company } from '../../stores/live-slice';
import { useAppStoreShallow } from '../../stores/store-context';
import { domainsText, readDomainsText } from './company-domains-model';

/** The domains field's own check: the entries that are no domain, named. */
function useDomainsField(initial = '') {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
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
  inputRef,
}: {
  label: string;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={t('admin.companies.domainsHint')} error={error}>
      {(control) => (
        <textarea
          {...control}
          ref={inputRef}
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

/** One company's domains, opened by its button: the field takes the focus where it opens. */
function DomainsEditor({ company, id }: { company: Company; id: string }) {
  const { t } = useTranslation();
  const field = useDomainsField(domainsText(company.domains));
  const { errors, alert, submit, busy } = useCommandForm();
  const [saved, setSaved] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const { domains, found } = field.read();
    const sent = await submit(
      saveCompanyDomainsPayloadSchema,
      { companyId: company.id, domains },
      'saveCompanyDomains',
      undefined,
      found,
    );
    if (!sent) return;
    field.setText(domainsText(sent.domains));
    setSaved(t('admin.companies.domainsSaved', { name: company.name }));
  };

  return (
    <form id={id} noValidate onSubmit={(event) => void onSave(event)}>
      <FormAlert alert={alert} />
      <DomainsField
        label={t('admin.companies.domainsOfCompany', { name: company.name })}
        text={field.text}
        error={errors.domains}
        onChange={field.setText}
        inputRef={inputRef}
      />
      <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('form.working') : t('admin.companies.saveDomains')}
      </button>
      <p role="status">{saved}</p>
    </form>
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
  const { errors, alert, submit, busy } = useCommandForm();
  /** The company whose domains are open for editing, if any. */
  const [editedId, setEditedId] = useState<string | null>(null);

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const { domains, found } = newDomains.read();
    const sent = await submit(
      createCompanyPayloadSchema,
      { name, domains },
      'createCompany',
      undefined,
      found,
    );
    if (!sent) return;
    // Emptied only if unchanged: the next company may be typed while this one was being added
    // (it shows in the list as soon as it is stored, before the answer comes back).
    setName((current) => (current === name ? '' : current));
    newDomains.setText((current) => (current === newDomains.text ? '' : current));
    setAdded(t('admin.companies.added', { name: sent.name }));
  };

  return (
    <section aria-labelledby="companies-title">
      <h2 id="companies-title">{t('admin.companies.title')}</h2>
      {companies.length === 0 ? (
        <p>{t('admin.companies.none')}</p>
      ) : (
        <ul>
          {companies.map((company) => {
            const open = company.id === editedId;
            const formId = `company-domains-${company.id}`;
            return (
              <li key={company.id}>
                <span>{company.name}</span>{' '}
                <span className="muted">
                  (
                  {company.domains.length > 0
                    ? t('admin.companies.domainsOf', { domains: domainList(company.domains) })
                    : t('admin.companies.noDomains')}
                  )
                </span>{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('admin.companies.editDomainsOf', { name: company.name })}
                  aria-expanded={open}
                  aria-controls={open ? formId : undefined}
                  onClick={() => setEditedId(open ? null : company.id)}
                >
                  {t('admin.companies.editDomains')}
                </button>
                {open ? <DomainsEditor company={company} id={formId} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('admin.companies.add')}</h3>
      <FormAlert alert={alert} />
      <form noValidate onSubmit={(event) => void onAdd(event)}>
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
        <DomainsField
          label={t('admin.companies.domains')}
          text={newDomains.text}
          error={errors.domains}
          onChange={newDomains.setText}
        />
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('form.working') : t('admin.companies.submit')}
        </button>
      </form>
      <p role="status">{added}</p>
    </section>
  );
}
