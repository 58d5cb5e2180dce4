import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES_EN } from '../domain/validation-messages';
import enAccount from './account.en.json';
import frAccount from './account.fr.json';
import enCaptain from './captain.en.json';
import frCaptain from './captain.fr.json';
import enMain from './en.json';
import frMain from './fr.json';
import enSeasonForm from './season-form.en.json';
import frSeasonForm from './season-form.fr.json';
import { createI18n } from './index';

type Tree = { [key: string]: string | Tree };

/** `extra` merged into `base`, section by section, as i18next's deep addResourceBundle does. */
function merged(base: Tree, extra: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] =
      typeof value === 'object' && typeof current === 'object' ? merged(current, value) : value;
  }
  return result;
}

/** Every text of a language: the app's, and those that travel with their pages (lazy-texts.ts). */
const fr: Tree = [frAccount, frCaptain, frSeasonForm].reduce<Tree>(merged, frMain);
const en: Tree = [enAccount, enCaptain, enSeasonForm].reduce<Tree>(merged, enMain);

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function textsOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value, `${prefix}${key}.`),
  );
}

// Counts agree with their number. The interpolations below carry a number (or a number written
// for display, such as "1 234"); any other name (team, author, email, action, date, title…)
// carries words. Wherever one of them is directly followed by a space and a word, that word
// agrees with the number, so:
// - the key is an i18next plural form (`_one`, `_other`…), and the number before the word is
//   `{{count}}`, the one i18next picks the form by (or `{{value}}`, the same count formatted
//   for display while `count` carries it raw);
// - a plural string holds one counted noun phrase only: a sentence with several counts is made
//   of parts, each its own plural family, put together by the component or by a containing
//   key whose interpolations take the translated parts;
// - every plural family has its `_one` and `_other` form in both languages (French picks
//   among one, many and other, and like English needs no more than `_one` and `_other` here).
// Not a word for this rule: punctuation or signs (':', '/', '×', '('), a unit abbreviation
// (Ko, KB…), and the few prepositions that follow a number without agreeing with it
// ("3 sur 10", "3 of 10", "12 au total", "12 in all", "au plus 4 le 3 mai", "40 % des…").
const NUMERIC = new Set([
  'count',
  'value',
  'shown',
  'held',
  'registrations',
  'attendance',
  'approved',
  'points',
  'teams',
  'days',
  'times',
  'capacity',
  'registered',
  'waiting',
  'attended',
  'position',
  'number',
  'min',
  'max',
  'most',
  'total',
  'done',
  'size',
  'rank',
  'rating',
  'width',
  'height',
  'share',
]);
const COUNTED_BY = new Set(['count', 'value']);
const NOT_AGREEING = new Set([
  ...['Ko', 'KB', 'Mo', 'MB', 'px'],
  ...['sur', 'au', 'le', 'des'],
  ...['of', 'out', 'in', 'on', 'at'],
]);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const NUMBER_THEN_WORD = /\{\{\s*(\w+)[^}]*\}\}\s+(\p{L}[\p{L}’'-]*)/gu;

/** Where a string breaks the rule above: "language key: reason" for each. */
function countsNotAgreeing(language: string, tree: Tree): string[] {
  return textsOf(tree).flatMap(([key, text]) => {
    const counted = [...text.matchAll(NUMBER_THEN_WORD)].flatMap(([, name = '', word = '']) =>
      NUMERIC.has(name) && !NOT_AGREEING.has(word) ? [name] : [],
    );
    if (counted.length === 0) return [];
    if (!PLURAL_SUFFIX.test(key))
      return [`${language} ${key}: counted words outside a plural form`];
    if (counted.some((name) => !COUNTED_BY.has(name)) || counted.length > 1)
      return [`${language} ${key}: more than one count, or one not carried by count/value`];
    return [];
  });
}

/** The plural families without their `_one` or `_other` form in one of the languages. */
function incompleteFamilies(trees: Record<string, Tree>): string[] {
  const families = new Set(
    Object.values(trees).flatMap((tree) =>
      keysOf(tree)
        .filter((key) => PLURAL_SUFFIX.test(key))
        .map((key) => key.replace(PLURAL_SUFFIX, '')),
    ),
  );
  return Object.entries(trees).flatMap(([language, tree]) => {
    const keys = new Set(keysOf(tree));
    return [...families].flatMap((family) =>
      ['_one', '_other']
        .filter((suffix) => !keys.has(`${family}${suffix}`))
        .map((suffix) => `${language} ${family}${suffix}: missing`),
    );
  });
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('translate every validation key the domain schemas use', () => {
    for (const key of Object.keys(VALIDATION_MESSAGES_EN)) {
      expect(keysOf(fr)).toContain(key);
      expect(keysOf(en)).toContain(key);
    }
  });

  it('make every counted word agree with its number, one count per plural string', () => {
    expect([...countsNotAgreeing('fr', fr), ...countsNotAgreeing('en', en)]).toEqual([]);
  });

  it('give every plural family its one and other forms in both languages', () => {
    expect(incompleteFamilies({ fr, en })).toEqual([]);
  });

  it('pick the singular for one in both languages, and for zero in French only', async () => {
    const summary = async (lng: 'fr' | 'en', count: number) => {
      const i18n = createI18n({ detect: false });
      await i18n.changeLanguage(lng);
      const part = (key: string) => i18n.t(`dashboard.events.${key}`, { count, value: count });
      return i18n.t('dashboard.events.summary', {
        held: part('held'),
        registrations: part('registrations'),
        attendance: part('attendance'),
      });
    };
    expect(await summary('fr', 1)).toBe('1 événement maintenu, 1 place prise, 1 présence notée.');
    expect(await summary('fr', 0)).toBe('0 événement maintenu, 0 place prise, 0 présence notée.');
    expect(await summary('en', 1)).toBe('1 event held, 1 place taken, 1 attendance recorded.');
    expect(await summary('en', 0)).toBe('0 events held, 0 places taken, 0 attendances recorded.');
  });

  it('use the typographic apostrophe in French', () => {
    const texts = keysOf(fr).map((key) =>
      key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part] as Tree, fr),
    );
    expect(texts.filter((text) => typeof text === 'string' && text.includes("'"))).toEqual([]);
  });
});
