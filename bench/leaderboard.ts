// On the emulators: 200 teams, 50 people listening to the public leaderboard, a burst of 100
// approvals. How long until every listener sees each change, how many times the board was
// rewritten, and what one submission, one review and one leaderboard view cost in Firestore
// operations, counted by the functions themselves (lib/meter.ts).
import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import {
  connectFirestoreEmulator,
  doc,
  getFirestore,
  onSnapshot,
  terminate,
} from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable } from 'firebase/functions';
import { CATALOGUE } from '../src/domain/catalogue';
import { GAME_PATHS, type Leaderboard } from '../src/domain/game';
import { median, percentile } from './stats';

const TEAMS = 200;
const LISTENERS = 50;
const BURST = 100;
const PASSWORD = 'bench-password-2026';

interface Endpoints {
  auth: string;
  firestore: { host: string; port: number };
  functions: { host: string; port: number };
  projectId: string;
}

type Ops = { reads: number; writes: number };
const opsText = (ops: Ops) => `${ops.reads} reads + ${ops.writes} writes`;

function clientApp(name: string, endpoints: Endpoints): FirebaseApp {
  const app = initializeApp({ projectId: endpoints.projectId, apiKey: 'bench-key' }, name);
  connectAuthEmulator(getAuth(app), endpoints.auth, { disableWarnings: true });
  connectFirestoreEmulator(getFirestore(app), endpoints.firestore.host, endpoints.firestore.port);
  connectFunctionsEmulator(
    getFunctions(app, 'europe-west1'),
    endpoints.functions.host,
    endpoints.functions.port,
  );
  return app;
}

