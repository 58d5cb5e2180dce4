// `npm start`: builds the SPA and the functions, then runs the whole product on the Firebase
// emulators (Auth, Firestore, Functions, Hosting), keeping data in a folder across restarts.
//
//   npm start [-- --data DIR] [-- --no-build] [-- --export-every SECONDS] [-- --demo]
//
// --demo, on an empty data folder, fills it with a living sample season and prints the accounts.
//
// Ctrl-C exports the data and stops every child; a periodic export bounds what a crash loses.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  FIREBASE_BIN,
  PROJECT_ID,
  ROOT,
  checkJava,
  checkLoopback,
  checkPorts,
  emulatorPorts,
  prepareFirestoreEmulator,
  prepareFunctionsEmulator,
} from './emulator-env.mjs';
import { startAuthMailRelay } from './auth-mails.mjs';
import { MAIL_CATCHER_PORTS, startMailCatcher } from './mail-catcher.mjs';
import { warmFunctions } from './warm-functions.mjs';

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: '.data' },
    'no-build': { type: 'boolean', default: false },
    'export-every': { type: 'string', default: '60' },
    demo: { type: 'boolean', default: false },
  },
});

const dataDir = path.resolve(options.data);
const exportEverySeconds = Number(options['export-every']);
const logFile = path.resolve(`${dataDir}.log`);
const say = (line) => console.log(`[tech-for-good] ${line}`);
const fail = (line) => {
  console.error(`[tech-for-good] ${line}`);
  process.exit(1);
};

if (!Number.isFinite(exportEverySeconds) || exportEverySeconds < 5) {
  fail('--export-every takes a number of seconds, 5 or more.');
}

/** A periodic export writes beside the data folder, then swaps: this finishes an interrupted swap. */
function recoverDataDir() {
  const previous = `${dataDir}.previous`;
  if (!existsSync(dataDir) && existsSync(previous)) renameSync(previous, dataDir);
  rmSync(previous, { recursive: true, force: true });
  rmSync(`${dataDir}.exporting`, { recursive: true, force: true });
}

try {
  checkJava();
  checkLoopback();
  await checkPorts([...emulatorPorts(), ...MAIL_CATCHER_PORTS]);
} catch (error) {
  fail(error.message);
}

// Every mail the functions send lands in the local catcher (SMTP on 127.0.0.1:1025).
const mailCatcher = startMailCatcher({ say });
process.on('exit', () => mailCatcher.stop());

if (!options['no-build']) {
  say('Building the app and the functions…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed: see the messages above.');
}

recoverDataDir();
mkdirSync(path.dirname(dataDir), { recursive: true });
const hasData = existsSync(path.join(dataDir, 'firebase-export-metadata.json'));
const env = { ...process.env };
prepareFirestoreEmulator(env);
prepareFunctionsEmulator(env);

const args = [
  'emulators:start',
  '--only',
  'auth,firestore,functions,hosting',
  '--project',
  PROJECT_ID,
  ...(hasData ? ['--import', dataDir] : []),
];
say(hasData ? `Loading saved data from ${dataDir}` : `Starting with empty data in ${dataDir}`);
say(`Starting the Firebase emulators (full log: ${logFile})…`);

const log = createWriteStream(logFile, { flags: 'w' });
// Its own process group, so Ctrl-C reaches this script first: it then waits for any periodic
// export to finish before asking firebase-tools to export and stop.
const child = spawn(FIREBASE_BIN, args, { cwd: ROOT, env, detached: true });
let output = '';
let ready = false;
/** Stops relaying Auth's codes to the mail catcher (nothing until the emulators are ready). */
let stopAuthMails = () => {};
const onOutput = async (chunk) => {
  log.write(chunk);
  if (ready) return;
  output += chunk.toString();
  if (output.includes('All emulators ready')) {
    ready = true;
    output = '';
    const hosting = emulatorPorts().find((entry) => entry.key === 'hosting');
    const auth = emulatorPorts().find((entry) => entry.key === 'auth');
    const smtp = MAIL_CATCHER_PORTS.find((entry) => entry.key === 'mailSmtp');
    stopAuthMails = startAuthMailRelay({
      authUrl: `http://${auth.host}:${auth.port}`,
      projectId: PROJECT_ID,
      appUrl: `http://${hosting.host}:${hosting.port}`,
      smtp: { host: smtp.host, port: smtp.port },
      say,
    });
    // The first people find warm callables (scripts/warm-functions.mjs); a failure only says so.
    await warmFunctions().catch((error) =>
      say(`The functions were not warmed up: ${error.message}`),
    );
    say(`Ready. Open http://${hosting.host}:${hosting.port}`);
    say(`Mails sent by the app: ${mailCatcher.url}`);
    say(
      'Sign-in links, password resets and address checks land there too; Google and Microsoft ' +
        'open the Auth emulator’s account page, where you make up the account.',
    );
    say(`Data is saved to ${dataDir} every ${exportEverySeconds} s and when you press Ctrl-C.`);
    if (options.demo) void seedDemo();
    scheduleExport();
    startJobs();
  }
};
child.stdout.on('data', onOutput);
child.stderr.on('data', onOutput);

