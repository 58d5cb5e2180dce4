// Every season, newest first, with its state in words and the one step it may take next.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmButton } from '../../components/confirm-button';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { SEASON_STATE_RULES, nextState, type Season } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';
import { useAppStore, useAppStoreShallow } from '../../stores/store-context';

export function SeasonList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const seasons = useAppStoreShallow((state) =>
    [...state.live.seasons].sort((a, b) => b.startsAt - a.startsAt),
  );
  const currentSeasonId = useAppStore((state) => state.live.config?.currentSeasonId ?? null);
  const alert = useFormAlert();
  const { run, pending } = useCommand();

  const advance = async (season: Season, to: Season['state']) => {
    alert.clear();
    const result = await run('advanceSeason', { seasonId: season.id, to }, season.id);
    if (!result.ok) alert.show(commandFailureText(t, result), { focus: false });
  };

  const dates = (season: Season) => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: season.timeZone,
    });
    return t('admin.seasons.dates', {
      start: format.format(season.startsAt),
      end: format.format(season.endsAt),
      timeZone: season.timeZone,
    });
  };

  return (
    <section aria-labelledby="seasons-title">
      <h2 id="seasons-title">{t('admin.seasons.title')}</h2>
      <p>
        <Link href="/admin/seasons/new">{t('admin.seasons.new')}</Link>
      </p>
      <FormAlert alert={alert} />
      {seasons.length === 0 ? (
        <p>{t('admin.seasons.none')}</p>
      ) : (
        <ul className="card-list">
          {seasons.map((season) => {
            const to = nextState(season.state);
            return (
              <li key={season.id} className="card">
                <h3>{season.name}</h3>
                <p className="action-meta">
                  <span className="tag badge">{t(`seasonStates.${season.state}`)}</span>
                  {season.id === currentSeasonId ? (
                    <span className="tag">{t('admin.seasons.current')}</span>
                  ) : null}
                </p>
                <p>{dates(season)}</p>
                <p className="inline-actions">
                  {SEASON_STATE_RULES[season.state].editSettings ? (
                    <Link href={`/admin/seasons/${season.id}`}>
                      {t('admin.seasons.edit')}
                      <span className="visually-hidden"> {season.name}</span>
                    </Link>
                  ) : null}
                  {to ? (
                    <ConfirmButton
                      question={t(`admin.seasons.advanceQuestion.${to}`, { name: season.name })}
                      confirmLabel={t('admin.seasons.advanceConfirm')}
                      busy={pending === season.id}
                      onConfirm={() => void advance(season, to)}
                    >
                      {t(`admin.seasons.advance.${to}`)}
                      <span className="visually-hidden"> {season.name}</span>
                    </ConfirmButton>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
