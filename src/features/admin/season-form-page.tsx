// /admin/seasons/new and /admin/seasons/:id: the season form, for a new season or one whose
// state still lets its settings change.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { SEASON_STATE_RULES } from '../../domain/season';
import { useAppStore } from '../../stores/store-context';
import { OrganiserOnly } from '../../components/organiser-only';
import { SeasonForm } from './season-form';
import { emptySeasonValues, valuesFromSeason } from './season-form-model';
import { useSeasonFormTexts } from '../../i18n/season-form-texts';

export function SeasonFormPage({ id }: { id?: string }) {
  useSeasonFormTexts();
  return (
    <OrganiserOnly titleKey="admin.title" reservedKey="admin.reserved">
      {id ? <EditSeason id={id} /> : <NewSeason />}
    </OrganiserOnly>
  );
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function NewSeason() {
  const { t } = useTranslation();
  useDocumentTitle(t('seasonForm.newTitle'));
  return (
    <>
      <h1>{t('seasonForm.newTitle')}</h1>
      <SeasonForm seasonId={null} initial={emptySeasonValues(browserTimeZone())} />
    </>
  );
}

function EditSeason({ id }: { id: string }) {
  const { t } = useTranslation();
  const season = useAppStore((state) => state.live.seasons.find((entry) => entry.id === id));
  const anyLoaded = useAppStore((state) => state.live.seasons.length > 0);
  useDocumentTitle(
    season ? t('seasonForm.editTitle', { name: season.name }) : t('seasonForm.title'),
  );

  let body;
  if (!season) {
    body = anyLoaded ? <p>{t('seasonForm.notFound')}</p> : <p role="status">{t('loading')}</p>;
  } else if (!SEASON_STATE_RULES[season.state].editSettings) {
    body = <p>{t('seasonForm.locked', { state: t(`seasonStates.${season.state}`) })}</p>;
  } else {
    body = <SeasonForm key={season.id} seasonId={season.id} initial={valuesFromSeason(season)} />;
  }
  return (
    <>
      <h1>{season ? t('seasonForm.editTitle', { name: season.name }) : t('seasonForm.title')}</h1>
      {body}
      <p>
        <Link href="/admin">{t('seasonForm.back')}</Link>
      </p>
    </>
  );
}
