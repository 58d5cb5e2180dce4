import { describe, expect, it } from 'vitest';
import {
  boardInputsOf,
  BOARD_CACHE_CHUNKS,
  cacheChunkOf,
  chunkCountFor,
  cacheOf,
  patchCache,
  TEAMS_PER_CHUNK,
} from './board-cache';
import { documentSize, FIRESTORE_DOCUMENT_MAX_BYTES } from './firestore-size';
import { BOARD_TOP_COMPANIES, BOARD_TOP_ROWS, GAME_PATHS, type StoredTeamScore } from './game';
import {
  boardScoreOf,
  buildBoard,
  leaderboardStatus,
  planBoardPatch,
  publicLeaderboardUpdate,
  rankBoard,
  type BoardScore,
  type LeaderboardTeam,
} from './leaderboard';
import { companyRollUp } from './leaderboard-view';
import { createCompanyPayloadSchema, createTeamPayloadSchema } from './team';
import { THEME_IDS } from './themes';

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
  buildBoard({
    seasonId: 's',
    rankingRule: rule,
    status: 'live',
    generation: 3,
    now: 100,
    teams: [team('a'), team('b'), team('c', 2), team('d')],
    scores: new Map(scores.map((entry) => [entry.teamId, entry])),
  }).top;

describe('buildBoard', () => {
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
    const board = buildBoard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 1,
      now: 1,
      teams,
      scores: new Map(teams.map((entry, i) => [entry.id, score(entry.id, i * 10, 1, i)])),
    }).top;
    expect(Object.keys(board.topByDay).sort()).toEqual(['t3', 't4', 't5', 't6', 't7']);
  });
});

describe('impact on the leaderboard', () => {
  it('shows each team’s impact beside the measures, and adds it up by company and for the season, by unit', () => {
    const teams = [team('a'), team('b'), { ...team('c'), companyId: 'c2' }, team('d')];
    const board = buildBoard({
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
    }).top;
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

describe('the board in pages', () => {
  const teams = (count: number): LeaderboardTeam[] =>
    Array.from({ length: count }, (_, i) => ({
      ...team(`t${String(i).padStart(4, '0')}`),
      companyId: `c${i % 7}`,
      companyName: `Company ${i % 7}`,
    }));
  const scored = (count: number) =>
    new Map(teams(count).map((entry, i) => [entry.id, score(entry.id, 10 * (count - i), 1, i)]));
  const board = (count: number) =>
    buildBoard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 7,
      now: 1,
      teams: teams(count),
      scores: scored(count),
    });

  it('keeps the first 100 rows on the top and the next ones 100 a page, with the rows at their edges', () => {
    const { top, pages } = board(250);
    expect(top.rows).toHaveLength(BOARD_TOP_ROWS);
    expect(top).toMatchObject({ teamCount: 250, pageCount: 2, companyCount: 7 });
    expect(pages.map((page) => [page.index, page.rows.length])).toEqual([
      [1, 100],
      [2, 50],
    ]);
    const [first, second] = pages;
    expect(first?.rows[0]?.rank).toBe(101);
    expect(second?.rows.at(-1)?.rank).toBe(250);
    expect(first?.before?.rank).toBe(100);
    expect(first?.after?.rank).toBe(201);
    expect(second?.before?.rank).toBe(200);
    expect(second?.after).toBeNull();
    expect(first?.teamIds).toEqual(first?.rows.map((row) => row.teamId));
    expect(first?.generation).toBe(7);
    expect(Object.keys(first?.companies ?? {}).sort()).toEqual([
      'c0',
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
    ]);
  });

  it('has no page while every team fits on the top', () => {
    expect(board(100).pages).toHaveLength(0);
    expect(board(100).top.pageCount).toBe(0);
    expect(board(101).top.pageCount).toBe(1);
  });

  it('rolls up the companies over every team, not only the top rows, like the page does', () => {
    const { top } = board(250);
    const rows = rankBoard(teams(250), scored(250), 'total');
    expect(top.companyRollUp).toEqual(
      companyRollUp(rows, Object.fromEntries(teams(7).map((t) => [t.companyId, t.companyName]))),
    );
    expect(top.companyRollUp.reduce((sum, company) => sum + company.teams, 0)).toBe(250);
  });

  it('keeps the companies with the most points on the top, at most 100', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...team(`t${i}`),
      companyId: `c${i}`,
      companyName: `Company ${i}`,
    }));
    const { top } = buildBoard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 1,
      now: 1,
      teams: many,
      scores: new Map(many.map((entry, i) => [entry.id, score(entry.id, i, 1, 0)])),
    });
    expect(top.companyCount).toBe(150);
    expect(top.companyRollUp).toHaveLength(BOARD_TOP_COMPANIES);
    expect(top.companyRollUp[0]?.companyId).toBe('c149');
    expect(top.companyRollUp.at(-1)?.companyId).toBe('c50');
  });

  it('rewrites only the pages whose rows changed, and deletes the pages past the new count', () => {
    const before = board(350).pages;
    const moved = scored(350);
    // The team ranked 150th gains enough to pass the 140th: page 1 changes, pages 2 and 3 do not.
    const t149 = teams(350)[149];
    if (!t149) throw new Error('350 teams');
    moved.set(t149.id, score(t149.id, 10 * (350 - 139) + 5, 1, 0));
    const after = buildBoard({
      seasonId: 's',
      rankingRule: 'total',
      status: 'live',
      generation: 8,
      now: 2,
      teams: teams(350),
      scores: moved,
    }).pages;
    expect(planBoardPatch(before, after, 3)).toEqual({ write: [1], remove: [] });
    expect(planBoardPatch(before, board(150).pages, 3)).toEqual({ write: [1], remove: [2, 3] });
    expect(planBoardPatch(null, after, 5)).toEqual({ write: [1, 2, 3], remove: [4, 5] });
  });
});

