// The season's company domain rule as the callables that admit someone to a team apply it: from
// the caller's token (the actor), against the company's listed domains.
import { HttpsError } from 'firebase-functions/v2/https';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import {
  domainAdmission,
  domainList,
  type DomainAdmission,
  type DomainRefusal,
} from '../../../src/domain/company-domains';
import type { Actor } from '../../../src/domain/roles';
import type { Season } from '../../../src/domain/season';

/** A company's listed domains, as stored (none on a company saved before domains existed). */
export function domainsOf(company: DocumentSnapshot): string[] {
  const domains: unknown = company.get('domains');
  return Array.isArray(domains) ? domains.filter((d): d is string => typeof d === 'string') : [];
}

/** What the season's rule says of this caller and this company. */
export function admissionOf(
  actor: Actor,
  season: Pick<Season, 'companyDomainRequired'>,
  domains: readonly string[],
): DomainAdmission {
  return domainAdmission({
    // A season saved before the setting existed does not require it.
    required: season.companyDomainRequired === true,
    domains,
    email: actor.email ?? null,
    emailVerified: actor.emailVerified === true,
  });
}

const MESSAGES: Readonly<Record<DomainRefusal, (company: string, domains: string) => string>> = {
  noDomainsListed: (company) =>
    `This season asks for a verified address of the company to join a team of ${company}, and no email domain is listed for ${company} yet: ask an organiser to add it.`,
  noVerifiedAddress: (company, domains) =>
    `This season asks for a verified address at ${domains} to join a team of ${company}: verify your address (follow the link in the mail you received), then sign in again.`,
  otherDomain: (company, domains) =>
    `This season asks for a verified address at ${domains} to join a team of ${company}: sign in with your work account.`,
};

/**
 * Refuses, with `failed-precondition` (a rule of the person's state, like a full team, not of
 * their role), whoever the season's domain rule refuses; the SPA translates `details.key`.
 * Returns the company's domain the caller's verified address matched, if any.
 */
export function requireDomainAdmission(
  actor: Actor,
  season: Pick<Season, 'companyDomainRequired'>,
  company: { readonly name: string; readonly domains: readonly string[] },
): string | null {
  const admission = admissionOf(actor, season, company.domains);
  if (admission.ok) return admission.domain;
  const domains = domainList(company.domains);
  throw new HttpsError('failed-precondition', MESSAGES[admission.reason](company.name, domains), {
    key: `domainRefusals.${admission.reason}`,
    company: company.name,
    domains,
  });
}
