// The pure ranking at scale: how long rankTeams takes for 1,000 and 10,000 teams.
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
