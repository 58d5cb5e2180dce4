// How many bytes Firestore counts for a document, by its published storage-size rules, so the
// limits a design relies on (1 MiB per document) can be checked before a season reaches them.

/** Firestore's limit on one document. */
export const FIRESTORE_DOCUMENT_MAX_BYTES = 1024 * 1024;

const utf8 = (text: string) => new TextEncoder().encode(text).length;

/**
 * Rule (Firestore's storage sizes): a string counts its UTF-8 bytes plus one, a number 8, a
 * boolean or null 1, a map the sizes of its keys (as strings) and values, an array its values.
 */
export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'number') return 8;
  if (typeof value === 'string') return utf8(value) + 1;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + valueSize(item), 0);
  if (typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [key, item]) => sum + utf8(key) + 1 + valueSize(item),
      0,
    );
  }
  return 0;
}

/** Rule: a document counts its path's segments (as strings, plus 16), its fields, and 32 bytes. */
export function documentSize(path: string, fields: Readonly<Record<string, unknown>>): number {
  const name = path.split('/').reduce((sum, segment) => sum + utf8(segment) + 1, 16);
  return name + valueSize(fields) + 32;
}
