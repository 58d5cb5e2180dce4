// The outside accounts' names, the same in every language, and the name of each sign-in method
// Auth reports for a person.
import { PROVIDER_IDS, SIGN_IN_PROVIDERS, type SignInProvider } from '../data/backend';

export const PROVIDER_NAMES: Readonly<Record<SignInProvider, string>> = {
  google: 'Google',
  microsoft: 'Microsoft',
};

/** The outside account Auth calls `providerId`, if it is one of ours. */
export function providerOfId(providerId: string): SignInProvider | null {
  return SIGN_IN_PROVIDERS.find((provider) => PROVIDER_IDS[provider] === providerId) ?? null;
}
