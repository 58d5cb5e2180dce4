import { describe, expect, it } from 'vitest';
import { createFakeBackend, type FakeBackendOptions } from '../data/fake-backend';
import { CATALOGUE } from '../domain/catalogue';
import {
  createAppStore,
  selectIsPending,
  selectIsPicked,
  selectPickedIds,
  type AppState,
} from './app-store';
import { startSync } from './sync';

const ALICE = { email: 'alice@example.org', password: 'correct horse' };
const BOB = { email: 'bob@example.org', password: 'battery staple' };

function actionId(index: number): string {
  const action = CATALOGUE[index];
  if (!action) throw new Error(`The catalogue has no action at ${index}.`);
  return action.id;
}
const FIRST = actionId(0);
const SECOND = actionId(1);
const THIRD = actionId(2);

/** Lets queued microtasks (session and picks deliveries) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setUp(options: FakeBackendOptions = {}) {
  const backend = createFakeBackend({ users: [ALICE, BOB], ...options });
  const store = createAppStore(backend);
  const stop = startSync(store, backend);
  return { backend, store, stop, state: (): AppState => store.getState() };
}

async function signedIn(options: FakeBackendOptions = {}) {
  const setup = setUp(options);
  await settle();
  expect(await setup.state().signInRequested(ALICE.email, ALICE.password)).toBeNull();
  await settle();
  setup.backend.flushPicks();
  return setup;
}

describe('session', () => {
  it('is loading until the backend reports, then signed-in after signing in', async () => {
    const { state } = setUp();
    expect(state().session).toEqual({ status: 'loading', user: null });

    await settle();
    expect(state().session).toEqual({ status: 'signed-out', user: null });

    expect(await state().signInRequested(ALICE.email, ALICE.password)).toBeNull();
    expect(state().session.status).toBe('signed-in');
    expect(state().session.user?.email).toBe(ALICE.email);
  });

  it('goes straight from loading to signed-in for a remembered session', async () => {
    const { state } = setUp({ signedInAs: ALICE.email });
    expect(state().session.status).toBe('loading');
    await settle();
    expect(state().session.status).toBe('signed-in');
    expect(state().session.user?.email).toBe(ALICE.email);
  });

  it('resolves sign-in and sign-up with the backend error code', async () => {
    const { state } = setUp();
    await settle();
    expect(await state().signInRequested(ALICE.email, 'wrong password')).toBe(
      'invalid-credentials',
    );
    expect(await state().signUpRequested(BOB.email, 'long enough')).toBe('email-in-use');
    expect(state().session.status).toBe('signed-out');
  });

  it('signs out', async () => {
    const { state } = await signedIn();
    await state().signOutRequested();
    expect(state().session).toEqual({ status: 'signed-out', user: null });
  });
});

describe('picks', () => {
  it('arrive through the listener, not from the callable', async () => {
    const { backend, state } = await signedIn({ picksDelivery: 'manual' });
    expect(state().picks.loaded).toBe(true);

    await state().pickRequested(FIRST);
    // The callable has resolved, but the listener has not spoken yet.
    expect(backend.calls).toContainEqual({ method: 'pickAction', actionId: FIRST });
    expect(selectIsPicked(FIRST)(state())).toBe(false);
    expect(state().picks.byId).toEqual({});

    backend.flushPicks();
    expect(selectIsPicked(FIRST)(state())).toBe(true);
  });

  it('are not loaded until the first snapshot arrives', async () => {
    const { backend, state } = setUp({ picksDelivery: 'manual' });
    await settle();
    await state().signInRequested(ALICE.email, ALICE.password);
    expect(state().picks.loaded).toBe(false);
    backend.flushPicks();
    expect(state().picks).toMatchObject({ loaded: true, byId: {} });
  });

  it('mark an action pending while its pick is in flight, then clear it', async () => {
    const { state } = await signedIn();
    const request = state().pickRequested(FIRST);
    expect(selectIsPending(FIRST)(state())).toBe(true);
    expect(selectIsPending(SECOND)(state())).toBe(false);

    await request;
    await settle();
    expect(state().picks.pending).toEqual({});
    expect(selectIsPicked(FIRST)(state())).toBe(true);
  });

  it('keep the action pending after the callable answers until the snapshot confirms it', async () => {
    const { backend, state } = await signedIn({ picksDelivery: 'manual' });
    await state().pickRequested(FIRST);
    expect(selectIsPending(FIRST)(state())).toBe(true);
    expect(selectIsPicked(FIRST)(state())).toBe(false);
    backend.flushPicks();
    expect(selectIsPending(FIRST)(state())).toBe(false);
    expect(selectIsPicked(FIRST)(state())).toBe(true);
  });

  it('stop waiting for snapshots when the listener breaks', async () => {
    const { backend, state } = await signedIn({ picksDelivery: 'manual' });
    await state().pickRequested(FIRST);
    backend.failWatchers('unavailable');
    expect(state().picks.pending).toEqual({});
    expect(state().picks.loaded).toBe(true);
    expect(state().notice).toEqual({ code: 'unavailable' });
  });

  it('turn a failed pick into a notice and clear pending', async () => {
    const { backend, state } = await signedIn();
    backend.failNext('failed-precondition');

    await state().pickRequested(FIRST);
    expect(state().notice).toEqual({ code: 'failed-precondition', actionId: FIRST });
    expect(state().picks.pending).toEqual({});
    await settle();
    expect(selectIsPicked(FIRST)(state())).toBe(false);

    state().noticeDismissed();
    expect(state().notice).toBeNull();
  });

  it('give a non-backend failure the unknown code', async () => {
    const { state } = await signedIn();
    state().failed(new TypeError('boom'));
    expect(state().notice).toEqual({ code: 'unknown' });
  });

  it('ignore a second click while the first is pending', async () => {
    const { backend, state } = await signedIn();
    const first = state().pickRequested(FIRST);
    const second = state().pickRequested(FIRST);
    await Promise.all([first, second]);

    const picksSent = backend.calls.filter((call) => call.method === 'pickAction');
    expect(picksSent).toEqual([{ method: 'pickAction', actionId: FIRST }]);
    await settle();
    expect(state().picks.pending).toEqual({});
  });

  it('unpick through the listener too', async () => {
    const { backend, state } = await signedIn({ picksDelivery: 'manual' });
    await state().pickRequested(FIRST);
    backend.flushPicks();

    await state().unpickRequested(FIRST);
    expect(selectIsPicked(FIRST)(state())).toBe(true);
    backend.flushPicks();
    expect(selectIsPicked(FIRST)(state())).toBe(false);
  });

  it("are cleared when another person signs in, and the previous person's never come back", async () => {
    const { backend, state } = await signedIn({ picksDelivery: 'manual' });
    await state().pickRequested(FIRST);
    backend.flushPicks();
    expect(selectIsPicked(FIRST)(state())).toBe(true);

    // A change for Alice is still in flight when Bob signs in.
    await state().pickRequested(SECOND);
    await state().signInRequested(BOB.email, BOB.password);
    expect(state().session.user?.email).toBe(BOB.email);
    expect(state().picks).toEqual({ loaded: false, byId: {}, pending: {} });
    expect(backend.watcherCount).toBe(1);

    backend.flushPicks();
    expect(state().picks).toEqual({ loaded: true, byId: {}, pending: {} });
  });

  it('are cleared on sign-out', async () => {
    const { state } = await signedIn();
    await state().pickRequested(FIRST);
    await settle();
    expect(selectIsPicked(FIRST)(state())).toBe(true);

    await state().signOutRequested();
    expect(state().picks).toEqual({ loaded: false, byId: {}, pending: {} });
  });

  it('report a broken listener as a notice', async () => {
    const { backend, state } = await signedIn();
    backend.failWatchers('permission-denied');
    expect(state().notice).toEqual({ code: 'permission-denied' });
  });
});

describe('startSync', () => {
  it('returns a function that stops every subscription', async () => {
    const { backend, state, stop } = await signedIn({ picksDelivery: 'manual' });
    expect(backend.watcherCount).toBe(1);

    await state().pickRequested(FIRST);
    stop();
    expect(backend.watcherCount).toBe(0);

    // Neither the delivery already in flight nor later session changes reach the store.
    backend.flushPicks();
    expect(selectIsPicked(FIRST)(state())).toBe(false);
    await state().signOutRequested();
    expect(state().session.status).toBe('signed-in');
  });

  it('stops before the first session report without it arriving later', async () => {
    const { state, stop } = setUp({ signedInAs: ALICE.email });
    stop();
    await settle();
    expect(state().session.status).toBe('loading');
  });
});

describe('the leaderboard’s listener', () => {
  it('is open only while something on screen asks for the board, and follows the newest snapshot', async () => {
    const { backend, state } = await signedIn();
    backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
    backend.setDocument('seasons/S1', { name: 'Printemps', state: 'open' });
    const boardPath = 'seasons/S1/leaderboard/public';
    backend.setDocument(boardPath, { seasonId: 'S1', generation: 1, rows: [] });
    await settle();
    const open = () => backend.listeners.filter((listener) => listener.path === boardPath).length;
    expect(state().live.season?.id).toBe('S1');
    // A page that does not show the board: no listener, no snapshot.
    expect(open()).toBe(0);
    expect(state().live.leaderboard).toBeNull();

    const releaseOne = state().leaderboardWanted();
    const releaseTwo = state().leaderboardWanted();
    await settle();
    expect(open()).toBe(1);
    expect(state().live.leaderboard?.generation).toBe(1);
    releaseOne();
    releaseOne();
    await settle();
    expect(open()).toBe(1);
    releaseTwo();
    await settle();
    expect(open()).toBe(0);
    // Written while nobody looks: not received, and the last board is kept for the way back.
    backend.setDocument(boardPath, { seasonId: 'S1', generation: 2, rows: [] });
    await settle();
    expect(state().live.leaderboard?.generation).toBe(1);
    state().leaderboardWanted();
    await settle();
    expect(state().live.leaderboard?.generation).toBe(2);
  });
});

describe('selectPickedIds', () => {
  it('lists the newest pick first', async () => {
    const { state } = await signedIn();
    await state().pickRequested(SECOND);
    await state().pickRequested(THIRD);
    await state().pickRequested(FIRST);
    await settle();
    expect(selectPickedIds(state())).toEqual([FIRST, THIRD, SECOND]);
  });

  it('orders by time, not by id or insertion order', () => {
    const { state } = setUp();
    state().picksReceived({ b: 1, a: 3, c: 2 });
    expect(selectPickedIds(state())).toEqual(['a', 'c', 'b']);
  });
});
