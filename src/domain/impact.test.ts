import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findAction } from './catalogue';
import {
  COUNTED_UNITS,
  IMPACT_GRADES,
  IMPACT_UNITS,
  SOURCE_YEARS,
  addImpact,
  addToTotals,
  amountsOf,
  mergeTotals,
  completionImpact,
  completionsImpact,
  roundImpact,
  countsAsWithoutFigure,
  displayedImpact,
  impactModelSchema,
  totalsByUnit,
  type ImpactAmount,
  type ImpactTotals,
  type ImpactModel,
} from './impact';
import { IMPACT_MODELS, catalogueActionCounts, impactModelOf } from './impact-data';

const models = Object.entries(IMPACT_MODELS);

const model = (overrides: Partial<ImpactModel> = {}): ImpactModel => ({
  unit: 'kgCO2e',
  low: 1.1,
  central: 1.5,
  high: 1.9,
  assumption: { fr: 'Une phrase en français.', en: 'One sentence in English.' },
  source: { publisher: 'ADEME', title: 'Une étude', year: 2022, url: 'https://example.org/a' },
  grade: 'study',
  ...overrides,
});

describe('the catalogue walk', () => {
  it('gives a minority of actions a model, each of an existing action', () => {
    expect(models.length).toBeGreaterThan(0);
    expect(models.length).toBeLessThan(CATALOGUE.length / 2);
    for (const [id] of models) expect(findAction(id), id).toBeDefined();
  });

  it.each(models)('%s: follows the schema', (_id, impact) => {
    expect(impactModelSchema.safeParse(impact).error).toBeUndefined();
  });

  it.each(models)(
    '%s: has a unit, low ≤ central ≤ high, two assumptions, a dated https source and a grade',
    (_id, impact) => {
      expect(IMPACT_UNITS).toContain(impact.unit);
      expect(impact.low).toBeGreaterThanOrEqual(0);
      expect(impact.low).toBeLessThanOrEqual(impact.central);
      expect(impact.central).toBeLessThanOrEqual(impact.high);
      expect(impact.assumption.fr.trim().length).toBeGreaterThan(10);
      expect(impact.assumption.en.trim().length).toBeGreaterThan(10);
      expect(impact.assumption.fr).not.toBe(impact.assumption.en);
      for (const source of [impact.source, ...(impact.seeAlso ?? [])]) {
        expect(source.year).toBeGreaterThanOrEqual(SOURCE_YEARS.min);
        expect(source.year).toBeLessThanOrEqual(SOURCE_YEARS.max);
        expect(new URL(source.url).protocol).toBe('https:');
        expect(source.publisher.length).toBeGreaterThan(1);
        expect(source.title.length).toBeGreaterThan(1);
      }
      expect(IMPACT_GRADES).toContain(impact.grade);
      expect(impact.years !== undefined).toBe(impact.unit === 'kgCO2ePerYear');
    },
  );

  it('says what every other catalogue action counts as', () => {
    for (const action of CATALOGUE) {
      const counts = catalogueActionCounts(action.id);
      if (impactModelOf(action.id)) expect(counts?.kind).toBe('figure');
      else expect(counts?.kind).toBe(action.modality === 'understand' ? 'learning' : 'commitment');
    }
    expect(catalogueActionCounts('custom-unknown')).toBeNull();
    expect(impactModelOf('toString')).toBeUndefined();
  });
});

describe('the schema', () => {
  it('refuses a range out of order, a negative figure, an http link and a year out of range', () => {
    const issues = (value: unknown) =>
      impactModelSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(issues(model({ low: 2 }))).toEqual(['validation.impactRange']);
    expect(issues(model({ low: -1 }))).toContain('validation.impactAmount');
    const source = model().source;
    expect(issues(model({ source: { ...source, url: 'http://example.org' } }))).toEqual([
      'validation.impactSourceUrl',
    ]);
    expect(issues(model({ source: { ...source, year: 1999 } }))).toEqual([
      'validation.impactSourceYear',
    ]);
    expect(issues(model({ source: { ...source, year: 2027 } }))).toEqual([
      'validation.impactSourceYear',
    ]);
  });

  it('asks a yearly saving, and only it, for its counted years', () => {
    const issues = (value: unknown) =>
      impactModelSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    expect(issues(model({ unit: 'kgCO2ePerYear' }))).toEqual(['validation.impactYears']);
    expect(issues(model({ unit: 'kgCO2ePerYear', years: 3 }))).toBeUndefined();
    expect(issues(model({ years: 3 }))).toEqual(['validation.impactYears']);
    expect(issues(model({ unit: 'kgCO2ePerYear', years: 11 }))).toContain('validation.impactYears');
  });

  it('refuses an assumption missing in one language', () => {
    const result = impactModelSchema.safeParse({ ...model(), assumption: { fr: 'Une phrase.' } });
    expect(result.success).toBe(false);
  });
});

