// The organiser's CSV exports from the dashboard, against the real Firestore rules and paged
// reads: each file is UTF-8 with a BOM, `;`-separated with CRLF line ends, holds one row per
// document of the season, and names people by their public name, never by their email.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import fr from '../src/i18n/fr.json';
import { seedEvent } from '../tests/support/events';
import type { Leaderboard } from '../src/domain/game';
import { eventually, readDocument, seedSubmission } from '../tests/support/game';
import { AppPage } from './support/app-page';
import { PASSWORD, useSeasonStack } from './support/season-stack';

const season = useSeasonStack(async (world) => {
  const mine = { seasonId: world.seasonId, teamId: world.teamId, uid: world.people.member.uid };
  await seedSubmission({ ...mine, status: 'approved' });
  await seedSubmission({ ...mine, status: 'pending' });
  await seedSubmission({ ...mine, status: 'rejected' });
  await seedEvent(world.seasonId, { title: { fr: '=Fresque; "numérique"', en: 'Fresco' } });
  // The standings come from the board, which the functions build after the world's teams: an
  // export asked before that holds no team (seen when this file ran first on a new stack).
  await eventually(
    () => readDocument<Leaderboard>(`seasons/${world.seasonId}/leaderboard/live`),
    (board) => board?.rows.length === 2,
    'the board with both teams',
  );
});

const BOM = [0xef, 0xbb, 0xbf];

/** Clicks an export's button and returns the downloaded file's bytes and lines. */
async function exportFile(app: AppPage, kind: keyof typeof fr.exports.kinds) {
  const [download] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 30_000 }),
    app.page.getByRole('button', { name: fr.exports.kinds[kind].button }).click(),
  ]);
  const bytes = await readFile(await download.path());
  const text = bytes.subarray(BOM.length).toString('utf8');
  return {
    name: download.suggestedFilename(),
    bytes,
    text,
    lines: text.split('\r\n').filter((line) => line !== ''),
  };
}

it('exports standings, submissions, participants and events as a French spreadsheet opens them', async () => {
  const { organiser, member, captain, otherCaptain, employee } = season.world.people;
  const context = await season.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  });
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open('/');
  await app.signIn(organiser.email ?? '', PASSWORD);
  await app.open('/admin/dashboard');

  const emails = [organiser, member, captain, otherCaptain, employee].map(
    (person) => person.email ?? '',
  );
  const files = {
    standings: await exportFile(app, 'standings'),
    submissions: await exportFile(app, 'submissions'),
    participants: await exportFile(app, 'participants'),
    events: await exportFile(app, 'events'),
  };
  for (const [kind, file] of Object.entries(files)) {
    expect([...file.bytes.subarray(0, 3)], kind).toEqual(BOM);
    expect(file.name, kind).toMatch(/\.csv$/);
    expect(file.lines[0]?.split(';').length, kind).toBeGreaterThan(3);
    for (const email of emails) expect(file.text, kind).not.toContain(email);
  }
  // Two teams; three submissions; the three people in a team; one event.
  expect(files.standings.lines).toHaveLength(1 + 2);
  expect(files.submissions.lines).toHaveLength(1 + 3);
  expect(files.participants.lines).toHaveLength(1 + 3);
  expect(files.events.lines).toHaveLength(1 + 1);
  // A title that a spreadsheet would run as a formula, with the separator and quotes in it.
  expect(files.events.lines[1]).toContain(`"'=Fresque; ""numérique"""`);
  await expect
    .poll(() => app.page.getByText(/Fichier « .*\.csv » téléchargé\./).count())
    .toBeGreaterThan(0);
});
