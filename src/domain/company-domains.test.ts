import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyDomainsSchema,
  domainAdmission,
  emailDomainOf,
  emailDomainSchema,
  MAX_COMPANY_DOMAINS,
  matchesCompanyDomain,
} from './company-domains';

describe('emailDomainSchema', () => {
  it('writes a domain in lower case, trimmed, without a leading "@"', () => {
    expect(emailDomainSchema.parse(' Acme.COM ')).toBe('acme.com');
    expect(emailDomainSchema.parse('@acme.fr')).toBe('acme.fr');
    expect(emailDomainSchema.parse('mail.acme-group.co.uk')).toBe('mail.acme-group.co.uk');
  });

  it('keeps an international domain as typed', () => {
    expect(emailDomainSchema.parse('Société.FR')).toBe('société.fr');
    expect(emailDomainSchema.parse('例え.jp')).toBe('例え.jp');
  });

  it.each([
    'acme',
    'a@acme.com',
    'acme..com',
    '-acme.com',
    'acme-.com',
    'acme.com.',
    '.acme.com',
    'ac me.com',
    '10.0.0.1',
    `${'a'.repeat(64)}.com`,
    `${'a.'.repeat(127)}com`,
    '',
  ])('refuses %j', (input) => {
    const parsed = emailDomainSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('validation.emailDomain');
  });
});

describe('companyDomainsSchema', () => {
  it('keeps each domain once, in the order given', () => {
    expect(companyDomainsSchema.parse(['acme.com', 'ACME.com', 'acme.fr'])).toEqual([
      'acme.com',
      'acme.fr',
    ]);
  });

  it(`takes at most ${MAX_COMPANY_DOMAINS} domains`, () => {
    const many = Array.from({ length: MAX_COMPANY_DOMAINS + 1 }, (_, i) => `acme${i}.com`);
    expect(companyDomainsSchema.safeParse(many.slice(1)).success).toBe(true);
    expect(companyDomainsSchema.safeParse(many).error?.issues[0]?.message).toBe(
      'validation.emailDomains',
    );
  });
});

describe('emailDomainOf', () => {
  it('is the part after the last "@", in lower case', () => {
    expect(emailDomainOf('Ada.Lovelace@ACME.com')).toBe('acme.com');
    expect(emailDomainOf('"a@b"@acme.fr')).toBe('acme.fr');
  });

  it('is null without an address or a domain', () => {
    expect(emailDomainOf(null)).toBeNull();
    expect(emailDomainOf(undefined)).toBeNull();
    expect(emailDomainOf('ada')).toBeNull();
    expect(emailDomainOf('ada@')).toBeNull();
    expect(emailDomainOf('@acme.com')).toBeNull();
  });
});

describe('matchesCompanyDomain', () => {
  const domains = ['acme.com', 'fr.acme.com'];

  it('matches a listed domain exactly, whatever its case', () => {
    expect(matchesCompanyDomain(domains, 'ada@ACME.com')).toBe('acme.com');
    expect(matchesCompanyDomain(domains, 'ada@fr.acme.com')).toBe('fr.acme.com');
  });

  it('matches a subdomain only when it is listed itself, and never a look-alike', () => {
    expect(matchesCompanyDomain(domains, 'ada@de.acme.com')).toBeNull();
    expect(matchesCompanyDomain(domains, 'ada@notacme.com')).toBeNull();
    expect(matchesCompanyDomain(domains, 'ada@acme.com.evil.test')).toBeNull();
    expect(matchesCompanyDomain(['fr.acme.com'], 'ada@acme.com')).toBeNull();
  });
});

describe('domainAdmission', () => {
  const acme = ['acme.com', 'acme.fr'];
  const admit = (overrides: Partial<Parameters<typeof domainAdmission>[0]>) =>
    domainAdmission({
      required: true,
      domains: acme,
      email: 'ada@acme.fr',
      emailVerified: true,
      ...overrides,
    });

  it('admits a verified address at one of the domains, and names the domain', () => {
    expect(admit({})).toEqual({ ok: true, domain: 'acme.fr' });
  });

  it('refuses an address of the company not yet verified: it is to be verified', () => {
    expect(admit({ emailVerified: false })).toEqual({ ok: false, reason: 'noVerifiedAddress' });
  });

  it('refuses an address elsewhere, verified or not, or no address at all', () => {
    expect(admit({ email: 'ada@example.org' })).toEqual({ ok: false, reason: 'otherDomain' });
    expect(admit({ email: 'ada@example.org', emailVerified: false })).toEqual({
      ok: false,
      reason: 'otherDomain',
    });
    expect(admit({ email: null, emailVerified: false })).toEqual({
      ok: false,
      reason: 'otherDomain',
    });
  });

  it('refuses everyone to a company with no domain listed', () => {
    expect(admit({ domains: [] })).toEqual({ ok: false, reason: 'noDomainsListed' });
  });

  it('admits anyone when the season does not require it, naming a verified match only', () => {
    expect(admit({ required: false, email: 'ada@example.org' })).toEqual({
      ok: true,
      domain: null,
    });
    expect(admit({ required: false, emailVerified: false })).toEqual({ ok: true, domain: null });
    expect(admit({ required: false, domains: [] })).toEqual({ ok: true, domain: null });
    expect(admit({ required: false })).toEqual({ ok: true, domain: 'acme.fr' });
  });

  it('admits, under the requirement, exactly the verified addresses at a listed domain', () => {
    const domain = fc.constantFrom('acme.com', 'acme.fr', 'fr.acme.com', 'example.org', 'com');
    fc.assert(
      fc.property(
        fc.uniqueArray(domain, { maxLength: 4 }),
        fc.option(fc.tuple(fc.constantFrom('ada', 'Bob.B'), domain), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        (domains, address, emailVerified, upperCase) => {
          const email = address ? `${address[0]}@${address[1]}` : null;
          const typed = upperCase ? email?.toUpperCase() : email;
          const answer = domainAdmission({ required: true, domains, email: typed, emailVerified });
          const expected = emailVerified && address !== null && domains.includes(address[1]);
          expect(answer.ok).toBe(expected);
          if (answer.ok) expect(answer.domain).toBe(address?.[1]);
          // Whatever the requirement refuses, it admits without it.
          expect(domainAdmission({ required: false, domains, email, emailVerified }).ok).toBe(true);
        },
      ),
    );
  });
});
