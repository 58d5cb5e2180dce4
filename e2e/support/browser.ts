// Launches the machine's Chromium through playwright-core (never a downloaded browser).
import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from '../../scripts/chrome.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
}
