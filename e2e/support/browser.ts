// Launches the machine's Chromium through playwright-core (never a downloaded browser), and
// records what its pages warn of.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from '../../scripts/chrome.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
}

/**
 * Records, timed, what the pages of `context` warn of: the console's warnings and errors, and
 * uncaught errors (a failing test prints them).
 */
export function recordWarnings(context: BrowserContext, record: (line: string) => void): void {
  const timed = (line: string) =>
    record(`${new Date().toISOString().slice(11, 23)} ${line.slice(0, 500)}`);
  context.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      timed(`${message.type()} ${message.page()?.url() ?? ''}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) =>
    timed(`uncaught ${error.page()?.url() ?? ''}: ${error.error().message}`),
  );
}
