// The board in pages (issue #18), in the browser: the leaderboard page shows the top, reads a page
// further only when asked (and keeps it in the address across a reload), places a team that lies
// beyond the top, and finds a team by the start of its name.
//
// The world's two teams are real (their nameKey set by createTeam); the 248 others of a board of
// 250 are written here with the Admin SDK, top and pages, in the shape the functions write them
// (their emulator tests cover the writing), once the functions' own rebuild of the world's board
// has finished, so none comes after to rewrite it. That the catalogue and the progress page
// follow no board at all, its pages included, is listeners-where-shown.e2e.test.ts's.
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  BOARD_PAGE_ROWS,
  BOARD_TOP_ROWS,
  GAME_PATHS,
  type LeaderboardRow,
} from '../src/domain/game';
import fr from '../src/i18n/fr.json';
import { adminFirestore } from '../tests/support/emulators';
import type { World } from '../tests/support/world';
import { axeViolations, layoutProblems, openPage, visitor } from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const TEAM_COUNT = 250;
/** Ahead of the functions' own rebuilds of the world's board. */
const GENERATION = 1_000;
/** Team one (the member's) lies on the first page after the top; team two in the top. */
const TEAM_ONE_RANK = 150;
const TEAM_TWO_RANK = 5;

/** Waits until the functions have built the world's board and no rebuild is due or under way. */
async function boardSettled(world: World) {
  const db = await adminFirestore();
  const state = db.doc(GAME_PATHS.leaderboard(world.seasonId, 'state'));
  const request = db.doc(GAME_PATHS.leaderboard(world.seasonId, 'request'));
  const top = db.doc(GAME_PATHS.leaderboard(world.seasonId, 'public'));
  // In the set-up, where expect.poll is not available: polled by hand, a minute at most.
  for (const deadline = Date.now() + 60_000; ;) {
    const [stateNow, requestNow, topNow] = await Promise.all([
      state.get(),
      request.get(),
      top.get(),
    ]);
    // Built from the whole world: team one counts the member who joined it last.
    const teamOne = ((topNow.get('rows') as LeaderboardRow[] | undefined) ?? []).find(
      (row) => row.teamId === world.teamId,
    );
    if (
      stateNow.get('cache') !== undefined &&
      !requestNow.exists &&
      stateNow.get('rebuilding') === undefined &&
      topNow.get('teamCount') === 2 &&
      teamOne?.memberCount === 2
    ) {
      return;
    }
    if (Date.now() > deadline) throw new Error('The functions never finished the world’s board.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function seedBoardInPages(world: World) {
  await boardSettled(world);
  const db = await adminFirestore();
  const teamAt = (rank: number) =>
    rank === TEAM_ONE_RANK
      ? { teamId: world.teamId, name: 'Team one' }
      : rank === TEAM_TWO_RANK
        ? { teamId: world.otherTeamId, name: 'Team two' }
        : { teamId: `seeded-${rank}`, name: `Équipe ${String(rank).padStart(3, '0')}` };
  const rowAt = (rank: number): LeaderboardRow => ({
    ...teamAt(rank),
    companyId: world.companyId,
    rank,
    total: 2 * (TEAM_COUNT - rank + 1),
    memberCount: 4,
    activeMembers: 2,
    average: TEAM_COUNT - rank + 1,
    participation: 0.5,
    byTheme: {},
    reachedAt: rank,
  });
  const rows = (first: number, last: number) =>
    Array.from({ length: last - first + 1 }, (_, index) => rowAt(first + index));
  const companies = { [world.companyId]: `Company ${world.seasonId}` };
  const pageCount = Math.ceil((TEAM_COUNT - BOARD_TOP_ROWS) / BOARD_PAGE_ROWS);
  const batch = db.batch();
  batch.set(db.doc(GAME_PATHS.leaderboard(world.seasonId, 'public')), {
    seasonId: world.seasonId,
    rankingRule: 'total',
    status: 'live',
    generation: GENERATION,
    updatedAt: Date.now(),
    rows: rows(1, BOARD_TOP_ROWS),
    teamCount: TEAM_COUNT,
    pageCount,
    companies,
    companyRollUp: [
      {
        companyId: world.companyId,
        companyName: companies[world.companyId],
        teams: TEAM_COUNT,
        total: TEAM_COUNT * (TEAM_COUNT + 1),
        averagePerTeam: TEAM_COUNT + 1,
      },
    ],
    companyCount: 1,
    topByDay: {},
  });
  for (let index = 1; index <= pageCount; index += 1) {
    const first = BOARD_TOP_ROWS + (index - 1) * BOARD_PAGE_ROWS + 1;
    const last = Math.min(first + BOARD_PAGE_ROWS - 1, TEAM_COUNT);
    batch.set(db.doc(`${GAME_PATHS.leaderboardPages(world.seasonId, 'public')}/${index}`), {
      seasonId: world.seasonId,
      index,
      generation: GENERATION,
      updatedAt: Date.now(),
      rows: rows(first, last),
      teamIds: rows(first, last).map((row) => row.teamId),
      companies,
      before: rowAt(first - 1),
      after: last < TEAM_COUNT ? rowAt(last + 1) : null,
    });
  }
  await batch.commit();
}

const season = useSeasonStack(seedBoardInPages);

const SCREENSHOTS = '/tmp';

it('shows the top, reads a page further only when asked, keeps it across a reload, and finds teams by name', async () => {
  const app = await visitor(season, 'fr', season.world.people.member.email);
  const { page } = app;
  const listened: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/Listen/')) {
      listened.push(decodeURIComponent((request.postData() ?? '').replaceAll('+', ' ')));
    }
  });
  const pagesPath = GAME_PATHS.leaderboardPages(season.world.seasonId, 'public');
  // A one-shot read goes through the Listen channel too, naming the document it reads.
  const readsPage = (index: number) =>
    listened.some((body) => body.includes(`${pagesPath}/${index}"`));

  await openPage(page, '/leaderboard', season.stack.url);
  const top = page.getByRole('table', { name: fr.leaderboard.table.caption, exact: true });
  await top.waitFor({ timeout: 20_000 });
  await expect.poll(() => top.locator('tbody tr').count(), { timeout: 10_000 }).toBe(100);
  const pager = page.getByRole('navigation', { name: fr.leaderboard.pager.label, exact: true });
  await expect
    .poll(() => pager.textContent(), { timeout: 10_000 })
    .toContain('Rangs 1 à 100 sur 250.');

  // My team, 150th, is placed from its page, with its neighbours.
  const mine = page.getByRole('region', { name: fr.leaderboard.mine.title });
  await expect
    .poll(() => mine.textContent(), { timeout: 10_000 })
    .toContain('Team one : rang 150 sur 250.');
  expect(await mine.textContent()).toContain('2 points de retard sur Équipe 149, juste devant.');
  expect(await mine.textContent()).toContain('2 points d’avance sur Équipe 151, juste derrière.');

  // Page 2 (ranks 101 to 200) is read when asked for, not before.
  expect(readsPage(2), 'page document 2 read before it was asked for').toBe(false);
  await pager.getByRole('link', { name: fr.leaderboard.pager.next }).click();
  const second = page.getByRole('table', { name: 'Classement des équipes, rangs 101 à 200' });
  await second.waitFor({ timeout: 10_000 });
  expect(await second.locator('tbody tr').first().textContent()).toContain('Équipe 101');
  expect(new URL(page.url()).search).toBe('?page=2');
  await expect.poll(() => readsPage(1), { timeout: 10_000 }).toBe(true);
  expect(readsPage(2), 'page document 2 read while page 1 is shown').toBe(false);

  // A reload comes back to the same page.
  await page.reload();
  await second.waitFor({ timeout: 20_000 });
  expect(await pager.textContent()).toContain('Rangs 101 à 200 sur 250.');

  for (const [width, height, name] of [
    [390, 844, 'phone'],
    [1280, 900, 'desktop'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await second.waitFor();
    expect(await layoutProblems(page, `leaderboard ${name}`)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The top of the page (my team), then the pager under the teams, as a person sees them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/leaderboard-pages-${name}-top.png` });
    await page
      .getByRole('navigation', { name: fr.leaderboard.pager.labelAbove })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/leaderboard-pages-${name}-pager-above.png` });
    await pager.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/leaderboard-pages-${name}-pager.png` });
  }

  // The search by the start of a name: one team on a page, one in the top, and none.
  const search = page.getByRole('search', { name: fr.leaderboard.search.title });
  await search.getByLabel(fr.leaderboard.search.label).fill('team');
  await search.getByRole('button', { name: fr.leaderboard.search.button }).click();
  const results = page.getByRole('list', { name: '2 équipes dont le nom commence par « team » :' });
  await results.waitFor({ timeout: 10_000 });
  expect(await results.getByRole('listitem').allTextContents()).toEqual([
    `Rang 150 Team one (votre équipe) · 202 points · Company ${season.world.seasonId}`,
    `Rang 5 Team two · 492 points · Company ${season.world.seasonId}`,
  ]);
  await search.getByLabel(fr.leaderboard.search.label).fill('zz');
  await search.getByRole('button', { name: fr.leaderboard.search.button }).click();
  await page
    .getByText('Aucune équipe dont le nom commence par « zz ».')
    .waitFor({ timeout: 10_000 });

  expect(await axeViolations(page, 'leaderboard in pages')).toEqual([]);
  await search.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/leaderboard-pages-desktop-search.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await search.getByLabel(fr.leaderboard.search.label).fill('team');
  await search.getByRole('button', { name: fr.leaderboard.search.button }).click();
  await results.waitFor({ timeout: 10_000 });
  expect(await layoutProblems(page, 'leaderboard search phone')).toEqual([]);
  await search.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/leaderboard-pages-phone-search.png` });
});