/** Fills the running emulators with the demo season (functions/src/cli/demo.ts). */
async function seedDemo() {
  if (hasData) {
    say(`--demo ignored: ${dataDir} already holds data (use --data with a new folder).`);
    return;
  }
  Object.assign(process.env, emulatorEnv());
  say('Filling the emulators with the demo season…');
  try {
    const cli = path.join(ROOT, 'functions', 'lib', 'demo-cli.js');
    const { seedDemo: seed } = createRequire(import.meta.url)(cli);
    for (const line of await seed()) say(line);
    say(
      'The functions are scoring the approved submissions: the leaderboard fills within a minute.',
    );
  } catch (error) {
    say(`The demo data could not be written: ${error.message}`);
  }
}

/** The emulators' addresses, for programs that talk to them with the Admin SDK. */
function emulatorEnv() {
  const port = (key) => emulatorPorts().find((entry) => entry.key === key);
  return {
    GCLOUD_PROJECT: PROJECT_ID,
    FIREBASE_AUTH_EMULATOR_HOST: `${port('auth').host}:${port('auth').port}`,
    FIRESTORE_EMULATOR_HOST: `${port('firestore').host}:${port('firestore').port}`,
  };
}

let jobs = null;

/**
 * The emulator never fires scheduled functions: the scheduled jobs (reminders, the daily post, the
 * backlog, digests, mail and post retries, season dates, photo purges) run here every minute, the
 * same handlers as in production (functions/src/scheduled/jobs.ts). Their lines go to the log.
 */
function startJobs() {
  const cli = path.join(ROOT, 'functions', 'lib', 'jobs-cli.js');
  jobs = spawn(process.execPath, [cli, '--every', '60'], {
    cwd: ROOT,
    env: { ...process.env, ...emulatorEnv(), FUNCTIONS_EMULATOR: 'true' },
  });
  jobs.stdout.on('data', (chunk) => log.write(chunk));
  jobs.stderr.on('data', (chunk) => log.write(chunk));
  say('Scheduled jobs run every minute (reminders, daily post, backlog, digests, retries).');
}

function stopJobs() {
  try {
    jobs?.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

let exporting = null;
let timer = null;
let stopping = false;

/** How long an export may take before it counts as failed (a stop then says the data was not saved). */
const EXPORT_TIMEOUT_MS = 120_000;

/** Exports the emulators' data beside the data folder, then swaps it in. */
async function exportNow() {
  const hub = emulatorPorts().find((entry) => entry.key === 'hub');
  const target = `${dataDir}.exporting`;
  rmSync(target, { recursive: true, force: true });
  const response = await fetch(`http://${hub.host}:${hub.port}/_admin/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ path: target, initiatedBy: 'tech-for-good' }),
    // A hub that does not answer must not hold a stop for good.
    signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  // Swap so that a crash at any moment leaves one complete copy on disk.
  const previous = `${dataDir}.previous`;
  if (existsSync(dataDir)) renameSync(dataDir, previous);
  renameSync(target, dataDir);
  rmSync(previous, { recursive: true, force: true });
}

function scheduleExport() {
  if (stopping) return;
  timer = setTimeout(async () => {
    exporting = exportNow()
      .catch((error) => say(`Periodic export failed (${error.message}); will try again.`))
      .finally(() => {
        exporting = null;
      });
    await exporting;
    scheduleExport();
  }, exportEverySeconds * 1000);
}

/** Every process started under `pid`, however deep: firebase-tools detaches the Java emulator. */
function descendantsOf(pid) {
  const listing = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout ?? '';
  const children = new Map();
  for (const line of listing.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(child);
  }
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function killGroup(signal) {
  stopJobs();
  stopAuthMails();
  const targets = signal === 'SIGKILL' ? descendantsOf(child.pid) : [];
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  for (const pid of targets) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/**
 * How long the emulators may take to stop once their data is saved. firebase-tools waits up to
 * 60 s for the functions in flight: a trigger queued behind a worker that is still starting (a
 * busy machine, a stack just restarted) kept a stop waiting the whole minute. What they would
 * write after the export is not saved anyway.
 */
const STOP_AFTER_EXPORT_MS = 5_000;
/** Set when the data could not be saved on the way out: the exit code says so. */
let notSaved = false;

/**
 * Saves the data the way the periodic export does (through the emulator hub, then a swap), then
 * stops the emulators. firebase-tools' own `--export-on-exit` is not used: it finds the hub
 * through a file named after the project in the system's temporary folder, which another stack of
 * the same project on the machine (a test's, in a network of its own) replaces or deletes when it
 * stops, and then it exports nothing and says only that it failed.
 */
async function stop(signal) {
  if (stopping) {
    say('Stopping now, without saving.');
    killGroup('SIGKILL');
    return;
  }
  stopping = true;
  clearTimeout(timer);
  mailCatcher.stop();
  stopJobs();
  if (ready) {
    say(`Received ${signal}: saving data to ${dataDir} and stopping…`);
    if (exporting) await exporting;
    try {
      await exportNow();
    } catch (error) {
      notSaved = true;
      say(`The data could not be saved (${error.message}): ${dataDir} keeps the last export.`);
    }
  } else {
    say(`Received ${signal} before the emulators were ready: stopping, nothing to save.`);
  }
  killGroup('SIGINT');
  setTimeout(() => killGroup('SIGKILL'), STOP_AFTER_EXPORT_MS).unref();
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));
process.on('exit', () => killGroup('SIGKILL'));

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  mailCatcher.stop();
  log.end();
  killGroup('SIGKILL');
  if (stopping) {
    say(notSaved ? 'Stopped, without saving what changed since the last export.' : 'Stopped.');
    process.exit(notSaved ? 1 : 0);
  }
  console.error(output.split('\n').slice(-30).join('\n'));
  fail(`The emulators stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${logFile}.`);
});
