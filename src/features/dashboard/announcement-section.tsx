// An organiser writes an announcement, in French and in English, to the whole season or to one
// company's people: each gets it as a notice, and by mail if they agreed to announcements.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useCommandForm } from '../../components/use-command-form';
import {
  ANNOUNCEMENT_MESSAGE_MAX,
  ANNOUNCEMENT_TITLE_MAX,
  announcementPayloadSchema,
} from '../../domain/announcements';
import type { Season } from '../../domain/season';
import { useAppStore } from '../../stores/store-context';

const EMPTY = { fr: '', en: '' };

export function AnnouncementSection({ season }: { season: Season }) {
  const { t } = useTranslation();
  const companies = useAppStore((state) => state.live.companies);
  const { errors, alert, submit, busy } = useCommandForm();
  const [companyId, setCompanyId] = useState('');
  const [title, setTitle] = useState(EMPTY);
  const [message, setMessage] = useState(EMPTY);
  const [sent, setSent] = useState<string | null>(null);

  if (season.state === 'draft') return null;

  const send = async () => {
    setSent(null);
    const done = await submit(
      announcementPayloadSchema,
      { seasonId: season.id, companyId: companyId || null, title, message },
      'sendAnnouncement',
    );
    if (!done) return;
    const company = companies.find((candidate) => candidate.id === companyId);
    setSent(
      company
        ? t('dashboard.announce.sentCompany', { company: company.name })
        : t('dashboard.announce.sentSeason'),
    );
    setTitle(EMPTY);
    setMessage(EMPTY);
  };

  return (
    <section aria-labelledby="dashboard-announce" className="panel">
      <h2 id="dashboard-announce">{t('dashboard.announce.title')}</h2>
      <p>{t('dashboard.announce.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FormAlert alert={alert} />
        <Field label={t('dashboard.announce.to')} error={errors.companyId}>
          {(control) => (
            <select
              {...control}
              value={companyId}
              onChange={(event) => setCompanyId(event.target.value)}
            >
              <option value="">{t('dashboard.announce.everyone')}</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {t('dashboard.announce.company', { company: company.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(['fr', 'en'] as const).map((language) => (
          <fieldset key={language}>
            <legend>{t(`dashboard.announce.in.${language}`)}</legend>
            <Field
              label={t('dashboard.announce.heading')}
              error={errors[`title.${language}`] ?? errors.title}
            >
              {(control) => (
                <input
                  {...control}
                  lang={language}
                  maxLength={ANNOUNCEMENT_TITLE_MAX}
                  value={title[language]}
                  onChange={(event) => setTitle({ ...title, [language]: event.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('dashboard.announce.message')}
              error={errors[`message.${language}`] ?? errors.message}
            >
              {(control) => (
                <textarea
                  {...control}
                  lang={language}
                  rows={4}
                  maxLength={ANNOUNCEMENT_MESSAGE_MAX}
                  value={message[language]}
                  onChange={(event) => setMessage({ ...message, [language]: event.target.value })}
                />
              )}
            </Field>
          </fieldset>
        ))}
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {t('dashboard.announce.send')}
        </button>
      </form>
      <p role="status">{sent}</p>
    </section>
  );
}
