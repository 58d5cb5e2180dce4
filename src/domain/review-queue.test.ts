import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import {
  actionsOfSeason,
  ageOf,
  batchIds,
  drawSample,
  filterQueue,
  groupByTheme,
  matchesSearch,
  newestFirst,
  oldestFirst,
  photoDataUrl,
  recentlyApprovedFirst,
  reviewOutcomeOf,
  webLinkOf,
} from './review-queue';
import type { CustomAction } from './season';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 3, 1, 12);

const item = (
  id: string,
  overrides: Partial<{
    theme: 'sobriety' | 'diversity';
    teamId: string;
    companyId: string;
    actionId: string;
    createdAt: number;
  }> = {},
) => ({
  id,
  theme: 'sobriety' as const,
  teamId: 'T1',
  companyId: 'C1',
  actionId: 'a',
  createdAt: NOW - HOUR,
  ...overrides,
});

describe('filterQueue', () => {
  const queue = [
    item('s1'),
    item('s2', { theme: 'diversity' }),
    item('s3', { teamId: 'T2', companyId: 'C2' }),
    item('s4', { actionId: 'b', createdAt: NOW - 2 * DAY }),
    item('s5', { createdAt: NOW - 4 * DAY }),
  ];
  const ids = (filter: Parameters<typeof filterQueue>[1]) =>
    filterQueue(queue, filter, NOW).map((submission) => submission.id);

  it('keeps everything when no filter is chosen', () => {
    expect(ids({})).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('keeps only the chosen theme, team, company or action', () => {
    expect(ids({ theme: 'diversity' })).toEqual(['s2']);
    expect(ids({ teamId: 'T2' })).toEqual(['s3']);
    expect(ids({ companyId: 'C1' })).toEqual(['s1', 's2', 's4', 's5']);
    expect(ids({ actionId: 'b' })).toEqual(['s4']);
  });

  it('keeps submissions sent at least as long ago as the chosen age', () => {
    expect(ids({ olderThan: 'day' })).toEqual(['s4', 's5']);
    expect(ids({ olderThan: 'threeDays' })).toEqual(['s5']);
    expect(ids({ olderThan: 'week' })).toEqual([]);
    // Exactly 24 hours old counts as older than 24 hours.
    expect(
      filterQueue([item('edge', { createdAt: NOW - DAY })], { olderThan: 'day' }, NOW),
    ).toHaveLength(1);
  });

  it('combines filters: every chosen one must match', () => {
    expect(ids({ companyId: 'C1', olderThan: 'day', actionId: 'a' })).toEqual(['s5']);
  });
});

describe('orders', () => {
  it('puts the longest-waiting submission first, the id breaking ties', () => {
    const sorted = oldestFirst([
      item('b', { createdAt: 2 }),
      item('c', { createdAt: 1 }),
      item('a', { createdAt: 2 }),
    ]);
    expect(sorted.map((submission) => submission.id)).toEqual(['c', 'a', 'b']);
  });

  it('lists the most recently approved first', () => {
    const sorted = recentlyApprovedFirst([
      { id: 'x', approvedAt: 1 },
      { id: 'y', approvedAt: 3 },
      { id: 'z', approvedAt: null },
    ]);
    expect(sorted.map((submission) => submission.id)).toEqual(['y', 'x', 'z']);
  });

  it('reads the audit log newest first', () => {
    expect(newestFirst([{ at: 1 }, { at: 3 }, { at: 2 }]).map((entry) => entry.at)).toEqual([
      3, 2, 1,
    ]);
  });
});

describe('matchesSearch', () => {
  it('finds every word, case and accents aside, across the texts', () => {
    expect(matchesSearch(['Éteindre l’écran', 'Les Colibris'], 'ecran colibris')).toBe(true);
    expect(matchesSearch(['Éteindre l’écran', 'Les Colibris'], 'ecran loutres')).toBe(false);
    expect(matchesSearch(['anything'], '   ')).toBe(true);
  });
});

describe('batchIds', () => {
  it('sends at most 100 ids a batch, in their order', () => {
    const ids = Array.from({ length: 250 }, (_, index) => `s${index}`);
    const batches = batchIds(ids);
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(ids);
    expect(batchIds([])).toEqual([]);
    expect(batchIds(ids.slice(0, 100))).toHaveLength(1);
  });
});

describe('drawSample', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('draws the same sample from the same random source', () => {
    const source = () => {
      const values = [0.5, 0.1, 0.9, 0.3, 0.7];
      return () => values.shift() ?? 0;
    };
    expect(drawSample(items, 5, source())).toEqual(drawSample(items, 5, source()));
  });

  it('draws by the source: always 0 takes the first items, always just under 1 the last one left each time', () => {
    expect(drawSample(items, 3, () => 0)).toEqual(['a', 'b', 'c']);
    expect(drawSample(items, 3, () => 0.999999)).toEqual(['g', 'a', 'b']);
  });

  it('takes all the items when there are fewer than the size', () => {
    expect(drawSample(['a', 'b'], 5, () => 0).sort()).toEqual(['a', 'b']);
    expect(drawSample([], 5, () => 0)).toEqual([]);
  });

  it('draws without replacement, only from the items, even with a source that returns 1', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }),
        (pool, size, randoms) => {
          let index = 0;
          const sample = drawSample(pool, size, () => randoms[index++ % randoms.length] ?? 0);
          expect(sample).toHaveLength(Math.min(size, pool.length));
          expect(new Set(sample).size).toBe(sample.length);
          for (const drawn of sample) expect(pool).toContain(drawn);
        },
      ),
    );
  });

  it('gives every item the same chance of being drawn', () => {
    // A seeded linear congruential source: deterministic, and uniform enough to see a bias.
    let seed = 42;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
    const counts = new Map(items.map((name) => [name, 0]));
    for (let draw = 0; draw < 7000; draw += 1) {
      for (const drawn of drawSample(items, 2, random))
        counts.set(drawn, (counts.get(drawn) ?? 0) + 1);
    }
    // Each item expects 7000 * 2 / 7 = 2000 draws.
    for (const count of counts.values()) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('ageOf', () => {
  it('reads minutes under an hour, hours under a day, days beyond, rounded down', () => {
    expect(ageOf(NOW - 30_000, NOW)).toEqual({ value: -0, unit: 'minute' });
    expect(ageOf(NOW - 59 * 60_000, NOW)).toEqual({ value: -59, unit: 'minute' });
    expect(ageOf(NOW - 3 * HOUR - 59 * 60_000, NOW)).toEqual({ value: -3, unit: 'hour' });
    expect(ageOf(NOW - DAY, NOW)).toEqual({ value: -1, unit: 'day' });
    expect(ageOf(NOW - 3.9 * DAY, NOW)).toEqual({ value: -3, unit: 'day' });
  });

  it('treats a time in the future (a clock ahead) as just now', () => {
    expect(ageOf(NOW + HOUR, NOW)).toEqual({ value: -0, unit: 'minute' });
  });
});

describe('webLinkOf', () => {
  it('makes links of http and https addresses only', () => {
    expect(webLinkOf('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webLinkOf('http://example.org')).toBe('http://example.org/');
    expect(webLinkOf('javascript:alert(1)')).toBeNull();
    expect(webLinkOf('JaVaScRiPt:alert(1)')).toBeNull();
    expect(webLinkOf('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(webLinkOf('not a url')).toBeNull();
  });
});

describe('photoDataUrl', () => {
  it('shows only accepted image types with base64 data', () => {
    expect(photoDataUrl({ type: 'image/png', data: 'iVBORw0KGgo=' })).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(photoDataUrl({ type: 'text/html', data: 'PHNjcmlwdD4=' })).toBeNull();
    expect(photoDataUrl({ type: 'image/svg+xml', data: 'PHN2Zz4=' })).toBeNull();
    expect(photoDataUrl({ type: 'image/png', data: 'abc,<script>' })).toBeNull();
    expect(photoDataUrl({ type: undefined, data: undefined })).toBeNull();
  });
});

describe('actionsOfSeason and groupByTheme', () => {
  const custom: CustomAction = {
    id: 'custom-plant-a-tree',
    theme: 'engagement',
    modality: 'act',
    effort: 'large',
    scope: 'team',
    proof: 'photo',
    repeat: { kind: 'once' },
    title: { fr: 'Planter un arbre', en: 'Plant a tree' },
    howTo: { fr: ['Plantez-le', 'Photographiez-le'], en: ['Plant it', 'Take a photo'] },
  };
  const [first, second] = CATALOGUE;

  it('lists every catalogue action when the season lists none, then its custom actions', () => {
    const actions = actionsOfSeason({ actionIds: null, customActions: [custom] });
    expect(actions).toHaveLength(CATALOGUE.length + 1);
    expect(actions.at(-1)).toMatchObject({ id: custom.id, points: 20 });
  });

  it('lists only the catalogue actions the season lists', () => {
    const actions = actionsOfSeason({ actionIds: [second?.id ?? ''], customActions: [] });
    expect(actions.map((action) => action.id)).toEqual([second?.id]);
    expect(actions.map((action) => action.id)).not.toContain(first?.id);
  });

  it('groups by theme in the usual order, leaving out empty themes', () => {
    const groups = groupByTheme([
      { id: 'x', theme: 'engagement' as const },
      { id: 'y', theme: 'sobriety' as const },
      { id: 'z', theme: 'engagement' as const },
    ]);
    expect(groups).toEqual([
      { theme: 'sobriety', actions: [{ id: 'y', theme: 'sobriety' }] },
      {
        theme: 'engagement',
        actions: [
          { id: 'x', theme: 'engagement' },
          { id: 'z', theme: 'engagement' },
        ],
      },
    ]);
  });
});

describe('reviewOutcomeOf', () => {
  it('reads changed and skipped, and nothing from an answer the schema refused', () => {
    expect(reviewOutcomeOf({ changed: 2, skipped: ['s3'] })).toEqual({
      changed: 2,
      skipped: ['s3'],
    });
    expect(reviewOutcomeOf(null)).toEqual({ changed: 0, skipped: [] });
  });
});
