import { useTranslation } from 'react-i18next';
import type { Locale } from '../domain/themes';
import { toLocale } from './index';

/** The current locale, for picking the right side of a domain `Localized` text. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}
