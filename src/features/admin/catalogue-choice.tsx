// Which catalogue actions count in a season: all of them, or those ticked, theme by theme.
import { useTranslation } from 'react-i18next';
import { CATALOGUE } from '../../domain/catalogue';
import { THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';

export interface CatalogueChoiceProps {
  all: boolean;
  selected: readonly string[];
  error: string | undefined;
  onAllChange: (all: boolean) => void;
  onSelectedChange: (selected: string[]) => void;
}

export function CatalogueChoice({
  all,
  selected,
  error,
  onAllChange,
  onSelectedChange,
}: CatalogueChoiceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Kept in catalogue order, so saving twice gives the same list.
    onSelectedChange(CATALOGUE.map((action) => action.id).filter((actionId) => next.has(actionId)));
  };

  return (
    <fieldset className="group" aria-describedby={error ? 'catalogue-choice-error' : undefined}>
      <legend>{t('seasonForm.actions.legend')}</legend>
      <div className="check">
        <input
          id="catalogue-all"
          type="checkbox"
          checked={all}
          onChange={(event) => onAllChange(event.target.checked)}
        />
        <label htmlFor="catalogue-all">{t('seasonForm.actions.all')}</label>
      </div>
      {error ? (
        <p id="catalogue-choice-error" className="field-error">
          {error}
        </p>
      ) : null}
      {all ? null : (
        <>
          <p className="muted">
            {t('seasonForm.actions.chosen', { count: selected.length, total: CATALOGUE.length })}
          </p>
          <div className="theme-choices">
            {THEME_IDS.map((theme) => (
              <fieldset key={theme} className={`group theme-${theme}`}>
                <legend>{t(`themes.${theme}`)}</legend>
                <ul className="plain-list">
                  {CATALOGUE.filter((action) => action.theme === theme).map((action) => (
                    <li key={action.id} className="check">
                      <input
                        id={`catalogue-${action.id}`}
                        type="checkbox"
                        checked={chosen.has(action.id)}
                        onChange={(event) => toggle(action.id, event.target.checked)}
                      />
                      <label htmlFor={`catalogue-${action.id}`}>{action.title[locale]}</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
