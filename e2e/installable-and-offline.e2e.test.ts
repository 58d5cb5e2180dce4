// The app on a phone with a weak connection: it meets the browser's install criteria (manifest,
// icons, service worker), opens the catalogue and My progress with no connection after one visit,
// and a submission made offline, with a photo, waits on the device and is sent once, and only
// once, when the connection is back.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import { adminDb, seedSubmission } from '../tests/support/game';
import { AppPage } from './support/app-page';
import { gradientPng } from './support/png';
import { PASSWORD, useSeasonStack } from './support/season-stack';
import { catalogueAction } from '../tests/support/catalogue';

const PHONE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
  timezoneId: 'Europe/Paris',
};

const photoAction = catalogueAction({ proof: 'photo' });

const season = useSeasonStack(async (world) => {
  await seedSubmission({
    seasonId: world.seasonId,
    teamId: world.teamId,
    uid: world.people.member.uid,
    status: 'approved',
  });
});

/** Waits until a service worker controls the page, as it does from the first visit on. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

async function signedInPhone(): Promise<AppPage> {
  const context = await season.newContext(PHONE);
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open('/');
  await app.signIn(season.world.people.member.email ?? '', PASSWORD);
  return app;
}

it('meets the install criteria: a manifest in each language with its icons, and a service worker', async () => {
  const context = await season.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(season.stack.url);
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Every test context is a private window, which Chromium never installs from: the only
  // error allowed is that one.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
  expect(manifest.url).toMatch(/\/manifest\.fr\.webmanifest$/);
  expect(manifest.errors).toEqual([]);

  for (const [locale, texts] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    const response = await fetch(new URL(`/manifest.${locale}.webmanifest`, season.stack.url));
    const parsed = (await response.json()) as {
      name: string;
      lang: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(parsed).toMatchObject({ name: texts.app.name, lang: locale });
    for (const icon of parsed.icons) {
      const image = await fetch(new URL(icon.src, season.stack.url));
      expect(image.status, icon.src).toBe(200);
    }
    expect(parsed.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
  }

  // Reading in English points the page at the English manifest.
  await page.getByRole('button', { name: fr.language.switchToLabel }).click();
  await expect
    .poll(() => page.locator('link[rel="manifest"]').getAttribute('href'))
    .toBe('/manifest.en.webmanifest');

  // The service worker is never cached by the browser, and the CSP lets it run.
  const worker = await fetch(new URL('/sw.js', season.stack.url));
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  const csp = (await fetch(season.stack.url)).headers.get('content-security-policy') ?? '';
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
});

it('opens the catalogue and My progress with no connection once visited, from the device', async () => {
  const app = await signedInPhone();
  await controlled(app.page);
  await app.open('/progress');
  const approved = app.page.getByText(fr.progress.statuses.approved).first();
  await approved.waitFor();

  await app.page.context().setOffline(true);
  await app.page.reload();
  await app.heading().filter({ hasText: fr.progress.title }).waitFor();
  await approved.waitFor();
  await app.page.getByText(fr.connection.offline).waitFor();

  await app.page.goto(new URL('/', season.stack.url).href);
  await app.heading().filter({ hasText: fr.catalogue.title }).waitFor();
  expect(await app.cards().count()).toBeGreaterThan(0);
  await app.page.context().setOffline(false);
});

it('keeps a photo submission made offline as waiting, then sends it once back online', async () => {
  const app = await signedInPhone();
  await controlled(app.page);
  // Visited once online, as a person would have before leaving: each page shown with its data.
  await app.open(`/actions/${photoAction.id}`);
  await app.page.getByLabel(fr.submit.photo, { exact: true }).waitFor();
  await app.open('/progress');
  await app.page.getByText(fr.progress.statuses.approved).first().waitFor();

  const context = app.page.context();
  await context.setOffline(true);
  await app.open(`/actions/${photoAction.id}`);
  await app.page
    .getByLabel(fr.submit.photo, { exact: true })
    .setInputFiles({ name: 'collecte.png', mimeType: 'image/png', buffer: gradientPng(900, 600) });
  await app.page.getByText(/Photo prête/).waitFor();
  await app.page.getByRole('button', { name: fr.submit.submit }).click();
  await app.page.getByText(fr.submit.sentKept, { exact: false }).waitFor();

  await app.open('/progress');
  const waiting = app.page.getByRole('region', { name: fr.outbox.title });
  await waiting.getByText(photoAction.title.fr).waitFor();
  await app
    .nav()
    .getByRole('link', { name: /1 contribution en attente d’envoi/ })
    .waitFor();

  // Kept across a reload with no connection.
  await app.page.reload();
  await waiting.getByText(photoAction.title.fr).waitFor();

  await context.setOffline(false);
  await waiting.waitFor({ state: 'detached', timeout: 60_000 });
  await app.page.getByText(fr.outbox.delivered_one).waitFor();

  // The organiser has exactly one, photo included.
  const db = await adminDb();
  const stored = await db
    .collection('submissions')
    .where('uid', '==', season.world.people.member.uid)
    .where('actionId', '==', photoAction.id)
    .get();
  expect(stored.size).toBe(1);
  const [submission] = stored.docs;
  expect(submission?.get('status')).toBe('pending');
  expect((await db.doc(`proofPhotos/${submission?.id}`).get()).exists).toBe(true);

  const organiser = new AppPage(await (await season.newContext()).newPage(), season.stack.url);
  await organiser.open('/');
  await organiser.signIn(season.world.people.organiser.email ?? '', PASSWORD);
  await organiser.open('/admin/review');
  await organiser.page.getByRole('heading', { name: photoAction.title.fr }).first().waitFor();
  expect(await organiser.page.getByRole('heading', { name: photoAction.title.fr }).count()).toBe(1);
});
