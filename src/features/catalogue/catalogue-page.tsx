// The catalogue: every action, filtered by theme and modality and searched in the current
// language. Filters live in the address so a filtered view can be shared or bookmarked. The
// results come 24 at a time: a light first page, and less to go through by keyboard.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import { ActionCard } from '../../components/action-card';
import { CATALOGUE, filterCatalogue } from '../../domain/catalogue';
import { isModality, isThemeId, MODALITIES, THEME_IDS } from '../../domain/themes';
import { useLocale } from '../../i18n/use-locale';

/** How many results are shown at first, and added by "show more". */
export const CATALOGUE_PAGE_SIZE = 24;

export function CataloguePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const search = useSearch();
  const [, navigate] = useLocation();
  const ids = { search: useId(), hint: useId(), theme: useId(), modality: useId() };
  useDocumentTitle(t('catalogue.title'));

  const params = new URLSearchParams(search);
  const themeParam = params.get('theme') ?? '';
  const modalityParam = params.get('modality') ?? '';
  const query = params.get('q') ?? '';
  const theme = isThemeId(themeParam) ? themeParam : undefined;
  const modality = isModality(modalityParam) ? modalityParam : undefined;

  const results = useMemo(
    () => filterCatalogue(CATALOGUE, { theme, modality, query }, locale),
    [theme, modality, query, locale],
  );

  // How many results are shown, for the current filters (new filters start again at one page).
  const filtersKey = `${theme ?? ''}|${modality ?? ''}|${query}`;
  const [shown, setShown] = useState({ key: filtersKey, count: CATALOGUE_PAGE_SIZE, more: false });
  const count = shown.key === filtersKey ? shown.count : CATALOGUE_PAGE_SIZE;
  const visible = results.slice(0, count);
  const firstNew = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    // After "show more", the focus goes to the first new result, where reading goes on.
    if (shown.more) firstNew.current?.focus();
  }, [shown]);
  const showMore = () =>
    setShown({ key: filtersKey, count: count + CATALOGUE_PAGE_SIZE, more: true });

  const update = (key: 'theme' | 'modality' | 'q', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    const qs = next.toString();
    navigate(qs ? `/?${qs}` : '/', { replace: true });
  };

  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro', { count: CATALOGUE.length })}</p>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('catalogue.filters')}</legend>
          <div className="field">
            <label htmlFor={ids.search}>{t('catalogue.search')}</label>
            <input
              id={ids.search}
              type="search"
              enterKeyHint="search"
              value={query}
              aria-describedby={ids.hint}
              onChange={(event) => update('q', event.target.value)}
            />
            <small id={ids.hint}>{t('catalogue.searchHint')}</small>
          </div>
          <div className="field">
            <label htmlFor={ids.theme}>{t('catalogue.theme')}</label>
            <select
              id={ids.theme}
              value={theme ?? ''}
              onChange={(event) => update('theme', event.target.value)}
            >
              <option value="">{t('catalogue.all')}</option>
              {THEME_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`themes.${id}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.modality}>{t('catalogue.modality')}</label>
            <select
              id={ids.modality}
              value={modality ?? ''}
              onChange={(event) => update('modality', event.target.value)}
            >
              <option value="">{t('catalogue.allModalities')}</option>
              {MODALITIES.map((id) => (
                <option key={id} value={id}>
                  {t(`modalities.${id}`)}
                </option>
              ))}
            </select>
          </div>
          {search ? (
            <button type="button" className="link-button" onClick={() => navigate('/')}>
              {t('catalogue.clear')}
            </button>
          ) : null}
        </fieldset>
      </form>
      <h2 className="results-count" aria-live="polite">
        {t('catalogue.results', { count: results.length })}
      </h2>
      <ul className="action-list">
        {visible.map((action, index) => (
          <li
            key={action.id}
            {...(shown.more && index === count - CATALOGUE_PAGE_SIZE
              ? { ref: firstNew, tabIndex: -1 }
              : {})}
          >
            <ActionCard action={action} />
          </li>
        ))}
      </ul>
      {results.length > visible.length ? (
        <div className="show-more">
          <p>{t('catalogue.shown', { count: visible.length, total: results.length })}</p>
          <button type="button" className="secondary" onClick={showMore}>
            {t('catalogue.showMore', {
              count: Math.min(CATALOGUE_PAGE_SIZE, results.length - visible.length),
            })}
          </button>
        </div>
      ) : null}
    </>
  );
}