async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function benchLeaderboard(endpoints: Endpoints): Promise<string[]> {
  const seed = await import('../functions/src/cli/seed');
  const { db } = await import('../functions/src/lib/admin');
  const lines: string[] = [];
  const seasonId = `bench-${Date.now()}`;
  const stamp = Date.now();
  const organiserEmail = `bench-organiser-${stamp}@bench.test`;
  await seed.makeOrganiser(organiserEmail, PASSWORD);
  await seed.openSeason(seasonId, {
    name: 'Benchmark season',
    timeZone: 'Europe/Paris',
    startsAt: Date.now() - 24 * 60 * 60 * 1000,
    endsAt: Date.now() + 20 * 24 * 60 * 60 * 1000,
  });
  await seed.addCompany('bench-company', 'Bench company');
  const random = seed.seededRandom(7);
  const memberEmail = `bench-member-${stamp}@bench.test`;
  const memberUid = await seed.ensureAccount(memberEmail, PASSWORD);
  const teams = [];
  for (let i = 0; i < TEAMS; i += 1) {
    teams.push(
      await seed.addTeam({
        seasonId,
        id: `${seasonId}-team-${String(i).padStart(3, '0')}`,
        name: `Team ${i}`,
        companyId: 'bench-company',
        companyName: 'Bench company',
        memberUids: i === 0 ? [memberUid, `ghost-${i}`] : [`member-${i}-a`, `member-${i}-b`],
        random,
      }),
    );
  }
  // One pending submission on each of the teams 1..100, to be approved in the burst.
  const action = CATALOGUE.find((entry) => entry.proof === 'text' && entry.scope === 'individual');
  if (!action) throw new Error('No text action in the catalogue');
  const burstTeams = teams.slice(1, BURST + 1);
  const submissionIds = await seed.writeSubmissions(
    burstTeams.map((team) =>
      seed.submissionDocument({
        seasonId,
        team,
        uid: team.members[0] ?? '',
        authorName: 'Bench',
        action,
        doneAt: Date.now() - 60_000,
        status: 'pending',
        timeZone: 'Europe/Paris',
      }),
    ),
  );
  const stateRef = db.doc(GAME_PATHS.leaderboard(seasonId, 'state'));
  const publicRef = db.doc(GAME_PATHS.leaderboard(seasonId, 'public'));
  await until(
    async () => [(await stateRef.get()).data(), (await publicRef.get()).data()] as const,
    ([state, board]) => state?.dirty === false && (board?.rows?.length ?? 0) === TEAMS,
    'the first leaderboard with every team',
  );

  // 50 people listening to the public leaderboard, each in their own client app.
  const apps: FirebaseApp[] = [];
  const seen: Map<string, number>[] = [];
  const snapshots: number[] = [];
  const stops: (() => void)[] = [];
  await Promise.all(
    Array.from({ length: LISTENERS }, async (_, index) => {
      const email = `bench-viewer-${stamp}-${index}@bench.test`;
      await seed.ensureAccount(email, PASSWORD);
      const app = clientApp(`viewer-${index}`, endpoints);
      apps.push(app);
      await signInWithEmailAndPassword(getAuth(app), email, PASSWORD);
      const firstSeen = new Map<string, number>();
      seen[index] = firstSeen;
      snapshots[index] = 0;
      await new Promise<void>((resolve) => {
        const stop = onSnapshot(doc(getFirestore(app), publicRef.path), (snapshot) => {
          snapshots[index] = (snapshots[index] ?? 0) + 1;
          const at = performance.now();
          const board = snapshot.data() as Leaderboard | undefined;
          for (const row of board?.rows ?? []) {
            if (row.total > 0 && !firstSeen.has(row.teamId)) firstSeen.set(row.teamId, at);
          }
          resolve();
        });
        stops.push(stop);
      });
    }),
  );
  const snapshotsBefore = snapshots.reduce((sum, n) => sum + n, 0);

  // Costs of one submission, counted by the callable.
  const memberApp = clientApp('member', endpoints);
  await signInWithEmailAndPassword(getAuth(memberApp), memberEmail, PASSWORD);
  const submitted = (
    await httpsCallable(
      getFunctions(memberApp, 'europe-west1'),
      'submitAction',
    )({
      seasonId,
      actionId: action.id,
      doneAt: Date.now() - 60_000,
      proof: { kind: 'text', text: 'Benchmark proof of a done action.' },
    })
  ).data as { ops?: Ops };

  // The burst: 100 approvals sent at once by an organiser, one callable each.
  const organiserApp = clientApp('organiser', endpoints);
  await signInWithEmailAndPassword(getAuth(organiserApp), organiserEmail, PASSWORD);
  const review = httpsCallable(getFunctions(organiserApp, 'europe-west1'), 'reviewSubmissions');
  const generationBefore = Number((await stateRef.get()).get('generation') ?? 0);
  const burstStart = performance.now();
  const approvedAt = new Map<string, number>();
  const reviewOps: Ops[] = [];
  await Promise.all(
    burstTeams.map(async (team, index) => {
      const answer = (
        await review({
          submissionIds: [submissionIds[index]],
          decision: 'approve',
          reason: null,
        })
      ).data as { ops?: Ops };
      approvedAt.set(team.id, performance.now());
      if (answer.ops) reviewOps.push(answer.ops);
    }),
  );
  const burstSent = performance.now() - burstStart;
  await until(
    async () => seen.every((firstSeen) => burstTeams.every((team) => firstSeen.has(team.id))),
    (done) => done,
    'every listener to see every approval',
  );
  const allSeen = Math.max(...seen.flatMap((firstSeen) => [...firstSeen.values()])) - burstStart;
  const delays: number[] = [];
  for (const firstSeen of seen) {
    for (const team of burstTeams) {
      delays.push(Math.max(0, (firstSeen.get(team.id) ?? 0) - (approvedAt.get(team.id) ?? 0)));
    }
  }
  const state = await until(
    async () => (await stateRef.get()).data(),
    (value) => value?.dirty === false,
    'the last rebuild',
  );
  const rewrites = Number(state?.generation ?? 0) - generationBefore;
  const rebuildOps = (state?.lastRebuild ?? { reads: 0, writes: 0 }) as Ops;
  const marks = await db
    .collection(GAME_PATHS.appliedEvents(seasonId))
    .where('submissionId', 'in', submissionIds.slice(0, 10))
    .get();
  const triggerOps = (marks.docs[0]?.get('ops') ?? { reads: 0, writes: 0 }) as Ops;
  const snapshotsAfter = snapshots.reduce((sum, n) => sum + n, 0);

  lines.push(
    `leaderboard burst: ${TEAMS} teams, ${LISTENERS} listeners, ${BURST} approvals sent in ${burstSent.toFixed(0)} ms`,
    `  delay from an approval to each listener seeing it: median ${median(delays).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms (goal p99 < 2000 ms)`,
    `  every listener had every approval ${allSeen.toFixed(0)} ms after the burst began`,
    `  leaderboard rewrites for the burst: ${rewrites} (snapshots delivered: ${snapshotsAfter - snapshotsBefore} over ${LISTENERS} listeners)`,
    `cost of one submission (submitAction): ${submitted.ops ? opsText(submitted.ops) : 'not reported'}; its trigger writes nothing while it is pending`,
    `cost of one review (reviewSubmissions of one): ${reviewOps[0] ? opsText(reviewOps[0]) : 'not reported'}; its score trigger: ${opsText(triggerOps)}`,
    `cost of one leaderboard rebuild with ${TEAMS} teams: ${opsText(rebuildOps)}, shared by the ${(BURST / Math.max(1, rewrites)).toFixed(0)} approvals of each rebuild in this burst`,
    `cost of one leaderboard view: 1 read when it opens, then 1 read per rewrite while it stays open (${((snapshotsAfter - snapshotsBefore) / LISTENERS).toFixed(1)} per listener in this burst)`,
  );
  for (const stop of stops) stop();
  await Promise.all(apps.map((app) => terminate(getFirestore(app))));
  await Promise.all([memberApp, organiserApp].map((app) => terminate(getFirestore(app))));
  return lines;
}
