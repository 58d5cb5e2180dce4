// Helpers for tests that run against the Firebase emulators started by emulators:exec.
import { readFileSync } from 'node:fs';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, createUserWithEmailAndPassword, getAuth } from 'firebase/auth';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';

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
  call(name: string, data: unknown): Promise<unknown>;
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
    call: async (name, data) => (await httpsCallable(functions, name)(data)).data,
    close: () => deleteApp(app),
  };
}

export async function signedInCaller(): Promise<Caller> {
  const app = clientApp();
  const auth = getAuth(app);
  const { host, port } = emulator('auth');
  connectAuthEmulator(auth, `http://${host}:${port}`, { disableWarnings: true });
  const email = `person-${Date.now()}-${counter}@example.test`;
  const credential = await createUserWithEmailAndPassword(auth, email, 'a-long-password');
  return callerOn(app, credential.user.uid);
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
