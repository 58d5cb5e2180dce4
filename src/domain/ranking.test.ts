import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averagePerActiveMember,
  gapTo,
  participationRate,
  rankTeams,
  type TeamStanding,
} from './ranking';
import { RANKING_RULES } from './season';

const team = (teamId: string, total: number, extra: Partial<TeamStanding> = {}): TeamStanding => ({
  teamId,
  total,
  memberCount: 4,
  activeMembers: 2,
  reachedAt: 100,
  ...extra,
});

describe('measures', () => {
  it('divides the total by active members only, 0 when none is active', () => {
    expect(averagePerActiveMember({ total: 90, activeMembers: 3 })).toBe(30);
    expect(averagePerActiveMember({ total: 90, activeMembers: 0 })).toBe(0);
  });

  it('counts the share of members with an approved submission, 0 for an empty team', () => {
    expect(participationRate({ memberCount: 4, activeMembers: 1 })).toBe(0.25);
    expect(participationRate({ memberCount: 0, activeMembers: 0 })).toBe(0);
  });
});

describe('rankTeams', () => {
  it('ranks by total, highest first', () => {
    const ranked = rankTeams([team('a', 10), team('b', 30), team('c', 20)], 'total');
    expect(ranked.map((t) => [t.teamId, t.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('gives a tie to the team that reached its score first', () => {
    const ranked = rankTeams(
      [team('late', 50, { reachedAt: 200 }), team('early', 50, { reachedAt: 100 })],
      'total',
    );
    expect(ranked.map((t) => t.teamId)).toEqual(['early', 'late']);
  });

  it('breaks a full tie by team id, so ranks never repeat', () => {
    const ranked = rankTeams([team('b', 5), team('a', 5)], 'total');
    expect(ranked.map((t) => `${t.teamId}${t.rank}`)).toEqual(['a1', 'b2']);
  });

  it('ranks by average per active member under that rule: a small active team can lead', () => {
    const big = team('big', 100, { memberCount: 10, activeMembers: 10 });
    const small = team('small', 60, { memberCount: 3, activeMembers: 2 });
    expect(rankTeams([big, small], 'total')[0]?.teamId).toBe('big');
    expect(rankTeams([big, small], 'average')[0]?.teamId).toBe('small');
  });

  it('ranks by participation rate under that rule', () => {
    const half = team('half', 500, { memberCount: 10, activeMembers: 5 });
    const all = team('all', 10, { memberCount: 2, activeMembers: 2 });
    expect(rankTeams([half, all], 'participation').map((t) => t.teamId)).toEqual(['all', 'half']);
  });

  it('always gives ranks 1..n, sorted by measure, whatever the input order', () => {
    const standing = fc.record({
      teamId: fc.stringMatching(/^[a-z]{1,6}$/),
      total: fc.integer({ min: -100, max: 1000 }),
      memberCount: fc.integer({ min: 0, max: 20 }),
      activeMembers: fc.integer({ min: 0, max: 20 }),
      reachedAt: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(standing, { selector: (s) => s.teamId, maxLength: 30 }),
        fc.constantFrom(...RANKING_RULES),
        (standings, rule) => {
          const ranked = rankTeams(standings, rule);
          expect(ranked.map((t) => t.rank)).toEqual(standings.map((_, i) => i + 1));
          for (let i = 1; i < ranked.length; i += 1) {
            const [prev, next] = [ranked[i - 1], ranked[i]];
            if (!prev || !next) continue;
            expect(prev.measure >= next.measure).toBe(true);
            if (prev.measure === next.measure) expect(prev.reachedAt <= next.reachedAt).toBe(true);
          }
          // The same teams in another order rank the same way.
          expect(rankTeams([...standings].reverse(), rule)).toEqual(ranked);
        },
      ),
    );
  });
});

describe('gapTo', () => {
  it('is positive towards a team ahead and negative towards one behind', () => {
    const [first, second] = rankTeams([team('a', 40), team('b', 25)], 'total');
    if (!first || !second) throw new Error('two teams expected');
    expect(gapTo(second, first)).toBe(15);
    expect(gapTo(first, second)).toBe(-15);
  });
});
