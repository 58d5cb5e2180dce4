// The pure ranking at scale: how long rankTeams takes for 1,000 and 10,000 teams.
import { documentSize, FIRESTORE_DOCUMENT_MAX_BYTES } from '../src/domain/firestore-size';
import { buildBoard } from '../src/domain/leaderboard';
import { rankTeams, type TeamStanding } from '../src/domain/ranking';
import { RANKING_RULES } from '../src/domain/season';
import { seededRandom } from '../functions/src/cli/seed';
import { median, percentile } from './stats';

function standings(count: number): TeamStanding[] {
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => {
    const memberCount = 2 + random(11);
    return {
      teamId: `team-${i}`,
      total: random(400) * 5,
      memberCount,
      activeMembers: random(memberCount + 1),
      reachedAt: 1_700_000_000_000 + random(1_000_000),
    };
  });
}

export function benchRanking(): string[] {
  const lines: string[] = [];
  for (const count of [1_000, 10_000]) {
    const input = standings(count);
    for (const rule of RANKING_RULES) {
      const times: number[] = [];
      // Warm up, then measure.
      for (let run = 0; run < 5; run += 1) rankTeams(input, rule);
      for (let run = 0; run < 30; run += 1) {
        const start = performance.now();
        rankTeams(input, rule);
        times.push(performance.now() - start);
      }
      lines.push(
        `rank ${count.toLocaleString('en')} teams by ${rule}: median ${median(times).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`,
      );
    }
  }
  return lines;
}

/**
 * The leaderboard's top document's size as Firestore counts it (its first 100 rows, the chart,
 * the roll-ups), for seasons of growing size: without impact, and with the impact column as every
 * team would carry it late in a season (three units, each a range of decimals), with the season's
 * and the companies' totals.
 */
export function benchLeaderboardSize(): string[] {
  return [200, 1_000, 2_000, 3_000].map((count) => {
    const teams = Array.from({ length: count }, (_, i) => ({
      id: `team${String(i).padStart(17, '0')}`,
      name: `Équipe ${i} des sobriétaires engagés`,
      companyId: `company${String(i % 50).padStart(13, '0')}`,
      companyName: `Entreprise ${i % 50}`,
      memberCount: 10,
      createdAt: 1_700_000_000_000 + i,
    }));
    const scoresOf = (withImpact: boolean) =>
      new Map(
        teams.map((team, i) => [
          team.id,
          {
            teamId: team.id,
            total: 5 * i,
            byTheme: {
              sobriety: 50,
              citizenship: 40,
              respect: 30,
              accessibility: 20,
              diversity: 10,
              engagement: 5,
            },
            byModality: {},
            byDay: {},
            members: {},
            activeMembers: 8,
            approvedCount: 20,
            reachedAt: i,
            ...(withImpact
              ? {
                  impact: {
                    kgCO2e: [24.6346 + i, 24.6528 + i, 27.96 + i],
                    peopleTrained: [4 + i, 4 + i, 8 + i],
                    pagesAudited: [3, 3, 3],
                  } as const,
                }
              : {}),
          },
        ]),
      );
    const sizeOf = (withImpact: boolean) => {
      const { top: board } = buildBoard({
        seasonId: 'season',
        rankingRule: 'total',
        status: 'live',
        generation: 1,
        now: Date.now(),
        teams,
        scores: scoresOf(withImpact),
      });
      return documentSize('seasons/season/leaderboard/public', { ...board });
    };
    const text = (bytes: number) =>
      `${(bytes / 1024).toFixed(0)} KB (${((100 * bytes) / FIRESTORE_DOCUMENT_MAX_BYTES).toFixed(0)} % of Firestore's 1 MiB)`;
    const without = sizeOf(false);
    const withImpact = sizeOf(true);
    return `leaderboard top document with ${count.toLocaleString('en')} teams: ${text(without)}; with the impact column (3 units a team): ${text(withImpact)}, +${((withImpact - without) / count).toFixed(0)} bytes a team`;
  });
}
