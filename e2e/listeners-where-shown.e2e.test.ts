// The leaderboard is followed only on the pages that show it (issue #18): a person on the
// catalogue or on their progress receives no snapshot of the board, and the leaderboard page
// asks for it. Seen from the browser's own requests on Firestore's Listen channel, which name
// the documents each listener follows. One-shot reads of the board's pages travel on the same
// channel under the board's path, so "no /leaderboard/" also means no page of it is read.
import { expect, it } from 'vitest';
import fr from '../src/i18n/fr.json';
import { openPage, visitor } from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const season = useSeasonStack();

/** How long a page is watched for a listener it should not open: the app opens its listeners within milliseconds of the season arriving. */
const QUIET_MS = 2_000;

it('follows no leaderboard on the catalogue or the progress page, and follows it on the leaderboard page', async () => {
  const app = await visitor(season, 'fr', season.world.people.member.email);
  const listened: string[] = [];
  app.page.on('request', (request) => {
    if (request.url().includes('/Listen/')) {
      listened.push(decodeURIComponent((request.postData() ?? '').replaceAll('+', ' ')));
    }
  });
  const follows = (part: string) => listened.some((body) => body.includes(part));
  const seasonPath = `/seasons/${season.world.seasonId}`;

  for (const page of ['/', '/progress']) {
    listened.length = 0;
    // Opened anew, so that every listener the page needs is asked for on the way in.
    await openPage(app.page, page, season.stack.url, { reload: true });
    // The season has arrived (its listener is open), so anything chained to it is open too.
    await expect.poll(() => follows(seasonPath), { timeout: 20_000 }).toBe(true);
    await app.page.waitForTimeout(QUIET_MS);
    expect(follows('/leaderboard/'), `a listener on the board from ${page}`).toBe(false);
  }

  // The leaderboard page, reached from the menu without a reload, asks for the board.
  await app.goTo(fr.leaderboard.nav);
  await app.page.getByRole('heading', { level: 1, name: fr.leaderboard.title }).waitFor();
  await expect
    .poll(() => follows(`${seasonPath}/leaderboard/public`), { timeout: 20_000 })
    .toBe(true);
});
