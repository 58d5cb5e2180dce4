// On the emulators: 200 teams, 50 people following the public leaderboard, a burst of 100
// approvals. How long until every listener sees each change, how many times the board was
// rewritten, and what one submission, one review and one leaderboard view cost in Firestore
// operations, counted by the functions themselves (lib/meter.ts).
import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { getFirestore, terminate } from 'firebase/firestore';
import { getFunctions } from 'firebase/functions';
import { CATALOGUE } from '../src/domain/catalogue';
import { GAME_PATHS } from '../src/domain/game';
import { commandOn } from './commands';
import { median, percentile } from './stats';
import { clientApp, type Endpoints } from './client';
import { clock, startViewers } from './viewer';
import { warmFunctions } from '../scripts/warm-functions.mjs';

const TEAMS = 200;
const LISTENERS = 50;
const BURST = 100;
/** Single approvals sent at once, as several organisers working the queue would. */
const IN_FLIGHT = 10;
const PASSWORD = 'bench-password-2026';

type Ops = { reads: number; writes: number };
const opsText = (ops: Ops) => `${ops.reads} reads + ${ops.writes} writes`;

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
  const teams: Awaited<ReturnType<typeof seed.addTeam>>[] = [];
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
  // One pending submission on each of the teams 1..200: two bursts of 100 approvals each.
  const action = CATALOGUE.find((entry) => entry.proof === 'text' && entry.scope === 'individual');
  if (!action) throw new Error('No text action in the catalogue');
  const pendingTeams = teams.slice(1, 2 * BURST + 1);
  const submissionIds = await seed.writeSubmissions(
    pendingTeams.map((team) =>
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
  const submissionOf = new Map(
    pendingTeams.map((team, index) => [team.id, submissionIds[index] ?? '']),
  );
  const stateRef = db.doc(GAME_PATHS.leaderboard(seasonId, 'state'));
  const requestRef = db.doc(GAME_PATHS.leaderboard(seasonId, 'request'));
  /** The board's state once no rebuild is asked for or running. */
  const settled = async () => {
    const [state, request] = await db.getAll(stateRef, requestRef);
    return !request?.exists && state?.get('rebuilding') === undefined ? state?.data() : undefined;
  };
  const publicRef = db.doc(GAME_PATHS.leaderboard(seasonId, 'public'));
  await until(
    async () => [await settled(), (await publicRef.get()).data()] as const,
    ([state, board]) => state !== undefined && board?.teamCount === TEAMS,
    'the first leaderboard with every team',
  );

  // 50 people following the public leaderboard, each in a process of their own.
  const emails = Array.from(
    { length: LISTENERS },
    (_, index) => `bench-viewer-${stamp}-${index}@bench.test`,
  );
  for (const email of emails) await seed.ensureAccount(email, PASSWORD);
  const viewers = await startViewers(LISTENERS, (index) => ({
    endpoints,
    email: emails[index] ?? '',
    password: PASSWORD,
    topPath: publicRef.path,
    pagesPath: GAME_PATHS.leaderboardPages(seasonId, 'public'),
  }));
  const { seen } = viewers;

  // Costs of one submission, counted by the callable.
  const memberApp = clientApp('member', endpoints);
  await signInWithEmailAndPassword(getAuth(memberApp), memberEmail, PASSWORD);
  const submitted = (
    await commandOn(
      getFunctions(memberApp, 'europe-west1'),
      'submitAction',
    )({
      seasonId,
      actionId: action.id,
      doneAt: Date.now() - 60_000,
      proof: { kind: 'text', text: 'Benchmark proof of a done action.' },
    })
  ).data as { ops?: Ops };

  const organiserApp = clientApp('organiser', endpoints);
  await signInWithEmailAndPassword(getAuth(organiserApp), organiserEmail, PASSWORD);
  const review = commandOn(getFunctions(organiserApp, 'europe-west1'), 'reviewSubmissions');
  // The emulator starts one worker process per concurrent call: start them before measuring.
  const warmed = (await warmFunctions({ commands: IN_FLIGHT })).workers.commands ?? 0;
  if (warmed < IN_FLIGHT) {
    throw new Error(`Only ${warmed} workers of commands answered the warm-up`);
  }
  const reviewOps: Ops[] = [];

  /** Sends approvals for `burstTeams`, then measures until every listener saw each of them. */
  const measureBurst = async (
    label: string,
    burstTeams: typeof teams,
    send: (ids: string[], approved: (teamIds: string[]) => void) => Promise<void>,
  ) => {
    const generationBefore = Number((await stateRef.get()).get('generation') ?? 0);
    const snapshotsBefore = viewers.topSnapshots();
    const approvedAt = new Map<string, number>();
    const burstStart = clock();
    const idToTeam = new Map(burstTeams.map((team) => [submissionOf.get(team.id) ?? '', team.id]));
    await send([...idToTeam.keys()], (ids) => {
      const at = clock();
      for (const id of ids) approvedAt.set(idToTeam.get(id) ?? '', at);
    });
    const burstSent = clock() - burstStart;
    await until(
      async () => seen.every((firstSeen) => burstTeams.every((team) => firstSeen.has(team.id))),
      (done) => done,
      'every listener to see every approval',
    );
    const allSeen =
      Math.max(
        ...seen.flatMap((firstSeen) => burstTeams.map((team) => firstSeen.get(team.id) ?? 0)),
      ) - burstStart;
    const delays: number[] = [];
    for (const firstSeen of seen) {
      for (const team of burstTeams) {
        delays.push(Math.max(0, (firstSeen.get(team.id) ?? 0) - (approvedAt.get(team.id) ?? 0)));
      }
    }
    const state = await until(settled, (value) => value !== undefined, 'the last rebuild');
    const rewrites = Number(state?.generation ?? 0) - generationBefore;
    const delivered = viewers.topSnapshots() - snapshotsBefore;
    lines.push(
      `${label}: ${BURST} approvals sent in ${burstSent.toFixed(0)} ms; every listener had all of them ${allSeen.toFixed(0)} ms after the first was sent`,
      `  delay from an approval's answer to each of the ${LISTENERS} listeners seeing it: median ${median(delays).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms (goal p99 < 2000 ms)`,
      `  leaderboard rewrites: ${rewrites}; snapshots delivered: ${delivered} (${(delivered / LISTENERS).toFixed(1)} per listener)`,
    );
    return { rewrites, state };
  };

  lines.push(
    `leaderboard on the emulators: ${TEAMS} teams, ${LISTENERS} people following the top of the public board and the page after it`,
  );
  // One organiser approving 100 at once from the queue ("approve selected").
  const bulk = await measureBurst(
    'burst of one bulk approval',
    pendingTeams.slice(0, BURST),
    async (ids, approved) => {
      const answer = (await review({ submissionIds: ids, decision: 'approve', reason: null }))
        .data as { ops?: Ops };
      approved(ids);
      if (answer.ops) lines.push(`  (cost of the bulk call: ${opsText(answer.ops)})`);
    },
  );
  // 100 single approvals, IN_FLIGHT at a time.
  const single = await measureBurst(
    `burst of single approvals, ${IN_FLIGHT} in flight`,
    pendingTeams.slice(BURST, 2 * BURST),
    async (ids, approved) => {
      const queue = [...ids];
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          for (let id = queue.shift(); id; id = queue.shift()) {
            const answer = (
              await review({ submissionIds: [id], decision: 'approve', reason: null })
            ).data as { ops?: Ops };
            approved([id]);
            if (answer.ops) reviewOps.push(answer.ops);
          }
        }),
      );
    },
  );
  const rebuildOps = (single.state?.lastRebuild ??
    bulk.state?.lastRebuild ?? { reads: 0, writes: 0 }) as Ops;
  lines.push(
    `cost of one submission (submitAction): ${submitted.ops ? opsText(submitted.ops) : 'not reported'}; its trigger writes nothing while it is pending`,
    `cost of one review (reviewSubmissions of one, its score change included): ${reviewOps[0] ? opsText(reviewOps[0]) : 'not reported'}; its score trigger reads the mark the review left and writes nothing`,
    `cost of one leaderboard rebuild with ${TEAMS} teams: ${opsText(rebuildOps)}, shared by every approval of the burst it coalesces`,
    'cost of one leaderboard view: 1 read when it opens, then 1 read per rewrite while it stays open',
  );
  await viewers.stop();
  await Promise.all([memberApp, organiserApp].map((app) => terminate(getFirestore(app))));
  return lines;
}
