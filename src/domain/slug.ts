// Slugs: the readable, ASCII-only form of a title, for ids and file names.

/** Lower-case words of letters and digits joined by hyphens, accents dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
