import { describe, expect, it } from 'vitest';
import { ownValue } from './own';

/** Names every plain object answers to through its prototype. */
const INHERITED_KEYS = Object.getOwnPropertyNames(Object.prototype);

describe('ownValue', () => {
  const members = { 'uid-1': { role: 'captain' } };

  it('finds an own entry', () => {
    expect(ownValue(members, 'uid-1')).toEqual({ role: 'captain' });
  });

  it('finds nothing for any key every object inherits, nor for a missing record', () => {
    expect(INHERITED_KEYS).toEqual(
      expect.arrayContaining(['constructor', '__proto__', 'toString']),
    );
    for (const key of INHERITED_KEYS) expect(ownValue(members, key)).toBeUndefined();
    expect(ownValue(null, 'uid-1')).toBeUndefined();
    expect(ownValue(undefined, 'constructor')).toBeUndefined();
  });
});
