// A person's mail choices (mailPreferences/{uid}), followed while a page shows them: the profile's
// "My emails" and the team page's one-time consent question read the same document.
import type { DocumentSnapshot } from '../data/backend';
import type { MailPreferences } from '../domain/mail';
import { PATHS } from '../domain/paths';
import { useLiveDocument, type Live } from './use-live';

const asMailPreferences = (document: DocumentSnapshot): MailPreferences => {
  const { language, kinds, askedAt, updatedAt } = document.data;
  return {
    language: language === 'en' ? 'en' : 'fr',
    kinds: (kinds ?? {}) as MailPreferences['kinds'],
    ...(typeof askedAt === 'number' ? { askedAt } : {}),
    updatedAt: typeof updatedAt === 'number' ? updatedAt : 0,
  };
};

/** The person's choices; `data` is null until they chose anything. */
export function useMailPreferences(uid: string | null): Live<MailPreferences | null> {
  return useLiveDocument(uid ? `${PATHS.mailPreferences}/${uid}` : null, asMailPreferences);
}
