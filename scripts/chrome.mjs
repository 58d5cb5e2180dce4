// Finds a Chromium or Chrome for the browser tests: CHROME_PATH, then the usual places. Where
// there is none and Debian's apt-get can be used, installs the chromium package.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const HOW_TO_GET_ONE =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to its executable.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

/** Returns a browser executable, installing Debian's chromium when possible, or throws one line. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const canApt =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canApt) throw new Error(HOW_TO_GET_ONE);
  console.log('[tech-for-good] No browser found: installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. ${HOW_TO_GET_ONE}`);
  }
  const installed = findChrome();
  if (!installed) throw new Error(HOW_TO_GET_ONE);
  return installed;
}

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChrome());
  } catch (error) {
    console.error(`[tech-for-good] ${error.message}`);
    process.exit(1);
  }
}
