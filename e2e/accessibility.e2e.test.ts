// An axe-core scan (WCAG 2.1 A and AA rules) of every page, its folds open, in French and in
// English, signed out, as a member, a captain and an organiser, with a season in play and its
// survey open: no violation anywhere.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedSubmission } from '../tests/support/game';
import {
  axeViolations,
  MEMBER_PAGES,
  openPage,
  ORGANISER_PAGES,
  PUBLIC_PAGES,
  visitor,
} from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const season = useSeasonStack(async (world) => {
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

/** The violations of one page, its folds open, once its listeners have delivered. */
async function scan(page: Page, url: string, plant?: () => void): Promise<string[]> {
  await openPage(page, url, season.stack.url);
  if (plant) await page.evaluate(plant);
  return axeViolations(page, url);
}

it.each(['fr', 'en'] as const)(
  'finds no accessibility violation on any page (%s)',
  async (language) => {
    const violations: string[] = [];
    const signedOut = await visitor(season, language);
    for (const url of PUBLIC_PAGES) violations.push(...(await scan(signedOut.page, url)));
    const member = await visitor(season, language, season.world.people.member.email);
    for (const url of MEMBER_PAGES) violations.push(...(await scan(member.page, url)));
    const captain = await visitor(season, language, season.world.people.captain.email);
    violations.push(...(await scan(captain.page, '/team')));
    const organiser = await visitor(season, language, season.world.people.organiser.email);
    for (const url of ORGANISER_PAGES) violations.push(...(await scan(organiser.page, url)));
    // The navigation's menu, open.
    await organiser.openMenu();
    violations.push(...(await axeViolations(organiser.page, 'the open menu')));
    expect(violations).toEqual([]);
  },
);

it('reports a violation planted in a page, so a clean scan means something', async () => {
  const signedOut = await visitor(season, 'fr');
  const violations = await scan(signedOut.page, '/', () => {
    const image = document.createElement('img');
    image.src = '/missing.png';
    document.querySelector('main')?.append(image);
  });
  expect(violations.some((line) => line.includes('image-alt'))).toBe(true);
});
