import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, csvLines, csvNumber, csvText } from './csv';

describe('csv numbers', () => {
  it('are written with a decimal comma in French and a point in English, without grouping', () => {
    expect(csvNumber(12.5, 'fr')).toBe('12,5');
    expect(csvNumber(12.5, 'en')).toBe('12.5');
    expect(csvNumber(1234567, 'fr')).toBe('1234567');
    expect(csvNumber(-3.25, 'fr')).toBe('-3,25');
    expect(csvNumber(0, 'en')).toBe('0');
  });

  it('leave the cell empty when they are not finite', () => {
    expect(csvNumber(Number.NaN, 'fr')).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY, 'en')).toBe('');
  });

  it('are not taken for formulas, even when negative', () => {
    expect(csvCell(-4, 'fr')).toBe('-4');
  });
});

describe('csv text', () => {
  it('is written as it is when nothing in it needs care', () => {
    expect(csvText('Les Colibris')).toBe('Les Colibris');
    expect(csvText('Équipe n° 1, « verte »')).toBe('Équipe n° 1, « verte »');
    expect(csvText('')).toBe('');
  });

  it('is quoted when it holds the separator, a quote, a CR or a LF', () => {
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('line one\nline two')).toBe('"line one\nline two"');
    expect(csvText('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvText('a\rb')).toBe('"a\rb"');
  });

  it('doubles the quotes inside quoted text', () => {
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('"')).toBe('""""');
  });

  it('is quoted when it starts or ends with a space, so the spaces survive', () => {
    expect(csvText(' padded')).toBe('" padded"');
    expect(csvText('padded ')).toBe('"padded "');
    expect(csvText('in the middle')).toBe('in the middle');
  });

  it('gets an apostrophe in front when it starts with = + - @ tab or CR', () => {
    expect(csvText('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvText('+33 6 12')).toBe("'+33 6 12");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('@cmd')).toBe("'@cmd");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('\r=1')).toBe('"\'\r=1"');
    expect(csvText('a=b')).toBe('a=b');
  });

  it('is both guarded and quoted when it needs both', () => {
    expect(csvText('=HYPERLINK("http://x";"y")')).toBe('"\'=HYPERLINK(""http://x"";""y"")"');
  });
});

describe('csv lines', () => {
  it('join cells with ";" and end with CRLF; missing values are empty cells', () => {
    expect(csvLine(['Les Colibris', 12.5, null, undefined, 3], 'fr')).toBe(
      'Les Colibris;12,5;;;3\r\n',
    );
    expect(csvLine(['Team', 12.5], 'en')).toBe('Team;12.5\r\n');
  });

  it('turn a page of rows into one chunk', () => {
    expect(
      csvLines(
        [
          ['a', 1],
          ['b', 2],
        ],
        'fr',
      ),
    ).toBe('a;1\r\nb;2\r\n');
    expect(csvLines([], 'fr')).toBe('');
  });

  it('keep the number of cells of any text, once the quoted parts are read back', () => {
    // A minimal reader of what we write: quoted cells may hold ; and line breaks.
    const cellsOf = (line: string) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const char = line[i];
        if (quoted) {
          if (char === '"' && line[i + 1] === '"') {
            cell += '"';
            i += 1;
          } else if (char === '"') quoted = false;
          else cell += char;
        } else if (char === '"') quoted = true;
        else if (char === ';') {
          cells.push(cell);
          cell = '';
        } else cell += char;
      }
      cells.push(cell);
      return cells;
    };
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (texts) => {
        const line = csvLine(texts, 'fr');
        expect(line.endsWith('\r\n')).toBe(true);
        const cells = cellsOf(line.slice(0, -2));
        expect(cells).toHaveLength(texts.length);
        cells.forEach((cell, index) => {
          const text = texts[index] ?? '';
          expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        });
      }),
    );
  });

  it('have a byte order mark to put in front of the file', () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
