// The weekly digest at scale: building every person's digest of a season of 1,000 and of 20,000
// people (the pure function the digest job runs a page at a time).
import { CATALOGUE } from '../src/domain/catalogue';
import { buildDigest, type DigestInput } from '../src/domain/digest';
import type { RankedRow } from '../src/domain/happenings';
import { THEME_IDS } from '../src/domain/themes';
import { seededRandom } from '../functions/src/cli/seed';
import { median } from './stats';

const WEEK = '2026-03-09';
const DAYS = ['2026-03-02', '2026-03-04', '2026-03-09', '2026-03-11', '2026-03-14', '2026-03-15'];

/** People of a season in teams of 8, their team's board and their week. */
function inputs(people: number): DigestInput[] {
  const random = seededRandom(people);
  const teamCount = Math.ceil(people / 8);
  const board: RankedRow[] = Array.from({ length: teamCount }, (_, i) => ({
    teamId: `team-${i}`,
    name: `Équipe ${i}`,
    rank: i + 1,
    total: (teamCount - i) * 10,
  }));
  return Array.from({ length: people }, (_, i) => {
    const teamId = `team-${Math.floor(i / 8)}`;
    const done = random(6);
    return {
      week: WEEK,
      seasonName: 'Tech for Good Challenge 2026',
      teamId,
      teamName: `Équipe ${Math.floor(i / 8)}`,
      board,
      approvedThisWeek: Array.from({ length: done }, (_, k) => ({
        title: CATALOGUE[(i + k) % CATALOGUE.length]?.title ?? { fr: '', en: '' },
        points: 5 + 5 * random(3),
      })),
      approvedDays: DAYS.slice(0, 1 + random(DAYS.length)),
      weekEnd: '2026-03-15',
      teamThemes: Object.fromEntries(THEME_IDS.map((theme) => [theme, random(3) * 10])),
      actions: CATALOGUE,
    };
  });
}

export function benchDigests(): string[] {
  return [1_000, 20_000].map((people) => {
    const all = inputs(people);
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      for (const input of all) buildDigest(input);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    return `build the weekly digests of ${people.toLocaleString('en')} people: median ${ms.toFixed(0)} ms (${((ms * 1000) / people).toFixed(1)} µs each)`;
  });
}
