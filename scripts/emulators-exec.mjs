// Runs one command with the Auth, Firestore and Functions emulators up, then stops them:
//   node scripts/emulators-exec.mjs "vitest run --project emulators"
//
// The emulators' own lines (and the functions' logs, megabytes over a whole test run) go to a log
// file, `emulators-test.log` at the project's root; the command's lines are shown as they come.
// When the command fails, the last line says where that log is.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import {
  FIREBASE_BIN,
  PROJECT_ID,
  ROOT,
  checkJava,
  checkLoopback,
  checkPorts,
  prepareFirestoreEmulator,
  prepareFunctionsEmulator,
  routeLines,
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
prepareFunctionsEmulator(env);

const logFile = path.join(ROOT, 'emulators-test.log');
const log = createWriteStream(logFile, { flags: 'w' });

/** firebase-tools marks its own lines (and the functions' output, `>`) with these. */
const EMULATOR_LINE = /^(?:[iv✔⚠⬢!>])\s\s/u;
const commandLine = (line) => !EMULATOR_LINE.test(line);

// The command runs once the callables' first workers have started (scripts/warm-functions.mjs).
const warmedCommand = `node ${path.join('scripts', 'warm-functions.mjs')} && ${command}`;
const child = spawn(
  FIREBASE_BIN,
  ['emulators:exec', '--only', 'auth,firestore,functions', '--project', PROJECT_ID, warmedCommand],
  { cwd: ROOT, env, stdio: ['inherit', 'pipe', 'pipe'] },
);
routeLines(child.stdout, process.stdout, log, commandLine);
routeLines(child.stderr, process.stderr, log, commandLine);
const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
await new Promise((resolve) => log.end(resolve));
if (code !== 0) {
  console.error(`[tech-for-good] The emulators' full log (functions included): ${logFile}`);
}
process.exit(code);