describe('the board cache', () => {
  const inputs = (count: number) => {
    const teams = Array.from({ length: count }, (_, i) => team(`team-${i}`, 3, i));
    const scores = new Map(
      teams.map((entry, i) => [entry.id, boardScoreOf(score(entry.id, i, 1, i))]),
    );
    return { teams, scores };
  };

  it('gives back the teams and scores it was built from, spread over its chunks by team', () => {
    const { teams, scores } = inputs(500);
    const chunks = cacheOf('s', 1, teams, scores);
    expect(chunks).toHaveLength(Math.ceil(500 / TEAMS_PER_CHUNK));
    const back = boardInputsOf(chunks);
    expect(back.teams.map((entry) => entry.id).sort()).toEqual(
      teams.map((entry) => entry.id).sort(),
    );
    expect(back.scores.get('team-7')).toEqual(scores.get('team-7'));
    for (const chunk of chunks) {
      for (const id of Object.keys(chunk.teams)) {
        expect(cacheChunkOf(id, chunks.length)).toBe(chunk.index);
      }
    }
  });

  it('takes one chunk per 160 teams, from 1 to 64, and never fewer than it had', () => {
    expect([1, 32, 160, 161, 1_000, 10_000, 50_000].map((count) => chunkCountFor(count))).toEqual([
      1,
      1,
      1,
      2,
      7,
      63,
      BOARD_CACHE_CHUNKS,
    ]);
    expect(chunkCountFor(10, 5)).toBe(5);
  });

  it('spreads every team again, and writes every chunk, when teams come in past its size', () => {
    const { teams, scores } = inputs(160);
    const chunks = cacheOf('s', 1, teams, scores);
    expect(chunks).toHaveLength(1);
    const newcomer = team('team-160', 3, 160);
    const grown = patchCache('s', chunks, 2, new Map([[newcomer.id, newcomer]]), new Map());
    expect(grown.chunks).toHaveLength(2);
    expect(grown.changed).toEqual([0, 1]);
    for (const chunk of grown.chunks) {
      for (const id of Object.keys(chunk.teams)) expect(cacheChunkOf(id, 2)).toBe(chunk.index);
    }
    expect(boardInputsOf(grown.chunks).teams).toHaveLength(161);
    // A team leaving keeps the count: the chunks written before stay the ones read.
    const left = patchCache('s', grown.chunks, 3, new Map([[newcomer.id, null]]), new Map());
    expect(left.chunks).toHaveLength(2);
    expect(left.changed).toEqual([cacheChunkOf(newcomer.id, 2)]);
    // A full rebuild over a cache of more chunks keeps them all (none left holding old teams).
    expect(cacheOf('s', 4, teams.slice(0, 3), scores, 2)).toHaveLength(2);
  });

  it('marks only the chunks of the teams and scores that changed, drops a team gone, and is the same when a change comes twice', () => {
    const { teams, scores } = inputs(500);
    const chunks = cacheOf('s', 1, teams, scores);
    const changedScores = new Map([['team-3', boardScoreOf(score('team-3', 99, 2, 50))]]);
    const changedTeams = new Map([['team-9', null]]);
    const once = patchCache('s', chunks, 2, changedTeams, changedScores);
    expect(once.changed).toEqual(
      [...new Set([cacheChunkOf('team-3', 4), cacheChunkOf('team-9', 4)])].sort((a, b) => a - b),
    );
    const back = boardInputsOf(once.chunks);
    expect(back.scores.get('team-3')?.total).toBe(99);
    expect(back.teams.some((entry) => entry.id === 'team-9')).toBe(false);
    const twice = patchCache('s', once.chunks, 3, changedTeams, changedScores);
    expect(twice.changed).toEqual([]);
    // A score of a team the cache does not hold is left out until the team is read with it.
    const stranger = patchCache(
      's',
      chunks,
      2,
      new Map(),
      new Map([['nobody', boardScoreOf(score('nobody', 5, 1, 1))]]),
    );
    expect(stranger.changed).toEqual([]);
  });
});

