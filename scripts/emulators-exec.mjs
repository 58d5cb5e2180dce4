// Runs one command with the Auth, Firestore and Functions emulators up, then stops them:
//   node scripts/emulators-exec.mjs "vitest run --project emulators"
import { spawnSync } from 'node:child_process';
import {
  FIREBASE_BIN,
  PROJECT_ID,
  ROOT,
  checkJava,
  checkLoopback,
  checkPorts,
  prepareFirestoreEmulator,
} from './emulator-env.mjs';

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error('Usage: node scripts/emulators-exec.mjs "<command to run>"');
  process.exit(2);
}
try {
  checkJava();
  checkLoopback();
  await checkPorts();
} catch (error) {
  console.error(`[tech-for-good] ${error.message}`);
  process.exit(1);
}
const env = { ...process.env };
prepareFirestoreEmulator(env);
const result = spawnSync(
  FIREBASE_BIN,
  ['emulators:exec', '--only', 'auth,firestore,functions', '--project', PROJECT_ID, command],
  { cwd: ROOT, env, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
