// A person chooses their mails: the language, and any of the switches (the others keep their
// value). Saving is also their answer to the one-time consent question: askedAt keeps its first.
import { mailPreferencesPayloadSchema, type MailPreferences } from '../../../src/domain/mail';
import { db } from '../lib/admin';
import { actorOf, requireCan, roleOf } from '../lib/authorise';
import { parsePayload } from '../lib/callable';
import { mailPreferencesRef } from '../lib/mail';
import { onCall } from '../lib/on-call';

export const saveMailPreferences = onCall(async (request) => {
  const actor = actorOf(request);
  requireCan(roleOf(actor, null), 'mail.own');
  const input = parsePayload(mailPreferencesPayloadSchema, request.data);
  const kinds = Object.fromEntries(
    Object.entries(input.kinds).filter(([, on]) => on !== undefined),
  ) as MailPreferences['kinds'];
  const ref = mailPreferencesRef(actor.uid as string);
  return db.runTransaction(async (tx) => {
    const before = (await tx.get(ref)).data() as Partial<MailPreferences> | undefined;
    const now = Date.now();
    const saved: MailPreferences = {
      language: input.language,
      kinds: { ...before?.kinds, ...kinds },
      askedAt: before?.askedAt ?? now,
      updatedAt: now,
    };
    tx.set(ref, saved);
    return saved;
  });
});
