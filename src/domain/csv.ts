// CSV files that a spreadsheet set to French opens in columns at once: UTF-8 with a byte order
// mark, ';' between cells, CRLF between lines, decimal commas in French. Written here rather than
// with a library: the rules fit in a page, and none of the libraries writes decimal commas.
import type { Locale } from './themes';

/** Tells spreadsheets the file is UTF-8; goes once, before the first line. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** What a cell may hold: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** Characters a spreadsheet reads as the start of a formula (or a DDE call) in a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells holding these are quoted, as are cells with a space at either end. */
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** Rule: numbers are written without grouping, with a decimal comma in French and a point in English; a number that is not finite is an empty cell. */
export function csvNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '';
  // Integers up to 2^53 and our rounded figures never print in exponent notation.
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * Rule: text starting with = + - @ tab or CR gets an apostrophe in front, so a spreadsheet shows
 * it instead of running it as a formula; text holding ; " CR or LF, or a space at either end, is
 * put in double quotes, with its own double quotes doubled.
 */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvCell(value: CsvCell, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? csvNumber(value, locale) : csvText(value);
}

/** One line of cells, ending with CRLF. */
export function csvLine(cells: readonly CsvCell[], locale: Locale): string {
  return cells.map((cell) => csvCell(cell, locale)).join(CSV_SEPARATOR) + CSV_NEWLINE;
}

/** Several lines as one chunk of text: a page of an export becomes one string, not many rows. */
export function csvLines(rows: readonly (readonly CsvCell[])[], locale: Locale): string {
  return rows.map((row) => csvLine(row, locale)).join('');
}
