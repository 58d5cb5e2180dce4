// Runs the stack exactly as `npm start` does (without rebuilding), on a data folder of the test's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Stack {
  readonly url: string;
  /** Ctrl-C, as a person would: the stack saves its data and stops. */
  stop(): Promise<void>;
  /** A crash: SIGKILL to the script and every process under it, with no chance to save. */
  kill(): Promise<void>;
}

/** Every process started under `pid`, however deep (firebase-tools detaches the emulators). */
function descendantsOf(pid: number): number[] {
  const listing = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout;
  const children = new Map<number, number[]>();
  for (const line of listing.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number) as [number, number];
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * `npm start`'s option for a stack whose saves a test leaves to Ctrl-C (or to nothing): no
 * periodic export while it runs.
 */
export const NO_PERIODIC_EXPORT = ['--export-every', '86400'] as const;

export function startStack(dataDir: string, extraArgs: readonly string[] = []): Promise<Stack> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-build', '--data', dataDir, ...extraArgs],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Ready\. Open (http\S+)/.exec(output);
      if (match?.[1]) {
        const url = match[1];
        resolve({
          url,
          async stop() {
            child.kill('SIGINT');
            const code = await exited;
            if (code !== 0) throw new Error(`The stack stopped with code ${code}:\n${output}`);
          },
          async kill() {
            const pid = child.pid as number;
            for (const target of [pid, ...descendantsOf(pid)]) {
              try {
                process.kill(target, 'SIGKILL');
              } catch {
                // Already gone.
              }
            }
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`The stack exited (${code}) before ready:\n${output}`)),
    );
  });
}
