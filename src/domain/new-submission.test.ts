import { describe, expect, it } from 'vitest';
import { findAction } from './catalogue';
import { newSubmission, seasonActionImpact } from './game';
import { dayIn } from './submission';

const action = findAction('sob-team-digital-fresco');
if (!action) throw new Error('The catalogue lost sob-team-digital-fresco.');
const season = { id: 's1', timeZone: 'Europe/Paris', customActions: [] };
const input = {
  season,
  team: { id: 't1', name: 'Les Sobres', companyId: 'c1' },
  uid: 'u1',
  authorName: 'Lynx',
  action,
  doneAt: Date.UTC(2026, 2, 1, 23, 30),
  proof: { kind: 'none' } as const,
  now: Date.UTC(2026, 2, 2, 8),
};

describe('newSubmission', () => {
  it('keeps what the action earns and changes, and the day in the season’s time zone, pending', () => {
    expect(newSubmission(input)).toEqual({
      seasonId: 's1',
      teamId: 't1',
      teamName: 'Les Sobres',
      companyId: 'c1',
      uid: 'u1',
      authorName: 'Lynx',
      actionId: action.id,
      theme: action.theme,
      modality: action.modality,
      points: action.points,
      impact: seasonActionImpact(season, action.id),
      scope: action.scope,
      doneAt: input.doneAt,
      day: dayIn('Europe/Paris', input.doneAt),
      proof: { kind: 'none' },
      proofHash: null,
      duplicateOf: null,
      status: 'pending',
      reason: null,
      auto: false,
      audited: false,
      createdAt: input.now,
      updatedAt: input.now,
      reviewedAt: null,
      approvedAt: null,
      reactions: {},
    });
    expect(newSubmission(input).day).toBe('2026-03-02');
  });

  it('says what its caller adds: an approval, a review, hashes', () => {
    expect(
      newSubmission(input, { status: 'approved', audited: true, approvedAt: input.now }),
    ).toMatchObject({ status: 'approved', audited: true, approvedAt: input.now, reviewedAt: null });
  });
});
