// The six themes and three modalities every action belongs to, with their labels.

export const THEME_IDS = [
  'sobriety',
  'citizenship',
  'respect',
  'accessibility',
  'diversity',
  'engagement',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const MODALITIES = ['understand', 'act', 'share'] as const;
export type Modality = (typeof MODALITIES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A text written in every supported language. */
export type Localized<T = string> = Record<Locale, T>;

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}

export function isModality(value: string): value is Modality {
  return (MODALITIES as readonly string[]).includes(value);
}
