// `npm start` runs the scheduled jobs itself, since the emulator never fires schedules: this
// program, started beside the emulators with their addresses in its environment, runs one pass of
// every job each `--every` seconds (60 by default) and prints a line for each job that did
// something or failed. Each job is idempotent within its window, so a pass that finds nothing
// due writes nothing.
//
//   node functions/lib/jobs-cli.js [--every SECONDS] [--once]
import { parseArgs } from 'node:util';
import { runScheduledJobs } from '../scheduled/jobs';

/** Whether a job's outcome says it did something: a count above zero, or a list with items. */
function didSomething(outcome: unknown): boolean {
  if (typeof outcome === 'number') return outcome > 0;
  if (Array.isArray(outcome)) return outcome.length > 0;
  if (outcome && typeof outcome === 'object') return Object.values(outcome).some(didSomething);
  return false;
}

async function pass(): Promise<void> {
  const results = await runScheduledJobs(Date.now());
  for (const [job, { ok, outcome }] of Object.entries(results)) {
    if (!ok) console.log(`[jobs] ${job} failed: ${String(outcome)}`);
    else if (didSomething(outcome)) console.log(`[jobs] ${job}: ${JSON.stringify(outcome)}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      every: { type: 'string', default: '60' },
      once: { type: 'boolean', default: false },
    },
  });
  const every = Number(values.every);
  if (!Number.isFinite(every) || every < 5) throw new Error('--every takes 5 seconds or more.');
  for (;;) {
    await pass().catch((error: unknown) => console.log(`[jobs] pass failed: ${String(error)}`));
    if (values.once) return;
    await new Promise((resolve) => setTimeout(resolve, every * 1000));
  }
}

if (require.main === module) void main();
