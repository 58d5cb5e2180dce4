// One set-up for browser tests of a season in play: the stack `npm start` runs (on a data folder
// of the test's), the machine's Chromium, and a world built through the callables; browser
// contexts opened through it are closed with the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWorld, type World } from '../../tests/support/world';
import { launchBrowser } from './browser';
import { startStack, type Stack } from './stack';

/** The password buildWorld gives every person. */
export const PASSWORD = 'a-long-password';

export interface SeasonStack {
  readonly stack: Stack;
  readonly browser: Browser;
  readonly world: World;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Registers the hooks; the returned object is usable from the first test on. */
export function useSeasonStack(
  name: string,
  afterWorld: (world: World) => Promise<void> = async () => {},
  /** Settings of the world's season (buildWorld's overrides), e.g. its time zone. */
  seasonSettings: Record<string, unknown> = {},
): SeasonStack {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `tfg-e2e-${name}-`));
  const contexts: BrowserContext[] = [];
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(dataDir), launchBrowser()]);
    world = await buildWorld(seasonSettings);
    await afterWorld(world);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await world?.close();
    await browser?.close();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`The ${what} is not ready: use it inside a test.`);
    return value;
  };
  return {
    get stack() {
      return ready(stack, 'stack');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get world() {
      return ready(world, 'world');
    },
    async newContext(options = { locale: 'fr-FR', timezoneId: 'Europe/Paris' }) {
      const context = await ready(browser, 'browser').newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
