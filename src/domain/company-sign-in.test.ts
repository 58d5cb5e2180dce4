import { describe, expect, it } from 'vitest';
import { parseCompanySignIn } from './company-sign-in';

describe('parseCompanySignIn', () => {
  it('reads a SAML or OIDC provider id, then the name on the button', () => {
    expect(parseCompanySignIn('saml.acme-idp Acme')).toEqual({
      providerId: 'saml.acme-idp',
      name: 'Acme',
    });
    expect(parseCompanySignIn('  oidc.entra.acme   Acme Group SSO ')).toEqual({
      providerId: 'oidc.entra.acme',
      name: 'Acme Group SSO',
    });
  });

  it('is off when the line is absent or blank', () => {
    expect(parseCompanySignIn(undefined)).toBeNull();
    expect(parseCompanySignIn('   ')).toBeNull();
  });

  it.each([
    ['google.com Google', 'not a SAML or OIDC id'],
    ['saml.acme', 'no name'],
    ['saml. Acme', 'an empty id'],
    ['saml.acme/../x Acme', 'a character ids do not have'],
    [`saml.acme ${'A'.repeat(41)}`, 'a name over 40 characters'],
  ])('names the problem in "%s" (%s)', (line) => {
    const parsed = parseCompanySignIn(line);
    expect(parsed).toMatchObject({ problem: expect.stringContaining('VITE_COMPANY_SIGN_IN=') });
  });
});
