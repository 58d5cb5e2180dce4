// The team feed a page at a time (issue #18): a member of a team with 60 approved actions sees the
// newest 50, asks for more and sees the other 10, and the button goes once nothing is left.
import { expect, it } from 'vitest';
import fr from '../src/i18n/fr.json';
import { seedSubmission } from '../tests/support/game';
import { visitor } from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const APPROVED = 60;

const season = useSeasonStack(async (world) => {
  // Written as the functions would have (the callables' rate limit would take hours).
  for (let index = 0; index < APPROVED; index += 1) {
    await seedSubmission({
      seasonId: world.seasonId,
      teamId: world.teamId,
      uid: world.people.member.uid,
      status: 'approved',
    });
  }
});

it('shows a member the newest 50 of the team’s approved actions, then the rest on "Voir plus"', async () => {
  const app = await visitor(season, 'fr', season.world.people.member.email);
  await app.open('/team');
  const feed = app.page.getByRole('region', { name: fr.feed.title });
  const items = feed.getByRole('listitem');
  const more = feed.getByRole('button', { name: fr.feed.more });

  await feed.getByRole('status').filter({ hasText: '50 actions affichées' }).waitFor();
  expect(await items.count()).toBe(50);

  await more.click();
  await feed
    .getByRole('status')
    .filter({ hasText: `${APPROVED} actions affichées` })
    .waitFor();
  expect(await items.count()).toBe(APPROVED);
  expect(await more.count()).toBe(0);
});
