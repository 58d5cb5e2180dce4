// i18next set-up: French by default, the browser's preference honoured, the choice remembered.
// French ships with the app; English is its own chunk, loaded when someone reads in English.
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/themes';
import fr from './fr.json';

/** Loads a language's texts when first needed (French is already there). */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load =
      toLocale(language) === 'en'
        ? import('./en.json').then((module) => module.default)
        : Promise.resolve(fr);
    load.then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

export const LANGUAGE_STORAGE_KEY = 'tfg.language';

export function createI18n(options: { detect?: boolean; lng?: Locale } = {}): I18n {
  const instance = i18next.createInstance();
  if (options.detect ?? true) instance.use(LanguageDetector);
  instance.use(lazyLanguages);
  instance.use(initReactI18next);
  void instance.init({
    resources: { fr: { translation: fr } },
    partialBundledLanguages: true,
    // Pages render in French for the instant English takes to arrive, rather than suspending.
    react: { useSuspense: false, bindI18nStore: 'added' },
    ...(options.lng ? { lng: options.lng } : {}),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    initAsync: false,
  });
  const syncDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLocale(lng);
  };
  syncDocument(instance.language);
  instance.on('languageChanged', syncDocument);
  return instance;
}

/** The supported locale closest to an i18next language tag ("en-GB" -> "en"). */
export function toLocale(language: string | undefined): Locale {
  const base = (language ?? '').slice(0, 2);
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}

/** Resolves once the texts of the language in use are loaded (at once for French). */
export function languageReady(instance: I18n): Promise<void> {
  const language = toLocale(instance.resolvedLanguage ?? instance.language);
  if (instance.hasResourceBundle(language, 'translation')) return Promise.resolve();
  return instance.loadLanguages(language).then(() => undefined);
}
