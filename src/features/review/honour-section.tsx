// The honour system: for each action of the season, whether its submissions are approved at once
// (and sampled in the audit) instead of waiting in the queue.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, useFormAlert } from '../../components/form-alert';
import { commandFailureText, useCommand } from '../../components/use-command';
import { useLiveDocument } from '../../components/use-live';
import { GAME_PATHS } from '../../domain/game';
import { actionsOfSeason, groupByTheme } from '../../domain/review-queue';
import type { Season } from '../../domain/season';
import { useLocale } from '../../i18n/use-locale';
import { Folded } from '../../components/folded';

const onIdsOf = (data: Readonly<Record<string, unknown>>): ReadonlySet<string> => {
  const ids = (data.actionIds ?? {}) as Readonly<Record<string, unknown>>;
  return new Set(Object.keys(ids).filter((id) => ids[id] === true));
};

const NONE: ReadonlySet<string> = new Set();

export function HonourSection({ season }: { season: Season }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const settings = useLiveDocument(GAME_PATHS.autoApproval(season.id), (document) =>
    onIdsOf(document.data),
  );
  const [status, setStatus] = useState('');
  const alert = useFormAlert();
  const { run, pending } = useCommand();
  const on: ReadonlySet<string> =
    settings.status === 'ready' && settings.data ? settings.data : NONE;
  const groups = groupByTheme(actionsOfSeason(season));

  const toggle = async (actionId: string, title: string, next: boolean) => {
    setStatus('');
    alert.clear();
    const result = await run(
      'setAutoApproval',
      { seasonId: season.id, actionId, on: next },
      `auto:${actionId}`,
    );
    if (!result.ok) {
      alert.show(commandFailureText(t, result), { focus: false });
      return;
    }
    setStatus(t(next ? 'review.honour.turnedOn' : 'review.honour.turnedOff', { action: title }));
  };

  return (
    <section aria-labelledby="honour-title">
      <h2 id="honour-title">{t('review.honour.title')}</h2>
      <p>{t('review.honour.intro')}</p>
      {settings.status === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {settings.status === 'error' ? <p>{t('review.loadError')}</p> : null}
      <p aria-live="polite">{t('review.honour.count', { count: on.size })}</p>
      <FormAlert alert={alert} />
      <p role="status">{status}</p>
      {groups.map((group) => (
        // One theme at a time: a season has a hundred actions, folded (and not built) until wanted.
        <Folded
          key={group.theme}
          summary={t('review.honour.summary', {
            theme: t(`themes.${group.theme}`),
            count: group.actions.filter((action) => on.has(action.id)).length,
          })}
        >
          {() => (
            <fieldset className="group">
              <legend className="visually-hidden">{t(`themes.${group.theme}`)}</legend>
              {group.actions.map((action) => {
                const title = action.title[locale];
                const busy = pending === `auto:${action.id}`;
                const id = `honour-${action.id}`;
                return (
                  <div key={action.id} className="check">
                    <input
                      id={id}
                      type="checkbox"
                      checked={on.has(action.id)}
                      disabled={settings.status !== 'ready'}
                      aria-busy={busy || undefined}
                      aria-describedby={`${id}-points`}
                      onChange={(event) => {
                        if (!busy) void toggle(action.id, title, event.target.checked);
                      }}
                    />
                    <label htmlFor={id}>{title}</label>
                    <small id={`${id}-points`}>
                      {t('catalogue.points', { count: action.points })}
                      {busy ? ` · ${t('form.working')}` : ''}
                    </small>
                  </div>
                );
              })}
            </fieldset>
          )}
        </Folded>
      ))}
    </section>
  );
}
