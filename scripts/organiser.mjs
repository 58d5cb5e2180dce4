// `npm run organiser -- grant EMAIL` (or `revoke EMAIL`, or `list`): makes an existing account an
// organiser. Against the emulators `npm start` runs by default; with `--project ID` and Google
// credentials (GOOGLE_APPLICATION_CREDENTIALS), against that real Firebase project.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ID, ROOT, emulatorPorts } from './emulator-env.mjs';

const { values, positionals } = parseArgs({
  options: { project: { type: 'string' } },
  allowPositionals: true,
});

const cli = path.join(ROOT, 'functions', 'lib', 'organiser-cli.js');
if (!existsSync(cli)) {
  const build = spawnSync('npm', ['run', '--silent', 'build:functions'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

if (values.project) {
  if (!process.env.GOOGLE_APPLICATION_CREDENTIALS) {
    console.error('Set GOOGLE_APPLICATION_CREDENTIALS to a service account key of that project.');
    process.exit(1);
  }
  process.env.GCLOUD_PROJECT = values.project;
} else {
  const port = (key) => emulatorPorts().find((entry) => entry.key === key);
  const auth = port('auth');
  const firestore = port('firestore');
  process.env.GCLOUD_PROJECT = PROJECT_ID;
  process.env.FIREBASE_AUTH_EMULATOR_HOST = `${auth.host}:${auth.port}`;
  process.env.FIRESTORE_EMULATOR_HOST = `${firestore.host}:${firestore.port}`;
}

const { runOrganiserCommand } = createRequire(import.meta.url)(cli);
try {
  console.log(await runOrganiserCommand(positionals));
} catch (error) {
  const refused =
    error.code === 'ECONNREFUSED' || /ECONNREFUSED|connect/.test(String(error.message));
  console.error(
    refused && !values.project
      ? 'The emulators are not running: start them with `npm start` first.'
      : error.message,
  );
  process.exit(1);
}
process.exit(0);
