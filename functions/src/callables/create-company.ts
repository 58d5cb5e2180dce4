// An organiser adds a company whose employees may form teams, with its email domains if given.
import { command } from '../lib/on-call';
import { db } from '../lib/admin';
import { precondition } from '../lib/authorise';

export const createCompany = command('createCompany', async ({ input: { name, domains } }) => {
  const key = name.toLocaleLowerCase('fr');
  return db.runTransaction(async (tx) => {
    const same = await tx.get(db.collection('companies').where('key', '==', key).limit(1));
    if (!same.empty) throw precondition(`A company named "${name}" already exists.`);
    const ref = db.collection('companies').doc();
    tx.set(ref, { name, key, domains, createdAt: Date.now() });
    return { companyId: ref.id };
  });
});
