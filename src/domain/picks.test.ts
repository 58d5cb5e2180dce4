import { describe, expect, it } from 'vitest';
import { orderPicks } from './picks';

describe('orderPicks', () => {
  it('shows the most recently picked action first', () => {
    expect(orderPicks({ a: 1, b: 3, c: 2 })).toEqual(['b', 'c', 'a']);
  });

  it('orders actions picked at the same moment by id, so the list does not jump', () => {
    expect(orderPicks({ zeta: 5, alpha: 5 })).toEqual(['alpha', 'zeta']);
  });
});
