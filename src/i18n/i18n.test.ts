import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES_EN } from '../domain/validation-messages';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
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

  it('use the typographic apostrophe in French', () => {
    const texts = keysOf(fr).map((key) =>
      key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part] as Tree, fr),
    );
    expect(texts.filter((text) => typeof text === 'string' && text.includes("'"))).toEqual([]);
  });
});
