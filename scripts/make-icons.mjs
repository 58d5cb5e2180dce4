// Draws the app's install icons (PNG, every size the manifests and iOS ask for) from the one
// brand mark below, with the machine's Chromium. Run once after changing the mark:
//   node scripts/make-icons.mjs
// The PNGs are committed (public/icons/), so builds and installs never need a browser.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const BRAND = '#1f5f4a';
/** The check mark of the favicon, on a 32 × 32 grid. */
const MARK =
  '<path d="M9 17l5 5 9-12" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>';

/** `maskable`: a full-bleed square whose mark stays inside the 80 % safe circle. */
function svg(size, maskable) {
  const inner = maskable
    ? `<rect width="32" height="32" fill="${BRAND}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${MARK}</g>`
    : `<rect width="32" height="32" rx="6" fill="${BRAND}"/>${MARK}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${inner}</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-192.png', size: 192, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
  // iOS draws its own rounded corners on a full square.
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const out = path.resolve(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(icon.size, icon.maskable)}`,
    );
    await page.screenshot({ path: path.join(out, icon.file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
