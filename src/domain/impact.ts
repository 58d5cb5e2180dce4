// Impact models: what one completion of an action changes, as a range with its assumption, its
// source and how strong the evidence is; and the arithmetic that counts completions.
import { z } from 'zod';
import type { Modality } from './themes';

/**
 * The units an impact is counted in, one per model. 'kgCO2ePerYear' is a yearly saving that a
 * model counts for its `years`; once counted it is kg CO₂e like a one-off saving.
 */
export const IMPACT_UNITS = [
  'kgCO2e',
  'kgCO2ePerYear',
  'kWh',
  'kgEquipment',
  'peopleReached',
  'peopleTrained',
  'hoursVolunteered',
  'pagesAudited',
] as const;
export type ImpactUnit = (typeof IMPACT_UNITS)[number];

/** The units totals are kept in: every unit but the yearly one, which counts as kg CO₂e. */
export type CountedUnit = Exclude<ImpactUnit, 'kgCO2ePerYear'>;
export const COUNTED_UNITS = IMPACT_UNITS.filter(
  (unit): unit is CountedUnit => unit !== 'kgCO2ePerYear',
);

/** study: a published study; estimate: worked out from published figures; illustrative: an order of magnitude. */
export const IMPACT_GRADES = ['study', 'estimate', 'illustrative'] as const;
export type ImpactGrade = (typeof IMPACT_GRADES)[number];

/** The most years a yearly saving may be counted for. */
export const MAX_COUNTED_YEARS = 10;

const sentence = z
  .string({ error: 'validation.impactAssumption' })
  .trim()
  .min(10, { error: 'validation.impactAssumption' })
  .max(400, { error: 'validation.impactAssumption' });
const sourceText = (max: number) =>
  z
    .string({ error: 'validation.impactSource' })
    .trim()
    .min(2, { error: 'validation.impactSource' })
    .max(max, { error: 'validation.impactSource' });

/** The first and last years a source may carry. */
export const SOURCE_YEARS = { min: 2000, max: 2026 } as const;

export const impactSourceSchema = z.strictObject({
  publisher: sourceText(120),
  title: sourceText(200),
  year: z
    .number({ error: 'validation.impactSourceYear' })
    .int({ error: 'validation.impactSourceYear' })
    .min(SOURCE_YEARS.min, { error: 'validation.impactSourceYear' })
    .max(SOURCE_YEARS.max, { error: 'validation.impactSourceYear' }),
  url: z
    .url({ protocol: /^https$/, error: 'validation.impactSourceUrl' })
    .max(500, { error: 'validation.impactSourceUrl' }),
});
export type ImpactSource = z.infer<typeof impactSourceSchema>;

const amount = z
  .number({ error: 'validation.impactAmount' })
  .min(0, { error: 'validation.impactAmount' })
  .max(1_000_000, { error: 'validation.impactAmount' });

export const impactModelSchema = z
  .strictObject({
    unit: z.enum(IMPACT_UNITS, { error: 'validation.impactUnit' }),
    /** Only for 'kgCO2ePerYear': how many years of the saving one completion counts. */
    years: z
      .number({ error: 'validation.impactYears' })
      .int({ error: 'validation.impactYears' })
      .min(1, { error: 'validation.impactYears' })
      .max(MAX_COUNTED_YEARS, { error: 'validation.impactYears' })
      .optional(),
    low: amount,
    central: amount,
    high: amount,
    /** One sentence in each language: what one completion is assumed to change. */
    assumption: z.strictObject({ fr: sentence, en: sentence }),
    source: impactSourceSchema,
    /** Other sources the range or the assumption draws on, where sources disagree. */
    seeAlso: z.array(impactSourceSchema).max(4).optional(),
    grade: z.enum(IMPACT_GRADES, { error: 'validation.impactGrade' }),
  })
  .superRefine((model, context) => {
    if (!(model.low <= model.central && model.central <= model.high)) {
      context.addIssue({ code: 'custom', path: ['central'], message: 'validation.impactRange' });
    }
    if ((model.unit === 'kgCO2ePerYear') !== (model.years !== undefined)) {
      context.addIssue({ code: 'custom', path: ['years'], message: 'validation.impactYears' });
    }
  });
export type ImpactModel = z.infer<typeof impactModelSchema>;