describe('the board documents at national scale', () => {
  // The longest names the schemas allow, in bytes: every visible character is one grapheme of
  // eight code units of three UTF-8 bytes each (a letter and seven combining marks).
  const grapheme = '漢' + '\u20d0'.repeat(7);
  const longest = (characters: number, prefix: string) => prefix + grapheme.repeat(characters - 1);

  it('keeps the top, every page and every cache chunk under Firestore’s 1 MiB with 10,000 teams of their own companies, the longest names, every theme scored and impact in three units', () => {
    const count = 10_000;
    const teams: LeaderboardTeam[] = Array.from({ length: count }, (_, i) => ({
      id: `T${String(i).padStart(19, '0')}`,
      name: longest(60, 'E'),
      companyId: `C${String(i).padStart(39, '0')}`,
      companyName: longest(80, 'C'),
      memberCount: 10,
      createdAt: 1_700_000_000_000 + i,
    }));
    expect(createTeamPayloadSchema.shape.name.safeParse(teams[0]?.name).success).toBe(true);
    expect(createCompanyPayloadSchema.shape.name.safeParse(teams[0]?.companyName).success).toBe(
      true,
    );
    const scores = new Map(
      teams.map((entry, i) => [
        entry.id,
        {
          total: 123_456 + i,
          activeMembers: 10,
          reachedAt: 1_700_000_000_000 + i,
          byTheme: Object.fromEntries(THEME_IDS.map((theme) => [theme, 12_345])),
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
        } satisfies BoardScore,
      ]),
    );
    const seasonId = 'S'.repeat(40);
    const { top, pages } = buildBoard({
      seasonId,
      rankingRule: 'total',
      status: 'live',
      generation: 1_000_000,
      now: Date.now(),
      teams,
      scores,
    });
    const chunks = cacheOf(seasonId, 1_000_000, teams, scores);
    const topSize = documentSize(`${GAME_PATHS.leaderboard(seasonId, 'public')}`, { ...top });
    const pageSizes = pages.map((page) =>
      documentSize(`${GAME_PATHS.leaderboardPages(seasonId, 'public')}/${page.index}`, { ...page }),
    );
    const chunkSizes = chunks.map((chunk) =>
      documentSize(`${GAME_PATHS.boardCache(seasonId)}/${chunk.index}`, { ...chunk }),
    );
    expect(top.teamCount).toBe(count);
    expect(pages).toHaveLength(99);
    console.log(
      `10,000 teams, longest names: top ${topSize} bytes, largest page ${Math.max(...pageSizes)}, largest cache chunk ${Math.max(...chunkSizes)}`,
    );
    expect(topSize).toBeLessThan(FIRESTORE_DOCUMENT_MAX_BYTES);
    expect(Math.max(...pageSizes)).toBeLessThan(FIRESTORE_DOCUMENT_MAX_BYTES);
    expect(Math.max(...chunkSizes)).toBeLessThan(FIRESTORE_DOCUMENT_MAX_BYTES);
  });
});
