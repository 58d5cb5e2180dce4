import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SCORE,
  applyDelta,
  canMove,
  correctionDelta,
  counts,
  deltasForWrite,
  rebuildScores,
  SUBMISSION_STATUSES,
  type Correction,
  type ScoredSubmission,
  type SubmissionStatus,
  type TeamScore,
} from './scoring';
import type { ImpactAmount } from './impact';
import { MODALITIES, THEME_IDS } from './themes';

const submission = (overrides: Partial<ScoredSubmission> = {}): ScoredSubmission => ({
  id: 's1',
  teamId: 't1',
  uid: 'u1',
  theme: 'sobriety',
  modality: 'act',
  points: 10,
  day: '2026-03-02',
  status: 'pending',
  approvedAt: null,
  impact: null,
  ...overrides,
});

/** Completions with and without a figure, in several units, some with decimals that do not add exactly in binary. */
const IMPACTS: readonly (ImpactAmount | null)[] = [
  null,
  { unit: 'kgCO2e', low: 0.0346, central: 0.0528, high: 0.96 },
  { unit: 'kgCO2e', low: 24.6, central: 24.6, high: 27 },
  { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
  { unit: 'kWh', low: 0.1, central: 0.2, high: 0.3 },
];

describe('counts', () => {
  it('counts a submission only while it is approved', () => {
    expect(SUBMISSION_STATUSES.filter((status) => counts({ status }))).toEqual(['approved']);
    expect(counts(null)).toBe(false);
  });
});

describe('canMove', () => {
  it('lets organisers review pending work and revoke approved work, authors withdraw and resubmit', () => {
    expect(canMove('pending', 'approved', 'organiser')).toBe(true);
    expect(canMove('pending', 'rejected', 'organiser')).toBe(true);
    expect(canMove('approved', 'revoked', 'organiser')).toBe(true);
    expect(canMove('pending', 'withdrawn', 'author')).toBe(true);
    expect(canMove('rejected', 'pending', 'author')).toBe(true);
  });

  it('refuses every other move', () => {
    expect(canMove('pending', 'approved', 'author')).toBe(false);
    expect(canMove('approved', 'pending', 'author')).toBe(false);
    expect(canMove('withdrawn', 'pending', 'author')).toBe(false);
    expect(canMove('revoked', 'approved', 'organiser')).toBe(false);
  });
});

describe('deltasForWrite', () => {
  it('adds the points when a submission is approved and takes them back when revoked', () => {
    const pending = submission();
    const approved = submission({ status: 'approved', approvedAt: 1 });
    const revoked = submission({ status: 'revoked' });
    expect(deltasForWrite(pending, approved)).toEqual([
      {
        teamId: 't1',
        points: 10,
        byTheme: { sobriety: 10 },
        byModality: { act: 10 },
        byDay: { '2026-03-02': 10 },
        members: { u1: { points: 10, approved: 1, impact: {} } },
        impact: {},
      },
    ]);
    expect(deltasForWrite(approved, revoked)[0]?.points).toBe(-10);
  });

  it('adds the completion’s impact to the team and its author, and takes it back when revoked', () => {
    const impact = { unit: 'kgCO2e', low: 24.6, central: 24.6, high: 27 } as const;
    const approved = submission({ status: 'approved', approvedAt: 1, impact });
    const [plus] = deltasForWrite(submission({ impact }), approved);
    expect(plus?.impact).toEqual({ kgCO2e: [24.6, 24.6, 27] });
    expect(plus?.members.u1?.impact).toEqual({ kgCO2e: [24.6, 24.6, 27] });
    const [minus] = deltasForWrite(approved, { ...approved, status: 'revoked' });
    expect(minus?.impact).toEqual({ kgCO2e: [-24.6, -24.6, -27] });
  });

  it('moves the impact when an approved submission is rewritten with another figure', () => {
    const approved = submission({ status: 'approved', approvedAt: 1, impact: IMPACTS[3] ?? null });
    const deltas = deltasForWrite(approved, { ...approved, impact: null });
    expect(deltas.map((delta) => delta.impact)).toEqual([{ peopleTrained: [-4, -4, -8] }, {}]);
  });

  it('changes nothing for writes that neither count before nor after', () => {
    expect(deltasForWrite(null, submission())).toEqual([]);
    expect(deltasForWrite(submission(), submission({ status: 'rejected' }))).toEqual([]);
  });

  it('changes nothing when an approved submission is rewritten without a change that counts', () => {
    const approved = submission({ status: 'approved', approvedAt: 1 });
    expect(deltasForWrite(approved, { ...approved, approvedAt: 2 })).toEqual([]);
  });
});

describe('applyDelta', () => {
  it('keeps the active members: those with an approved submission', () => {
    const approved = submission({ status: 'approved' });
    const [plus] = deltasForWrite(null, approved);
    const [minus] = deltasForWrite(approved, null);
    if (!plus || !minus) throw new Error('deltas expected');
    const once = applyDelta(EMPTY_SCORE, plus);
    expect(once).toMatchObject({ total: 10, activeMembers: 1, approvedCount: 1 });
    expect(applyDelta(once, minus)).toEqual(EMPTY_SCORE);
  });

  it('keeps impact by unit, never summed across units, and drops a unit that comes back to zero', () => {
    let score: TeamScore = EMPTY_SCORE;
    const add = (impact: ImpactAmount | null, sign: 1 | -1 = 1) => {
      const approved = submission({ status: 'approved', impact });
      const [delta] = sign === 1 ? deltasForWrite(null, approved) : deltasForWrite(approved, null);
      if (!delta) throw new Error('delta expected');
      score = applyDelta(score, delta);
    };
    add(IMPACTS[1] ?? null);
    add(IMPACTS[1] ?? null);
    add(IMPACTS[3] ?? null);
    add(IMPACTS[4] ?? null);
    add(IMPACTS[4] ?? null);
    add(IMPACTS[4] ?? null);
    expect(score.impact).toEqual({
      kgCO2e: [0.0692, 0.1056, 1.92],
      peopleTrained: [4, 4, 8],
      kWh: [0.3, 0.6, 0.9],
    });
    expect(score.members.u1?.impact).toEqual(score.impact);
    add(IMPACTS[3] ?? null, -1);
    for (let times = 0; times < 3; times += 1) add(IMPACTS[4] ?? null, -1);
    expect(score.impact).toEqual({ kgCO2e: [0.0692, 0.1056, 1.92] });
  });

  it('applies a correction to the total only', () => {
    const corrected = applyDelta(
      EMPTY_SCORE,
      correctionDelta({ id: 'c', teamId: 't1', points: -5 }),
    );
    expect(corrected).toEqual({ ...EMPTY_SCORE, total: -5 });
  });
});

/** One step of a season, as the functions would see it. */
type Step =
  | {
      kind: 'submit';
      id: number;
      team: number;
      user: number;
      theme: number;
      modality: number;
      day: number;
      points: number;
      impact: number;
    }
  | { kind: 'move'; id: number; to: SubmissionStatus }
  | { kind: 'replay'; back: number }
  | { kind: 'correct'; team: number; points: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('submit' as const),
    id: fc.nat(6),
    team: fc.nat(3),
    user: fc.nat(5),
    theme: fc.nat(THEME_IDS.length - 1),
    modality: fc.nat(MODALITIES.length - 1),
    day: fc.nat(3),
    points: fc.constantFrom(5, 10, 20),
    impact: fc.nat(IMPACTS.length - 1),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    id: fc.nat(6),
    to: fc.constantFrom(...SUBMISSION_STATUSES),
  }),
  fc.record({ kind: fc.constant('replay' as const), back: fc.nat(10) }),
  fc.record({
    kind: fc.constant('correct' as const),
    team: fc.nat(3),
    points: fc.integer({ min: -30, max: 30 }),
  }),
);

