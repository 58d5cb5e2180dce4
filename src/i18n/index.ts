// i18next set-up: French by default, the browser's preference honoured, the choice remembered.
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/themes';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGE_STORAGE_KEY = 'tfg.language';

export function createI18n(options: { detect?: boolean; lng?: Locale } = {}): I18n {
  const instance = i18next.createInstance();
  if (options.detect ?? true) instance.use(LanguageDetector);
  instance.use(initReactI18next);
  void instance.init({
    resources: { fr: { translation: fr }, en: { translation: en } },
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
