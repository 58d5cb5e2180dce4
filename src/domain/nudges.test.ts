import { describe, expect, it } from 'vitest';
import { idleMembers, NUDGE_GAP_MS, nudgePayloadSchema } from './nudges';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);
const members = {
  cap: { name: 'Cap 01', role: 'captain' as const, joinedAt: 1 },
  ana: { name: 'Ana 02', role: 'member' as const, joinedAt: 2 },
  bob: { name: 'Bob 03', role: 'member' as const, joinedAt: 3 },
  cid: { name: 'Cid 04', role: 'member' as const, joinedAt: 4 },
};

describe('idleMembers', () => {
  it('lists the others with nothing sent in the window, in join order, with when they were nudged', () => {
    const submissions = [
      { uid: 'ana', createdAt: NOW - 10 * DAY },
      { uid: 'bob', createdAt: NOW - 2 * DAY },
      { uid: 'bob', createdAt: NOW - 20 * DAY },
    ];
    const log = { lastNudgedAt: { cid: NOW - NUDGE_GAP_MS + 1, ana: NOW - NUDGE_GAP_MS } };
    expect(
      idleMembers(members, submissions, log, { now: NOW, idleDays: 7, except: 'cap' }),
    ).toEqual([
      {
        uid: 'ana',
        name: 'Ana 02',
        lastSentAt: NOW - 10 * DAY,
        lastNudgedAt: NOW - NUDGE_GAP_MS,
        nudgeable: true,
      },
      {
        uid: 'cid',
        name: 'Cid 04',
        lastSentAt: null,
        lastNudgedAt: NOW - NUDGE_GAP_MS + 1,
        nudgeable: false,
      },
    ]);
  });

  it('counts a submission exactly idleDays old as recent, and reads own keys of the log only', () => {
    const submissions = [{ uid: 'ana', createdAt: NOW - 7 * DAY }];
    const log = { lastNudgedAt: {} };
    const idle = idleMembers({ ana: members.ana, constructor: members.bob }, submissions, log, {
      now: NOW,
      idleDays: 7,
      except: 'cap',
    });
    expect(idle).toEqual([
      { uid: 'constructor', name: 'Bob 03', lastSentAt: null, lastNudgedAt: null, nudgeable: true },
    ]);
  });
});

describe('nudgePayloadSchema', () => {
  it('trims the message and refuses an empty or too long one, and days out of range', () => {
    expect(
      nudgePayloadSchema.parse({ teamId: 't1', idleDays: 7, message: '  Go!  ' }).message,
    ).toBe('Go!');
    for (const bad of [
      { teamId: 't1', idleDays: 7, message: '   ' },
      { teamId: 't1', idleDays: 7, message: 'x'.repeat(281) },
      { teamId: 't1', idleDays: 0, message: 'Go' },
      { teamId: 't1', idleDays: 61, message: 'Go' },
      { teamId: 't1', idleDays: 1.5, message: 'Go' },
    ]) {
      expect(nudgePayloadSchema.safeParse(bad).success).toBe(false);
    }
    expect(
      nudgePayloadSchema.safeParse({ teamId: 't1', idleDays: 60, message: 'x'.repeat(280) })
        .success,
    ).toBe(true);
  });
});
