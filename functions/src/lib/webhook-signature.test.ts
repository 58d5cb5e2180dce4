import { describe, expect, it } from 'vitest';
import { newSigningSecret, signatureHeader, verifySignature } from './webhook-signature';

const body = JSON.stringify({ id: 'top-five-s1-2026-03-10', type: 'dailyTopFive' });
const now = 1_780_000_000;

describe('signed webhooks', () => {
  it('verifies a signature it made', () => {
    const secret = newSigningSecret();
    const header = signatureHeader(secret, body, now);
    expect(header).toMatch(/^t=1780000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, header, body, now)).toBe(true);
    expect(verifySignature(secret, header, body, now + 299)).toBe(true);
  });

  it('refuses a tampered body, another secret, a mangled header', () => {
    const secret = newSigningSecret();
    const header = signatureHeader(secret, body, now);
    expect(verifySignature(secret, header, body.replace('dailyTopFive', 'seasonClosed'), now)).toBe(
      false,
    );
    expect(verifySignature(newSigningSecret(), header, body, now)).toBe(false);
    expect(verifySignature(secret, header.replace('t=1780000000', 't=1780000001'), body, now)).toBe(
      false,
    );
    expect(verifySignature(secret, 'v1=abc', body, now)).toBe(false);
    expect(verifySignature(secret, '', body, now)).toBe(false);
  });

  it('refuses a timestamp older than five minutes (a replay) or too far ahead', () => {
    const secret = newSigningSecret();
    const header = signatureHeader(secret, body, now);
    expect(verifySignature(secret, header, body, now + 301)).toBe(false);
    expect(verifySignature(secret, header, body, now - 301)).toBe(false);
    expect(verifySignature(secret, header, body, now + 30, 10)).toBe(false);
  });

  it('makes a different secret each time', () => {
    expect(newSigningSecret()).not.toBe(newSigningSecret());
    expect(newSigningSecret()).toMatch(/^whsec_[0-9a-f]{64}$/);
  });
});
