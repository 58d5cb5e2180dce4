// Starts the command callables' workers before anyone calls them. The Functions emulator runs each
// call in a worker process of its function, one call at a time, and starts a new process (the whole
// bundle loaded, a new connection to Firestore) for a call that finds every worker busy; once
// started, a worker stays. So a few concurrent warm-up calls as the emulators start leave that many
// warm workers for the first people instead of seconds-long starts (decision 019).
//   node scripts/warm-functions.mjs            (run by emulators-exec.mjs and start.mjs)
import { pathToFileURL } from 'node:url';
import { PROJECT_ID, emulatorPorts } from './emulator-env.mjs';

/**
 * Workers to start for each callable: the quick commands take most calls; two for the long ones,
 * so two organisers opening the report at once do not wait for a worker to start (8.9 s at p95 in
 * the 12-employee load run with one).
 */
export const WARM_WORKERS = {
  commands: Number(process.env.FUNCTIONS_WARM_WORKERS ?? 4),
  longCommands: 2,
};

const REGION = process.env.FUNCTIONS_REGION ?? 'europe-west1';

/** The Functions emulator's address. */
function functionsBase() {
  const { host, port } = emulatorPorts().find((entry) => entry.key === 'functions');
  return `http://${host}:${port}`;
}

/** One warm-up call to `callable`, as the callable protocol sends it; the worker that answered. */
async function warmUpCall(base, callable) {
  const response = await fetch(`${base}/${PROJECT_ID}/${REGION}/${callable}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { command: 'warmUp', payload: null } }),
  });
  if (!response.ok) {
    throw new Error(
      `${callable} answered the warm-up with ${response.status}: ${await response.text()}`,
    );
  }
  const { result } = await response.json();
  return result?.worker;
}

/**
 * Sends `count` warm-ups to `callable`, `spacingMs` apart (at once by default); resolves with how
 * many workers answered them (by process id).
 * @param {keyof typeof WARM_WORKERS} callable
 * @param {number} count
 * @param {number} [spacingMs]
 * @returns {Promise<number>}
 */
export async function warmUpRound(callable, count, spacingMs = 0) {
  const base = functionsBase();
  const pids = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      if (spacingMs > 0) await new Promise((resolve) => setTimeout(resolve, index * spacingMs));
      return warmUpCall(base, callable);
    }),
  );
  return new Set(pids).size;
}

/**
 * Sends `workers[callable]` warm-ups to each callable at once, twice. A warm-up holds its worker a
 * moment on the emulators, so in the first round each call that finds every worker held starts
 * one; but the emulator hands a call whatever worker is free when the new one is ready, often an
 * older one. The second round finds them all started and reaches each: it counts them. Resolves
 * with how long both took and how many workers of each callable answered the second.
 * @param {Partial<Record<keyof typeof WARM_WORKERS, number>>} [workers]
 * @returns {Promise<{ ms: number; workers: Partial<Record<keyof typeof WARM_WORKERS, number>> }>}
 */
export async function warmFunctions(workers = WARM_WORKERS) {
  const started = Date.now();
  const answered = await Promise.all(
    Object.entries(workers).map(async ([callable, count]) => {
      await warmUpRound(callable, count);
      return [callable, await warmUpRound(callable, count)];
    }),
  );
  return { ms: Date.now() - started, workers: Object.fromEntries(answered) };
}

// Run as a script, not bundled into another (the benchmark's bundle is its own main module).
const isScript =
  import.meta.url.endsWith('/warm-functions.mjs') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isScript) {
  try {
    const { ms, workers } = await warmFunctions();
    const counts = Object.entries(workers).map(([callable, count]) => `${count} of ${callable}`);
    console.log(
      `[tech-for-good] Functions warmed up in ${(ms / 1000).toFixed(1)} s (workers: ${counts.join(', ')}).`,
    );
  } catch (error) {
    console.error(`[tech-for-good] The functions could not be warmed up: ${error.message}`);
    process.exit(1);
  }
}
