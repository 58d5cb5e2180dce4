// Who is calling, and what the authorisation table lets them do.
import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import type { Transaction } from 'firebase-admin/firestore';
import { PATHS, type Membership } from '../../../src/domain/paths';
import { can, roleFor, type Actor, type Capability, type Role } from '../../../src/domain/roles';
import { db } from './admin';

/**
 * The caller, from their verified ID token only. Auth writes `email` and `email_verified` into
 * the token from the account itself, over any custom claim of the same name (the emulator does
 * the same, see tests/functions/company-domains.test.ts), so neither can be forged by a claim.
 */
export function actorOf(request: CallableRequest<unknown>): Actor {
  const token = request.auth?.token;
  return {
    uid: request.auth?.uid ?? null,
    organiser: token?.organiser === true,
    email: typeof token?.email === 'string' ? token.email : null,
    emailVerified: token?.email_verified === true,
  };
}

/** Answers `unauthenticated` to a stranger and `permission-denied` to others, unless the table lets this role do it. */
export function requireCan(role: Role, capability: Capability): void {
  if (role === 'stranger' && !can(role, capability)) {
    throw new HttpsError('unauthenticated', 'Sign in before doing this.');
  }
  if (!can(role, capability)) {
    throw new HttpsError(
      'permission-denied',
      `Your role (${role}) may not do this (${capability}).`,
    );
  }
}

export async function membershipOf(
  tx: Transaction,
  seasonId: string,
  uid: string | null,
): Promise<Membership | null> {
  if (!uid) return null;
  const snapshot = await tx.get(
    db.collection(PATHS.memberships).doc(PATHS.membershipId(seasonId, uid)),
  );
  return snapshot.exists ? (snapshot.data() as Membership) : null;
}

/** The caller's role with respect to a team (or to none), from their claim and membership. */
export function roleOf(actor: Actor, membership: Membership | null, teamId?: string): Role {
  return roleFor(
    actor,
    { teamId: membership?.teamId ?? null, teamRole: membership?.role ?? null },
    teamId,
  );
}

export function notFound(what: string): HttpsError {
  return new HttpsError('not-found', `${what} does not exist, or no longer does.`);
}

export function precondition(message: string): HttpsError {
  return new HttpsError('failed-precondition', message);
}
