import { describe, expect, it } from 'vitest';
import { providerIdOf, signInProviders } from './sign-in-providers';

const acme = { providerId: 'saml.acme-idp', name: 'Acme' };

describe('sign-in providers', () => {
  it('offers Google and Microsoft, and the company first once it has its own provider', () => {
    expect(signInProviders(null)).toEqual(['google', 'microsoft']);
    expect(signInProviders(acme)).toEqual(['company', 'google', 'microsoft']);
  });

  it("gives each Auth's provider id", () => {
    expect(providerIdOf('google', null)).toBe('google.com');
    expect(providerIdOf('microsoft', null)).toBe('microsoft.com');
    expect(providerIdOf('company', acme)).toBe('saml.acme-idp');
    expect(() => providerIdOf('company', null)).toThrow(/No company identity provider/);
  });
});
