// What every callable does with its input: validate it against a domain schema.
import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { describeIssues } from '../../../src/domain/schemas';

/** Parses the payload with a domain schema, or answers `invalid-argument` naming what is wrong. */
export function parsePayload<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new HttpsError('invalid-argument', describeIssues(result.error));
  }
  return result.data;
}
