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

/** One warm-up call to `callable`, as the callable protocol sends it. */
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
}

/** Starts WARM_WORKERS workers of each callable at once; resolves when all have answered. */
export async function warmFunctions(workers = WARM_WORKERS) {
  const { host, port } = emulatorPorts().find((entry) => entry.key === 'functions');
  const base = `http://${host}:${port}`;
  const started = Date.now();
  await Promise.all(
    Object.entries(workers).flatMap(([callable, count]) =>
      Array.from({ length: count }, () => warmUpCall(base, callable)),
    ),
  );
  return Date.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const ms = await warmFunctions();
    console.log(`[tech-for-good] Functions warmed up in ${(ms / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(`[tech-for-good] The functions could not be warmed up: ${error.message}`);
    process.exit(1);
  }
}
