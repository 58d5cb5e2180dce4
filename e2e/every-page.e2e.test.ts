// Every page, in French and in English, signed out and in each role, with a season in play and
// its survey open, its folds open, at three sizes in one window resized between them:
// - on a phone (360 × 740): nothing wider than the screen, main targets at least 44 px, the others
//   at least 24 px, no accessibility violation (axe-core, WCAG 2.1 A and AA), and a screenshot of
//   each page kept in test-results/phone/ to be looked at;
// - on a tablet (768 × 1024): nothing wider than the screen, and the same targets;
// - on a desktop (1280 × 720): no accessibility violation.
// One person signs in once per language and role for the three: a context each signed in, loaded
// the whole app and built the season again (the desktop scan was a file of its own). A context
// keeps the touch screen it was made with, so the desktop is a wide touch screen: the only rule
// that tells them apart (`pointer: coarse`) shows the camera's choice, scanned there too.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedSubmission } from '../tests/support/game';
import type { AppPage } from './support/app-page';
import {
  axeViolations,
  layoutProblems,
  MEMBER_PAGES,
  openPage,
  ORGANISER_PAGES,
  PUBLIC_PAGES,
  visitor,
  type Language,
} from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'test-results', 'phone');

const SIZES = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 720 }, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;
type Size = keyof typeof SIZES;
/** What is checked at each size. */
const CHECKS: Record<Size, { readonly layout: boolean; readonly axe: boolean }> = {
  phone: { layout: true, axe: true },
  tablet: { layout: true, axe: false },
  desktop: { layout: false, axe: true },
};

const season = useSeasonStack(async (world) => {
  const mine = { seasonId: world.seasonId, teamId: world.teamId, uid: world.people.member.uid };
  await seedSubmission({ ...mine, status: 'approved' });
  await seedSubmission({ ...mine, status: 'pending' });
  await seedSubmission({ ...mine, status: 'rejected' });
  await world.people.organiser.call('setSurvey', { seasonId: world.seasonId, open: true });
});

/** The problems of each page of `pages` for one person at one size, a screenshot of each on a phone. */
async function walk(
  app: AppPage,
  who: string,
  pages: readonly string[],
  size: Size,
  language: Language,
): Promise<string[]> {
  const problems: string[] = [];
  for (const url of pages) {
    await openPage(app.page, url, season.stack.url);
    const label = `${size} ${language} ${who} ${url}`;
    if (CHECKS[size].layout) problems.push(...(await layoutProblems(app.page, label)));
    if (CHECKS[size].axe) problems.push(...(await axeViolations(app.page, label)));
    if (size === 'phone') {
      const name = `${language}-${who}${url.replace(/[^a-z0-9]+/gi, '-')}.png`;
      await app.page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
    }
  }
  return problems;
}

const ROLES = {
  visitor: { email: () => undefined, pages: PUBLIC_PAGES },
  member: { email: () => season.world.people.member.email, pages: MEMBER_PAGES },
  captain: { email: () => season.world.people.captain.email, pages: ['/team'] },
  organiser: { email: () => season.world.people.organiser.email, pages: ORGANISER_PAGES },
} as const;

const CASES = (['fr', 'en'] as const).flatMap((language) =>
  (Object.keys(ROLES) as (keyof typeof ROLES)[]).map((role) => [language, role] as const),
);

it.each(CASES)(
  'fits every page on a phone and a tablet, and passes axe there and on a desktop (%s), for the %s',
  async (language, role) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The later passes open every page again, as a person coming back to it does (an events page
    // once stayed loading on its return).
    const app = await visitor(season, language, ROLES[role].email(), SIZES.phone);
    const problems: string[] = [];
    for (const size of Object.keys(SIZES) as Size[]) {
      const { viewport } = SIZES[size];
      await app.page.setViewportSize(viewport);
      problems.push(...(await walk(app, role, ROLES[role].pages, size, language)));

      if (role === 'organiser') {
        await app.openMenu();
        const label = `${size} ${language} open menu`;
        if (CHECKS[size].layout) {
          // The menu, open over a page, fits too and is within reach of a thumb: at the bottom.
          const box = await app.page.locator('.nav-menu').boundingBox();
          expect(box && box.y + box.height).toBeGreaterThan((viewport.height * 3) / 4);
          problems.push(...(await layoutProblems(app.page, label)));
        }
        if (CHECKS[size].axe) problems.push(...(await axeViolations(app.page, label)));
        if (size === 'phone') {
          await app.page.screenshot({
            path: path.join(SCREENSHOTS, `${language}-organiser-menu.png`),
          });
        }
        await app.page.keyboard.press('Escape');
      }
    }
    if (problems.length > 0) console.log(problems.join('\n'));
    expect(problems).toEqual([]);
  },
);

it('finds a page that does not fit, so a clean walk means something', async () => {
  const app = await visitor(season, 'fr', undefined, SIZES.phone);
  await openPage(app.page, '/', season.stack.url);
  await app.page.evaluate(() => {
    const wide = document.createElement('div');
    wide.style.width = '900px';
    wide.textContent = 'Trop large';
    document.querySelector('main')?.append(wide);
    const tiny = document.createElement('button');
    tiny.className = 'primary';
    tiny.style.cssText = 'min-height:0;padding:0;font-size:8px';
    tiny.textContent = 'x';
    document.querySelector('main')?.append(tiny);
  });
  const problems = await layoutProblems(app.page, 'planted');
  expect(problems.some((line) => line.includes('the page scrolls sideways'))).toBe(true);
  expect(problems.some((line) => line.includes('wider than the screen: div'))).toBe(true);
  expect(problems.some((line) => line.includes('main target under 44 px: button.primary'))).toBe(
    true,
  );
});

it('reports an accessibility violation planted in a page, so a clean scan means something', async () => {
  const app = await visitor(season, 'fr');
  await openPage(app.page, '/', season.stack.url);
  await app.page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/missing.png';
    document.querySelector('main')?.append(image);
  });
  const violations = await axeViolations(app.page, 'planted');
  expect(violations.some((line) => line.includes('image-alt'))).toBe(true);
});
