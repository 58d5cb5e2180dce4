// `npm run deploy [-- --project ID]`: builds the SPA for production (web config from
// .env.production) and the functions, then deploys hosting, functions, Firestore rules and
// indexes to the project named, or to the default of .firebaserc.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deployProblems, parseDotenv } from './deploy-config.mjs';
import { FIREBASE_BIN, ROOT } from './emulator-env.mjs';

const { values } = parseArgs({ options: { project: { type: 'string' } } });
const readEnv = (file) =>
  existsSync(path.join(ROOT, file))
    ? parseDotenv(readFileSync(path.join(ROOT, file), 'utf8'))
    : null;
const firebasercPath = path.join(ROOT, '.firebaserc');
const firebaserc = existsSync(firebasercPath)
  ? JSON.parse(readFileSync(firebasercPath, 'utf8'))
  : null;
const project = values.project ?? firebaserc?.projects?.default ?? null;
const problems = deployProblems({
  project,
  webEnv: readEnv('.env.production'),
  functionsEnv: readEnv('functions/.env'),
});
if (problems.length > 0) {
  for (const problem of problems) console.error(`[tech-for-good] ${problem}`);
  process.exit(1);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
console.log(`[tech-for-good] Building for ${project}…`);
run('npx', ['--no-install', 'vite', 'build', '--mode', 'production']);
run('npm', ['run', '--silent', 'build:functions']);
run(FIREBASE_BIN, [
  'deploy',
  '--only',
  'hosting,functions,firestore:rules,firestore:indexes',
  '--project',
  project,
]);
