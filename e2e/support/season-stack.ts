// One set-up for browser tests of a season in play: the stack the project shares (started once by
// e2e/support/shared-stack.ts, as `npm start` runs it), the machine's Chromium, and a world built
// through the callables; browser contexts opened through it are closed with the rest. What the
// pages warned of (the console's warnings and errors, uncaught errors) and what they showed are
// printed with a failure.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { buildWorld, type World } from '../../tests/support/world';
import { launchBrowser, recordWarnings } from './browser';

/** The password buildWorld gives every person. */
export const PASSWORD = 'a-long-password';

export interface SeasonStack {
  readonly stack: { readonly url: string };
  readonly browser: Browser;
  readonly world: World;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Each open page's address (of the contexts a test opened) and the start of its text, as short lines. */
async function shown(contexts: readonly BrowserContext[]): Promise<string[]> {
  const pages = contexts.flatMap((context) => context.pages());
  return Promise.all(
    pages.map(async (page) => {
      const text = await page
        .evaluate(() => document.body?.innerText ?? '')
        .catch((error: unknown) => `(unreadable: ${String(error)})`);
      return `${page.url()}: ${text.replace(/\s+/g, ' ').slice(0, 600)}`;
    }),
  );
}

/** Registers the hooks; the returned object is usable from the first test on. */
export function useSeasonStack(
  afterWorld: (world: World) => Promise<void> = async () => {},
  /** Settings of the world's season (buildWorld's overrides), e.g. its time zone. */
  seasonSettings: Record<string, unknown> = {},
): SeasonStack {
  const stack = { url: inject('stackUrl') };
  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  let world: World | undefined;
  /** The pages' warnings and errors during the current test. */
  const warnings: string[] = [];
  beforeEach(({ onTestFailed }) => {
    warnings.length = 0;
    const opened = contexts.length;
    onTestFailed(async () => {
      if (warnings.length > 0) {
        console.log(`What the pages warned of during this test:\n${warnings.join('\n')}`);
      }
      console.log(
        `What the pages showed when it failed:\n${(await shown(contexts.slice(opened))).join('\n')}`,
      );
    });
  });
  beforeAll(async () => {
    browser = await launchBrowser();
    world = await buildWorld(seasonSettings);
    await afterWorld(world);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await world?.close();
    await browser?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`The ${what} is not ready: use it inside a test.`);
    return value;
  };
  return {
    stack,
    get browser() {
      return ready(browser, 'browser');
    },
    get world() {
      return ready(world, 'world');
    },
    async newContext(options = { locale: 'fr-FR', timezoneId: 'Europe/Paris' }) {
      const context = await ready(browser, 'browser').newContext(options);
      contexts.push(context);
      recordWarnings(context, (line) => warnings.push(line));
      return context;
    },
  };
}
