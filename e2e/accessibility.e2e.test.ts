// An axe-core scan (WCAG 2.1 A and AA rules) of every page, its folds open, in French and in
// English, signed out, as a member, a captain and an organiser, with a season in play and its
// survey open: no violation anywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedSubmission, TEXT_ACTION } from '../tests/support/game';
import { AppPage } from './support/app-page';
import { PASSWORD, useSeasonStack } from './support/season-stack';

const season = useSeasonStack('a11y', async (world) => {
  const mine = {
    seasonId: season.world.seasonId,
    teamId: world.teamId,
    uid: season.world.people.member.uid,
  };
  await seedSubmission({ ...mine, status: 'approved' });
  await seedSubmission({ ...mine, status: 'pending' });
  await seedSubmission({ ...mine, status: 'rejected' });
  // The end-of-season survey open, so its form and its notice are scanned too.
  await world.people.organiser.call('setSurvey', { seasonId: world.seasonId, open: true });
});

async function visitor(language: 'fr' | 'en', email?: string): Promise<AppPage> {
  const context = await season.newContext({
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'Europe/Paris',
  });
  // The language a person chose last time, as the app remembers it.
  await context.addInitScript((chosen) => {
    window.localStorage.setItem('tfg.language', chosen);
  }, language);
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open('/');
  if (email) {
    const signIn = language === 'fr' ? 'Se connecter' : 'Sign in';
    await app.page.getByRole('link', { name: signIn, exact: true }).first().click();
    await app.page.getByLabel(/Adresse e-mail|Email address/).fill(email);
    await app.page.getByLabel(/Mot de passe|Password/).fill(PASSWORD);
    await app.page.getByRole('button', { name: signIn, exact: true }).click();
    await app.signedInMenu().waitFor();
  }
  return app;
}

/** Lets loading states give way to the data they wait for. */
async function loaded(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /Chargement|Loading/ })
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** The violations of one page, its folds open, once its listeners have delivered, as short lines. */
async function scan(
  page: Page,
  url: string,
  baseUrl: string,
  plant?: () => void,
): Promise<string[]> {
  await page.goto(new URL(url, baseUrl).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await loaded(page);
  // Folded content is built when opened: every fold opened, so its content is scanned too.
  await page.evaluate(() => {
    document.querySelectorAll('details').forEach((fold) => {
      fold.open = true;
    });
  });
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('details')).every((fold) => fold.children.length > 1),
  );
  await loaded(page);
  if (plant) await page.evaluate(plant);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${url}: ${violation.id} (${violation.impact}) ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

const PUBLIC_PAGES = ['/', `/actions/${TEXT_ACTION.id}`, '/sign-in', '/sign-up', '/nowhere'];
const MEMBER_PAGES = [
  '/',
  `/actions/${TEXT_ACTION.id}`,
  '/my-list',
  '/team',
  '/progress',
  '/leaderboard',
  '/profile',
  '/events',
  '/survey',
  '/report',
];
const ORGANISER_PAGES = [
  '/admin',
  '/admin/seasons/new',
  '/admin/review',
  '/admin/events',
  '/admin/events/new',
  '/admin/dashboard',
  '/report',
  '/leaderboard',
];

it.each(['fr', 'en'] as const)(
  'finds no accessibility violation on any page (%s)',
  async (language) => {
    const violations: string[] = [];
    const signedOut = await visitor(language);
    for (const url of PUBLIC_PAGES)
      violations.push(...(await scan(signedOut.page, url, season.stack.url)));
    const member = await visitor(language, season.world.people.member.email);
    for (const url of MEMBER_PAGES)
      violations.push(...(await scan(member.page, url, season.stack.url)));
    const captain = await visitor(language, season.world.people.captain.email);
    violations.push(...(await scan(captain.page, '/team', season.stack.url)));
    const organiser = await visitor(language, season.world.people.organiser.email);
    for (const url of ORGANISER_PAGES) {
      violations.push(...(await scan(organiser.page, url, season.stack.url)));
    }
    expect(violations).toEqual([]);
  },
);

it('reports a violation planted in a page, so a clean scan means something', async () => {
  const signedOut = await visitor('fr');
  const violations = await scan(signedOut.page, '/', season.stack.url, () => {
    const image = document.createElement('img');
    image.src = '/missing.png';
    document.querySelector('main')?.append(image);
  });
  expect(violations.some((line) => line.includes('image-alt'))).toBe(true);
});
