// The texts of mails and of the unsubscribe page, in the SPA's own translations (fr and en).
import i18next from 'i18next';
import type { Locale } from '../../../src/domain/themes';
import en from '../../../src/i18n/en.json';
import fr from '../../../src/i18n/fr.json';

const texts = i18next.createInstance();
void texts.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  fallbackLng: 'fr',
  initAsync: false,
  // The renderer escapes what goes into HTML itself; the plain-text part must stay as written.
  interpolation: { escapeValue: false },
});

/** The translator of one language, for mails and the unsubscribe page. */
export const textsIn = (locale: Locale) => texts.getFixedT(locale);
