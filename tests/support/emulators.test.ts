// The test helpers' own behaviour against the emulators, where it is not plain, and how the
// emulators themselves are run and warmed (scripts/emulator-env.mjs, scripts/warm-functions.mjs).
import net from 'node:net';
import { expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { emulatorPorts } from '../../scripts/emulator-env.mjs';
import { WARM_WORKERS, warmUpRound } from '../../scripts/warm-functions.mjs';
import { TOLD_PREFIX } from '../../src/domain/happenings';
import { adminFirestore, clearFirestore, dumpDatabase } from './emulators';

it('clears the database once a transaction holding a lock has ended, though the first try is refused', async () => {
  const db = await adminFirestore();
  const [locked, other] = [db.doc('clear-probe/locked'), db.doc('clear-probe/other')];
  await Promise.all([locked.set({ n: 1 }), other.set({ n: 1 })]);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let hasRead = () => {};
  const read = new Promise<void>((resolve) => (hasRead = resolve));
  // A transaction that read a document and has not ended: it holds the document's lock. The
  // emulator refuses a clear after waiting 2 s for it, so it is held longer than that.
  const transaction = db.runTransaction(async (tx) => {
    await tx.get(locked);
    hasRead();
    await held;
  });
  await read;
  const timer = setTimeout(release, 3_000);
  try {
    await clearFirestore();
  } finally {
    clearTimeout(timer);
    release();
  }
  await transaction;
  expect((await other.get()).exists).toBe(false);
  expect((await locked.get()).exists).toBe(false);
});

it('runs the emulators without the logging emulator, which keeps a copy of every log line in memory', async () => {
  const logging = emulatorPorts().find((entry) => entry.key === 'logging');
  expect(logging).toBeDefined();
  const { host, port } = logging as { host: string; port: number };
  const answer = await new Promise<string>((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
  expect(answer).toBe('ECONNREFUSED');
});

it('holds a worker with each warm-up, so warm-ups sent close together each reach a worker of their own', async () => {
  // 25 ms apart: a warm-up answered at once would have freed its worker for the next. The first
  // round starts the workers missing (the stack started WARM_WORKERS.commands); the second counts.
  const count = WARM_WORKERS.commands + 2;
  await warmUpRound('commands', count, 25);
  expect(await warmUpRound('commands', count, 25)).toBe(count);
});

it('dumps the documents the callables write, as plain values, and none the triggers derive', async () => {
  await clearFirestore();
  const db = await adminFirestore();
  const company = {
    name: 'Acme',
    size: 3,
    ratio: 0.5,
    tags: ['a', 1],
    nested: { on: true, no: null },
  };
  await Promise.all([
    db.doc('companies/c1').set({ ...company, createdAt: Timestamp.fromMillis(0) }),
    db.doc('teams/t1/private/invite').set({ code: 'ABC' }),
    // Derived by the triggers: a score, a notice of a happening's fan-out.
    db.doc('seasons/s1/scores/t1').set({ total: 1 }),
    db.doc(`notifications/${TOLD_PREFIX}x`).set({ uid: 'u' }),
    // Written by no callable.
    db.doc('companies/c1/inner/d1').set({ n: 1 }),
    db.doc('elsewhere/x').set({ n: 1 }),
  ]);
  expect(await dumpDatabase()).toEqual({
    'companies/c1': { ...company, createdAt: '1970-01-01T00:00:00Z' },
    'teams/t1/private/invite': { code: 'ABC' },
  });
});
