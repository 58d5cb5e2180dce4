// `npm run bench`: figures, not tests. `ranking` runs the pure functions; `emulated` runs against
// the emulators that scripts/bench.mjs starts.
import { benchDigests } from './digest';
import { benchLeaderboardSize, benchRanking } from './ranking';

const part = process.argv[2];

if (part === 'ranking') {
  for (const line of [...benchRanking(), ...benchLeaderboardSize(), ...benchDigests()]) {
    console.log(line);
  }
  const { benchNationalBoard } = await import('./national');
  for (const line of benchNationalBoard()) console.log(line);
  const { benchCost } = await import('./cost');
  for (const line of benchCost()) console.log(line);
  const { benchMail } = await import('./mail');
  for (const line of await benchMail()) console.log(line);
} else if (part === 'emulated') {
  const { benchLeaderboard } = await import('./leaderboard');
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run through scripts/bench.mjs`);
    return value;
  };
  const [firestoreHost, firestorePort] = env('FIRESTORE_EMULATOR_HOST').split(':');
  const [functionsHost, functionsPort] = env('BENCH_FUNCTIONS_HOST').split(':');
  const endpoints = {
    projectId: env('GCLOUD_PROJECT'),
    auth: `http://${env('FIREBASE_AUTH_EMULATOR_HOST')}`,
    firestore: { host: firestoreHost ?? '127.0.0.1', port: Number(firestorePort) },
    functions: { host: functionsHost ?? '127.0.0.1', port: Number(functionsPort) },
  };
  const lines = await benchLeaderboard(endpoints);
  for (const line of lines) console.log(line);
  const { benchLoad } = await import('./load');
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  // The first runs' load (12 employees, 250 ms after each turn), kept for comparison, then a
  // kick-off: 30, then 60 employees, each calling every 2 s on average.
  const runs = [
    { employees: 12, membersPerTeam: 2, seconds, pace: { kind: 'turn', ms: 250 } },
    { employees: 30, membersPerTeam: 5, seconds, pace: { kind: 'call', ms: 2000 } },
    { employees: 60, membersPerTeam: 5, seconds, pace: { kind: 'call', ms: 2000 } },
  ] as const;
  const load: string[] = [];
  for (const run of runs) load.push(...(await benchLoad(endpoints, run)));
  for (const line of load) console.log(line);
  process.exit(0);
} else if (part === 'viewer') {
  // One person following the board, started by the leaderboard part (bench/viewer.ts).
  const { runViewer } = await import('./viewer');
  await runViewer();
} else if (part === 'eco') {
  const { benchEco } = await import('./eco');
  const chrome = process.env.CHROME_PATH;
  if (!chrome) throw new Error('CHROME_PATH is not set: run through scripts/bench.mjs');
  const args = (process.env.CHROME_ARGS ?? '').split(' ').filter(Boolean);
  for (const line of await benchEco(chrome, args)) console.log(line);
  process.exit(0);
} else {
  console.error('Usage: node .bench/main.mjs ranking|emulated|eco (viewer: started by emulated)');
  process.exit(2);
}
