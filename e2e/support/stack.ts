// Runs the stack exactly as `npm start` does (without rebuilding), on a data folder of the test's.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Stack {
  readonly url: string;
  /** Ctrl-C, as a person would: the stack saves its data and stops. */
  stop(): Promise<void>;
}

export function startStack(dataDir: string): Promise<Stack> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-build', '--data', dataDir],
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
