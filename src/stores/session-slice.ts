// Who is signed in: the session as the backend reports it, and the requests to sign in, up and
// out. A new person starts with nothing of the previous one's.
import type { Backend, BackendErrorCode, SessionUser } from '../data/backend';
import { EMPTY_LIVE } from './live-slice';
import { EMPTY_OUTBOX } from './outbox-slice';
import { attempt, EMPTY_PICKS, type Slice } from './picks-slice';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface SessionSlice {
  session: { status: SessionStatus; user: SessionUser | null };
  sessionChanged(user: SessionUser | null): void;
  /** Each resolves to null on success, or the reason it failed. */
  signInRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signUpRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signOutRequested(): Promise<void>;
}

export const createSessionSlice =
  (backend: Backend): Slice<SessionSlice> =>
  (set, get) => ({
    signInRequested: (email, password) => attempt(() => backend.signIn(email, password)),
    signUpRequested: (email, password) => attempt(() => backend.signUp(email, password)),
    signOutRequested: async () => {
      try {
        await backend.signOut();
      } catch (error) {
        get().failed(error);
      }
    },
    session: { status: 'loading', user: null },
    sessionChanged: (user) =>
      set((state) => ({
        session: { status: user ? 'signed-in' : 'signed-out', user },
        // A new person starts with nothing of the previous one's until their own snapshots arrive.
        ...(user?.uid === state.session.user?.uid
          ? {}
          : { picks: EMPTY_PICKS, notice: null, live: EMPTY_LIVE, outbox: EMPTY_OUTBOX }),
      })),
  });
