import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDoneAt,
  dayIn,
  isAllowedLink,
  nextSubmissionAllowedAt,
  proofMatches,
  proofSchema,
  repeatAllows,
  sniffImageType,
  TEXT_PROOF_MAX,
} from './submission';

const DAY = 24 * 60 * 60 * 1000;
const season = { startsAt: Date.UTC(2026, 10, 1), endsAt: Date.UTC(2026, 11, 1), logBackDays: 3 };
const now = Date.UTC(2026, 10, 20, 12);

describe('checkDoneAt', () => {
  it('accepts today and up to the log-back days ago', () => {
    expect(checkDoneAt(now, now, season)).toBeNull();
    expect(checkDoneAt(now - 3 * DAY, now, season)).toBeNull();
  });

  it('refuses the future, before the season, too long ago, and anything once the season ended', () => {
    expect(checkDoneAt(now + 60_000, now, season)).toBe('future');
    expect(checkDoneAt(season.startsAt - 1, season.startsAt + DAY, season)).toBe('beforeSeason');
    expect(checkDoneAt(now - 3 * DAY - 1, now, season)).toBe('tooOld');
    expect(checkDoneAt(season.endsAt - DAY, season.endsAt, season)).toBe('seasonClosed');
  });

  it('never accepts a moment outside [start, now] or older than the log-back window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: season.startsAt - 10 * DAY, max: season.endsAt + 10 * DAY }),
        fc.integer({ min: season.startsAt, max: season.endsAt + DAY }),
        (doneAt, at) => {
          if (checkDoneAt(doneAt, at, season) !== null) return;
          expect(doneAt).toBeGreaterThanOrEqual(season.startsAt);
          expect(doneAt).toBeLessThanOrEqual(at);
          expect(at - doneAt).toBeLessThanOrEqual(3 * DAY);
          expect(at).toBeLessThan(season.endsAt);
        },
      ),
    );
  });
});

describe('repeatAllows', () => {
  it('counts "once" one time and "up to N" N times', () => {
    expect(repeatAllows({ kind: 'once' }, [], now, 'UTC')).toBe(true);
    expect(repeatAllows({ kind: 'once' }, [{ doneAt: now }], now, 'UTC')).toBe(false);
    const two = [{ doneAt: 1 }, { doneAt: 2 }];
    expect(repeatAllows({ kind: 'upTo', times: 3 }, two, now, 'UTC')).toBe(true);
    expect(repeatAllows({ kind: 'upTo', times: 2 }, two, now, 'UTC')).toBe(false);
  });

  it('allows "once a day" once per calendar day in the season time zone', () => {
    // 23:30 in Paris on the 19th is 22:30 UTC; 00:30 in Paris on the 20th is 23:30 UTC on the 19th.
    const lateOn19 = Date.UTC(2026, 10, 19, 22, 30);
    const earlyOn20 = Date.UTC(2026, 10, 19, 23, 30);
    expect(dayIn('Europe/Paris', lateOn19)).toBe('2026-11-19');
    expect(dayIn('Europe/Paris', earlyOn20)).toBe('2026-11-20');
    expect(repeatAllows({ kind: 'daily' }, [{ doneAt: lateOn19 }], earlyOn20, 'Europe/Paris')).toBe(
      true,
    );
    expect(repeatAllows({ kind: 'daily' }, [{ doneAt: lateOn19 }], earlyOn20, 'UTC')).toBe(false);
  });
});

describe('nextSubmissionAllowedAt', () => {
  const limit = { count: 3, windowMs: 15 * 60_000 };

  it('allows up to the limit within the window', () => {
    expect(nextSubmissionAllowedAt([now - 1000, now - 2000], now, limit)).toBeNull();
  });

  it('says when to try again: when the oldest counted submission leaves the window', () => {
    const recent = [now - 60_000, now - 120_000, now - 180_000, now - 20 * 60_000];
    expect(nextSubmissionAllowedAt(recent, now, limit)).toBe(now - 180_000 + 15 * 60_000);
  });

  it('uses 20 per 15 minutes by default', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => now - i * 1000);
    expect(nextSubmissionAllowedAt(twenty.slice(0, 19), now)).toBeNull();
    expect(nextSubmissionAllowedAt(twenty, now)).toBe(now - 19_000 + 15 * 60_000);
  });
});

describe('proofs', () => {
  it('accepts only http and https links', () => {
    expect(isAllowedLink('https://example.org/certificate')).toBe(true);
    expect(isAllowedLink('http://example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://x.org',
      'example.org',
      '',
    ]) {
      expect(isAllowedLink(bad), bad).toBe(false);
    }
  });

  it('limits text proofs to 1,000 characters', () => {
    expect(proofSchema.safeParse({ kind: 'text', text: 'a'.repeat(TEXT_PROOF_MAX) }).success).toBe(
      true,
    );
    const long = proofSchema.safeParse({ kind: 'text', text: 'a'.repeat(TEXT_PROOF_MAX + 1) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('validation.proofTextTooLong');
  });

  it('refuses photo types other than JPEG, PNG and WebP', () => {
    expect(proofSchema.safeParse({ kind: 'photo', type: 'image/gif', data: '' }).success).toBe(
      false,
    );
  });

  it('must be of the kind the action asks for', () => {
    expect(proofMatches('link', { kind: 'link', url: 'https://x.org' })).toBe(true);
    expect(proofMatches('photo', { kind: 'none' })).toBe(false);
  });

  it('judges an image by its first bytes, not its name', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image/png',
    );
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(sniffImageType(webp)).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<script>alert(1)</script>'))).toBeNull();
  });
});
