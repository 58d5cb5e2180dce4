// The outbox: a submission is kept on the device before it is sent, waits there while the
// functions cannot be reached, is sent once the connection is back, and is kept with its reason
// when the functions refuse it.
import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../data/backend';
import { createFakeBackend, createMemoryOutbox, type FakeBackend } from '../data/fake-backend';
import { createAppStore, type AppStore } from './app-store';
import { startSync } from './sync';
import { newSubmissionId } from './outbox-slice';

const ALICE = { email: 'alice@example.org', password: 'correct horse battery' };
const PAYLOAD = {
  seasonId: 's1',
  actionId: 'sob-estimate-personal-footprint',
  doneAt: Date.UTC(2026, 11, 1),
  proof: { kind: 'text' as const, text: 'Fait sur le quai.' },
};

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A network that answers or not, and the submitAction payloads that reached the functions. */
function network() {
  const state = { up: true, refuse: null as BackendError | null };
  const received: { submissionId?: unknown }[] = [];
  const install = (backend: FakeBackend) =>
    backend.handle('submitAction', (data) => {
      if (!state.up) throw new BackendError('unavailable', 'Failed to fetch');
      received.push(data as { submissionId?: unknown });
      if (state.refuse) throw state.refuse;
      const { submissionId } = data as { submissionId: string };
      return { submissionId, status: 'pending' };
    });
  return { state, received, install };
}

async function signedIn(
  net: ReturnType<typeof network>,
  options: { outbox?: ReturnType<typeof createMemoryOutbox> } = {},
) {
  const backend = createFakeBackend({ users: [ALICE], signedInAs: ALICE.email, ...options });
  net.install(backend);
  const store = createAppStore(backend);
  stops.push(startSync(store, backend));
  await until(store, () => store.getState().outbox.loaded);
  return { backend, store };
}

