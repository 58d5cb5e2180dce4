// firestore.rules for every collection and every role: who reads each document, and that no
// client writes anything (every write goes through a callable).
import {
  assertFails,
  assertSucceeds,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, setDoc, setLogLevel } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Role } from '../../src/domain/roles';
import { ROLES } from '../../src/domain/roles';
import { rulesEnvironment } from '../support/emulators';

/** One person per role with respect to team t1 of the open season. */
const PEOPLE: Record<Exclude<Role, 'stranger'>, { uid: string; organiser?: boolean }> = {
  employee: { uid: 'dave' },
  member: { uid: 'bob' },
  captain: { uid: 'alice' },
  otherCaptain: { uid: 'carol' },
  organiser: { uid: 'olga', organiser: true },
};

const SEED: Record<string, Record<string, unknown>> = {
  'config/app': { currentSeasonId: 'open1', hasOrganiser: true },
  'picks/alice': { actions: { 'a-b': 1 } },
  'profiles/alice': { displayName: 'Alice', pseudonym: 'Loutre 12', showRealName: false },
  'seasons/open1': { name: 'Open', state: 'open' },
  'seasons/draft1': { name: 'Draft', state: 'draft' },
  'companies/c1': { name: 'Acme' },
  'teams/t1': { seasonId: 'open1', name: 'Green', members: {} },
  'teams/t1/private/invite': { code: 'ABCDEFGH' },
  'teams/t2': { seasonId: 'open1', name: 'Blue', members: {} },
  'memberships/open1_alice': { uid: 'alice', teamId: 't1', seasonId: 'open1', role: 'captain' },
  'memberships/open1_bob': { uid: 'bob', teamId: 't1', seasonId: 'open1', role: 'member' },
  'memberships/open1_carol': { uid: 'carol', teamId: 't2', seasonId: 'open1', role: 'captain' },
  'organisers/olga': { email: 'olga@example.test' },
  'inviteCodes/ABCDEFGH': { teamId: 't1', seasonId: 'open1' },
};

const SIGNED_IN: readonly Role[] = ['employee', 'member', 'captain', 'otherCaptain', 'organiser'];

/** Who may read each seeded document. */
const READERS: Record<string, readonly Role[]> = {
  'config/app': SIGNED_IN,
  'picks/alice': ['captain'],
  'profiles/alice': ['captain', 'organiser'],
  'seasons/open1': SIGNED_IN,
  'seasons/draft1': ['organiser'],
  'companies/c1': SIGNED_IN,
  'teams/t1': SIGNED_IN,
  'teams/t1/private/invite': ['member', 'captain', 'organiser'],
  'teams/t2': SIGNED_IN,
  'memberships/open1_alice': ['captain', 'organiser'],
  'memberships/open1_bob': ['member', 'organiser'],
  'memberships/open1_carol': ['otherCaptain', 'organiser'],
  'organisers/olga': ['organiser'],
  'inviteCodes/ABCDEFGH': [],
};

let env: RulesTestEnvironment;

function dbFor(role: Role): ReturnType<RulesTestContext['firestore']> {
  if (role === 'stranger') return env.unauthenticatedContext().firestore();
  const person = PEOPLE[role];
  return env
    .authenticatedContext(person.uid, person.organiser ? { organiser: true } : {})
    .firestore();
}

beforeAll(async () => {
  setLogLevel('silent');
  env = await rulesEnvironment();
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (context) => {
    for (const [path, data] of Object.entries(SEED))
      await setDoc(doc(context.firestore(), path), data);
  });
});

afterAll(async () => {
  await env.cleanup();
});

describe.each(Object.keys(SEED))('%s', (path) => {
  it.each(ROLES)('read by %s as the table says', async (role) => {
    const read = getDoc(doc(dbFor(role), path));
    await ((READERS[path] ?? []).includes(role) ? assertSucceeds(read) : assertFails(read));
  });

  it.each(ROLES)('never written by %s', async (role) => {
    const db = dbFor(role);
    await assertFails(setDoc(doc(db, path), { tampered: true }));
    await assertFails(setDoc(doc(db, path), { tampered: true }, { merge: true }));
    await assertFails(deleteDoc(doc(db, path)));
  });
});

describe('documents that do not exist yet', () => {
  it('a person may listen for their own membership before it exists, nobody else may', async () => {
    await assertSucceeds(getDoc(doc(dbFor('employee'), 'memberships/open1_dave')));
    await assertFails(getDoc(doc(dbFor('member'), 'memberships/open1_dave')));
    await assertFails(getDoc(doc(dbFor('employee'), 'memberships/open1_dave_x')));
    await assertFails(getDoc(doc(dbFor('stranger'), 'memberships/open1_dave')));
  });
});

describe('new documents', () => {
  it.each(ROLES)('cannot be created by %s in any collection', async (role) => {
    const db = dbFor(role);
    const uid = role === 'stranger' ? 'nobody' : PEOPLE[role].uid;
    for (const path of [
      `picks/${uid}`,
      `profiles/${uid}`,
      'seasons/new',
      'companies/new',
      'teams/new',
      `memberships/open1_${uid}`,
      `organisers/${uid}`,
      'inviteCodes/ZZZZZZZZ',
      'config/app',
    ]) {
      await assertFails(setDoc(doc(db, path), { anything: 1 }));
    }
  });
});
