// Where each language's web app manifest is served (built by vite.config.ts from web-manifest.ts).
import type { Locale } from '../domain/themes';

export const manifestPath = (locale: Locale) => `/manifest.${locale}.webmanifest`;

/** Points the page's manifest link at the language being read, for an install in that language. */
export function linkManifest(locale: Locale): void {
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestPath(locale));
}
