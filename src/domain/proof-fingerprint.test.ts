import { describe, expect, it } from 'vitest';
import { proofFingerprint, textFingerprint } from './proof-fingerprint';

const ZWSP = '\u200b';
const COPIED = 'J’ai réparé mon ordinateur portable au lieu d’en racheter un';

describe('textFingerprint', () => {
  it('sees near-identical texts as the same proof, and different texts as different', () => {
    expect(textFingerprint('J’ai recyclé 3 câbles !')).toBe(
      textFingerprint('j’ai  recycle 3 cables'),
    );
    expect(textFingerprint('I recycled three cables')).not.toBe(
      textFingerprint('I recycled four cables'),
    );
  });

  // Each disguise of a copied text, and the plain copy, must read as the original.
  const disguises: [string, string][] = [
    ['zero-width spaces inside words', COPIED.replace(/o/g, `o${ZWSP}`)],
    ['a zero-width joiner and a word joiner', COPIED.replace('réparé', 'ré\u200dpa\u2060ré')],
    [
      'soft hyphens and a byte-order mark',
      `\ufeff${COPIED.replace('ordinateur', 'ordi\u00adnateur')}`,
    ],
    ['a Cyrillic “о” for every Latin “o”', COPIED.replace(/o/g, '\u043e')],
    [
      'Cyrillic “а”, “е”, “р” and a Greek “ο”',
      COPIED.replace(/a/g, '\u0430')
        .replace(/e/g, '\u0435')
        .replace('p', '\u0440')
        .replace('o', '\u03bf'),
    ],
    ['full-width letters', COPIED.replace('mon', '\uff4d\uff4f\uff4e')],
    ['mathematical bold letters', COPIED.replace('portable', '𝐩𝐨𝐫𝐭𝐚𝐛𝐥𝐞')],
    [
      'non-breaking and thin spaces, other case, no accents',
      COPIED.toUpperCase().replace(/ /g, '\u00a0\u2009').normalize('NFD').replace(/\p{M}/gu, ''),
    ],
  ];
  for (const [name, disguised] of disguises) {
    it(`sees through ${name}`, () => {
      expect(disguised).not.toBe(COPIED);
      expect(textFingerprint(disguised)).toBe(textFingerprint(COPIED));
    });
  }

  it('keeps apart texts that differ by a word, a number or a letter', () => {
    const different = [
      COPIED.replace('ordinateur', 'téléphone'),
      'J’ai réparé 2 ordinateurs',
      'J’ai réparé 3 ordinateurs',
      'J’ai réparé mon vélo',
      'J’ai réparé mon velours',
    ];
    const fingerprints = new Set(different.map(textFingerprint));
    expect(fingerprints.size).toBe(different.length);
    expect(fingerprints.has(textFingerprint(COPIED))).toBe(false);
  });
});

describe('proofFingerprint', () => {
  it('fingerprints a text by what it reads', () => {
    expect(proofFingerprint({ kind: 'text', text: COPIED })).toBe(
      proofFingerprint({ kind: 'text', text: COPIED.replace(/o/g, '\u043e') }),
    );
  });

  it('sees the same page behind different spellings of a link as the same proof', () => {
    const link = (url: string) => proofFingerprint({ kind: 'link', url });
    expect(link('https://www.Example.org/post/?utm_source=x#top')).toBe(
      link('http://example.org/post'),
    );
    expect(link('https://example.org/post?id=1')).not.toBe(link('https://example.org/post?id=2'));
  });

  it('has no fingerprint for an action without proof', () => {
    expect(proofFingerprint({ kind: 'none' })).toBeNull();
  });
});