describe('the arithmetic', () => {
  it('counts one completion as its range, a yearly saving once per year as kg CO₂e', () => {
    expect(completionImpact(model())).toEqual({
      unit: 'kgCO2e',
      low: 1.1,
      central: 1.5,
      high: 1.9,
    });
    expect(completionImpact(model({ unit: 'kgCO2ePerYear', years: 3 }))).toEqual({
      unit: 'kgCO2e',
      low: 3.3,
      central: 4.5,
      high: 5.7,
    });
    expect(completionImpact(model({ unit: 'peopleTrained', low: 4, central: 6, high: 8 }))).toEqual(
      { unit: 'peopleTrained', low: 4, central: 6, high: 8 },
    );
  });

  it('counts N completions as N times one, and none for no completion', () => {
    expect(completionsImpact(model({ low: 1, central: 2, high: 3 }), 4)).toEqual({
      unit: 'kgCO2e',
      low: 4,
      central: 8,
      high: 12,
    });
    expect(completionsImpact(model(), 0)).toEqual({ unit: 'kgCO2e', low: 0, central: 0, high: 0 });
    expect(completionsImpact(model(), -2).central).toBe(0);
  });

  it('adds ranges bound by bound, never across units', () => {
    const kg: ImpactAmount = { unit: 'kgCO2e', low: 1, central: 2, high: 3 };
    const people: ImpactAmount = { unit: 'peopleReached', low: 1, central: 1, high: 1 };
    expect(addImpact(kg, kg)).toEqual({ unit: 'kgCO2e', low: 2, central: 4, high: 6 });
    expect(() => addImpact(kg, people)).toThrow(RangeError);
    expect(totalsByUnit([people, kg, kg, people])).toEqual([
      { unit: 'kgCO2e', low: 2, central: 4, high: 6 },
      { unit: 'peopleReached', low: 2, central: 2, high: 2 },
    ]);
    expect(totalsByUnit([])).toEqual([]);
  });

  it('shows masses in t from 1,000 kg, in g below 1 kg, other units as counted', () => {
    expect(displayedImpact({ unit: 'kgCO2e', low: 1100, central: 1500, high: 1900 })).toEqual({
      unit: 'tCO2e',
      low: 1.1,
      central: 1.5,
      high: 1.9,
    });
    expect(displayedImpact({ unit: 'kgCO2e', low: 900, central: 999, high: 1200 }).unit).toBe(
      'kgCO2e',
    );
    const grams = displayedImpact({ unit: 'kgCO2e', low: 0.0346, central: 0.0528, high: 0.96 });
    expect(grams.unit).toBe('gCO2e');
    expect(grams.central).toBeCloseTo(52.8);
    expect(grams.high).toBeCloseTo(960);
    expect(displayedImpact({ unit: 'kgCO2e', low: 0, central: 0, high: 0 }).unit).toBe('kgCO2e');
    expect(displayedImpact({ unit: 'kgEquipment', low: 2000, central: 3000, high: 4000 })).toEqual({
      unit: 'tEquipment',
      low: 2,
      central: 3,
      high: 4,
    });
    expect(
      displayedImpact({ unit: 'peopleReached', low: 1500, central: 2000, high: 2500 }),
    ).toEqual({ unit: 'peopleReached', low: 1500, central: 2000, high: 2500 });
  });

  it('counts an action without a figure as learning to understand, commitment otherwise', () => {
    expect(countsAsWithoutFigure({ modality: 'understand' })).toBe('learning');
    expect(countsAsWithoutFigure({ modality: 'act' })).toBe('commitment');
    expect(countsAsWithoutFigure({ modality: 'share' })).toBe('commitment');
  });
});

