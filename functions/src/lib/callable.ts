// What every callable does first: require a signed-in caller and validate the payload.
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { describeIssues } from '../../../src/domain/schemas';

/** Returns the caller's uid, or answers `unauthenticated`. */
export function requireUid(request: CallableRequest<unknown>): string {
  const uid = request.auth?.uid;
  if (!uid) {
    throw new HttpsError('unauthenticated', 'Sign in before doing this.');
  }
  return uid;
}

/** Parses the payload with a domain schema, or answers `invalid-argument` naming what is wrong. */
export function parsePayload<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new HttpsError('invalid-argument', describeIssues(result.error));
  }
  return result.data;
}
