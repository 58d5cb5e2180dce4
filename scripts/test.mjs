// `npm test`: every check, from fast to real. Static checks and unit tests all run even when one
// fails, so one run tells everything; the emulator and browser tests need good builds first.
// Steps that run beside another print their output whole when they end; the browser tests of the
// shared stack print theirs as it comes.
import { spawn, spawnSync } from 'node:child_process';
import { ensureChrome } from './chrome.mjs';
import { failureDigest } from './failure-digest.mjs';

const npx = (...args) => ['npx', '--no-install', ...args];

/**
 * A private network of the step's own (its loopback, and a link-local pair of interfaces without
 * which Chromium thinks itself offline), so that a stack there takes the stack's fixed ports
 * beside one outside. Needs `unshare` and `ip`, and the right to use them (root, as in CI).
 */
const PRIVATE_NETWORK = [
  'unshare',
  '-n',
  'sh',
  '-c',
  [
    'ip link set lo up',
    'ip link add tfg0 type veth peer name tfg1',
    'ip addr add 169.254.77.1/24 dev tfg0',
    'ip addr add 169.254.77.2/24 dev tfg1',
    'ip link set tfg0 up',
    'ip link set tfg1 up',
    'exec "$@"',
  ].join(' && '),
  'sh',
];
const privateNetwork =
  process.env.TFG_SERIAL_TESTS !== '1' &&
  spawnSync(PRIVATE_NETWORK[0], [...PRIVATE_NETWORK.slice(1), 'true'], { stdio: 'ignore' })
    .status === 0;

const checks = [
  { name: 'format (prettier)', command: npx('prettier', '--check', '--log-level', 'warn', '.') },
  { name: 'lint (eslint)', command: npx('eslint', '.', '--max-warnings=0') },
  { name: 'types (SPA)', command: npx('tsc', '-p', 'tsconfig.json') },
  { name: 'types (tests and scripts)', command: npx('tsc', '-p', 'tsconfig.node.json') },
  { name: 'types (functions)', command: npx('tsc', '-p', 'functions') },
];
/**
 * The two builds, each in the lane that needs it first: the emulator tests need only the functions
 * (a second), the browser tests the web app too (seconds more, beside the emulator tests).
 */
const buildFunctions = {
  name: 'build (functions)',
  command: ['npm', 'run', '--silent', 'build:functions'],
  builds: 'functions',
};
const buildWeb = {
  name: 'build (web app)',
  command: ['npm', 'run', '--silent', 'build:web'],
  builds: 'web',
};
const emulatorTests = {
  name: 'rules and functions tests (emulators)',
  command: [
    'node',
    'scripts/emulators-exec.mjs',
    'npx --no-install vitest run --project emulators',
  ],
  needs: ['functions'],
};
const unitTests = { name: 'unit tests', command: npx('vitest', 'run', '--project', 'unit') };
const sharedStackTests = {
  name: 'browser tests (e2e, one shared stack)',
  command: npx('vitest', 'run', '--project', 'e2e'),
  needs: ['functions', 'web'],
  browser: true,
  live: true,
};
const ownStackTests = {
  name: 'browser tests (e2e, a stack each)',
  command: npx('vitest', 'run', '--project', 'e2e-own-stack'),
  needs: ['functions', 'web'],
  browser: true,
};

/** A step split in `count` parts by vitest's --shard, each in a private network of its own. */
const inParts = (step, count) =>
  Array.from({ length: count }, (_, index) => ({
    ...step,
    name: `${step.name}, part ${index + 1} of ${count}`,
    command: [...step.command, `--shard=${index + 1}/${count}`],
    network: PRIVATE_NETWORK,
    live: false,
  }));

/**
 * Steps of one lane run one after another; the lanes of a phase run side by side, so that both
 * cores work, and then take steps from the phase's queue until it is empty. The emulator tests,
 * the longest step, start as soon as the functions are built; beside them run the web app's build,
 * the unit tests (one vitest worker) and the static checks. The browser files, in private
 * networks, are in the queue, in two parts each (a part starts a stack of its own): the other lane
 * starts them as it ends, and the emulator lane takes what is left when it ends, so that two
 * browser parts run side by side at the end (one alone leaves much of the machine idle, waiting on
 * the app). Both phases start with the same lanes. Without a private network
 * (or with TFG_SERIAL_TESTS=1), the browser files run after the emulator tests, whose ports their
 * stacks need.
 */
