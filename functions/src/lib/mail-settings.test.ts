import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from './mail-settings';

describe('unsubscribe tokens', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.MAIL_TOKEN_SECRET = 'a-long-random-secret-for-the-test';
    process.env.APP_URL = 'https://app.example.org/';
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('names the person and the kind it was made for', () => {
    const token = unsubscribeToken('uid-1', 'digest');
    expect(readUnsubscribeToken(token)).toEqual({ uid: 'uid-1', kind: 'digest' });
    expect(unsubscribeUrl('uid-1', 'nudge')).toBe(
      `https://app.example.org/unsubscribe?t=${unsubscribeToken('uid-1', 'nudge')}`,
    );
  });

  it('refuses a token whose person or kind was changed, or signed with another secret', () => {
    const [, signed] = unsubscribeToken('uid-1', 'digest').split('.');
    const forged = `${Buffer.from('uid-2\ndigest').toString('base64url')}.${signed}`;
    expect(readUnsubscribeToken(forged)).toBeNull();
    const otherKind = `${Buffer.from('uid-1\nrejection').toString('base64url')}.${signed}`;
    expect(readUnsubscribeToken(otherKind)).toBeNull();
    const token = unsubscribeToken('uid-1', 'digest');
    process.env.MAIL_TOKEN_SECRET = 'another-secret';
    expect(readUnsubscribeToken(token)).toBeNull();
  });

  it('refuses what is not a token: garbage, an unknown kind, extra parts, no secret set', () => {
    expect(readUnsubscribeToken(undefined)).toBeNull();
    expect(readUnsubscribeToken('')).toBeNull();
    expect(readUnsubscribeToken('abc')).toBeNull();
    expect(readUnsubscribeToken(`${unsubscribeToken('uid-1', 'digest')}.x`)).toBeNull();
    expect(readUnsubscribeToken('x'.repeat(1000))).toBeNull();
    const token = unsubscribeToken('uid-1', 'digest');
    delete process.env.MAIL_TOKEN_SECRET;
    expect(readUnsubscribeToken(token)).toBeNull();
  });
});
