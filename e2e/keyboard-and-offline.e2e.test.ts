// The main flows with the keyboard alone (sign in, join a team by its invite link, submit,
// review, read the leaderboard), the focus visible at every stop; no motion for people who ask
// for less; and a lost connection said plainly, a submission made meanwhile kept on the device
// and sent once back.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { CATALOGUE } from '../src/domain/catalogue';
import fr from '../src/i18n/fr.json';
import { adminDb } from '../tests/support/game';
import { AppPage } from './support/app-page';
import { tabTo, type Focused } from './support/keyboard';
import { PASSWORD, useSeasonStack } from './support/season-stack';

const season = useSeasonStack();

const individual = CATALOGUE.filter(
  (action) => action.proof === 'text' && action.scope === 'individual',
);
const [keyboardAction, offlineAction] = individual;

async function open(pathname: string, options = {}): Promise<AppPage> {
  const context = await season.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...options,
  });
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open(pathname);
  return app;
}

/** Signs in with the keyboard alone, from the page's top. */
async function signInByKeyboard(page: Page, email: string, stops: Focused[]) {
  await tabTo(page, fr.nav.signIn, stops);
  await page.keyboard.press('Enter');
  await tabTo(page, /Adresse e-mail/, stops);
  await page.keyboard.type(email);
  await tabTo(page, /Mot de passe/, stops);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: fr.nav.more, exact: true }).waitFor();
}

it('joins a team, submits, reviews and reads the leaderboard with the keyboard alone', async () => {
  if (!keyboardAction) throw new Error('The catalogue lacks an individual text action');
  const stops: Focused[] = [];
  const { employee, organiser } = season.world.people;

  // The employee follows an invite link, signs in and joins, never touching the mouse.
  const person = await open(`/join/${season.world.code}`);
  await person.page.keyboard.press('Tab');
  expect((await person.page.evaluate(() => document.activeElement?.textContent))?.trim()).toBe(
    fr.app.skipToContent,
  );
  await signInByKeyboard(person.page, employee.email ?? '', stops);
  await person.open(`/join/${season.world.code}`);
  // The page says where the code leads before the button is offered.
  await person.page.getByText(/Vous allez rejoindre l’équipe « Team one »/).waitFor();
  await tabTo(person.page, fr.join.submit, stops);
  await person.page.keyboard.press('Enter');
  await person.page.waitForURL(/\/team$/);
  await person.page.getByText('Team one').first().waitFor();

  // The same person submits an action.
  await person.open(`/actions/${keyboardAction.id}`);
  await tabTo(person.page, fr.submit.text, stops);
  await person.page.keyboard.type('Je n’imprime plus mes billets de train.');
  await tabTo(person.page, fr.submit.submit, stops);
  await person.page.keyboard.press('Enter');
  await person.page.getByText(fr.submit.sentPending).waitFor();

  // The organiser approves it from the queue.
  const reviewer = await open('/');
  await signInByKeyboard(reviewer.page, organiser.email ?? '', stops);
  await reviewer.open('/admin/review');
  await reviewer.page.getByRole('heading', { name: keyboardAction.title.fr }).first().waitFor();
  // Its name carries the action's title after the verb.
  await tabTo(reviewer.page, new RegExp(`^${fr.review.queue.approve}\\s+«`), stops);
  await reviewer.page.keyboard.press('Enter');
  await reviewer.page.getByText(fr.review.queue.empty).waitFor();

  // The employee reads the leaderboard, reached through the navigation.
  await person.open('/');
  await person.signedInMenu().waitFor();
  await tabTo(person.page, fr.leaderboard.nav, stops);
  await person.page.keyboard.press('Enter');
  const row = person.page.getByRole('row', { name: /Team one/ });
  await expect.poll(() => row.textContent()).toContain(String(keyboardAction.points));

  const hidden = stops.filter((stop) => stop.tag !== 'body' && !stop.visible);
  expect(hidden).toEqual([]);
  expect(stops.length).toBeGreaterThan(10);
});

it('moves nothing for people who ask for reduced motion', async () => {
  const app = await open('/', { reducedMotion: 'reduce' });
  for (const pathname of ['/', '/leaderboard', '/events']) {
    await app.open(pathname);
    const moving = await app.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('*')).flatMap((element) => {
        const style = getComputedStyle(element);
        const seconds = (value: string) =>
          Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
        const moves =
          (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) ||
          seconds(style.transitionDuration) > 0.01;
        return moves ? [element.tagName + '.' + element.className] : [];
      }),
    );
    expect(moving, pathname).toEqual([]);
  }
});

it('says when the connection is lost, keeps a submission on the device, and sends it once back', async () => {
  if (!offlineAction) throw new Error('The catalogue lacks a second individual text action');
  const app = await open('/');
  const { member } = season.world.people;
  await app.signIn(member.email ?? '', PASSWORD);
  await app.open(`/actions/${offlineAction.id}`);
  const text = 'J’ai débranché la box pendant les vacances.';
  const banner = app.page.locator('.connection-status');
  await app.page.getByLabel(fr.submit.text).waitFor();

  await app.page.context().setOffline(true);
  await expect.poll(() => banner.textContent()).toBe(fr.connection.offline);
  await app.page.getByLabel(fr.submit.text).fill(text);
  await app.page.getByRole('button', { name: fr.submit.submit }).click();
  await app.page.getByText(fr.submit.sentKept, { exact: false }).waitFor();
  const waiting = app.page.getByRole('region', { name: fr.outbox.title });
  await waiting.getByText(offlineAction.title.fr).waitFor();

  await app.page.context().setOffline(false);
  await expect.poll(() => banner.textContent()).toBe(fr.connection.back);
  await waiting.waitFor({ state: 'detached', timeout: 60_000 });
  await app.page.getByText(fr.outbox.delivered_one).waitFor();

  const stored = await (
    await adminDb()
  )
    .collection('submissions')
    .where('uid', '==', member.uid)
    .where('actionId', '==', offlineAction.id)
    .get();
  expect(stored.size).toBe(1);
  expect(stored.docs[0]?.get('proof')).toMatchObject({ kind: 'text', text });
});
