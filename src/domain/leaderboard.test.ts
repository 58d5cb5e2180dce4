import { describe, expect, it } from 'vitest';
import { documentSize, FIRESTORE_DOCUMENT_MAX_BYTES } from './firestore-size';
import type { StoredTeamScore } from './game';
import { buildLeaderboard, leaderboardStatus, publicLeaderboardUpdate } from './leaderboard';

const team = (id: string, memberCount = 4, createdAt = 0) => ({
  id,
  name: `Team ${id}`,
  companyId: 'c1',
  companyName: 'Company',
  memberCount,
  createdAt,
});

const score = (teamId: string, total: number, activeMembers: number, reachedAt: number) =>
  ({
    teamId,
    total,
    byTheme: { sobriety: total },
    byModality: {},
    byDay: { '2026-03-02': total },
    members: {},
    activeMembers,
    approvedCount: activeMembers,
    reachedAt,
  }) satisfies StoredTeamScore;

const build = (rule: 'total' | 'average' | 'participation', scores: StoredTeamScore[]) =>
  buildLeaderboard({
    seasonId: 's',
    rankingRule: rule,
    status: 'live',
    generation: 3,
    now: 100,
    teams: [team('a'), team('b'), team('c', 2), team('d')],
    scores: new Map(scores.map((entry) => [entry.teamId, entry])),
  });

describe('buildLeaderboard', () => {
  it('gives every team a row, with 0 points until it scores', () => {
    const board = build('total', [score('b', 30, 2, 5)]);
    expect(board.rows.map((row) => [row.teamId, row.rank, row.total])).toEqual([
      ['b', 1, 30],
      ['a', 2, 0],
      ['c', 3, 0],
      ['d', 4, 0],
    ]);
    expect(board.generation).toBe(3);
  });

  it('ranks by the season rule, with the measures side by side', () => {
    const scores = [score('a', 40, 4, 1), score('b', 30, 1, 2), score('c', 20, 2, 3)];
    expect(build('total', scores).rows.map((row) => row.teamId)).toEqual(['a', 'b', 'c', 'd']);
    expect(build('average', scores).rows.map((row) => row.teamId)).toEqual(['b', 'a', 'c', 'd']);
    expect(build('participation', scores).rows.map((row) => row.teamId)).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    const b = build('total', scores).rows.find((row) => row.teamId === 'b');
    expect(b).toMatchObject({ average: 30, participation: 0.25 });
  });

  it('gives a tie to the team that reached its score first', () => {
    const board = build('total', [score('a', 20, 1, 50), score('b', 20, 1, 10)]);
    expect(board.rows.slice(0, 2).map((row) => row.teamId)).toEqual(['b', 'a']);
  });

  it('follows only the top five teams in the chart', () => {
    const teams = Array.from({ length: 8 }, (_, i) => team(`t${i}`));
    const board = buildLeaderboard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 1,
      now: 1,
      teams,
      scores: new Map(teams.map((entry, i) => [entry.id, score(entry.id, i * 10, 1, i)])),
    });
    expect(Object.keys(board.topByDay).sort()).toEqual(['t3', 't4', 't5', 't6', 't7']);
  });
});

describe('impact on the leaderboard', () => {
  it('shows each team’s impact beside the measures, and adds it up by company and for the season, by unit', () => {
    const teams = [team('a'), team('b'), { ...team('c'), companyId: 'c2' }, team('d')];
    const board = buildLeaderboard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 1,
      now: 1,
      teams,
      scores: new Map([
        // The team with the most CO₂e avoided is not ranked first: impact is no ranking rule.
        ['a', { ...score('a', 10, 1, 1), impact: { kgCO2e: [24.6, 24.6, 27] } }],
        ['b', { ...score('b', 40, 1, 1), impact: { kgCO2e: [0.1, 0.2, 0.3], kWh: [1, 2, 3] } }],
        ['c', { ...score('c', 20, 1, 1), impact: { peopleTrained: [4, 4, 8] } }],
        ['d', { ...score('d', 5, 1, 1), impact: {} }],
      ]),
    });
    expect(board.rows.map((row) => [row.teamId, row.impact])).toEqual([
      ['b', { kgCO2e: [0.1, 0.2, 0.3], kWh: [1, 2, 3] }],
      ['c', { peopleTrained: [4, 4, 8] }],
      ['a', { kgCO2e: [24.6, 24.6, 27] }],
      ['d', undefined],
    ]);
    expect(board.impact).toEqual({
      season: { kgCO2e: [24.7, 24.8, 27.3], kWh: [1, 2, 3], peopleTrained: [4, 4, 8] },
      byCompany: {
        c1: { kgCO2e: [24.7, 24.8, 27.3], kWh: [1, 2, 3] },
        c2: { peopleTrained: [4, 4, 8] },
      },
    });
  });
});

describe('public leaderboard', () => {
  it('is rewritten while open and at close, frozen at the freeze, absent in a draft', () => {
    expect(publicLeaderboardUpdate('draft')).toBe('none');
    expect(publicLeaderboardUpdate('open')).toBe('rewrite');
    expect(publicLeaderboardUpdate('frozen')).toBe('freeze');
    expect(publicLeaderboardUpdate('closed')).toBe('rewrite');
    expect(leaderboardStatus('closed')).toBe('final');
    expect(leaderboardStatus('frozen')).toBe('frozen');
    expect(leaderboardStatus('open')).toBe('live');
  });
});

describe('the leaderboard document at scale', () => {
  it('stays under Firestore’s 1 MiB with 1,800 teams with long names, every theme scored and impact in three units (paging it is #18)', () => {
    const teams = Array.from({ length: 1800 }, (_, i) => ({
      id: `team-${String(i).padStart(4, '0')}-${'x'.repeat(12)}`,
      name: `Équipe numéro ${i} — ${'é'.repeat(40)}`.slice(0, 60),
      companyId: `company-${i % 50}-${'y'.repeat(12)}`,
      companyName: `Entreprise ${i % 50} ${'à'.repeat(60)}`.slice(0, 80),
      memberCount: 12,
      createdAt: 1_700_000_000_000 + i,
    }));
    const scores = new Map(
      teams.map((entry, i) => [
        entry.id,
        {
          ...score(entry.id, 5 * i, 12, i),
          byTheme: {
            sobriety: 100,
            citizenship: 100,
            respect: 100,
            accessibility: 100,
            diversity: 100,
            engagement: 100,
          },
          // Every team with figures in three units, with decimals: the column's full weight.
          impact: {
            kgCO2e: [1234.567891, 2345.678912, 3456.789123],
            kWh: [12.345678, 23.456789, 34.567891],
            peopleTrained: [40, 60, 80],
          },
          byDay: Object.fromEntries(
            Array.from({ length: 31 }, (_, day) => [
              `2026-03-${String(day + 1).padStart(2, '0')}`,
              20,
            ]),
          ),
        } satisfies StoredTeamScore,
      ]),
    );
    const board = buildLeaderboard({
      seasonId: 'season-with-a-long-identifier',
      rankingRule: 'total',
      status: 'live',
      generation: 1_000_000,
      now: Date.now(),
      teams,
      scores,
    });
    const size = documentSize('seasons/season-with-a-long-identifier/leaderboard/public', {
      ...board,
    });
    expect(board.rows).toHaveLength(1800);
    console.log(`leaderboard with 1,800 teams and impact in three units: ${size} bytes`);
    expect(size).toBeLessThan(FIRESTORE_DOCUMENT_MAX_BYTES);
  });
});
