// Who is signed in: the session as the backend reports it, and the requests to sign in, up and
// out. A new person starts with nothing of the previous one's.
import type {
  Backend,
  BackendErrorCode,
  PendingLink,
  SessionUser,
  SignInProvider,
} from '../data/backend';
import { EMPTY_LIVE } from './live-slice';
import { EMPTY_OUTBOX } from './outbox-slice';
import { attempt, EMPTY_PICKS, errorCodeOf, type Slice } from './picks-slice';

type Outcome = Promise<BackendErrorCode | null>;

/** The requests of the sign-in pages and the profile's sign-in methods: each resolves to null on success, or the reason it failed. */
export interface AccountRequests {
  /** An outside account; on 'account-exists' the sign-in is kept as `pendingLink`. */
  withProvider(provider: SignInProvider): Outcome;
  /** Adds the kept sign-in to the signed-in account (confirmed) or forgets it. */
  confirmPendingLink(confirmed: boolean): Outcome;
  linkProvider(provider: SignInProvider): Outcome;
  sendSignInLink(email: string, returnTo: string): Outcome;
  completeSignInLink(link: string, email: string | null): Outcome;
  sendPasswordReset(email: string): Outcome;
  /** The address a reset code is for, or why it cannot be used. */
  checkPasswordReset(code: string): Promise<{ email: string } | { failure: BackendErrorCode }>;
  confirmPasswordReset(code: string, password: string): Outcome;
  sendEmailVerification(): Outcome;
  verifyEmail(code: string): Outcome;
  /** Reads the account again (an address verified on another device). */
  refresh(): Outcome;
}

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in';

export interface SessionSlice {
  session: { status: SessionStatus; user: SessionUser | null };
  sessionChanged(user: SessionUser | null): void;
  /** Each resolves to null on success, or the reason it failed. */
  signInRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signUpRequested(email: string, password: string): Promise<BackendErrorCode | null>;
  signOutRequested(): Promise<void>;
  account: AccountRequests;
  /** A sign-in by an outside account waiting for the person to sign in another way and confirm. */
  pendingLink: PendingLink | null;
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
    pendingLink: null,
    account: {
      withProvider: async (provider) => {
        const failure = await attempt(() => backend.signInWithProvider(provider));
        set({ pendingLink: failure === 'account-exists' ? backend.pendingLink() : null });
        return failure;
      },
      confirmPendingLink: async (confirmed) => {
        set({ pendingLink: null });
        return attempt(() => backend.completePendingLink(confirmed));
      },
      linkProvider: (provider) => attempt(() => backend.linkProvider(provider)),
      sendSignInLink: (email, returnTo) => attempt(() => backend.sendSignInLink(email, returnTo)),
      completeSignInLink: (link, email) => attempt(() => backend.completeSignInLink(link, email)),
      sendPasswordReset: (email) => attempt(() => backend.sendPasswordReset(email)),
      checkPasswordReset: async (code) => {
        try {
          return { email: await backend.checkPasswordReset(code) };
        } catch (error) {
          return { failure: errorCodeOf(error) };
        }
      },
      confirmPasswordReset: (code, password) =>
        attempt(() => backend.confirmPasswordReset(code, password)),
      sendEmailVerification: () => attempt(() => backend.sendEmailVerification()),
      verifyEmail: (code) => attempt(() => backend.verifyEmail(code)),
      refresh: () => attempt(() => backend.refreshSession()),
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
