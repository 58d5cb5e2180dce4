// firestore.rules: a person reads only their own picks, and no client writes anything.
import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, setDoc, setLogLevel, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { rulesEnvironment, clearFirestore } from '../support/emulators';

let env: RulesTestEnvironment;

beforeAll(async () => {
  // Denied writes are the point of these tests; the SDK would log each one as an error.
  setLogLevel('silent');
  env = await rulesEnvironment();
});
afterAll(async () => {
  await env.cleanup();
});
beforeEach(async () => {
  await clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    await setDoc(doc(context.firestore(), 'picks/alice'), { actions: { 'a-b': 1 } });
  });
});

describe('picks/{uid}', () => {
  it('lets a person read their own picks', async () => {
    await assertSucceeds(getDoc(doc(env.authenticatedContext('alice').firestore(), 'picks/alice')));
  });

  it("does not let a person read someone else's picks", async () => {
    await assertFails(getDoc(doc(env.authenticatedContext('bob').firestore(), 'picks/alice')));
  });

  it('does not let a stranger read any picks', async () => {
    await assertFails(getDoc(doc(env.unauthenticatedContext().firestore(), 'picks/alice')));
  });

  it('does not let a person write their own picks directly', async () => {
    const db = env.authenticatedContext('alice').firestore();
    await assertFails(setDoc(doc(db, 'picks/alice'), { actions: { 'x-y': 1 } }));
    await assertFails(updateDoc(doc(db, 'picks/alice'), { actions: {} }));
    await assertFails(deleteDoc(doc(db, 'picks/alice')));
    await assertFails(setDoc(doc(db, 'picks/new-person'), { actions: {} }));
  });

  it('does not let a person create a picks document of their own', async () => {
    const db = env.authenticatedContext('carol').firestore();
    await assertFails(setDoc(doc(db, 'picks/carol'), { actions: { 'a-b': 1 } }));
  });
});

describe('any other collection', () => {
  it('is closed to reads and writes from clients', async () => {
    for (const db of [
      env.authenticatedContext('alice').firestore(),
      env.unauthenticatedContext().firestore(),
    ]) {
      await assertFails(getDoc(doc(db, 'anything/else')));
      await assertFails(setDoc(doc(db, 'anything/else'), { a: 1 }));
    }
  });
});
