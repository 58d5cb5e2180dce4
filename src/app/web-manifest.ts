// The web app manifests, one per language (the app's name and description are translated), built
// at build time from the texts the app itself shows. index.html links the French one; the app
// points the link at the English one when someone reads in English.
import type { Locale } from '../domain/themes';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';

/** The brand colour of the header, and the paper colour of every page. */
export const THEME_COLOR = '#1f5f4a';
export const BACKGROUND_COLOR = '#fbfaf7';

const TEXTS = { fr, en } as const;

export function webManifest(locale: Locale) {
  const texts = TEXTS[locale].app;
  return {
    id: '/',
    lang: locale,
    dir: 'ltr',
    name: texts.name,
    short_name: texts.shortName,
    description: texts.tagline,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['productivity', 'education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: TEXTS[locale].progress.nav, url: '/progress' },
      { name: TEXTS[locale].leaderboard.nav, url: '/leaderboard' },
    ],
  };
}
