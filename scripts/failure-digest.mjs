// What a failed step of `npm test` says about its failure, in a few lines: printed again after the
// summary, so that the end of a long run (all a CI page may keep of it) tells which test failed and
// why, though the step printed its output whole minutes earlier.
import { stripVTControlCharacters } from 'node:util';

/** At most this many failures are named; the step's own output above has them all. */
const MOST = 8;
/** A line of the digest is cut here. */
const WIDTH = 240;
/** Without a failure vitest names, the step's last lines say what happened. */
const LAST_LINES = 6;

const cut = (line) => (line.length > WIDTH ? `${line.slice(0, WIDTH - 1)}…` : line);

/**
 * The digest of a step's output: each test vitest reports failed (` FAIL … > test`) with the first
 * line of its error, each unhandled error with its first line and the test it came during, and
 * vitest's count of errors; or, when vitest names none (a step that failed before or after its
 * tests), the step's last lines.
 */
export function failureDigest(output) {
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .map((line) => line.trimEnd());
  const nextText = (index) => lines.slice(index + 1).find((line) => line.trim() !== '') ?? '';
  const found = [];
  for (const [index, line] of lines.entries()) {
    if (/^\s*FAIL\s/.test(line)) {
      found.push(`${line.trim()}\n    ${nextText(index).trim()}`);
    } else if (/⎯ Unhandled (Rejection|Error) ⎯/.test(line)) {
      const during = lines
        .slice(index + 1)
        .map((next) => /^The latest test that might've caused the error is (".*")\./.exec(next))
        .find(Boolean)?.[1];
      found.push(`Unhandled: ${nextText(index).trim()}${during ? `\n    during ${during}` : ''}`);
    }
  }
  const errors = lines.find((line) => /^\s*Errors\s+\d+ errors?/.test(line));
  const named = [...new Set(found)];
  const digest = named.slice(0, MOST);
  if (named.length > MOST) digest.push(`… and ${named.length - MOST} more above`);
  if (errors) digest.push(errors.trim());
  if (digest.length === 0) {
    digest.push(...lines.filter((line) => line.trim() !== '').slice(-LAST_LINES));
  }
  return digest.flatMap((entry) => entry.split('\n')).map(cut);
}