/** A counted range: what some completions changed, in one unit. */
export interface ImpactAmount {
  readonly unit: CountedUnit;
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

/** Counted figures are kept to the millionth of their unit (a milligram of a kilogram). */
const PRECISION = 1_000_000;

/**
 * Rule: a counted figure is rounded to the millionth of its unit, after every sum, so totals
 * added in any order (by events, or rebuilt at once) come out the very same number.
 */
export function roundImpact(value: number): number {
  const rounded = Math.round(value * PRECISION) / PRECISION;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rule: one completion changes the model's range; a yearly saving counts once for each of the
 * model's years and is then kg CO₂e, like a one-off saving.
 */
export function completionImpact(model: ImpactModel): ImpactAmount {
  const years = model.unit === 'kgCO2ePerYear' ? (model.years ?? 1) : 1;
  return {
    unit: model.unit === 'kgCO2ePerYear' ? 'kgCO2e' : model.unit,
    low: roundImpact(model.low * years),
    central: roundImpact(model.central * years),
    high: roundImpact(model.high * years),
  };
}

/** Rule: N completions change N times what one does, low, central and high alike (none for N ≤ 0). */
export function completionsImpact(model: ImpactModel, completions: number): ImpactAmount {
  const one = completionImpact(model);
  const times = Math.max(0, Math.floor(completions));
  return {
    unit: one.unit,
    low: roundImpact(one.low * times),
    central: roundImpact(one.central * times),
    high: roundImpact(one.high * times),
  };
}

/**
 * Rule: two ranges in the same unit add bound by bound (lows, centrals and highs); ranges in
 * different units never add, so this refuses them.
 */
export function addImpact(a: ImpactAmount, b: ImpactAmount): ImpactAmount {
  if (a.unit !== b.unit) throw new RangeError(`Cannot add ${a.unit} to ${b.unit}`);
  return {
    unit: a.unit,
    low: roundImpact(a.low + b.low),
    central: roundImpact(a.central + b.central),
    high: roundImpact(a.high + b.high),
  };
}

/** Rule: totals are kept one per unit, in the order of the units, never summed across units. */
export function totalsByUnit(amounts: readonly ImpactAmount[]): ImpactAmount[] {
  const totals = new Map<CountedUnit, ImpactAmount>();
  for (const item of amounts) {
    const total = totals.get(item.unit);
    totals.set(item.unit, total ? addImpact(total, item) : item);
  }
  return COUNTED_UNITS.flatMap((unit) => {
    const total = totals.get(unit);
    return total ? [total] : [];
  });
}

/**
 * Counted impact as the functions keep it, by unit, each as [low, central, high]: compact, since
 * every leaderboard row carries one. A unit that comes back to zero is left out.
 */
export type ImpactTotals = Readonly<
  Partial<Record<CountedUnit, readonly [number, number, number]>>
>;

/** Rule: adding an amount (or taking it away, sign -1) changes only its own unit's total. */
export function addToTotals(
  totals: ImpactTotals,
  amount: ImpactAmount | null | undefined,
  sign: 1 | -1 = 1,
): ImpactTotals {
  if (!amount) return totals;
  const [low, central, high] = totals[amount.unit] ?? [0, 0, 0];
  const next = [
    roundImpact(low + sign * amount.low),
    roundImpact(central + sign * amount.central),
    roundImpact(high + sign * amount.high),
  ] as const;
  const others = Object.fromEntries(
    Object.entries(totals).filter(([unit]) => unit !== amount.unit),
  ) as ImpactTotals;
  return next.every((value) => value === 0) ? others : { ...others, [amount.unit]: next };
}

/** The totals as ranges, one per unit, in the order of the units. */
export function amountsOf(totals: ImpactTotals | undefined): ImpactAmount[] {
  return COUNTED_UNITS.flatMap((unit) => {
    const total = totals?.[unit];
    return total ? [{ unit, low: total[0], central: total[1], high: total[2] }] : [];
  });
}

/** Rule: totals add unit by unit (taken away with sign -1), never across units. */
export function mergeTotals(a: ImpactTotals, b: ImpactTotals, sign: 1 | -1 = 1): ImpactTotals {
  return amountsOf(b).reduce((sum, amount) => addToTotals(sum, amount, sign), a);
}

/** The unit a range is shown in: masses scaled to g, kg or t; other units as counted. */
export type DisplayUnit =
  | 'gCO2e'
  | 'kgCO2e'
  | 'tCO2e'
  | 'gEquipment'
  | 'kgEquipment'
  | 'tEquipment'
  | Exclude<CountedUnit, 'kgCO2e' | 'kgEquipment'>;

export interface DisplayedImpact {
  readonly unit: DisplayUnit;
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

const MASS_PREFIX: Partial<Record<CountedUnit, 'CO2e' | 'Equipment'>> = {
  kgCO2e: 'CO2e',
  kgEquipment: 'Equipment',
};

/**
 * Rule: a mass is shown in tonnes when its central value reaches 1,000 kg, in grams when it is
 * below 1 kg (and above 0), and in kilograms otherwise; the three bounds share that one unit.
 * Other units are shown as counted.
 */
export function displayedImpact(amount: ImpactAmount): DisplayedImpact {
  const mass = MASS_PREFIX[amount.unit];
  if (!mass) return { ...amount, unit: amount.unit as DisplayUnit };
  const scale =
    amount.central >= 1000 ? 't' : amount.central > 0 && amount.central < 1 ? 'g' : 'kg';
  const scaled = (value: number) =>
    scale === 't' ? value / 1000 : scale === 'g' ? value * 1000 : value;
  return {
    unit: `${scale}${mass}`,
    low: scaled(amount.low),
    central: scaled(amount.central),
    high: scaled(amount.high),
  };
}

/** What an action without an impact model counts as. */
export type WithoutFigure = 'learning' | 'commitment';

/**
 * Rule: an action without an impact model counts as learning when its modality is to
 * understand, and as commitment when it is to act or to share.
 */
export function countsAsWithoutFigure(action: { readonly modality: Modality }): WithoutFigure {
  return action.modality === 'understand' ? 'learning' : 'commitment';
}
