// `npm test`: every check, from fast to real. Static checks and unit tests all run even when one
// fails, so one run tells everything; the emulator and browser tests need a good build first.
import { spawnSync } from 'node:child_process';
import { ensureChrome } from './chrome.mjs';

const npx = (...args) => ['npx', '--no-install', ...args];
const steps = [
  { name: 'format (prettier)', command: npx('prettier', '--check', '--log-level', 'warn', '.') },
  { name: 'lint (eslint)', command: npx('eslint', '.', '--max-warnings=0') },
  { name: 'types (SPA)', command: npx('tsc', '-p', 'tsconfig.json') },
  { name: 'types (tests and scripts)', command: npx('tsc', '-p', 'tsconfig.node.json') },
  { name: 'types (functions)', command: npx('tsc', '-p', 'functions') },
  { name: 'unit tests', command: npx('vitest', 'run', '--project', 'unit') },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'], gate: true },
  {
    name: 'rules and functions tests (emulators)',
    command: [
      'node',
      'scripts/emulators-exec.mjs',
      'npx --no-install vitest run --project emulators',
    ],
  },
  // The shared stack's files first; it is stopped before the files that run stacks of their own.
  {
    name: 'browser tests (e2e, one shared stack)',
    command: npx('vitest', 'run', '--project', 'e2e'),
    browser: true,
  },
  {
    name: 'browser tests (e2e, a stack each)',
    command: npx('vitest', 'run', '--project', 'e2e-own-stack'),
    browser: true,
  },
];

const results = [];
const started = Date.now();
for (const step of steps) {
  if (results.some((result) => !result.ok && result.gate)) {
    results.push({ ...step, ok: false, skipped: true, seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}`);
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
  const at = Date.now();
  const [command, ...args] = step.command;
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  results.push({ ...step, ok: result.status === 0, seconds: (Date.now() - at) / 1000 });
}

console.log('\nSummary');
for (const result of results) {
  const mark = result.skipped ? 'skipped' : result.ok ? 'ok' : 'FAILED';
  console.log(`  ${mark.padEnd(8)} ${result.name} (${result.seconds.toFixed(1)} s)`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
