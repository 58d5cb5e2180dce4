// The pickAction and unpickAction callables, called over HTTP by a signed-in client against
// the Functions emulator, with what they wrote read back from the Firestore emulator.
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/domain/catalogue';
import { MAX_PICKS } from '../../src/domain/picks';
import {
  anonymousCaller,
  errorOf,
  rulesEnvironment,
  signedInCaller,
  type Caller,
} from '../support/emulators';

let env: RulesTestEnvironment;
const [first, second] = CATALOGUE;
if (!first || !second) throw new Error('The catalogue is empty');

beforeAll(async () => {
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});

async function picksOf(uid: string): Promise<Record<string, unknown> | undefined> {
  let data: Record<string, unknown> | undefined;
  await env.withSecurityRulesDisabled(async (context) => {
    const snapshot = await getDoc(doc(context.firestore(), 'picks', uid));
    data = snapshot.data()?.actions as Record<string, unknown> | undefined;
  });
  return data;
}

async function allPicks(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  await env.withSecurityRulesDisabled(async (context) => {
    const snapshot = await getDocs(collection(context.firestore(), 'picks'));
    for (const document of snapshot.docs) all[document.id] = document.data();
  });
  return all;
}

async function withCaller(test: (caller: Caller) => Promise<void>) {
  const caller = await signedInCaller();
  try {
    await test(caller);
  } finally {
    await caller.close();
  }
}

describe('pickAction', () => {
  it('adds the action to the caller list, once however often it is called', () =>
    withCaller(async (caller) => {
      await expect(caller.call('pickAction', { actionId: first.id })).resolves.toEqual({
        actionId: first.id,
        picked: true,
      });
      await caller.call('pickAction', { actionId: first.id });
      await caller.call('pickAction', { actionId: second.id });
      const picks = await picksOf(caller.uid);
      expect(Object.keys(picks ?? {}).sort()).toEqual([first.id, second.id].sort());
    }));

  it.each([
    [{ actionId: 'no-such-action' }, 'No action has the id "no-such-action"'],
    [{ actionId: 12 }, 'actionId must be a string'],
    [{}, 'actionId'],
    [null, 'Send an object'],
    [{ actionId: first.id, sneaky: 1 }, 'Unexpected field "sneaky"'],
  ])('answers invalid-argument to %j, saying why, and changes nothing', (payload, message) =>
    withCaller(async (caller) => {
      await caller.call('pickAction', { actionId: first.id });
      const before = await picksOf(caller.uid);
      const error = await errorOf(caller.call('pickAction', payload));
      expect(error.code).toBe('functions/invalid-argument');
      expect(error.message).toContain(message);
      expect(await picksOf(caller.uid)).toEqual(before);
    }),
  );

  it('answers unauthenticated to a caller who is not signed in, and writes nothing', async () => {
    const before = await allPicks();
    const caller = anonymousCaller();
    const error = await errorOf(caller.call('pickAction', { actionId: first.id }));
    await caller.close();
    expect(error.code).toBe('functions/unauthenticated');
    expect(error.message).toContain('Sign in');
    expect(await allPicks()).toEqual(before);
  });

  it(`refuses a pick beyond ${MAX_PICKS} actions with failed-precondition`, () =>
    withCaller(async (caller) => {
      const ids = CATALOGUE.slice(0, MAX_PICKS + 1).map((action) => action.id);
      for (const actionId of ids.slice(0, MAX_PICKS)) await caller.call('pickAction', { actionId });
      const error = await errorOf(caller.call('pickAction', { actionId: ids[MAX_PICKS] }));
      expect(error.code).toBe('functions/failed-precondition');
      expect(Object.keys((await picksOf(caller.uid)) ?? {})).toHaveLength(MAX_PICKS);
    }));
});

describe('unpickAction', () => {
  it('removes the action and leaves the others', () =>
    withCaller(async (caller) => {
      await caller.call('pickAction', { actionId: first.id });
      await caller.call('pickAction', { actionId: second.id });
      await expect(caller.call('unpickAction', { actionId: first.id })).resolves.toEqual({
        actionId: first.id,
        picked: false,
      });
      expect(Object.keys((await picksOf(caller.uid)) ?? {})).toEqual([second.id]);
    }));

  it('changes nothing when the action is not in the list', () =>
    withCaller(async (caller) => {
      await caller.call('pickAction', { actionId: second.id });
      const before = await picksOf(caller.uid);
      await caller.call('unpickAction', { actionId: first.id });
      expect(await picksOf(caller.uid)).toEqual(before);
    }));

  it('answers invalid-argument to a malformed payload and unauthenticated to a stranger', async () => {
    await withCaller(async (caller) => {
      const error = await errorOf(caller.call('unpickAction', { actionId: 'Bad Id' }));
      expect(error.code).toBe('functions/invalid-argument');
    });
    const stranger = anonymousCaller();
    const error = await errorOf(stranger.call('unpickAction', { actionId: first.id }));
    await stranger.close();
    expect(error.code).toBe('functions/unauthenticated');
  });
});
