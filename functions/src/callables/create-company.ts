// An organiser adds a company whose employees may form teams.
import { onCall } from '../lib/on-call';
import { createCompanyPayloadSchema } from '../../../src/domain/team';
import { db } from '../lib/admin';
import { actorOf, precondition, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';

export const createCompany = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'companies.manage');
  const { name } = parsePayload(createCompanyPayloadSchema, request.data);
  const key = name.toLocaleLowerCase('fr');
  return db.runTransaction(async (tx) => {
    const same = await tx.get(db.collection('companies').where('key', '==', key).limit(1));
    if (!same.empty) throw precondition(`A company named "${name}" already exists.`);
    const ref = db.collection('companies').doc();
    tx.set(ref, { name, key, createdAt: Date.now() });
    return { companyId: ref.id };
  });
});
