// A proof's fingerprint, to spot the same proof sent by two people. Only the functions compute it
// (the SPA never imports this file, so the confusables table stays out of its bundle).
import unhomoglyph from 'unhomoglyph';
import type { Proof } from './submission';
import { visibleText, withoutAnyInvisible } from './text';

/**
 * Rule: two texts are the same proof when they read the same: compared after Unicode NFKC
 * (full-width and styled letters become plain ones), without what shows nothing (zero-width
 * spaces inside words…), with letters that look alike in other scripts folded to one (a Cyrillic
 * "о" is a Latin "o": Unicode's confusables table, through unhomoglyph), and without case,
 * accents, punctuation or spacing.
 */
export function textFingerprint(text: string): string {
  const plain = withoutAnyInvisible(visibleText(text))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return unhomoglyph(plain)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rule: two proofs are the same when their fingerprints are: a text by textFingerprint; a link
 * without its scheme, "www.", trailing slash, fragment or tracking parameters; a photo by its
 * bytes (hashed by the caller; its look is compared apart, photo-hash.ts). No proof, no
 * fingerprint.
 */
export function proofFingerprint(proof: Proof): string | null {
  switch (proof.kind) {
    case 'none':
      return null;
    case 'text':
      return `text:${textFingerprint(proof.text)}`;
    case 'link': {
      const url = new URL(proof.url);
      for (const key of [...url.searchParams.keys()]) {
        if (key.startsWith('utm_') || key === 'fbclid' || key === 'gclid')
          url.searchParams.delete(key);
      }
      const host = url.hostname.toLowerCase().replace(/^www\./, '');
      const path = url.pathname.replace(/\/+$/, '');
      const query = url.searchParams.toString();
      return `link:${host}${path}${query ? `?${query}` : ''}`;
    }
    case 'photo':
      return `photo:${proof.data}`;
  }
}
