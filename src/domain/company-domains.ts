// A company's email domains: which addresses are the company's, and the admission rule a season
// may set on them. The functions apply it from the caller's verified ID token (never from a
// payload); the SPA uses the same rules to order and explain, never to decide.
import { z } from 'zod';

/** A company lists at most this many domains (its brands, countries, subsidiaries). */
export const MAX_COMPANY_DOMAINS = 20;

/**
 * A domain label: letters (any script, so an IDN is kept as typed, not turned to punycode),
 * digits and inner hyphens, 1 to 63 characters.
 */
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

/**
 * Rule: a domain is a host name of at least two labels and at most 253 characters, stored in
 * lower case, without "@" (one typed in front, as in "@acme.com", is dropped), spaces or a final
 * dot; its last label is not all digits, so an IP address is no domain.
 */
export function isEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels[labels.length - 1] ?? '')
  );
}

/** How a domain is written down: trimmed, lower case, without a leading "@". */
export function normaliseEmailDomain(input: string): string {
  return input.trim().toLowerCase().replace(/^@/, '');
}

export const emailDomainSchema = z
  .string({ error: 'validation.emailDomain' })
  .transform(normaliseEmailDomain)
  .refine(isEmailDomain, { error: 'validation.emailDomain' });

/** A company's domains: each one once, in the order given, at most MAX_COMPANY_DOMAINS. */
export const companyDomainsSchema = z
  .array(emailDomainSchema, { error: 'validation.emailDomains' })
  .max(MAX_COMPANY_DOMAINS, { error: 'validation.emailDomains' })
  .transform((domains) => [...new Set(domains)]);

/** The domain of an address, normalised (the part after its last "@"), or null when it has none. */
export function emailDomainOf(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const domain = normaliseEmailDomain(email.slice(at + 1));
  return domain === '' ? null : domain;
}

/**
 * Rule: an address is the company's when its domain is exactly one of the company's domains. A
 * subdomain counts only when it is listed itself ("fr.acme.com" is not "acme.com"): a group's
 * subsidiaries may be other companies, so the organiser says which ones belong. Returns the
 * domain matched, or null.
 */
export function matchesCompanyDomain(
  domains: readonly string[],
  email: string | null | undefined,
): string | null {
  const domain = emailDomainOf(email);
  return domain !== null && domains.includes(domain) ? domain : null;
}

/** Why a season's domain rule refuses someone a company's team. */
export const DOMAIN_REFUSALS = ['noDomainsListed', 'noVerifiedAddress', 'otherDomain'] as const;
export type DomainRefusal = (typeof DOMAIN_REFUSALS)[number];

export type DomainAdmission =
  /** `domain`: the company's domain the person's verified address is at, if any. */
  | { readonly ok: true; readonly domain: string | null }
  | { readonly ok: false; readonly reason: DomainRefusal };

/**
 * Rule: when the season requires it, a person joins (or creates) a company's team only with a
 * verified address at one of the company's domains; a company with no domain listed then admits
 * no one. Without the requirement everyone is admitted. Either way the answer says the company's
 * domain a verified address matched, which makes the person shown as the company's member. A
 * refusal says what would help: an address of the company not yet verified is to be verified;
 * an address elsewhere (or none) is to be replaced by one of the company's.
 */
export function domainAdmission(input: {
  readonly required: boolean;
  readonly domains: readonly string[];
  readonly email: string | null | undefined;
  readonly emailVerified: boolean;
}): DomainAdmission {
  const listed = matchesCompanyDomain(input.domains, input.email);
  const domain = input.emailVerified ? listed : null;
  if (!input.required || domain !== null) return { ok: true, domain };
  if (input.domains.length === 0) return { ok: false, reason: 'noDomainsListed' };
  if (listed !== null) return { ok: false, reason: 'noVerifiedAddress' };
  return { ok: false, reason: 'otherDomain' };
}

/** The domains as a person reads them in a sentence: "acme.com, acme.fr". */
export function domainList(domains: readonly string[]): string {
  return domains.join(', ');
}
