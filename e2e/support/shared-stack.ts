// The stack the browser tests of the `e2e` project share: started once, as `npm start` runs it on
// a data folder of its own, before the first file, and killed after the last. Each file builds a
// season of its own on it (useSeasonStack), opened last and so the one the app shows; people,
// teams and mail addresses are new in every world, so files do not see each other's.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NO_PERIODIC_EXPORT, startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared stack's address (e2e/support/shared-stack.ts). */
    stackUrl: string;
  }
}

export default async function startSharedStack(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tfg-e2e-shared-'));
  // Its data is thrown away at the end: no periodic export while the files run, and no save on
  // the way out (pick-across-tabs and crash-recovery test those, on stacks of their own).
  const stack = await startStack(dataDir, NO_PERIODIC_EXPORT);
  project.provide('stackUrl', stack.url);
  return async () => {
    await stack.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
