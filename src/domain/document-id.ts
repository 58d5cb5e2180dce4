// The one schema of a document id sent in a payload (a season, team, event, submission…).
import { z } from 'zod';

/**
 * Rule: a document id is 1 to `max` letters, digits, `_` or `-`, and never of the form __…__,
 * which Firestore reserves (refused here rather than failing in the database). `key` names the
 * validation message (validation-messages.ts, i18n).
 */
export const documentIdSchema = (key: string, max: number) =>
  z.string({ error: key }).regex(documentIdPattern(max), { error: key });

/** The characters of a document id, 1 to `max` of them: to build a larger pattern with. */
export const documentIdPart = (max: number) => `[A-Za-z0-9_-]{1,${max}}`;

/** The whole pattern of a document id of at most `max` characters. */
export const documentIdPattern = (max: number) => new RegExp(`^(?!__.*__$)${documentIdPart(max)}$`);
