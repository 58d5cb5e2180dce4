import { describe, expect, it } from 'vitest';
import { stackedBars, type DayCounts } from './by-day-chart-model';
import { durationParts } from './durations';

const FRAME = { width: 120, height: 120, left: 10, right: 10, top: 10, bottom: 10 };
const themes = {
  sobriety: 2,
  citizenship: 0,
  respect: 1,
  accessibility: 0,
  diversity: 0,
  engagement: 1,
};
const day = (name: string, scale: number): DayCounts => ({
  day: name,
  approved: 4 * scale,
  byTheme: {
    sobriety: themes.sobriety * scale,
    citizenship: 0,
    respect: themes.respect * scale,
    accessibility: 0,
    diversity: 0,
    engagement: themes.engagement * scale,
  },
  byModality: { understand: 3 * scale, act: scale, share: 0 },
});

describe('stacked bars by day', () => {
  it('gives each day an equal slot, its bar four fifths of it', () => {
    const chart = stackedBars([day('2026-03-01', 1), day('2026-03-02', 2)], 'theme', FRAME);
    expect(chart.bars.map((bar) => [bar.x, bar.width])).toEqual([
      [15, 40],
      [65, 40],
    ]);
    expect(chart.dayTicks.map((tick) => tick.x)).toEqual([35, 85]);
  });

  it('stacks the parts from the bottom in the order of the themes, leaving out the empty ones', () => {
    // The busiest day has 8: the axis goes to 8 in steps of 2, 12.5 units high each.
    const chart = stackedBars([day('2026-03-01', 1), day('2026-03-02', 2)], 'theme', FRAME);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.bars[1]?.segments).toEqual([
      { key: 'sobriety', y: 60, height: 50 },
      { key: 'respect', y: 35, height: 25 },
      { key: 'engagement', y: 10, height: 25 },
    ]);
  });

  it('stacks by modality when asked', () => {
    const chart = stackedBars([day('2026-03-01', 1)], 'modality', FRAME);
    expect(chart.keys).toEqual(['understand', 'act', 'share']);
    expect(chart.bars[0]?.segments.map((segment) => segment.key)).toEqual(['understand', 'act']);
  });

  it('draws nothing for no day', () => {
    const chart = stackedBars([], 'theme', FRAME);
    expect(chart.bars).toEqual([]);
    expect(chart.dayTicks).toEqual([]);
  });
});

describe('durations in words', () => {
  const MINUTE = 60_000;
  it('keeps the two largest units that matter', () => {
    expect(durationParts(20 * 1000)).toEqual([{ unit: 'minute', value: 1 }]);
    expect(durationParts(35 * MINUTE)).toEqual([{ unit: 'minute', value: 35 }]);
    expect(durationParts(200 * MINUTE)).toEqual([
      { unit: 'hour', value: 3 },
      { unit: 'minute', value: 20 },
    ]);
    expect(durationParts(120 * MINUTE)).toEqual([{ unit: 'hour', value: 2 }]);
    expect(durationParts((2 * 24 + 4) * 60 * MINUTE + 59 * MINUTE)).toEqual([
      { unit: 'day', value: 2 },
      { unit: 'hour', value: 4 },
    ]);
    expect(durationParts(24 * 60 * MINUTE)).toEqual([{ unit: 'day', value: 1 }]);
  });
});
