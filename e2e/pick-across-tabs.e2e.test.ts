// A new person, in a real browser against the stack `npm start` runs: signs up, switches
// language and back, filters the catalogue, picks an action, sees it in a second tab without
// reload, and still sees it after the stack is stopped (Ctrl-C, which saves) and started again.
// A visitor who never signed in on this browser does not download Firebase Auth.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CATALOGUE } from '../src/domain/catalogue';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import { PROJECT_ID } from '../scripts/emulator-env.mjs';
import { AppPage } from './support/app-page';
import { launchBrowser } from './support/browser';
import { NO_PERIODIC_EXPORT, startStack, type Stack } from './support/stack';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tfg-e2e-'));
let stack: Stack | null = null;
let browser: Browser;

// No periodic export during the test: what survives the restart is what Ctrl-C saved.
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(dataDir, NO_PERIODIC_EXPORT), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps a pick across tabs and across a restart of the stack', async () => {
  if (!stack) throw new Error('no stack');
  const email = `new-person-${Date.now()}@example.test`;
  const password = 'a-long-password';
  const context = await browser.newContext({ locale: 'fr-FR' });
  const app = new AppPage(await context.newPage(), stack.url);

  await app.open('/');
  await expect.poll(() => app.heading().textContent()).toBe(fr.catalogue.title);
  await app.signUp(email, password);

  await app.switchLanguage();
  await expect.poll(() => app.heading().textContent()).toBe(en.catalogue.title);
  expect(await app.page.locator('html').getAttribute('lang')).toBe('en');
  await app.switchLanguage();
  await expect.poll(() => app.heading().textContent()).toBe(fr.catalogue.title);

  await app.filterByTheme(fr.themes.accessibility);
  const expected = CATALOGUE.filter((action) => action.theme === 'accessibility');
  await expect.poll(() => app.cards().count()).toBe(expected.length);
  const themeTags = await app.cards().locator('.theme-tag').allTextContents();
  expect(new Set(themeTags)).toEqual(new Set([fr.themes.accessibility]));

  // A second tab of the same person, already open on their list.
  const secondTab = new AppPage(await context.newPage(), stack.url);
  await secondTab.open('/my-list');
  await secondTab.page.getByText(fr.myList.empty).waitFor();

  const chosen = expected[0];
  if (!chosen) throw new Error('no accessibility action');
  const card = app.card(chosen.title.fr);
  await card.getByRole('button', { name: new RegExp(fr.picks.add) }).click();
  await card.getByRole('button', { name: new RegExp(fr.picks.remove) }).waitFor();

  await secondTab.card(chosen.title.fr).waitFor();
  await context.close();

  // Another stack of the project on this machine (a test's, in a network of its own) deletes, as
  // it stops, the file where firebase-tools notes where its hub listens: the save must not need it.
  rmSync(path.join(os.tmpdir(), `hub-${PROJECT_ID}.json`), { force: true });
  await stack.stop();
  stack = null;
  stack = await startStack(dataDir, NO_PERIODIC_EXPORT);

  const freshContext = await browser.newContext({ locale: 'fr-FR' });
  const again = new AppPage(await freshContext.newPage(), stack.url);
  await again.open('/');
  await again.signIn(email, password);
  await again.goToMyList();
  await again.card(chosen.title.fr).waitFor();
  expect(await again.cards().count()).toBe(1);
  await freshContext.close();
});

/**
 * Opens the catalogue signed out in a new page of `context`, and tells whether it downloaded the
 * Firebase Auth SDK (the only script that names its service).
 */
async function visitSignedOut(context: BrowserContext): Promise<{ app: AppPage; auth: boolean }> {
  if (!stack) throw new Error('no stack');
  const app = new AppPage(await context.newPage(), stack.url);
  const bodies: Promise<string>[] = [];
  app.page.on('response', (response) => {
    if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
  });
  await app.open('/');
  await app.page.getByRole('link', { name: 'Se connecter' }).waitFor();
  await app.page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  return { app, auth: scripts.some((body) => body.includes('identitytoolkit.googleapis.com')) };
}

it('loads Firebase Auth only once this browser may hold a session, and follows it in every tab', async () => {
  if (!stack) throw new Error('no stack');
  const context = await browser.newContext({ locale: 'fr-FR' });
  const firstVisit = await visitSignedOut(context);
  expect(firstVisit.auth).toBe(false);

  // A second tab, signed out, follows the sign-in made in the first one without a reload.
  const secondTab = new AppPage(await context.newPage(), stack.url);
  await secondTab.open('/');
  await firstVisit.app.signUp(`auth-on-demand-${Date.now()}@example.test`, 'a-long-password');
  await secondTab.signedInMenu().waitFor();

  // A new page restores the session; once signed out, the next visit is light again.
  const returning = new AppPage(await context.newPage(), stack.url);
  await returning.open('/');
  await returning.signOut();
  await returning.page.getByRole('link', { name: 'Se connecter' }).waitFor();
  expect((await visitSignedOut(context)).auth).toBe(false);
  await context.close();
});
