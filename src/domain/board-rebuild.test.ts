import { describe, expect, it } from 'vitest';
import { cacheOf } from './board-cache';
import { planBoardRebuild, type BoardRebuildInput } from './board-rebuild';
import type { BoardScore, LeaderboardTeam } from './leaderboard';

const teams: LeaderboardTeam[] = Array.from({ length: 350 }, (_, i) => ({
  id: `t${String(i).padStart(3, '0')}`,
  name: `Team ${i}`,
  companyId: 'c1',
  companyName: 'Company',
  memberCount: 4,
  createdAt: i,
}));
const scoreOf = (total: number, reachedAt: number): BoardScore => ({
  total,
  activeMembers: 1,
  reachedAt,
  byTheme: {},
});
const scores = new Map(teams.map((team, i) => [team.id, scoreOf(10 * (350 - i), i)]));
const chunks = cacheOf('s', 1, teams, scores);

/** One approval moves the team ranked 150th above the 140th: only page 1 changes. */
const input = (overrides: Partial<BoardRebuildInput> = {}): BoardRebuildInput => ({
  seasonId: 's',
  generation: 2,
  now: 10,
  rankingRule: 'total',
  seasonState: 'open',
  cache: { chunks, rankingRule: 'total' },
  pagesMatchCache: true,
  publicFollowsLive: true,
  full: false,
  teams: new Map(),
  scores: new Map([['t149', { ...scoreOf(10 * (350 - 139) + 5, 9), byDay: { d: 5 } }]]),
  knownByDay: new Map(),
  livePageCount: 3,
  storedPublic: { status: 'live', pageCount: 3 },
  ...overrides,
});

describe('planBoardRebuild', () => {
  it('patches the cache chunk of the score that moved and rewrites only the page it changed, on both boards while open', () => {
    const plan = planBoardRebuild(input());
    expect(plan.changedChunks).toHaveLength(1);
    expect(plan.live).toMatchObject({ write: [1], remove: [] });
    expect(plan.public).toMatchObject({ kind: 'write', write: [1], remove: [] });
    expect(plan.publicFollowsLive).toBe(true);
  });

  it('rewrites every page when the pages stored may not be the cache’s (a rebuild died), or when the public board had stopped following', () => {
    expect(planBoardRebuild(input({ pagesMatchCache: false })).live.write).toEqual([1, 2, 3]);
    const closing = planBoardRebuild(
      input({
        seasonState: 'closed',
        publicFollowsLive: false,
        storedPublic: { status: 'frozen', pageCount: 3 },
      }),
    );
    expect(closing.public).toMatchObject({ kind: 'write', write: [1, 2, 3] });
    expect(closing.public.kind === 'write' && closing.public.documents.top.status).toBe('final');
    expect(closing.live.write).toEqual([1]);
  });

  it('while frozen, marks the public top frozen once and never writes its pages; publishes the board of the freeze when none was', () => {
    const freezing = planBoardRebuild(input({ seasonState: 'frozen' }));
    expect(freezing.public).toEqual({ kind: 'freeze' });
    expect(freezing.publicFollowsLive).toBe(false);
    expect(freezing.live.write).toEqual([1]);
    const frozen = planBoardRebuild(
      input({ seasonState: 'frozen', storedPublic: { status: 'frozen', pageCount: 3 } }),
    );
    expect(frozen.public).toEqual({ kind: 'none' });
    const first = planBoardRebuild(input({ seasonState: 'frozen', storedPublic: null }));
    expect(first.public).toMatchObject({ kind: 'write', write: [1, 2, 3] });
    expect(first.public.kind === 'write' && first.public.documents.top.status).toBe('frozen');
  });

  it('writes no public board in a draft', () => {
    expect(planBoardRebuild(input({ seasonState: 'draft', storedPublic: null })).public).toEqual({
      kind: 'none',
    });
  });

  it('asks for the points by day of the chart’s teams it does not know, and uses those it read', () => {
    const plan = planBoardRebuild(input());
    expect(plan.missingByDay).toEqual(['t000', 't001', 't002', 't003', 't004']);
    const known = planBoardRebuild(
      input({
        knownByDay: new Map(['t000', 't001', 't002', 't003', 't004'].map((id) => [id, { d: 1 }])),
      }),
    );
    expect(known.missingByDay).toEqual([]);
    expect(known.live.documents.top.topByDay.t000).toEqual({ d: 1 });
  });

  it('rebuilds the cache from every team on a full rebuild, and writes only the chunks that differ', () => {
    const same = planBoardRebuild(
      input({ full: true, teams: new Map(teams.map((team) => [team.id, team])), scores }),
    );
    expect(same.changedChunks).toEqual([]);
    expect(same.live.write).toEqual([]);
    const without = planBoardRebuild(
      input({
        full: true,
        teams: new Map(teams.slice(0, 300).map((team) => [team.id, team])),
        scores,
      }),
    );
    expect(without.live.documents.top.teamCount).toBe(300);
    expect(without.live.remove).toEqual([3]);
    expect(without.changedChunks.length).toBeGreaterThan(0);
  });
});
