// The contract between the SPA and its backend. The Firebase adapter implements it for real;
// UI tests hand the store a fake in one place.
import type { CommandName } from '../domain/commands';

export interface SessionUser {
  readonly uid: string;
  readonly email: string | null;
  /** The organiser custom claim of the current ID token. */
  readonly organiser?: boolean;
  /** Whether Auth has verified the address (a provider's, or by the link Auth mailed). */
  readonly emailVerified?: boolean;
  /** The ways this person signs in, as Auth names them: 'password', 'google.com', 'microsoft.com'. */
  readonly providers?: readonly string[];
}

/** The outside accounts people may sign in with (each must be switched on in the project). */
export type SignInProvider = 'google' | 'microsoft' | 'company';

/**
 * The sign-in that could not finish because the address already has an account with another
 * method: the person signs in with that method, then confirms adding `provider` to it.
 */
export interface PendingLink {
  readonly provider: SignInProvider;
  readonly email: string | null;
}

/** A document as listeners deliver it: its id and its fields (timestamps as milliseconds). */
export interface DocumentSnapshot {
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An equality filter on a collection listener. */
export interface WhereEquals {
  readonly field: string;
  readonly value: string | number | boolean;
}

/** A listened list cut to its newest documents by a time field (ms), newest first. */
export interface NewestFirst {
  readonly limit: number;
  /** The time field that orders them; `at` when not named. */
  readonly by?: string;
}

/** Action id -> time it was picked, in milliseconds since the epoch. */
export type PickMap = Readonly<Record<string, number>>;

export type Unsubscribe = () => void;

/** The filters of a collection listener as a list, whichever way they were given. */
export function filtersOf(where: WhereEquals | readonly WhereEquals[] | undefined): WhereEquals[] {
  if (!where) return [];
  return Array.isArray(where) ? [...(where as readonly WhereEquals[])] : [where as WhereEquals];
}

/** Why a backend call failed, in words the UI translates. */
export type BackendErrorCode =
  | 'invalid-credentials'
  | 'email-in-use'
  | 'popup-blocked'
  | 'popup-closed'
  | 'account-exists'
  | 'link-invalid'
  | 'email-needed'
  | 'credential-in-use'
  | 'provider-linked'
  | 'requires-recent-login'
  | 'method-disabled'
  | 'account-disabled'
  | 'weak-password'
  | 'invalid-email'
  | 'too-many-requests'
  | 'unauthenticated'
  | 'invalid-argument'
  | 'failed-precondition'
  | 'permission-denied'
  | 'not-found'
  | 'rate-limited'
  | 'unavailable'
  | 'unknown';

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
    /** What the callable added to its refusal, e.g. `{ retryAt }` for `rate-limited`. */
    readonly details: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

/**
 * A submission kept on this device until the functions have it: made offline, or sent on a
 * connection that dropped. `payload.submissionId` is its idempotency key, so sending it again
 * never stores it twice.
 */
export interface OutboxEntry {
  readonly id: string;
  readonly uid: string;
  /** submitAction's payload, `submissionId` (= id) included. */
  readonly payload: Readonly<Record<string, unknown>> & {
    readonly submissionId: string;
    readonly seasonId: string;
    readonly actionId: string;
    readonly doneAt: number;
  };
  readonly createdAt: number;
  /** `waiting`: to send when the connection allows; `refused`: the functions said no, and why. */
  readonly state: 'waiting' | 'refused';
  readonly refusal: {
    readonly code: BackendErrorCode;
    readonly message: string;
    readonly details: Readonly<Record<string, unknown>> | null;
  } | null;
  readonly attempts: number;
}

/** The device's store of submissions waiting to be sent (IndexedDB in the app). */
export interface SubmissionOutbox {
  list(uid: string): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
  /** Calls back when another tab of this browser changed the outbox. */
  onChange(listener: () => void): Unsubscribe;
}

export interface Backend {
  /** Submissions kept on this device until they are sent. */
  readonly outbox: SubmissionOutbox;
  onSessionChanged(listener: (user: SessionUser | null) => void): Unsubscribe;
  signUp(email: string, password: string): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  /**
   * Signs in with an outside account in a pop-up window. When the address already has an account
   * with another method it fails with 'account-exists' and keeps the sign-in as `pendingLink()`.
   */
  signInWithProvider(provider: SignInProvider): Promise<void>;
  /** The sign-in kept by the last 'account-exists' failure, if any. */
  pendingLink(): PendingLink | null;
  /** Adds the kept sign-in to the signed-in person's account (after they confirm), or forgets it. */
  completePendingLink(confirmed: boolean): Promise<void>;
  /** Adds an outside account to the signed-in person's sign-in methods. */
  linkProvider(provider: SignInProvider): Promise<void>;
  /**
   * Mails a one-time sign-in link to `email`; it brings the person back to `returnTo` (a path of
   * this app). This browser remembers the address so the link signs in without asking it again.
   */
  sendSignInLink(email: string, returnTo: string): Promise<void>;
  /**
   * Signs in with the mailed link `link` (the page's address). Without `email`, the address this
   * browser remembered is used; with neither it fails with 'email-needed'.
   */
  completeSignInLink(link: string, email: string | null): Promise<void>;
  /** Mails a link to choose a new password; says nothing of whether the address has an account. */
  sendPasswordReset(email: string): Promise<void>;
  /** The address a password-reset code is for, or 'link-invalid' once it expired or was used. */
  checkPasswordReset(code: string): Promise<string>;
  confirmPasswordReset(code: string, password: string): Promise<void>;
  /** Mails the signed-in person a link that verifies their address. */
  sendEmailVerification(): Promise<void>;
  /** Applies a mailed verification code, then reports the session again (now verified). */
  verifyEmail(code: string): Promise<void>;
  signOut(): Promise<void>;
  watchPicks(
    uid: string,
    onPicks: (picks: PickMap) => void,
    onError: (error: BackendError) => void,
  ): Unsubscribe;
  pickAction(actionId: string): Promise<void>;
  unpickAction(actionId: string): Promise<void>;
  /**
   * Reads the account again and asks for a fresh ID token (after a claim changed or the address
   * was verified elsewhere), then reports the session again.
   */
  refreshSession(): Promise<void>;
  /** Listens to one document; `null` when it does not exist. */
  watchDocument(
    path: string,
    onData: (document: DocumentSnapshot | null) => void,
    onError: (error: BackendError) => void,
  ): Unsubscribe;
  /**
   * Listens to a collection, optionally filtered on fields being equal to values, and optionally
   * cut to its newest documents (which needs a composite index of the filters and the time field).
   */
  watchCollection(
    path: string,
    onData: (documents: readonly DocumentSnapshot[]) => void,
    onError: (error: BackendError) => void,
    where?: WhereEquals | readonly WhereEquals[],
    newest?: NewestFirst,
  ): Unsubscribe;
  /**
   * Reports whether the database answers: false while the network or the service is down (the
   * SDK serves its cache meanwhile), true once it answers again. Needs a signed-in person.
   */
  watchConnection(onChange: (reachable: boolean) => void): Unsubscribe;
  /** Calls a callable; resolves to its answer or rejects with a BackendError. */
  call(name: CommandName, data: unknown): Promise<unknown>;
  /**
   * Reads a collection once, in document id order, `pageSize` documents at a time: each page
   * goes to `onPage` (and is awaited) before the next is read, so a large collection is never
   * held whole. Stops with `signal.reason` once `signal` is aborted; an error `onPage` throws
   * comes back as it is, a read that fails as a BackendError.
   */
  readPages(
    path: string,
    where: WhereEquals | readonly WhereEquals[] | undefined,
    pageSize: number,
    onPage: (documents: readonly DocumentSnapshot[]) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** How many documents of a collection match, counted by the server without reading them. */
  count(path: string, where?: WhereEquals | readonly WhereEquals[]): Promise<number>;
  /** Reads one document once; `null` when it does not exist. */
  readDocument(path: string): Promise<DocumentSnapshot | null>;
  /**
   * The first document of a collection whose array field holds a value (array-contains, limit 1),
   * or `null`: how a team finds the one page of the board that lists it.
   */
  findContaining(path: string, field: string, value: string): Promise<DocumentSnapshot | null>;
  /**
   * Reads once the documents whose text field starts with `prefix`, in that field's order, at
   * most `limit`, among those the equality filters keep (a composite index of the filters and
   * the field): the search of teams by name.
   */
  readStartingWith(
    path: string,
    where: WhereEquals | readonly WhereEquals[] | undefined,
    field: string,
    prefix: string,
    limit: number,
  ): Promise<DocumentSnapshot[]>;
}