const firstLanes = [
  [buildFunctions, emulatorTests],
  [buildWeb, unitTests, ...checks],
];
const phases = privateNetwork
  ? [
      {
        lanes: firstLanes,
        queue: [...inParts(ownStackTests, 2), ...inParts(sharedStackTests, 2)],
      },
    ]
  : [
      { lanes: firstLanes, queue: [] },
      { lanes: [[sharedStackTests, { ...ownStackTests, live: true }]], queue: [] },
    ];

/** For each build, a promise settled with whether it passed, once it has run. */
const builds = Object.fromEntries(
  ['functions', 'web'].map((kind) => {
    let settle;
    const passed = new Promise((resolve) => (settle = resolve));
    return [kind, { passed, settle }];
  }),
);

/** Runs one step; its output goes straight through (`live`) or is printed whole when it ends. */
function run(step, env) {
  return new Promise((resolve) => {
    const [command, ...args] = [...(step.network ?? []), ...step.command];
    const at = Date.now();
    console.log(step.live ? `\n▶ ${step.name}` : `\n… ${step.name} started`);
    const child = spawn(command, args, {
      env,
      stdio: step.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const end = (ok) => {
      const seconds = (Date.now() - at) / 1000;
      const text = Buffer.concat(output);
      if (!step.live) {
        console.log(`\n▶ ${step.name} (${seconds.toFixed(1)} s)`);
        process.stdout.write(text);
      }
      resolve({ ...step, ok, seconds, digest: ok || step.live ? [] : failureDigest(String(text)) });
    };
    child.once('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      end(false);
    });
    child.once('close', (code) => end(code === 0));
  });
}

/** Runs a lane's own steps, then takes steps from `queue` (shared with the other lanes). */
async function runLane(lane, queue, results) {
  for (const step of lane) await runStep(step, results);
  for (let step = queue.shift(); step; step = queue.shift()) await runStep(step, results);
}

async function runStep(step, results) {
  const needed = await Promise.all((step.needs ?? []).map((kind) => builds[kind].passed));
  if (needed.includes(false)) {
    results.push({ ...step, ok: false, skipped: true, seconds: 0 });
    return;
  }
  const env = { ...process.env };
  if (step.browser) {
    if (chrome instanceof Error) {
      console.error(`[tech-for-good] ${chrome.message}`);
      results.push({ ...step, ok: false, seconds: 0 });
      return;
    }
    env.CHROME_PATH = chrome;
  }
  const result = await run(step, env);
  results.push(result);
  if (step.builds) builds[step.builds].settle(result.ok);
}

const started = Date.now();
/**
 * The browser, found (or installed) before any step starts: an install while a step runs beside
 * it would hold this process, and so the output of that step.
 */
const chrome = (() => {
  try {
    return ensureChrome();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
})();
const results = [];
console.log(
  privateNetwork
    ? 'The browser files run in a private network, beside the emulator tests.'
    : 'No private network here (unshare and ip, as root): the browser files run after the emulator tests.',
);
const order = phases
  .flatMap((phase) => [...phase.lanes.flat(), ...phase.queue])
  .map((step) => step.name);
for (const { lanes, queue } of phases) {
  await Promise.all(lanes.map((lane) => runLane(lane, queue, results)));
}

console.log('\nSummary');
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
for (const result of results) {
  const mark = result.skipped ? 'skipped' : result.ok ? 'ok' : 'FAILED';
  console.log(`  ${mark.padEnd(8)} ${result.name} (${result.seconds.toFixed(1)} s)`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Last, so that the end of the run says why: a failed step printed its output whole, maybe long
// before the others ended.
for (const result of results.filter((result) => result.digest?.length)) {
  console.log(`\nWhy ${result.name} failed (its output above has the whole):`);
  for (const line of result.digest) console.log(`  ${line}`);
}
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
