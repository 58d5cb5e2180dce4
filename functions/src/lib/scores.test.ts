import { describe, expect, it } from 'vitest';
import { COALESCE_MS, coalescingWait } from './scores';

describe('the coalescing wait of a leaderboard request', () => {
  it('waits the whole pause for a request made now', () => {
    expect(coalescingWait(1_000, 1_000)).toBe(COALESCE_MS);
  });

  it('waits only what is left for a request made a moment ago', () => {
    expect(coalescingWait(1_000, 1_100)).toBe(COALESCE_MS - 100);
  });

  it('does not wait for a request delivered after its pause (a queue of triggers)', () => {
    expect(coalescingWait(1_000, 1_000 + COALESCE_MS)).toBe(0);
    expect(coalescingWait(1_000, 60_000)).toBe(0);
  });

  it('never waits longer than the pause, whatever the clock says', () => {
    expect(coalescingWait(10_000, 1_000)).toBe(COALESCE_MS);
  });
});