async function until(store: AppStore, condition: () => boolean) {
  for (let tries = 0; tries < 200 && !condition(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  expect(condition()).toBe(true);
  return store;
}

describe('the outbox', () => {
  it('makes ids no other device makes, in the characters of a document id', () => {
    const ids = new Set(Array.from({ length: 1000 }, newSubmissionId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });

  it('sends a submission at once when it can, and keeps nothing', async () => {
    const net = network();
    const { backend, store } = await signedIn(net);
    const outcome = await store.getState().submissionQueued(PAYLOAD);
    expect(outcome).toMatchObject({ status: 'sent', data: { status: 'pending' } });
    expect(net.received).toEqual([{ ...PAYLOAD, submissionId: expect.any(String) }]);
    expect(await backend.outbox.list('uid-1')).toEqual([]);
    expect(store.getState().outbox.entries).toEqual([]);
  });

  it('keeps a submission that cannot be sent, and sends it once when the connection is back', async () => {
    const net = network();
    const outbox = createMemoryOutbox();
    const { store } = await signedIn(net, { outbox });
    net.state.up = false;
    expect(await store.getState().submissionQueued(PAYLOAD)).toEqual({ status: 'kept' });
    const [waiting] = store.getState().outbox.entries;
    expect(waiting).toMatchObject({ state: 'waiting', attempts: 1, uid: 'uid-1' });

    // The page is closed and opened again: the submission is still there, still waiting.
    for (const stop of stops.splice(0)) stop();
    const reopened = await signedIn(net, { outbox });
    await until(reopened.store, () => reopened.store.getState().outbox.entries.length === 1);

    // The database answers again: the same submission goes, with the same id, once.
    net.state.up = true;
    reopened.backend.setReachable(false);
    reopened.backend.setReachable(true);
    await until(reopened.store, () => reopened.store.getState().outbox.entries.length === 0);
    expect(net.received.map((payload) => payload.submissionId)).toEqual([waiting?.id]);
    expect(reopened.store.getState().outbox.lastDelivered).toBe(1);
  });

  it('hands a refusal at once to the form and keeps nothing, so nothing is sent twice', async () => {
    const net = network();
    const { backend, store } = await signedIn(net);
    net.state.refuse = new BackendError('failed-precondition', 'Closed.', {
      key: 'gameRefusals.seasonClosed',
    });
    const outcome = await store.getState().submissionQueued(PAYLOAD);
    expect(outcome).toMatchObject({
      status: 'refused',
      failure: { code: 'failed-precondition', details: { key: 'gameRefusals.seasonClosed' } },
    });
    expect(await backend.outbox.list('uid-1')).toEqual([]);
  });

  it('keeps one refused when it is finally sent, with the reason, to retry or discard', async () => {
    const net = network();
    const { store } = await signedIn(net);
    net.state.up = false;
    await store.getState().submissionQueued(PAYLOAD);
    await store.getState().submissionQueued({ ...PAYLOAD, doneAt: PAYLOAD.doneAt + 1 });

    // Back online, but the season closed meanwhile: both are refused and kept, with the reason.
    net.state.up = true;
    net.state.refuse = new BackendError('failed-precondition', 'The season has ended.', {
      key: 'gameRefusals.seasonClosed',
    });
    await store.getState().outboxFlushRequested();
    const entries = store.getState().outbox.entries;
    expect(entries.map((entry) => entry.state)).toEqual(['refused', 'refused']);
    expect(entries[0]?.refusal).toEqual({
      code: 'failed-precondition',
      message: 'The season has ended.',
      details: { key: 'gameRefusals.seasonClosed' },
    });
    expect(store.getState().outbox.lastDelivered).toBe(0);

    // A refused one is not sent again by itself.
    await store.getState().outboxFlushRequested();
    expect(net.received).toHaveLength(2);

    // Retried once the cause is gone, it goes; the other one is discarded.
    net.state.refuse = null;
    await store.getState().outboxRetryRequested(entries[0]?.id ?? '');
    await store.getState().outboxEntryDiscarded(entries[1]?.id ?? '');
    expect(store.getState().outbox.entries).toEqual([]);
    expect(net.received.map((payload) => payload.submissionId)).toEqual([
      entries[0]?.id,
      entries[1]?.id,
      entries[0]?.id,
    ]);
  });

  it('sends a submission once while it is on its way, though a sending round starts meanwhile', async () => {
    const net = network();
    const { backend, store } = await signedIn(net);
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const received: unknown[] = [];
    backend.handle('submitAction', async (data) => {
      received.push(data);
      await held;
      const { submissionId } = data as { submissionId: string };
      return { submissionId, status: 'pending' };
    });
    const queued = store.getState().submissionQueued(PAYLOAD);
    await until(store, () => received.length === 1);
    // A round (the connection back, the app starting on another page of this tab) finds the
    // submission kept on the device while its first send is on its way.
    const round = store.getState().outboxFlushRequested();
    await new Promise((resolve) => setTimeout(resolve, 10));
    answer();
    expect(await queued).toMatchObject({ status: 'sent' });
    await round;
    expect(received).toHaveLength(1);
    expect(store.getState().outbox.entries).toEqual([]);
  });

  it('stops a sending round at the first submission that cannot reach the functions', async () => {
    const net = network();
    const { backend, store } = await signedIn(net);
    net.state.up = false;
    for (let i = 0; i < 3; i += 1) {
      await store.getState().submissionQueued({ ...PAYLOAD, doneAt: PAYLOAD.doneAt + i });
    }
    const callsBefore = backend.calls.length;
    await store.getState().outboxFlushRequested();
    expect(backend.calls.length - callsBefore).toBe(1);
    expect(store.getState().outbox.entries.map((entry) => entry.attempts)).toEqual([2, 1, 1]);
  });

  it('never sends, nor shows, someone else’s submissions kept on the same device', async () => {
    const net = network();
    const outbox = createMemoryOutbox();
    await outbox.put({
      id: 'bobs-1',
      uid: 'uid-2',
      payload: { ...PAYLOAD, submissionId: 'bobs-1' },
      createdAt: 1,
      state: 'waiting',
      refusal: null,
      attempts: 0,
    });
    const { store } = await signedIn(net, { outbox });
    await store.getState().outboxFlushRequested();
    expect(net.received).toEqual([]);
    expect(store.getState().outbox.entries).toEqual([]);
    expect(await outbox.list('uid-2')).toHaveLength(1);
  });
});
