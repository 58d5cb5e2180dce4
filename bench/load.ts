// On the emulators: people playing at once for a fixed time. Employees pick, unpick, submit and
// react; organisers work the review queue and open the dashboard. Prints, per callable, the
// calls made, the throughput and the latency percentiles, and the refusals by code.
import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { getFunctions } from 'firebase/functions';
import { CATALOGUE } from '../src/domain/catalogue';
import type { CommandName } from '../src/domain/commands';
import { clientApp, type Endpoints } from './client';
import { commandOn } from './commands';
import { median, percentile } from './stats';

const ORGANISERS = 2;
const PASSWORD = 'bench-password-2026';

/** One run of the load: how many employees, in teams of how many, and how they pace themselves. */
export interface LoadRun {
  readonly employees: number;
  readonly membersPerTeam: number;
  readonly seconds: number;
  /**
   * `turn`: each employee waits `ms` after a turn (pick, submit, unpick, react), as in the first
   * runs of this bench. `call`: each waits a random time between two calls, `ms` on average
   * (uniform from 0 to twice that), the pace of a kick-off when everyone starts at once.
   */
  readonly pace: { readonly kind: 'turn' | 'call'; readonly ms: number };
}

interface Sample {
  readonly ms: number;
  readonly code: string | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchLoad(endpoints: Endpoints, run: LoadRun): Promise<string[]> {
  const { seconds, membersPerTeam } = run;
  const teams = Math.ceil(run.employees / membersPerTeam);
  const seed = await import('../functions/src/cli/seed');
  const { db } = await import('../functions/src/lib/admin');
  const stamp = Date.now();
  const seasonId = `load-${stamp}`;
  await seed.openSeason(seasonId, {
    name: 'Load season',
    timeZone: 'Europe/Paris',
    startsAt: Date.now() - 24 * 60 * 60 * 1000,
    endsAt: Date.now() + 20 * 24 * 60 * 60 * 1000,
  });
  await seed.addCompany('load-company', 'Load company');
  const random = seed.seededRandom(11);
  const employees: { email: string; uid: string; teamId: string }[] = [];
  for (let t = 0; t < teams; t += 1) {
    const members: { email: string; uid: string }[] = [];
    for (
      let m = 0;
      m < membersPerTeam && employees.length + members.length < run.employees;
      m += 1
    ) {
      const email = `load-${stamp}-${t}-${m}@bench.test`;
      members.push({ email, uid: await seed.ensureAccount(email, PASSWORD) });
    }
    const team = await seed.addTeam({
      seasonId,
      id: `${seasonId}-team-${t}`,
      name: `Load team ${t}`,
      companyId: 'load-company',
      companyName: 'Load company',
      memberUids: members.map((member) => member.uid),
      random,
    });
    for (const member of members) employees.push({ ...member, teamId: team.id });
  }
  const organisers: string[] = [];
  for (let o = 0; o < ORGANISERS; o += 1) {
    const email = `load-organiser-${stamp}-${o}@bench.test`;
    await seed.makeOrganiser(email, PASSWORD);
    organisers.push(email);
  }

  const samples = new Map<string, Sample[]>();
  const pacing = seed.seededRandom(29);
  /** The pause before an employee's next call (`call` pace) or after a turn (`turn` pace). */
  const pauseAfter = (what: 'call' | 'turn') =>
    run.pace.kind !== what
      ? Promise.resolve()
      : pause(run.pace.kind === 'call' ? pacing(2 * run.pace.ms) : run.pace.ms);
  const timed = async (
    call: (data: unknown) => Promise<{ data: unknown }>,
    name: string,
    data: unknown,
  ) => {
    await pauseAfter('call');
    const start = performance.now();
    let code: string | null = null;
    try {
      await call(data);
    } catch (error) {
      code = String((error as { code?: string }).code ?? 'unknown').replace('functions/', '');
    }
    const list = samples.get(name) ?? [];
    list.push({ ms: performance.now() - start, code });
    samples.set(name, list);
  };

  // Actions each person can log several times, proved by a short text.
  const actions = CATALOGUE.filter(
    (action) => action.proof === 'text' && action.scope === 'individual',
  );
  const deadline = () => performance.now() >= end;
  let end = Number.POSITIVE_INFINITY;

  const employeeLoop = async (person: (typeof employees)[number], index: number) => {
    const app = clientApp(`load-employee-${index}`, endpoints);
    await signInWithEmailAndPassword(getAuth(app), person.email, PASSWORD);
    const functions = getFunctions(app, 'europe-west1');
    const call = (name: CommandName) => commandOn(functions, name);
    let turn = 0;
    while (!deadline()) {
      const action = actions[(index * 7 + turn) % actions.length];
      if (!action) break;
      await timed(call('pickAction'), 'pickAction', { actionId: action.id });
      // The rate limit allows 20 submissions in 15 minutes: stay under it, as honest people do.
      if (turn < 15) {
        await timed(call('submitAction'), 'submitAction', {
          seasonId,
          actionId: action.id,
          doneAt: Date.now() - 60_000,
          proof: { kind: 'text', text: `Load proof ${index}-${turn}: done and written down.` },
        });
      }
      await timed(call('unpickAction'), 'unpickAction', { actionId: action.id });
      // A reaction to a teammate's approved action, as the team feed offers.
      const approved = await db
        .collection('submissions')
        .where('teamId', '==', person.teamId)
        .where('status', '==', 'approved')
        .limit(5)
        .get();
      const other = approved.docs.find((document) => document.get('uid') !== person.uid);
      if (other) {
        await timed(call('reactToSubmission'), 'reactToSubmission', {
          submissionId: other.id,
          on: true,
        });
      }
      turn += 1;
      await pauseAfter('turn');
    }
  };

  const organiserLoop = async (email: string, index: number) => {
    const app = clientApp(`load-organiser-${index}`, endpoints);
    await signInWithEmailAndPassword(getAuth(app), email, PASSWORD);
    const functions = getFunctions(app, 'europe-west1');
    const call = (name: CommandName) => commandOn(functions, name);
    let turn = 0;
    while (!deadline()) {
      const pending = await db
        .collection('submissions')
        .where('seasonId', '==', seasonId)
        .where('status', '==', 'pending')
        .limit(20)
        .get();
      // Two organisers share the queue: each takes every other card.
      const ids = pending.docs.map((document) => document.id).filter((_, i) => i % 2 === index);
      if (ids.length > 0) {
        await timed(call('reviewSubmissions'), 'reviewSubmissions', {
          submissionIds: ids,
          decision: 'approve',
          reason: null,
        });
      }
      if (turn % 5 === 0) await timed(call('getSeasonReport'), 'getSeasonReport', { seasonId });
      turn += 1;
      await pause(1000);
    }
  };

  const started = performance.now();
  end = started + seconds * 1000;
  await Promise.all([
    ...employees.map((person, index) => employeeLoop(person, index)),
    ...organisers.map((email, index) => organiserLoop(email, index)),
  ]);
  const elapsed = (performance.now() - started) / 1000;

  const lines = [
    `load on the emulators: ${employees.length} employees in ${teams} teams and ${ORGANISERS} organisers for ${elapsed.toFixed(0)} s (${
      run.pace.kind === 'turn'
        ? `${run.pace.ms} ms after each turn of pick, submit, unpick, react`
        : `a call every ${run.pace.ms / 1000} s on average`
    } per employee)`,
    `  ${'callable'.padEnd(20)} ${'calls'.padStart(6)} ${'per s'.padStart(7)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}  refusals`,
  ];
  let total = 0;
  for (const [name, list] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    const ok = list.filter((sample) => sample.code === null).map((sample) => sample.ms);
    const refused = new Map<string, number>();
    for (const sample of list) {
      if (sample.code) refused.set(sample.code, (refused.get(sample.code) ?? 0) + 1);
    }
    total += list.length;
    // No call answered: no latency to tell (the refusals column says why).
    const ms = (value: number) =>
      (Number.isNaN(value) ? '—' : `${value.toFixed(0)} ms`).padStart(8);
    lines.push(
      `  ${name.padEnd(20)} ${String(list.length).padStart(6)} ${(list.length / elapsed).toFixed(1).padStart(7)} ${ms(median(ok))} ${ms(percentile(ok, 95))} ${ms(percentile(ok, 99))}  ${
        refused.size === 0 ? 'none' : [...refused].map(([code, n]) => `${code} ${n}`).join(', ')
      }`,
    );
  }
  lines.push(`  all callables: ${total} calls, ${(total / elapsed).toFixed(1)} per s`);
  return lines;
}
