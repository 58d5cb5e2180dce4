// The contract between the SPA and its backend. The Firebase adapter implements it for real;
// UI tests hand the store a fake in one place.

export interface SessionUser {
  readonly uid: string;
  readonly email: string | null;
}

/** Action id -> time it was picked, in milliseconds since the epoch. */
export type PickMap = Readonly<Record<string, number>>;

export type Unsubscribe = () => void;

/** Why a backend call failed, in words the UI translates. */
export type BackendErrorCode =
  | 'invalid-credentials'
  | 'email-in-use'
  | 'weak-password'
  | 'invalid-email'
  | 'too-many-requests'
  | 'unauthenticated'
  | 'invalid-argument'
  | 'failed-precondition'
  | 'permission-denied'
  | 'unavailable'
  | 'unknown';

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

export interface Backend {
  onSessionChanged(listener: (user: SessionUser | null) => void): Unsubscribe;
  signUp(email: string, password: string): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  watchPicks(
    uid: string,
    onPicks: (picks: PickMap) => void,
    onError: (error: BackendError) => void,
  ): Unsubscribe;
  pickAction(actionId: string): Promise<void>;
  unpickAction(actionId: string): Promise<void>;
}
