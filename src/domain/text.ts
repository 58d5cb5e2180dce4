// Texts people type: how long they are to the eye, and the one schema every length rule uses, in
// the SPA and the functions alike. A string's .length counts UTF-16 code units, so three
// zero-width spaces are "3 characters" to it and nothing to a reader.
import { z } from 'zod';

/**
 * Characters that show nothing: format characters (zero-width space and joiners, the soft hyphen,
 * bidirectional marks…) and the code points Unicode says to ignore when they cannot be shown
 * (the Hangul fillers, variation selectors…), plus the Braille blank, drawn as an empty cell.
 */
const INVISIBLE_CHARACTERS = '[\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u2800]';
const INVISIBLE = new RegExp(`^${INVISIBLE_CHARACTERS}+$`, 'u');

/**
 * The text without any character that shows nothing, even one joined to a visible one (a joiner
 * after a letter): for comparing texts, never for showing them (it would split joined emoji).
 */
export function withoutAnyInvisible(text: string): string {
  return text.replace(new RegExp(INVISIBLE_CHARACTERS, 'gu'), '');
}
const WHITESPACE = /^\s+$/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Rule: a text as a reader sees it, one grapheme (what the eye takes for one character, an emoji
 * made of several code points included) at a time, after Unicode NFKC (so a ligature is its
 * letters): graphemes made only of invisible characters are dropped, every run of whitespace
 * counts as one space, and the ends are trimmed. A joiner inside an emoji belongs to the emoji's
 * grapheme, so the emoji stays whole.
 */
export function visibleGraphemes(text: string): string[] {
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text.normalize('NFKC'))) {
    if (INVISIBLE.test(segment)) continue;
    if (WHITESPACE.test(segment)) {
      if (kept.length > 0 && kept[kept.length - 1] !== ' ') kept.push(' ');
      continue;
    }
    kept.push(segment);
  }
  if (kept[kept.length - 1] === ' ') kept.pop();
  return kept;
}

/** The text as a reader sees it (see visibleGraphemes), to compare texts. */
export function visibleText(text: string): string {
  return visibleGraphemes(text).join('');
}

/** Rule: a text's length is the number of its visible graphemes (see visibleGraphemes). */
export function visibleLength(text: string): number {
  return visibleGraphemes(text).length;
}

/**
 * The text as it is stored: without the graphemes that show nothing, trimmed. Line breaks and
 * spacing stay as typed, and so do the letters (NFKC is for comparing, not for storing).
 */
export function withoutInvisible(text: string): string {
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (!INVISIBLE.test(segment)) kept += segment;
  }
  return kept.trim();
}

/**
 * Beyond its visible length, a text may hold this many code units per allowed character (an
 * emoji takes up to a dozen): a bound on what is stored, however the text is padded.
 */
const CODE_UNITS_PER_CHARACTER = 8;

/**
 * The schema of a text a person types, with its length rule in visible characters: the text is
 * stored as withoutInvisible leaves it, so nothing invisible is kept, and `min`/`max` count what a
 * reader sees. `tooShort` and `tooLong` name the validation messages (i18n).
 */
export function typedText({
  min,
  max,
  tooShort,
  tooLong = tooShort,
}: {
  readonly min: number;
  readonly max: number;
  readonly tooShort: string;
  readonly tooLong?: string;
}) {
  return z
    .string({ error: tooShort })
    .max(max * CODE_UNITS_PER_CHARACTER, { error: tooLong, abort: true })
    .overwrite(withoutInvisible)
    .refine((text) => visibleLength(text) >= min, { error: tooShort, abort: true })
    .refine((text) => visibleLength(text) <= max, { error: tooLong });
}
