import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { describeIssues, pickPayloadSchema, signUpSchema } from './schemas';

const someId = CATALOGUE[0]?.id ?? '';

describe('pickPayloadSchema', () => {
  it('accepts the id of a catalogue action', () => {
    expect(pickPayloadSchema.parse({ actionId: someId })).toEqual({ actionId: someId });
  });

  it.each([
    [null, 'Send an object'],
    ['sob-x', 'Send an object'],
    [{}, 'actionId'],
    [{ actionId: 42 }, 'actionId must be a string'],
    [{ actionId: 'Not An Id' }, 'lower-case words'],
    [{ actionId: 'no-such-action' }, 'No action has the id "no-such-action"'],
    [{ actionId: 'a'.repeat(65) }, 'too long'],
    [{ actionId: someId, extra: true }, 'extra'],
  ])('refuses %j with a message naming the problem', (payload, expected) => {
    const result = pickPayloadSchema.safeParse(payload);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toContain(expected);
  });

  it('accepts nothing but catalogue ids, whatever is sent', () => {
    const ids = new Set(CATALOGUE.map((action) => action.id));
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        const result = pickPayloadSchema.safeParse(payload);
        return !result.success || ids.has(result.data.actionId);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('signUpSchema', () => {
  it('names the field at fault with an i18n key', () => {
    const result = signUpSchema.safeParse({ email: 'nope', password: 'short' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byField = Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ email: 'errors.email', password: 'errors.passwordTooShort' });
  });
});
