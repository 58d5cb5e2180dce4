// Helpers for tests that run against the Firebase emulators started by emulators:exec.
import { readFileSync } from 'node:fs';
import type * as AdminAuth from 'firebase-admin/auth';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  signInWithCustomToken,
  signInWithEmailAndPassword,
  type Auth,
} from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { commandEnvelope } from '../../src/domain/command-callables';
import type { CommandName } from '../../src/domain/commands';
import { TOLD_PREFIX } from '../../src/domain/happenings';

export const PROJECT_ID = 'demo-techforgood';
export const REGION = 'europe-west1';

const firebaseJson = JSON.parse(
  readFileSync(new URL('../../firebase.json', import.meta.url), 'utf8'),
) as { emulators: Record<string, { host: string; port: number }> };

export function emulator(name: 'auth' | 'firestore' | 'functions') {
  const entry = firebaseJson.emulators[name];
  if (!entry) throw new Error(`firebase.json has no ${name} emulator`);
  return entry;
}

/**
 * How often, and how far apart, a clear of the Firestore emulator is sent (each try waits up to 2 s
 * for a lock before it is refused).
 */
const CLEAR_ATTEMPTS = 20;
const CLEAR_PAUSE_MS = 250;

/** The Firestore emulator's address for the project's documents, under `api` (`v1`, `emulator/v1`). */
function firestoreUrl(api: string, suffix: string): string {
  const { host, port } = emulator('firestore');
  return `http://${host}:${port}/${api}/projects/${PROJECT_ID}/databases/(default)/documents${suffix}`;
}

/**
 * Deletes every document of the Firestore emulator. The emulator locks the documents a
 * transaction read until it ends, and a clear that meets such a lock (a trigger of the test
 * before still rebuilding the board, or asking for a rebuild) is answered ABORTED, "Transaction
 * lock timeout", instead of waiting for it: as Firestore asks of any aborted transaction, it is
 * sent again once the lock may be gone. Anything else is an error at once.
 */
export async function clearFirestore(): Promise<void> {
  const url = firestoreUrl('emulator/v1', '');
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, { method: 'DELETE' });
    if (response.ok) return;
    const answer = `${response.status} ${await response.text()}`;
    if (response.status !== 409 || attempt === CLEAR_ATTEMPTS) {
      throw new Error(`Clearing the Firestore emulator (attempt ${attempt}): ${answer}`);
    }
    await new Promise((resolve) => setTimeout(resolve, CLEAR_PAUSE_MS));
  }
}

export function rulesEnvironment(): Promise<RulesTestEnvironment> {
  const { host, port } = emulator('firestore');
  return initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { host, port, rules: readFileSync('firestore.rules', 'utf8') },
  });
}

let counter = 0;

/** A signed-in person as the SPA would be: a client app with its own Auth session. */
export interface Caller {
  readonly uid: string;
  readonly email?: string;
  call(name: CommandName, data: unknown): Promise<unknown>;
  /** Takes a fresh ID token, as the app does after a claim changed. */
  refreshToken(): Promise<void>;
  close(): Promise<void>;
}

function clientApp(): FirebaseApp {
  counter += 1;
  return initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, `caller-${counter}`);
}

function callerOn(app: FirebaseApp, uid: string): Caller {
  const functions = getFunctions(app, REGION);
  const { host, port } = emulator('functions');
  connectFunctionsEmulator(functions, host, port);
  return {
    uid,
    call: async (name, payload) => {
      const { callable, data } = commandEnvelope(name, payload);
      return (await httpsCallable(functions, callable)(data)).data;
    },
    refreshToken: async () => {
      await getAuth(app).currentUser?.getIdToken(true);
    },
    close: () => deleteApp(app),
  };
}

let admin: Promise<typeof AdminAuth> | null = null;

/** The Admin SDK's Auth, pointed at the Auth emulator, for setting claims as a grant would. */
async function adminAuth() {
  const { host, port } = emulator('auth');
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= `${host}:${port}`;
  admin ??= (async () => {
    const { getApps, initializeApp: initializeAdmin } = await import('firebase-admin/app');
    if (getApps().length === 0) initializeAdmin({ projectId: PROJECT_ID });
    return import('firebase-admin/auth');
  })();
  return (await admin).getAuth();
}

