// A crash in the middle of a season: the stack `npm start` runs, with a periodic export every
// 5 s, is killed with SIGKILL (no chance to save) and started again on the same data folder.
// Everything written before the last periodic export is back, and a reconciliation finds the
// scores exact. The README states the window (60 s by default).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkPorts } from '../scripts/emulator-env.mjs';
import type { StoredTeamScore, Submission } from '../src/domain/game';
import { adminDb, eventually, TEXT_ACTION, textProof } from '../tests/support/game';
import { buildWorld, type World } from '../tests/support/world';
import { startStack, type Stack } from './support/stack';

const EXPORT_EVERY_SECONDS = 5;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tfg-e2e-crash-'));
let stack: Stack | undefined;
let world: World | undefined;

afterAll(async () => {
  await world?.close();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  for (const suffix of ['.log', '.previous', '.exporting']) {
    rmSync(`${dataDir}${suffix}`, { recursive: true, force: true });
  }
});

/** When the last complete export was swapped in (the metadata file is written last). */
const exportedAt = () => {
  const metadata = path.join(dataDir, 'firebase-export-metadata.json');
  return existsSync(metadata) ? statSync(metadata).mtimeMs : 0;
};

async function read<T>(documentPath: string): Promise<T | undefined> {
  const db = await adminDb();
  return (await db.doc(documentPath).get()).data() as T | undefined;
}

it('loses nothing written before the last periodic export, and the scores stay exact', async () => {
  stack = await startStack(dataDir, ['--export-every', String(EXPORT_EVERY_SECONDS)]);
  world = await buildWorld();
  const { member, captain, organiser, otherCaptain } = world.people;
  const submitted: string[] = [];
  for (const [caller, text] of [
    [member, 'I set my laptop to power-saving mode for the whole week.'],
    [captain, 'I turned off the second screen I never use at the office.'],
  ] as const) {
    const { submissionId } = (await caller.call('submitAction', {
      seasonId: world.seasonId,
      actionId: TEXT_ACTION.id,
      doneAt: Date.now() - 60_000,
      proof: textProof(text),
    })) as { submissionId: string };
    submitted.push(submissionId);
  }
  await organiser.call('reviewSubmissions', {
    submissionIds: submitted,
    decision: 'approve',
    reason: null,
  });
  const scorePath = `seasons/${world.seasonId}/scores/${world.teamId}`;
  const expected = 2 * TEXT_ACTION.points;
  await eventually(
    () => read<StoredTeamScore>(scorePath),
    (score) => score?.total === expected,
    'the team score after the approvals',
  );

  // Wait for a periodic export that started after everything above was written.
  const written = Date.now();
  await eventually(
    async () => exportedAt(),
    (at) => at > written + 100,
    'a periodic export after the writes',
    (EXPORT_EVERY_SECONDS + 20) * 1000,
  );

  await stack.kill();
  stack = undefined;
  await eventually(
    () =>
      checkPorts().then(
        () => true,
        () => false,
      ),
    (free) => free,
    'the ports freed by the killed emulators',
  );

  stack = await startStack(dataDir);
  for (const id of submitted) {
    expect((await read<Submission>(`submissions/${id}`))?.status).toBe('approved');
  }
  expect((await read<StoredTeamScore>(scorePath))?.total).toBe(expected);
  const agreed = (await organiser.call('reconcileScores', { seasonId: world.seasonId })) as {
    teams: number;
    fixed: number;
  };
  expect(agreed.fixed).toBe(0);
  // The game goes on after the restart: the same people, the same season.
  const { submissionId } = (await otherCaptain.call('submitAction', {
    seasonId: world.seasonId,
    actionId: TEXT_ACTION.id,
    doneAt: Date.now() - 30_000,
    proof: textProof('I emptied my mailbox of old newsletters with attachments.'),
  })) as { submissionId: string };
  expect((await read<Submission>(`submissions/${submissionId}`))?.status).toBe('pending');
});
