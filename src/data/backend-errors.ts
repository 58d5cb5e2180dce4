// Firebase's errors said as the backend's: the code the UI translates, the message, and what a
// callable added to its refusal. Shared by the adapter and its account steps.
import { BackendError, type BackendErrorCode } from './backend';

export function toBackendError(error: unknown): BackendError {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const byCode: Record<string, BackendErrorCode> = {
    'auth/invalid-credential': 'invalid-credentials',
    'auth/wrong-password': 'invalid-credentials',
    'auth/user-not-found': 'invalid-credentials',
    'auth/email-already-in-use': 'email-in-use',
    'auth/weak-password': 'weak-password',
    'auth/invalid-email': 'invalid-email',
    'auth/too-many-requests': 'too-many-requests',
    'auth/network-request-failed': 'unavailable',
    'auth/popup-blocked': 'popup-blocked',
    'auth/popup-closed-by-user': 'popup-closed',
    'auth/cancelled-popup-request': 'popup-closed',
    'auth/user-cancelled': 'popup-closed',
    'auth/account-exists-with-different-credential': 'account-exists',
    'auth/invalid-action-code': 'link-invalid',
    'auth/expired-action-code': 'link-invalid',
    'auth/missing-email': 'email-needed',
    'auth/credential-already-in-use': 'credential-in-use',
    'auth/provider-already-linked': 'provider-linked',
    'auth/requires-recent-login': 'requires-recent-login',
    'auth/operation-not-allowed': 'method-disabled',
    'auth/user-disabled': 'account-disabled',
    'functions/unauthenticated': 'unauthenticated',
    'functions/invalid-argument': 'invalid-argument',
    'functions/failed-precondition': 'failed-precondition',
    'functions/permission-denied': 'permission-denied',
    'functions/not-found': 'not-found',
    'functions/resource-exhausted': 'rate-limited',
    'functions/unavailable': 'unavailable',
    'functions/internal': 'unavailable',
    'functions/deadline-exceeded': 'unavailable',
    'permission-denied': 'permission-denied',
    unavailable: 'unavailable',
  };
  const details =
    typeof error === 'object' && error && 'details' in error && typeof error.details === 'object'
      ? (error.details as Record<string, unknown> | null)
      : null;
  // A fetch or a lazily loaded chunk that could not be reached: the network is down.
  const unreachable =
    error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
  return new BackendError(
    byCode[code] ?? (unreachable ? 'unavailable' : 'unknown'),
    message,
    details,
  );
}
