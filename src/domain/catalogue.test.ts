import { describe, expect, it } from 'vitest';
import {
  ACTION_ID_PATTERN,
  EFFORTS,
  PROOF_KINDS,
  SCOPES,
  pointsForEffort,
  type Action,
} from './action';
import { CATALOGUE, filterCatalogue, findAction, normalizeForSearch } from './catalogue';
import { LOCALES, MODALITIES, THEME_IDS } from './themes';

const LINE_MAX = 140;
const TITLE_MAX = 80;

describe('the catalogue', () => {
  it('holds at least 101 actions', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(101);
  });

  it.each(THEME_IDS)(
    'has at least 12 actions in theme %s, covering the three modalities',
    (theme) => {
      const inTheme = CATALOGUE.filter((action) => action.theme === theme);
      expect(inTheme.length).toBeGreaterThanOrEqual(12);
      for (const modality of MODALITIES) {
        expect(
          inTheme.some((action) => action.modality === modality),
          modality,
        ).toBe(true);
      }
    },
  );

  it('gives every action a stable, well-formed and unique id', () => {
    const ids = CATALOGUE.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ACTION_ID_PATTERN);
  });

  it.each(LOCALES)('never gives two actions the same title in %s, case aside', (locale) => {
    const titles = CATALOGUE.map((action) => normalizeForSearch(action.title[locale]).trim());
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(duplicates).toEqual([]);
  });

  it('fills every field of every action with an allowed value', () => {
    for (const action of CATALOGUE) {
      const where = action.id;
      expect(THEME_IDS, where).toContain(action.theme);
      expect(MODALITIES, where).toContain(action.modality);
      expect(EFFORTS, where).toContain(action.effort);
      expect(SCOPES, where).toContain(action.scope);
      expect(PROOF_KINDS, where).toContain(action.proof);
      expect(action.points, where).toBe(pointsForEffort(action.effort));
      const repeat = action.repeat;
      expect(['once', 'upTo', 'daily'], where).toContain(repeat.kind);
      if (repeat.kind === 'upTo') {
        expect(Number.isInteger(repeat.times) && repeat.times >= 2, where).toBe(true);
      }
    }
  });

  it('writes a title and a two-line how-to in French and English for every action', () => {
    for (const action of CATALOGUE) {
      for (const locale of LOCALES) {
        const where = `${action.id} (${locale})`;
        const title = action.title[locale];
        expect(title.trim().length, where).toBeGreaterThan(3);
        expect(title.length, where).toBeLessThanOrEqual(TITLE_MAX);
        expect(action.howTo[locale], where).toHaveLength(2);
        for (const line of action.howTo[locale]) {
          expect(line.trim().length, where).toBeGreaterThan(10);
          expect(line.length, where).toBeLessThanOrEqual(LINE_MAX);
          expect(line, where).not.toContain('\n');
        }
      }
      expect(action.title.fr, `${action.id} is translated`).not.toBe(action.title.en);
    }
  });

  it('uses every scope, proof kind and repeat rule somewhere', () => {
    const seen = (pick: (action: Action) => string) => new Set(CATALOGUE.map(pick));
    expect(seen((action) => action.scope)).toEqual(new Set(SCOPES));
    expect(seen((action) => action.proof)).toEqual(new Set(PROOF_KINDS));
    expect(seen((action) => action.repeat.kind)).toEqual(new Set(['once', 'upTo', 'daily']));
  });
});

describe('pointsForEffort', () => {
  it('is worth 5 points for a small effort, 10 for a medium one and 20 for a large one', () => {
    expect(EFFORTS.map(pointsForEffort)).toEqual([5, 10, 20]);
  });
});

describe('findAction', () => {
  it('finds an action by id and nothing for an unknown id', () => {
    const first = CATALOGUE[0];
    expect(first && findAction(first.id)).toBe(first);
    expect(findAction('no-such-action')).toBeUndefined();
  });
});

describe('filterCatalogue', () => {
  it('keeps only the chosen theme and modality', () => {
    const result = filterCatalogue(CATALOGUE, { theme: 'accessibility', modality: 'share' }, 'fr');
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((a) => a.theme === 'accessibility' && a.modality === 'share')).toBe(true);
    expect(result).toEqual(
      CATALOGUE.filter((a) => a.theme === 'accessibility' && a.modality === 'share'),
    );
  });

  it('returns everything with an empty filter', () => {
    expect(filterCatalogue(CATALOGUE, { query: '   ' }, 'en')).toHaveLength(CATALOGUE.length);
  });

  it('matches every word of the query, accents and case aside, in the reader language only', () => {
    const target = CATALOGUE.find((action) => /[éèêà]/.test(action.title.fr));
    expect(target).toBeDefined();
    if (!target) return;
    const accented = target.title.fr.split(/\s+/).find((word) => /[éèêà]/.test(word)) ?? '';
    const plain = accented
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toUpperCase();
    expect(filterCatalogue(CATALOGUE, { query: plain }, 'fr')).toContain(target);

    const frOnly = filterCatalogue(CATALOGUE, { query: 'numérique' }, 'fr');
    expect(frOnly.length).toBeGreaterThan(0);
    expect(filterCatalogue(CATALOGUE, { query: 'numérique' }, 'en')).toEqual([]);
  });

  it('requires all the words, not any of them', () => {
    const both = filterCatalogue(CATALOGUE, { query: 'accessibility zzzunlikely' }, 'en');
    expect(both).toEqual([]);
  });
});
