// Which outside accounts the sign-in page offers, and Auth's id of each: Google, Microsoft, and a
// company's own identity provider when the deployment names one. Read by the sign-in pages and
// the account steps only, so none of it ships with the first visit.
import { parseCompanySignIn, type CompanySignIn } from '../domain/company-sign-in';
import type { SignInProvider } from './backend';

const configured = parseCompanySignIn(import.meta.env.VITE_COMPANY_SIGN_IN);
/** The company's own identity provider, when the deployment names one (checked at build). */
export const COMPANY_SIGN_IN: CompanySignIn | null =
  configured && 'providerId' in configured ? configured : null;

/** The sign-in buttons, the company's own first when there is one. */
export function signInProviders(company = COMPANY_SIGN_IN): SignInProvider[] {
  return [...(company ? (['company'] as const) : []), 'google', 'microsoft'];
}

/** Auth's id of each outside account. */
export function providerIdOf(provider: SignInProvider, company = COMPANY_SIGN_IN): string {
  if (provider === 'google') return 'google.com';
  if (provider === 'microsoft') return 'microsoft.com';
  if (!company) throw new Error('No company identity provider is configured.');
  return company.providerId;
}
