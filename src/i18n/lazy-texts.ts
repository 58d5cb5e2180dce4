// Texts that travel with the pages that use them rather than with the first visit. A page's text
// module imports its French file (so French is in that page's chunk) and calls useLazyTexts: the
// French texts join the app's before the page's first render; the English ones, their own chunk,
// join them once loaded (the page reads French for that instant, as every page does in English).
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocale } from './index';

type Texts = Record<string, unknown>;

/** Whether this language's own texts are there (not French standing in for them). */
const has = (i18n: I18n, language: string, probe: string) =>
  i18n.getResource(language, 'translation', probe) !== undefined;

/**
 * Adds a page's texts: `french` at once, English from `loadEnglish` when read in English. `probe`
 * is one of their keys, to know whether a language has them.
 */
export function useLazyTexts(french: Texts, loadEnglish: () => Promise<Texts>, probe: string) {
  const { i18n } = useTranslation();
  // Silently: adding them during this render must not re-render other components meanwhile.
  if (!has(i18n, 'fr', probe)) {
    i18n.addResourceBundle('fr', 'translation', french, true, false, { silent: true });
  }
  const language = toLocale(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    if (language !== 'en' || has(i18n, 'en', probe)) return;
    void loadEnglish().then((texts) => {
      i18n.addResourceBundle('en', 'translation', texts, true, false);
    });
  }, [i18n, language, loadEnglish, probe]);
}
