// The game in four browsers against the stack `npm start` runs: two employees of two teams
// submit (a text and a photo, compressed by the real browser); the organiser approves one and
// rejects the other with a reason; the approved team's captain, on the leaderboard, sees it
// change without a reload; the rejected employee reads the reason, fixes the proof and resubmits.
import { expect, it } from 'vitest';
import fr from '../src/i18n/fr.json';
import { AppPage } from './support/app-page';
import { PASSWORD, useSeasonStack } from './support/season-stack';
import { gradientPng } from './support/png';
import { catalogueAction } from '../tests/support/catalogue';

const season = useSeasonStack();

/** Anything the Content-Security-Policy blocked, in any page of the test. */
const blocked: string[] = [];

/** A real PNG: the browser decodes, resizes and re-encodes it before sending. */
const PNG = gradientPng(640, 480);

const textAction = catalogueAction({ proof: 'text' });
const photoAction = catalogueAction({ proof: 'photo' });

async function signedIn(email: string | undefined): Promise<AppPage> {
  const context = await season.newContext();
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const app = new AppPage(page, season.stack.url);
  await app.open('/');
  await app.signIn(email ?? '', PASSWORD);
  return app;
}

it('submits, reviews, moves the leaderboard live, and lets a rejected proof be fixed', async () => {
  const [captain, member, otherCaptain, organiser] = await Promise.all([
    signedIn(season.world.people.captain.email),
    signedIn(season.world.people.member.email),
    signedIn(season.world.people.otherCaptain.email),
    signedIn(season.world.people.organiser.email),
  ]);

  // The captain of team one watches the leaderboard: both teams at 0.
  await captain.goTo(fr.leaderboard.nav);
  const teamOneRow = captain.page.getByRole('row', { name: /Team one/ });
  await expect.poll(() => teamOneRow.textContent()).toContain(fr.leaderboard.table.yourTeam);
  // Rank, team, company, total, average, participation.
  const totalOf = async () => (await teamOneRow.locator('th, td').allInnerTexts())[3]?.trim();
  await expect.poll(totalOf).toBe('0');

  // A member of team one logs a text action; the captain of team two a photo action.
  await member.open(`/actions/${textAction.id}`);
  await member.page.getByLabel(fr.submit.text).fill('J’ai trié mes courriels et vidé le cloud.');
  await member.page.getByRole('button', { name: fr.submit.submit }).click();
  await member.page.getByText(fr.submit.sentPending).waitFor();

  await otherCaptain.open(`/actions/${photoAction.id}`);
  await otherCaptain.page.getByLabel(fr.submit.photo, { exact: true }).setInputFiles({
    name: 'preuve.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await otherCaptain.page.getByText(/Photo prête/).waitFor();
  await otherCaptain.page.getByRole('button', { name: fr.submit.submit }).click();
  await otherCaptain.page.getByText(fr.submit.sentPending).waitFor();

  // The organiser approves the text and rejects the photo with a reason.
  await organiser.goTo(fr.review.nav);
  const queue = organiser.page.getByRole('region', { name: fr.review.queue.title });
  const card = (title: string) =>
    queue.getByRole('listitem').filter({
      has: organiser.page.getByRole('heading', { name: title }),
    });
  await card(textAction.title.fr).getByRole('button', { name: fr.review.queue.approve }).click();
  await card(textAction.title.fr).waitFor({ state: 'detached' });
  const photoCard = card(photoAction.title.fr);
  await photoCard.getByRole('button', { name: fr.review.queue.reject }).click();
  const reason = 'La photo ne montre pas l’action : montrez le résultat.';
  await photoCard.getByRole('textbox').fill(reason);
  await photoCard.getByRole('button', { name: fr.review.queue.rejectSubmit }).click();
  await photoCard.waitFor({ state: 'detached' });

  // The captain sees team one's points arrive without reloading.
  await expect.poll(totalOf, { timeout: 30_000 }).toBe(String(textAction.points));
  await expect.poll(() => captain.page.getByRole('row').nth(1).textContent()).toContain('Team one');

  // The rejected captain of team two reads the reason, fixes the proof and sends it again.
  await otherCaptain.goTo(fr.progress.nav);
  await otherCaptain.page.getByText(reason).waitFor();
  await otherCaptain.page.getByText(fr.progress.statuses.rejected).waitFor();
  await otherCaptain.page.getByRole('button', { name: fr.progress.fix }).click();
  await otherCaptain.page.getByLabel(fr.submit.photo, { exact: true }).setInputFiles({
    name: 'nouvelle-preuve.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await otherCaptain.page.getByText(/Photo prête/).waitFor();
  await otherCaptain.page.getByRole('button', { name: fr.progress.resubmit, exact: true }).click();
  await otherCaptain.page.getByText(fr.progress.resubmitted).waitFor();
  await otherCaptain.page.getByText(fr.progress.statuses.pending).first().waitFor();

  // Back in the organiser's queue, live: the fixed submission waits again.
  await card(photoAction.title.fr).waitFor();

  // The whole game ran under the hosting's Content-Security-Policy without a blocked request.
  expect(blocked).toEqual([]);
});

it('serves the app with security headers, and caches only hashed assets', async () => {
  const page = await fetch(new URL('/leaderboard', season.stack.url));
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(page.headers.get('cache-control')).toBe('no-cache');
  const html = await page.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const script = await fetch(new URL(asset ?? '/', season.stack.url));
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});
