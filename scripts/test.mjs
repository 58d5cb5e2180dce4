// `npm test`: every check, from fast to real. Static checks and unit tests all run even when one
// fails, so one run tells everything; the emulator and browser tests need a good build first.
// Steps that run beside another print their output whole when they end; the browser tests print
// theirs as it comes.
import { spawn } from 'node:child_process';
import { ensureChrome } from './chrome.mjs';

const npx = (...args) => ['npx', '--no-install', ...args];
/**
 * Steps of one lane run one after another; the lanes of a phase run side by side. The unit tests
 * (one vitest worker) run beside the static checks, the build and then the emulator tests, whose
 * calls leave a core idle much of the time; the browser tests, which keep both cores busy, come
 * after.
 */
const phases = [
  [
    [
      {
        name: 'format (prettier)',
        command: npx('prettier', '--check', '--log-level', 'warn', '.'),
      },
      { name: 'lint (eslint)', command: npx('eslint', '.', '--max-warnings=0') },
      { name: 'types (SPA)', command: npx('tsc', '-p', 'tsconfig.json') },
      { name: 'types (tests and scripts)', command: npx('tsc', '-p', 'tsconfig.node.json') },
      { name: 'types (functions)', command: npx('tsc', '-p', 'functions') },
      { name: 'build', command: ['npm', 'run', '--silent', 'build'], gate: true },
      {
        name: 'rules and functions tests (emulators)',
        command: [
          'node',
          'scripts/emulators-exec.mjs',
          'npx --no-install vitest run --project emulators',
        ],
      },
    ],
    [{ name: 'unit tests', command: npx('vitest', 'run', '--project', 'unit') }],
  ],
  [
    [
      // The shared stack's files first; it is stopped before the files that run stacks of their own.
      {
        name: 'browser tests (e2e, one shared stack)',
        command: npx('vitest', 'run', '--project', 'e2e'),
        browser: true,
        live: true,
      },
      {
        name: 'browser tests (e2e, a stack each)',
        command: npx('vitest', 'run', '--project', 'e2e-own-stack'),
        browser: true,
        live: true,
      },
    ],
  ],
];

/** Runs one step; its output goes straight through (`live`) or is printed whole when it ends. */
function run(step, env) {
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
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
      if (!step.live) {
        console.log(`\n▶ ${step.name} (${seconds.toFixed(1)} s)`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ ...step, ok, seconds });
    };
    child.once('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      end(false);
    });
    child.once('close', (code) => end(code === 0));
  });
}

async function runLane(lane, results) {
  for (const step of lane) {
    if (results.some((result) => !result.ok && result.gate)) {
      results.push({ ...step, ok: false, skipped: true, seconds: 0 });
      continue;
    }
    const env = { ...process.env };
    if (step.browser) {
      try {
        env.CHROME_PATH = ensureChrome();
      } catch (error) {
        console.error(`[tech-for-good] ${error.message}`);
        results.push({ ...step, ok: false, seconds: 0 });
        continue;
      }
    }
    results.push(await run(step, env));
  }
}

const results = [];
const started = Date.now();
for (const lanes of phases) {
  await Promise.all(lanes.map((lane) => runLane(lane, results)));
}

console.log('\nSummary');
const order = phases.flat(2).map((step) => step.name);
results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
for (const result of results) {
  const mark = result.skipped ? 'skipped' : result.ok ? 'ok' : 'FAILED';
  console.log(`  ${mark.padEnd(8)} ${result.name} (${result.seconds.toFixed(1)} s)`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
