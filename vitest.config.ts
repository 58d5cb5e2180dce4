import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three levels, from fast to real: unit (domain, UI with a fake data layer), emulators (rules
// and callables against the Firebase emulators), e2e (a real browser against `npm start`).
/**
 * Browser tests that start, stop or kill the stack themselves: each runs a stack of its own (in a
 * private network of its part, or after the others, whose shared stack is stopped by then: the
 * ports are fixed). A file that needs an app nobody has used empties the shared one instead
 * (e2e/support/empty-stack.ts).
 */
const OWN_STACK_FILES = ['e2e/crash-recovery.e2e.test.ts', 'e2e/pick-across-tabs.e2e.test.ts'];

/**
 * What a browser test's `expect.poll` waits for by default: a change reaching a page through the
 * functions (a trigger, a rebuild of the board) and a listener, as tests/support's eventually()
 * waits for one (with vitest's own default, 1 s, the keyboard test once read the leaderboard
 * before the approval's rebuild reached it).
 */
const LIVE_POLL = { timeout: 20_000 };

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // UI tests type into forms with user-event; on a busy 2-core machine that takes time.
          testTimeout: 20_000,
          // The files share one module graph and environment set-up instead of each loading its
          // own, which was two thirds of their time (set-up 42 s, imports 23 s, environments
          // 24 s of a 236 s run beside the emulator tests). No file mocks a module, each restores
          // what it changes (timers; the fake backend is built per test), and the files pass in
          // any order (checked with --sequence.shuffle.files).
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}', 'functions/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'emulators',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          exclude: OWN_STACK_FILES,
          // One stack for every file, each in a season of its own (e2e/support/shared-stack.ts).
          globalSetup: ['e2e/support/shared-stack.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
          expect: { poll: LIVE_POLL },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-own-stack',
          include: OWN_STACK_FILES,
          environment: 'node',
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
          expect: { poll: LIVE_POLL },
        },
      },
    ],
  },
});