describe('incremental scores equal the reconciliation', () => {
  it('points and impact, for any sequence of submissions, reviews, revocations, replayed triggers and corrections', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 80, size: 'max' }), (steps) => {
        const docs = new Map<string, ScoredSubmission>();
        const corrections: Correction[] = [];
        const writes: {
          eventId: string;
          before: ScoredSubmission | null;
          after: ScoredSubmission | null;
        }[] = [];
        const applied = new Set<string>();
        const scores = new Map<string, TeamScore>();
        const applyEvent = (event: (typeof writes)[number]) => {
          // Idempotent: a delta is keyed by the event's own id.
          if (applied.has(event.eventId)) return;
          applied.add(event.eventId);
          for (const delta of deltasForWrite(event.before, event.after)) {
            scores.set(delta.teamId, applyDelta(scores.get(delta.teamId) ?? EMPTY_SCORE, delta));
          }
        };
        const write = (id: string, after: ScoredSubmission) => {
          const event = { eventId: `e${writes.length}`, before: docs.get(id) ?? null, after };
          docs.set(id, after);
          writes.push(event);
          applyEvent(event);
        };
        for (const current of steps) {
          if (current.kind === 'submit') {
            const id = `s${current.id}`;
            if (docs.has(id)) continue;
            write(
              id,
              submission({
                id,
                teamId: `t${current.team}`,
                uid: `u${current.user}`,
                theme: THEME_IDS[current.theme] ?? 'sobriety',
                modality: MODALITIES[current.modality] ?? 'act',
                day: `2026-03-0${current.day + 1}`,
                points: current.points,
                impact: IMPACTS[current.impact] ?? null,
              }),
            );
          } else if (current.kind === 'move') {
            const id = `s${current.id}`;
            const before = docs.get(id);
            if (!before) continue;
            const by =
              current.to === 'withdrawn' || current.to === 'pending' ? 'author' : 'organiser';
            if (!canMove(before.status, current.to, by)) continue;
            write(id, {
              ...before,
              status: current.to,
              approvedAt: current.to === 'approved' ? writes.length : before.approvedAt,
            });
          } else if (current.kind === 'replay') {
            const event = writes[writes.length - 1 - current.back];
            if (event) applyEvent(event);
          } else {
            const correction = {
              id: `c${corrections.length}`,
              teamId: `t${current.team}`,
              points: current.points,
            };
            corrections.push(correction);
            const delta = correctionDelta(correction);
            scores.set(delta.teamId, applyDelta(scores.get(delta.teamId) ?? EMPTY_SCORE, delta));
          }
        }
        const rebuilt = rebuildScores([...docs.values()], corrections);
        const normalise = (map: Map<string, TeamScore>) =>
          Object.fromEntries(
            [...map]
              .filter(([, score]) => JSON.stringify(score) !== JSON.stringify(EMPTY_SCORE))
              .sort(),
          );
        expect(normalise(scores)).toEqual(normalise(rebuilt));
        // Triggers may also arrive out of order: every write applied once, last first.
        const reordered = new Map<string, TeamScore>();
        const deltas = [
          ...[...writes].reverse().flatMap((event) => deltasForWrite(event.before, event.after)),
          ...corrections.map(correctionDelta),
        ];
        for (const delta of deltas) {
          reordered.set(
            delta.teamId,
            applyDelta(reordered.get(delta.teamId) ?? EMPTY_SCORE, delta),
          );
        }
        expect(normalise(reordered)).toEqual(normalise(rebuilt));
      }),
      { numRuns: 500 },
    );
  });
});
