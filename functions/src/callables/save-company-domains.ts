// An organiser sets a company's email domains (all of them at once: the list replaces the last).
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { notFound } from '../lib/authorise';
import { refs } from '../lib/documents';

export const saveCompanyDomains = command(
  'saveCompanyDomains',
  async ({ input: { companyId, domains } }) =>
    db.runTransaction(async (tx) => {
      const ref = refs.company(companyId);
      if (!(await tx.get(ref)).exists) throw notFound('This company');
      tx.update(ref, { domains, updatedAt: Date.now() });
      return { companyId, domains };
    }),
);