describe('impact totals, as the functions keep them', () => {
  const co2 = (low: number, central: number, high: number): ImpactAmount => ({
    unit: 'kgCO2e',
    low,
    central,
    high,
  });

  it('add and take away unit by unit, and leave out a unit back at zero', () => {
    const people: ImpactAmount = { unit: 'peopleTrained', low: 4, central: 4, high: 8 };
    let totals: ImpactTotals = {};
    totals = addToTotals(totals, co2(0.1, 0.2, 0.3));
    totals = addToTotals(totals, co2(0.2, 0.4, 0.6));
    totals = addToTotals(totals, people);
    totals = addToTotals(totals, null);
    // 0.1 + 0.2 is 0.30000000000000004 in binary: totals are rounded to the millionth.
    expect(totals).toEqual({ kgCO2e: [0.3, 0.6, 0.9], peopleTrained: [4, 4, 8] });
    expect(amountsOf(totals)).toEqual([co2(0.3, 0.6, 0.9), people]);
    expect(addToTotals(totals, people, -1)).toEqual({ kgCO2e: [0.3, 0.6, 0.9] });
    expect(mergeTotals(totals, totals, -1)).toEqual({});
    expect(mergeTotals({ kWh: [1, 2, 3] }, totals)).toEqual({ ...totals, kWh: [1, 2, 3] });
  });

  it('round to the millionth, with no negative zero', () => {
    expect(roundImpact(0.1 + 0.2)).toBe(0.3);
    expect(roundImpact(0.0346 * 3)).toBe(0.1038);
    expect(Object.is(roundImpact(-0.0000001), 0)).toBe(true);
  });
});

describe('the arithmetic, over random models', () => {
  const figures = fc
    .tuple(
      fc.double({ min: 0, max: 10_000, noNaN: true }),
      fc.double({ min: 0, max: 10_000, noNaN: true }),
      fc.double({ min: 0, max: 10_000, noNaN: true }),
    )
    // Figures as a model may give them: to the millionth of their unit.
    .map((values) => values.map(roundImpact).sort((a, b) => a - b));
  const randomModel = fc
    .tuple(figures, fc.constantFrom(...IMPACT_UNITS), fc.integer({ min: 1, max: 10 }))
    .map(([[low, central, high], unit, years]) =>
      model({
        unit,
        low: low ?? 0,
        central: central ?? 0,
        high: high ?? 0,
        ...(unit === 'kgCO2ePerYear' ? { years } : {}),
      }),
    );
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

  it('N completions equal N times one, and one added N times', () => {
    fc.assert(
      fc.property(randomModel, fc.integer({ min: 0, max: 50 }), (impact, n) => {
        const total = completionsImpact(impact, n);
        const one = completionImpact(impact);
        const added = Array.from({ length: n }, () => one).reduce(addImpact, {
          ...one,
          low: 0,
          central: 0,
          high: 0,
        });
        expect(total.unit).toBe(one.unit);
        for (const bound of ['low', 'central', 'high'] as const) {
          expect(close(total[bound], one[bound] * n)).toBe(true);
          expect(close(added[bound], total[bound])).toBe(true);
        }
      }),
    );
  });

  it('keeps low ≤ central ≤ high through counting, totals and display', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(randomModel, fc.integer({ min: 0, max: 20 })), { maxLength: 8 }),
        (entries) => {
          const totals = totalsByUnit(entries.map(([impact, n]) => completionsImpact(impact, n)));
          expect(new Set(totals.map((total) => total.unit)).size).toBe(totals.length);
          for (const total of totals) {
            expect(COUNTED_UNITS).toContain(total.unit);
            const shown = displayedImpact(total);
            expect(total.low).toBeLessThanOrEqual(total.central);
            expect(total.central).toBeLessThanOrEqual(total.high);
            expect(shown.low).toBeLessThanOrEqual(shown.central);
            expect(shown.central).toBeLessThanOrEqual(shown.high);
          }
        },
      ),
    );
  });

  it('totals by unit equal the sum of each unit’s ranges, whatever the order', () => {
    const amount = fc
      .tuple(figures, fc.constantFrom(...COUNTED_UNITS))
      .map(([[low, central, high], unit]): ImpactAmount => ({
        unit,
        low: low ?? 0,
        central: central ?? 0,
        high: high ?? 0,
      }));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 12 }), (amounts) => {
        const forward = totalsByUnit(amounts);
        const backward = totalsByUnit([...amounts].reverse());
        expect(forward.map((total) => total.unit)).toEqual(backward.map((total) => total.unit));
        forward.forEach((total, index) => {
          const sum = amounts
            .filter((item) => item.unit === total.unit)
            .reduce((acc, item) => acc + item.central, 0);
          expect(close(total.central, sum)).toBe(true);
          // Rounded after every sum, the order of the additions makes no difference at all.
          expect(total).toEqual(backward[index]);
        });
      }),
    );
  });
});