function emulatedAuth(app: FirebaseApp): Auth {
  const auth = getAuth(app);
  const { host, port } = emulator('auth');
  connectAuthEmulator(auth, `http://${host}:${port}`, { disableWarnings: true });
  return auth;
}

export async function signedInCaller(options: { organiser?: boolean } = {}): Promise<Caller> {
  const app = clientApp();
  const auth = emulatedAuth(app);
  const email = `person-${Date.now()}-${counter}@example.test`;
  const credential = await createUserWithEmailAndPassword(auth, email, 'a-long-password');
  if (options.organiser) {
    await (await adminAuth()).setCustomUserClaims(credential.user.uid, { organiser: true });
    await credential.user.getIdToken(true);
  }
  return { ...callerOn(app, credential.user.uid), email };
}

/** A caller who can also read the claims of their current ID token (what the functions see). */
export interface TokenCaller extends Caller {
  tokenClaims(): Promise<Record<string, unknown>>;
}

/**
 * A person whose account holds `email`, verified or not, as Auth would after sign-up (created
 * with the Admin SDK), signed in with their password; `claims` are custom claims set on the
 * account beforehand (a forged `email` or `email_verified`, say).
 */
export async function callerWithAddress(options: {
  email: string;
  emailVerified: boolean;
  claims?: Record<string, unknown>;
}): Promise<TokenCaller> {
  const admin = await adminAuth();
  const password = 'a-long-password';
  const user = await admin.createUser({
    email: options.email,
    emailVerified: options.emailVerified,
    password,
  });
  if (options.claims) await admin.setCustomUserClaims(user.uid, options.claims);
  const app = clientApp();
  const credential = await signInWithEmailAndPassword(emulatedAuth(app), options.email, password);
  return {
    ...callerOn(app, user.uid),
    email: options.email,
    tokenClaims: async () => (await credential.user.getIdTokenResult(true)).claims,
  };
}

/** A person signed in with a custom token minted with `developerClaims` (an account with no address). */
export async function callerWithCustomToken(
  developerClaims: Record<string, unknown>,
): Promise<TokenCaller> {
  counter += 1;
  const token = await (
    await adminAuth()
  ).createCustomToken(`custom-${Date.now()}-${counter}`, {
    ...developerClaims,
  });
  const app = clientApp();
  const credential = await signInWithCustomToken(emulatedAuth(app), token);
  return {
    ...callerOn(app, credential.user.uid),
    tokenClaims: async () => (await credential.user.getIdTokenResult(true)).claims,
  };
}

export function anonymousCaller(): Caller {
  return callerOn(clientApp(), '');
}

/** The code of a callable's error, e.g. "functions/invalid-argument". */
export async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The whole refusal as the client sees it: code, message and details. */
export async function refusalOf(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    const { code, message, details } = error as {
      code: string;
      message: string;
      details?: Record<string, unknown>;
    };
    return { code, message, details: details ?? {} };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** Top-level collections the callables write. */
const TOP = [
  ...['config', 'picks', 'profiles', 'seasons', 'companies', 'teams', 'memberships'],
  ...['organisers', 'inviteCodes', 'submissions', 'proofPhotos', 'rateLimits'],
  ...['events', 'eventRegistrations', 'notifications', 'surveyAnswers', 'happenings'],
  ...['mail', 'mailPreferences'],
  ...['chatChannels', 'chatChannelSecrets', 'chatSigningKeys', 'chatDeliveries'],
];
/** Sub-collections written by callables (not those the triggers derive: scores, leaderboard). */
const INNER: Readonly<Record<string, readonly string[]>> = {
  teams: ['private', 'captain'],
  seasons: ['audit', 'corrections', 'settings'],
};

/**
 * Documents the triggers write on their own after a call: the notices, mails and chat posts of a
 * happening's fan-out, and the happenings the score trigger and the leaderboard record (an organiser's announcement is
 * a callable's own, and stays).
 */
function derivedByTriggers(path: string): boolean {
  const [collection, id = ''] = path.split('/');
  if (collection === 'notifications' || collection === 'mail') return id.startsWith(TOLD_PREFIX);
  // A happening's posts (a test post, `test-…`, is sendTestPost's own).
  if (collection === 'chatDeliveries') return !id.startsWith('test-');
  if (collection === 'happenings') return !id.startsWith('announcement-');
  return false;
}

/**
 * Fields the triggers move on their own after the call that wrote the document: a happening's
 * fan-out cursor, a mail's or a chat post's delivery (sent, held, tried again).
 */
const TRIGGER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  happenings: ['cursor', 'done'],
  mail: ['status', 'attempts', 'notBefore', 'outcome', 'claimedAt', 'sentAt'],
  chatDeliveries: [
    'status',
    'attempts',
    'nextAttemptAt',
    'lastError',
    'httpStatus',
    'sentAt',
    'claimedUntil',
  ],
};

