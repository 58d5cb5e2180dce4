// The geometry of the dashboard's chart of approved actions by day: one bar a day, stacked by
// theme or by modality, drawn as plain SVG rectangles.
import { valueAxis, type ChartFrame } from '../../domain/leaderboard-view';
import { MODALITIES, THEME_IDS, type Modality, type ThemeId } from '../../domain/themes';

export type StackBy = 'theme' | 'modality';

export interface DayCounts {
  readonly day: string;
  readonly approved: number;
  readonly byTheme: Readonly<Record<ThemeId, number>>;
  readonly byModality: Readonly<Record<Modality, number>>;
}

export interface BarSegment {
  readonly key: ThemeId | Modality;
  readonly y: number;
  readonly height: number;
}

export interface StackedBars {
  readonly keys: readonly (ThemeId | Modality)[];
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly bars: readonly {
    readonly day: string;
    readonly x: number;
    readonly width: number;
    readonly segments: readonly BarSegment[];
  }[];
  /** The days labelled under the plot: the first, the last and one in between. */
  readonly dayTicks: readonly { readonly day: string; readonly x: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The stack's parts in a fixed order, bottom first: the six themes or the three modalities. */
export const stackKeys = (by: StackBy): readonly (ThemeId | Modality)[] =>
  by === 'theme' ? THEME_IDS : MODALITIES;

export function countOf(day: DayCounts, by: StackBy, key: ThemeId | Modality): number {
  return by === 'theme'
    ? (day.byTheme[key as ThemeId] ?? 0)
    : (day.byModality[key as Modality] ?? 0);
}

/**
 * Rule: each day gets an equal slot across the plot, its bar filling four fifths of it; the
 * parts stack from the bottom in the order of `stackKeys`, a part of 0 is left out, and the
 * axis runs from 0 in round steps to the first one that reaches the busiest day.
 */
export function stackedBars(
  days: readonly DayCounts[],
  by: StackBy,
  frame: ChartFrame,
): StackedBars {
  const keys = stackKeys(by);
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const totals = days.map((day) => keys.reduce((sum, key) => sum + countOf(day, by, key), 0));
  const axis = valueAxis(Math.max(0, ...totals));
  const slot = days.length > 0 ? plotWidth / days.length : plotWidth;
  const y = (value: number) => frame.top + plotHeight - (value / axis.max) * plotHeight;
  const centre = (index: number) => round(frame.left + slot * index + slot / 2);
  const bars = days.map((day, index) => {
    let below = 0;
    const segments: BarSegment[] = [];
    for (const key of keys) {
      const count = countOf(day, by, key);
      if (count <= 0) continue;
      const top = y(below + count);
      segments.push({ key, y: round(top), height: round(y(below) - top) });
      below += count;
    }
    return {
      day: day.day,
      x: round(frame.left + slot * index + slot * 0.1),
      width: round(slot * 0.8),
      segments,
    };
  });
  const last = days.length - 1;
  const dayIndexes = last < 0 ? [] : [...new Set([0, Math.floor(last / 2), last])];
  return {
    keys,
    ticks: axis.ticks.map((value) => ({ value, y: round(y(value)) })),
    bars,
    dayTicks: dayIndexes.map((index) => ({ day: days[index]?.day ?? '', x: centre(index) })),
  };
}
