// The shared stack (e2e/support/shared-stack.ts) as nobody has used it yet, for a file whose
// story starts there (the first account claims the organiser role, no season is open): its Auth
// and Firestore emulators are emptied before the file and again after it, so that the files
// after it find the stack as the first one did. Starting a stack of its own instead costs a file
// about 25 s and 34 s of CPU.
import { afterAll, beforeAll, inject } from 'vitest';
import { clearFirestore, emulator, PROJECT_ID } from '../../tests/support/emulators';

/** Deletes every account and every document, through the emulators' own endpoints. */
async function emptyStack(): Promise<void> {
  const { host, port } = emulator('auth');
  const accounts = `http://${host}:${port}/emulator/v1/projects/${PROJECT_ID}/accounts`;
  const response = await fetch(accounts, { method: 'DELETE' });
  if (!response.ok) {
    throw new Error(`Emptying ${accounts}: ${response.status} ${await response.text()}`);
  }
  await clearFirestore();
}

/** Registers the hooks; returns the stack's address. */
export function useEmptyStack(): { readonly url: string } {
  beforeAll(emptyStack);
  afterAll(emptyStack);
  return { url: inject('stackUrl') };
}