function withoutTriggerFields(path: string, data: Record<string, unknown>) {
  const moving = TRIGGER_FIELDS[path.split('/')[0] ?? ''];
  if (!moving) return data;
  return Object.fromEntries(Object.entries(data).filter(([field]) => !moving.includes(field)));
}

/** A value as Firestore's REST API gives it: one field naming its type. */
type RestValue = Record<string, unknown> & {
  arrayValue?: { values?: RestValue[] };
  mapValue?: { fields?: Record<string, RestValue> };
};

/** A REST value as plain data: numbers for integers, the wire form for times, bytes, references. */
function plain(value: RestValue): unknown {
  if (value.mapValue) return plainFields(value.mapValue.fields);
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plain);
  if ('integerValue' in value) return Number(value.integerValue);
  if ('nullValue' in value) return null;
  return Object.values(value)[0];
}

const plainFields = (fields: Record<string, RestValue> = {}) =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, plain(value)]));

/** Whether a document's path is one the callables write: `TOP/{id}` or `INNER's/{id}/name/{id}`. */
function writtenByCallables(path: string): boolean {
  const [collection = '', , inner = '', ...deeper] = path.split('/');
  if (!inner) return TOP.includes(collection);
  return deeper.length === 1 && (INNER[collection] ?? []).includes(inner);
}

/**
 * Every document the callables write, by path: to prove a call changed nothing. Documents the
 * triggers derive from them (scores, the leaderboard) follow on their own and are left out, and
 * so are the fields a trigger moves on a document a callable wrote (TRIGGER_FIELDS).
 * One query reads the whole database from the emulator (a kindless query over every collection,
 * as the emulator's owner): a query per collection, twenty at once, took three times as long, and
 * a test of the matrix dumps twice.
 */
export async function dumpDatabase(): Promise<Record<string, unknown>> {
  const response = await fetch(firestoreUrl('v1', ':runQuery'), {
    method: 'POST',
    headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
    body: JSON.stringify({ structuredQuery: { from: [{ allDescendants: true }] } }),
  });
  if (!response.ok) {
    throw new Error(`Reading the Firestore emulator: ${response.status} ${await response.text()}`);
  }
  const rows = (await response.json()) as {
    document?: { name: string; fields?: Record<string, RestValue> };
  }[];
  const all: Record<string, unknown> = {};
  for (const { document } of rows) {
    if (!document) continue;
    const path = document.name.split('/documents/')[1] ?? '';
    if (!writtenByCallables(path) || derivedByTriggers(path)) continue;
    all[path] = withoutTriggerFields(path, plainFields(document.fields));
  }
  return all;
}

/** The Admin SDK's Firestore, pointed at the emulator. */
export async function adminFirestore() {
  // Under emulators:exec the variable is set; against `npm start` (browser tests) it is not.
  const { host, port } = emulator('firestore');
  process.env.FIRESTORE_EMULATOR_HOST ??= `${host}:${port}`;
  const { getApps, initializeApp: initializeAdmin } = await import('firebase-admin/app');
  if (getApps().length === 0) initializeAdmin({ projectId: PROJECT_ID });
  const { getFirestore } = await import('firebase-admin/firestore');
  return getFirestore();
}
