// `npm run bench`: prints the product's figures (a benchmark, not a test). Bundles bench/*.ts,
// runs the pure-function part, the part that needs the emulators under emulators:exec, then the
// eco-design figures of the main pages against the stack `npm start -- --demo` runs.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';
import { PROJECT_ID, ROOT, emulatorPorts } from './emulator-env.mjs';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

await build({
  entryPoints: ['bench/main.ts'],
  outfile: '.bench/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  absWorkingDir: ROOT,
});

console.log('\n▶ Pure functions');
run(process.execPath, ['.bench/main.mjs', 'ranking']);

console.log('\n▶ On the emulators');
run('npm', ['run', '--silent', 'build:functions']);
const port = (key) => emulatorPorts().find((entry) => entry.key === key);
const env = {
  ...process.env,
  GCLOUD_PROJECT: PROJECT_ID,
  FIREBASE_AUTH_EMULATOR_HOST: `${port('auth').host}:${port('auth').port}`,
  FIRESTORE_EMULATOR_HOST: `${port('firestore').host}:${port('firestore').port}`,
  BENCH_FUNCTIONS_HOST: `${port('functions').host}:${port('functions').port}`,
};
run(process.execPath, ['scripts/emulators-exec.mjs', 'node .bench/main.mjs emulated'], env);

console.log('\n▶ Eco-design of the main pages (the demo season, in Chromium)');
run('npm', ['run', '--silent', 'build:web']);
run(process.execPath, ['.bench/main.mjs', 'eco'], {
  ...process.env,
  CHROME_PATH: ensureChrome(),
  CHROME_ARGS: CHROME_ARGS.join(' '),
});
