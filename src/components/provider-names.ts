// The outside accounts' names (brands, the same in every language; the company's own as its
// configuration says), and which of them Auth means by a provider id.
import type { SignInProvider } from '../data/backend';
import { COMPANY_SIGN_IN, providerIdOf, signInProviders } from '../data/sign-in-providers';

export function providerName(provider: SignInProvider, company = COMPANY_SIGN_IN): string {
  if (provider === 'google') return 'Google';
  if (provider === 'microsoft') return 'Microsoft';
  return company?.name ?? '';
}

/** The outside account Auth calls `providerId`, if it is one of ours. */
export function providerOfId(providerId: string, company = COMPANY_SIGN_IN): SignInProvider | null {
  return (
    signInProviders(company).find((provider) => providerIdOf(provider, company) === providerId) ??
    null
  );
}
