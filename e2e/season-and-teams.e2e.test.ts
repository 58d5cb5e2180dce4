// Four people in four browsers against the stack `npm start` runs, emptied: the organiser (first
// account) creates and opens a season; an employee, already on her team page, sees it open, creates
// a team and copies its invite link; a second employee joins through it in another browser; the
// captain hands over the captaincy. Each step reaches the others without a reload.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import fr from '../src/i18n/fr.json';
import frSeasonForm from '../src/i18n/season-form.fr.json';
import frAccount from '../src/i18n/account.fr.json';
import { AppPage } from './support/app-page';
import { launchBrowser } from './support/browser';
import { useEmptyStack } from './support/empty-stack';

const PASSWORD = 'a-long-password';
const stack = useEmptyStack();
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function person(email: string): Promise<AppPage> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'UTC' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
  contexts.push(context);
  const app = new AppPage(await context.newPage(), stack.url);
  await app.open('/');
  await app.signUp(email, PASSWORD);
  return app;
}

/** A datetime-local value, in UTC (the form's default time zone here), hours from now. */
function localInput(hoursFromNow: number): string {
  return new Date(Date.now() + hoursFromNow * 3_600_000).toISOString().slice(0, 16);
}

it('forms a team by invite link and hands the captaincy over, live for everyone', async () => {
  const stamp = Date.now();
  const organiser = await person(`organiser-${stamp}@example.test`);
  await organiser.page.getByRole('button', { name: fr.bootstrap.claim }).click();
  await organiser.goTo(fr.nav.admin);

  // Alice waits on her team page while the season is still being prepared.
  const alice = await person(`alice-${stamp}@example.test`);
  await alice.goTo(fr.nav.team);
  await alice.page.getByText(fr.team.noSeason).waitFor();

  // The organiser creates the season, adds a company and opens the season.
  await organiser.page.getByRole('link', { name: fr.admin.seasons.new }).click();
  await organiser.page
    .getByLabel(frSeasonForm.seasonForm.name)
    .fill('Printemps numérique responsable');
  await organiser.page
    .getByLabel(frSeasonForm.seasonForm.startsAt, { exact: true })
    .fill(localInput(-1));
  await organiser.page
    .getByLabel(frSeasonForm.seasonForm.endsAt, { exact: true })
    .fill(localInput(24 * 28));
  await organiser.page.getByRole('button', { name: /Créer la saison/ }).click();
  await organiser.page.getByRole('heading', { level: 1, name: fr.admin.title }).waitFor();
  await organiser.page.getByLabel(fr.admin.companies.name).fill('Acme Solidaire');
  await organiser.page.getByRole('button', { name: fr.admin.companies.submit }).click();
  await organiser.page.getByText('Acme Solidaire', { exact: true }).waitFor();
  await organiser.page.getByRole('button', { name: fr.admin.seasons.advance.open }).click();
  await organiser.page.getByRole('button', { name: fr.admin.seasons.advanceConfirm }).click();

  // Alice sees the season open without reloading, and creates her team.
  await alice.page.getByRole('heading', { name: fr.team.create.title }).waitFor();
  await alice.page.getByLabel(fr.team.create.company).selectOption({ label: 'Acme Solidaire' });
  await alice.page.getByLabel(fr.team.create.name).fill('Les Colibris');
  await alice.page.getByRole('button', { name: fr.team.create.submit }).click();
  await alice.page.getByRole('heading', { name: fr.team.invite.title }).waitFor();
  await alice.page.getByRole('button', { name: fr.team.invite.copyLink }).click();
  await alice.page.getByText(fr.copy.copied).first().waitFor();
  const link = await alice.page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${stack.url}/join/[A-Z2-9]{8}$`));

  // Bob, in another browser, follows the link, creates his account on the way, and joins.
  const bobContext = await browser.newContext({ locale: 'fr-FR' });
  contexts.push(bobContext);
  const bob = new AppPage(await bobContext.newPage(), stack.url);
  await bob.page.goto(link);
  await bob.page.getByRole('heading', { level: 1, name: fr.join.title }).waitFor();
  await bob.page.getByRole('link', { name: fr.join.signUp }).click();
  await bob.page.getByLabel(frAccount.auth.email).fill(`bob-${stamp}@example.test`);
  await bob.page.getByLabel(frAccount.auth.password).fill(PASSWORD);
  await bob.page.getByRole('button', { name: frAccount.auth.submitSignUp }).click();
  await bob.page.getByRole('button', { name: fr.join.submit }).click();
  await bob.page.getByRole('heading', { level: 1, name: fr.team.title }).waitFor();
  await bob.page.getByText('Les Colibris').first().waitFor();

  // Alice's page shows Bob arrive, under his pseudonym, never his email.
  const aliceMembers = alice.page.locator('.member-list li');
  await expect.poll(() => aliceMembers.count()).toBe(2);
  expect(await alice.page.locator('.member-list').textContent()).not.toContain('@');
  const bobRow = aliceMembers.filter({ hasNot: alice.page.getByText(fr.team.members.you) });
  const bobName = (await bobRow.locator('.member-name').textContent()) ?? '';
  expect(bobName).toMatch(/^\S+ \d{2}$/);

  // The organiser's admin page counted nothing by hand: the team exists for everyone.
  // Alice hands the captaincy to Bob.
  await bobRow.getByRole('button', { name: new RegExp(fr.team.members.handOver) }).click();
  await alice.page.getByRole('button', { name: fr.team.members.handOverConfirm }).click();

  // Bob becomes captain and gets the captain's tools; Alice loses them. No reload anywhere.
  const bobMe = bob.page.locator('.member-list li').filter({ hasText: fr.team.members.you });
  await bobMe.getByText(fr.team.members.captain, { exact: true }).waitFor();
  await bob.page.getByRole('button', { name: new RegExp(fr.team.members.handOver) }).waitFor();
  await expect
    .poll(() =>
      alice.page.getByRole('button', { name: new RegExp(fr.team.members.handOver) }).count(),
    )
    .toBe(0);
  const aliceMe = alice.page.locator('.member-list li').filter({ hasText: fr.team.members.you });
  expect(await aliceMe.getByText(fr.team.members.captain, { exact: true }).count()).toBe(0);
});
