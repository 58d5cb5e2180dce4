// A person chooses their mails: the language, and any of the switches (the others keep their
// value). Saving is also their answer to the one-time consent question: askedAt keeps its first.
import { type MailPreferences } from '../../../src/domain/mail';
import { db } from '../lib/admin';
import { mailPreferencesRef } from '../lib/mail';
import { command } from '../lib/on-call';

export const saveMailPreferences = command('saveMailPreferences', async ({ actor, input }) => {
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
