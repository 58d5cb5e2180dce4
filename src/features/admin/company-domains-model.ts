// The domains field of the companies section: what an organiser types (one a line, or commas)
// read into the list the commands take, and the entries that are no domain, to name them.
import { emailDomainSchema } from '../../domain/company-domains';

export interface DomainsText {
  /** The entries that are domains, normalised, each once. */
  readonly domains: readonly string[];
  /** The entries that are not, as typed. */
  readonly bad: readonly string[];
}

export function readDomainsText(text: string): DomainsText {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const domains: string[] = [];
  const bad: string[] = [];
  for (const entry of entries) {
    const parsed = emailDomainSchema.safeParse(entry);
    if (!parsed.success) bad.push(entry);
    else if (!domains.includes(parsed.data)) domains.push(parsed.data);
  }
  return { domains, bad };
}

/** A list of domains back in the field: one a line. */
export function domainsText(domains: readonly string[]): string {
  return domains.join('\n');
}
