// The people following the board in the leaderboard benchmark: each in a process of its own, as
// each person is on a device of their own. In one process the viewers shared one connection to
// the emulator (grpc-js pools connections by address) and one event loop, which every rewrite
// sent 50 tops and 50 pages through: they saw a rewrite 3–6 s after its commit, while a viewer in
// a process of its own saw it within 0.1 s.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { doc, getFirestore, onSnapshot, terminate } from 'firebase/firestore';
import type { Leaderboard, LeaderboardPage, LeaderboardRow } from '../src/domain/game';
import { clientApp, type Endpoints } from './client';

/** A time in ms that processes on one machine share (performance.now() is each process's own). */
export const clock = () => performance.timeOrigin + performance.now();

/** What a viewer process is told: who signs in, and the board it follows. */
interface ViewerSetup {
  readonly endpoints: Endpoints;
  readonly email: string;
  readonly password: string;
  /** The top of the board. */
  readonly topPath: string;
  /** The collection of its pages, numbered from 1. */
  readonly pagesPath: string;
}

/** What a viewer process tells the benchmark. */
type ViewerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'error'; readonly message: string }
  /** A snapshot of the top (`top`) or of a page; the teams it showed with points for the first time. */
  | { readonly kind: 'seen'; readonly top: boolean; readonly teams: readonly [string, number][] };

const VIEWER_SETUP = 'BENCH_VIEWER';

/**
 * The viewer process (`node .bench/main.mjs viewer`): signs in, follows the top of the board and,
 * as the SPA follows the page in view (decision 018), every page it names (this viewer has every
 * page in view), and tells when each team first shows points. Ends when the benchmark goes.
 */
export async function runViewer(): Promise<void> {
  const setup = JSON.parse(process.env[VIEWER_SETUP] ?? '{}') as ViewerSetup;
  const tell = (message: ViewerMessage) => process.send?.(message);
  const app = clientApp('viewer', setup.endpoints);
  await signInWithEmailAndPassword(getAuth(app), setup.email, setup.password);
  const db = getFirestore(app);
  const firstSeen = new Set<string>();
  const sawRows = (rows: readonly LeaderboardRow[], top: boolean) => {
    const at = clock();
    const teams: [string, number][] = [];
    for (const row of rows) {
      if (row.total > 0 && !firstSeen.has(row.teamId)) {
        firstSeen.add(row.teamId);
        teams.push([row.teamId, at]);
      }
    }
    tell({ kind: 'seen', top, teams });
  };
  const failed = (error: Error) => tell({ kind: 'error', message: error.message });
  let pagesFollowed = 0;
  let ready = false;
  onSnapshot(
    doc(db, setup.topPath),
    (snapshot) => {
      const board = snapshot.data() as Leaderboard | undefined;
      sawRows(board?.rows ?? [], true);
      for (; pagesFollowed < (board?.pageCount ?? 0); pagesFollowed += 1) {
        onSnapshot(
          doc(db, `${setup.pagesPath}/${String(pagesFollowed + 1)}`),
          (page) => sawRows((page.data() as LeaderboardPage | undefined)?.rows ?? [], false),
          failed,
        );
      }
      if (!ready) {
        ready = true;
        tell({ kind: 'ready' });
      }
    },
    failed,
  );
  process.once('disconnect', () => {
    void terminate(db).finally(() => process.exit(0));
  });
}

/** The viewers of a benchmark: what each saw, and how to let them go. */
export interface Viewers {
  /** Per viewer, when each team first showed points to it (clock()). */
  readonly seen: readonly Map<string, number>[];
  /** Snapshots of the top each viewer received. */
  readonly topSnapshots: () => number;
  stop(): Promise<void>;
}

/**
 * Starts `count` viewer processes of this bundle, each told `setupOf(index)`, and resolves once
 * each has received the board's first snapshot.
 */
export async function startViewers(
  count: number,
  setupOf: (index: number) => ViewerSetup,
): Promise<Viewers> {
  const bundle = fileURLToPath(import.meta.url);
  const seen = Array.from({ length: count }, () => new Map<string, number>());
  let topSnapshots = 0;
  let stopping = false;
  const children: ChildProcess[] = [];
  await Promise.all(
    seen.map(
      (firstSeen, index) =>
        new Promise<void>((resolve, reject) => {
          const child = fork(bundle, ['viewer'], {
            env: { ...process.env, [VIEWER_SETUP]: JSON.stringify(setupOf(index)) },
          });
          children.push(child);
          child.on('message', (message: ViewerMessage) => {
            if (message.kind === 'ready') resolve();
            else if (message.kind === 'error') {
              console.error(`Viewer ${index}: ${message.message}`);
              reject(new Error(`Viewer ${index}: ${message.message}`));
            } else {
              if (message.top) topSnapshots += 1;
              for (const [teamId, at] of message.teams) firstSeen.set(teamId, at);
            }
          });
          child.once('exit', (code) => {
            if (!stopping) console.error(`Viewer ${index} exited (${code})`);
            reject(new Error(`Viewer ${index} exited (${code})`));
          });
        }),
    ),
  );
  return {
    seen,
    topSnapshots: () => topSnapshots,
    async stop() {
      stopping = true;
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.disconnect();
            }),
        ),
      );
    },
  };
}
