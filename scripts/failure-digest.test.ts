import { describe, expect, it } from 'vitest';
import { failureDigest } from './failure-digest.mjs';

/** What vitest 4 prints for two failed tests and an unhandled rejection (shortened), in colour. */
const VITEST_OUTPUT = [
  ' \u001b[31m❯\u001b[39m  emulators  tests/functions/game.test.ts (4 tests | 2 failed) 26ms',
  '     × counts a point 12ms',
  '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 2 ⎯⎯⎯⎯⎯⎯⎯',
  '',
  ' \u001b[41m FAIL \u001b[49m  emulators  tests/functions/game.test.ts > scores > counts a point',
  'AssertionError: expected 1 to be 2 // Object.is equality',
  '',
  ' ❯ tests/functions/game.test.ts:3:52',
  '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/2]⎯',
  '',
  ' FAIL   emulators  tests/support/emulators.test.ts > clears the database',
  `Error: Clearing the Firestore emulator (attempt 20): 409 ${'lock '.repeat(80)}`,
  '⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯',
  '',
  '⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯',
  'Error: late boom',
  ' ❯ src/tmpx/x.test.ts:7:71',
  'The latest test that might\'ve caused the error is "leaves a rejection". It might mean one of the following:',
  '',
  ' Test Files  1 failed (1)',
  '      Tests  2 failed | 2 passed (4)',
  '     Errors  1 error',
].join('\n');

describe('the digest of a failed step', () => {
  it('names each failed test with its error, each unhandled error with its test, and the count', () => {
    const digest = failureDigest(VITEST_OUTPUT);
    expect(digest).toEqual([
      'FAIL   emulators  tests/functions/game.test.ts > scores > counts a point',
      '    AssertionError: expected 1 to be 2 // Object.is equality',
      'FAIL   emulators  tests/support/emulators.test.ts > clears the database',
      expect.stringMatching(/^ {4}Error: Clearing the Firestore emulator \(attempt 20\): 409 lock/),
      'Unhandled: Error: late boom',
      '    during "leaves a rejection"',
      'Errors  1 error',
    ]);
    // A long error is cut, so that the digest stays a few lines.
    expect(digest[3]).toHaveLength(240);
    expect(digest[3]?.endsWith('…')).toBe(true);
  });

  it('names at most eight failures, and says how many more the output has', () => {
    const many = Array.from(
      { length: 11 },
      (_, index) => ` FAIL   unit  a.test.ts > case ${index}\nError: wrong ${index}`,
    ).join('\n');
    const digest = failureDigest(many);
    expect(digest.filter((line) => line.startsWith('FAIL'))).toHaveLength(8);
    expect(digest.at(-1)).toBe('… and 3 more above');
  });

  it('gives the last lines of a step whose failure vitest did not name', () => {
    const output = ['Building…', '', 'one', 'two', 'three', 'four', 'five', 'Port 8080 is taken'];
    expect(failureDigest(output.join('\n'))).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'Port 8080 is taken',
    ]);
  });
});
