import { describe, expect, it } from 'vitest';
import {
  anonymisedProof,
  anonymisedSubmission,
  deleteAccountPayloadSchema,
  DELETED_ACCOUNT_NAME,
  deletionPolicyOf,
  exportMyDataPayloadSchema,
  isDeletedAccount,
  membersAfterDeletion,
  photoDataUrl,
  photoPurgeDue,
  photosPurgeAt,
  rekeyedId,
} from './account';
import { EVENT_PATHS } from './events';
import { SUBMISSION_STATUSES } from './scoring';
import { DEFAULT_PHOTO_RETENTION_DAYS } from './season';
import type { TeamMember } from './team';

const DAY = 24 * 60 * 60 * 1000;
const UID = 'Xy7pQ2aB9cD4eF6gH8iJ0kL1mN3o';
const ANONYMOUS = 'deleted-0123456789abcdef0123';

describe('payloads', () => {
  it('deletes only on an explicit confirm: true', () => {
    expect(deleteAccountPayloadSchema.safeParse({ confirm: true }).success).toBe(true);
    for (const bad of [
      {},
      { confirm: false },
      { confirm: 'true' },
      { confirm: true, x: 1 },
      null,
    ]) {
      expect(deleteAccountPayloadSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('exports on an empty object only', () => {
    expect(exportMyDataPayloadSchema.safeParse({}).success).toBe(true);
    expect(exportMyDataPayloadSchema.safeParse({ uid: UID }).success).toBe(false);
  });
});

describe('deletionPolicyOf', () => {
  it('keeps the points when the season says nothing (older seasons)', () => {
    expect(deletionPolicyOf({})).toBe('keep');
    expect(deletionPolicyOf({ deletionPolicy: 'remove' })).toBe('remove');
  });
});

describe('anonymisedSubmission', () => {
  it('replaces the author, drops the proof, its hashes and the reason, withdraws a pending one', () => {
    for (const status of SUBMISSION_STATUSES) {
      const fields = anonymisedSubmission(
        { status, proof: { kind: 'text', text: 'I am Ada' } },
        ANONYMOUS,
      );
      expect(fields).toEqual({
        uid: ANONYMOUS,
        authorName: DELETED_ACCOUNT_NAME,
        proof: { kind: 'text', text: '' },
        proofHash: null,
        photoHash: null,
        photoBands: [],
        reason: null,
        status: status === 'pending' ? 'withdrawn' : status,
      });
    }
  });

  it('empties every kind of proof, and marks a photo as gone', () => {
    expect(anonymisedProof({ kind: 'none' })).toEqual({ kind: 'none' });
    expect(anonymisedProof({ kind: 'link', url: 'https://ada.example' })).toEqual({
      kind: 'link',
      url: '',
    });
    expect(anonymisedProof({ kind: 'photo', type: 'image/png', bytes: 12 })).toEqual({
      kind: 'photo',
      type: 'image/png',
      bytes: 12,
      purged: true,
    });
  });
});

describe('rekeyedId', () => {
  it('replaces the uid an attendance submission id holds, and leaves other ids alone', () => {
    const id = EVENT_PATHS.attendanceSubmissionId('evt1', UID);
    expect(rekeyedId(id, UID, ANONYMOUS)).toBe(
      EVENT_PATHS.attendanceSubmissionId('evt1', ANONYMOUS),
    );
    expect(rekeyedId('aB3dE5fG7hI9jK1lM2nO', UID, ANONYMOUS)).toBeNull();
    expect(rekeyedId('anything', '', ANONYMOUS)).toBeNull();
  });
});

describe('membersAfterDeletion', () => {
  const members: Record<string, TeamMember> = {
    [UID]: { name: 'Ada', role: 'captain', joinedAt: 1 },
    later: { name: 'Renard 12', role: 'member', joinedAt: 3 },
    earlier: { name: 'Loutre 40', role: 'member', joinedAt: 2 },
  };

  it('hands a sole captain’s team over to the longest-standing member', () => {
    expect(membersAfterDeletion(members, UID, ANONYMOUS, false)).toEqual({
      later: members.later,
      earlier: { ...members.earlier, role: 'captain' },
    });
  });

  it('keeps the place under an anonymous member once teams may no longer change', () => {
    const next = membersAfterDeletion(members, UID, ANONYMOUS, true);
    expect(Object.keys(next)).toHaveLength(3);
    expect(next[UID]).toBeUndefined();
    expect(next[ANONYMOUS]).toEqual({ name: DELETED_ACCOUNT_NAME, role: 'member', joinedAt: 1 });
    expect(next.earlier?.role).toBe('captain');
  });

  it('adds nobody for a person who was not in the team', () => {
    const others: Record<string, TeamMember> = {
      later: { name: 'Renard 12', role: 'member', joinedAt: 3 },
      earlier: { name: 'Loutre 40', role: 'captain', joinedAt: 2 },
    };
    expect(membersAfterDeletion(others, UID, ANONYMOUS, true)).toEqual(others);
  });
});

describe('photo purge', () => {
  const end = Date.UTC(2025, 2, 31);
  const season = { state: 'closed' as const, endsAt: end, photoRetentionDays: 10 };

  it('is due once the season is closed and its end plus its retention has passed', () => {
    expect(photosPurgeAt(season)).toBe(end + 10 * DAY);
    expect(photoPurgeDue(season, end + 10 * DAY - 1)).toBe(false);
    expect(photoPurgeDue(season, end + 10 * DAY)).toBe(true);
  });

  it('uses the default retention when the season has none (older seasons)', () => {
    const older = { state: 'closed' as const, endsAt: end };
    expect(photosPurgeAt(older)).toBe(end + DEFAULT_PHOTO_RETENTION_DAYS * DAY);
  });

  it('is never due for a season not closed, or already purged', () => {
    const late = end + 400 * DAY;
    expect(photoPurgeDue({ ...season, state: 'frozen' }, late)).toBe(false);
    expect(photoPurgeDue({ ...season, photosPurgedAt: late - DAY }, late)).toBe(false);
  });
});

describe('the rest', () => {
  it('tells anonymous ids from Auth uids', () => {
    expect(isDeletedAccount(ANONYMOUS)).toBe(true);
    expect(isDeletedAccount(UID)).toBe(false);
  });

  it('makes a data URL of a stored photo', () => {
    expect(photoDataUrl('image/webp', 'AAAA')).toBe('data:image/webp;base64,AAAA');
  });
});
