import { describe, expect, it } from 'vitest';
import { domainsText, readDomainsText } from './company-domains-model';

describe('readDomainsText', () => {
  it('reads domains one a line or between commas, normalised and each once', () => {
    expect(readDomainsText(' Acme.com\n@acme.fr, acme.com;\n\n société.fr ')).toEqual({
      domains: ['acme.com', 'acme.fr', 'société.fr'],
      bad: [],
    });
  });

  it('names the entries that are no domain, as typed', () => {
    expect(readDomainsText('acme.com\nada@acme.com\nacme')).toEqual({
      domains: ['acme.com'],
      bad: ['ada@acme.com', 'acme'],
    });
  });

  it('reads an empty field as no domain', () => {
    expect(readDomainsText('  \n ')).toEqual({ domains: [], bad: [] });
  });

  it('writes a list back one a line', () => {
    expect(readDomainsText(domainsText(['acme.com', 'acme.fr'])).domains).toEqual([
      'acme.com',
      'acme.fr',
    ]);
  });
});
