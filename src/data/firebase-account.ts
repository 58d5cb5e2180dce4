// The account steps of the Firebase adapter: signing in and up, outside accounts in a pop-up and
// the sign-in kept for linking, mailed links, password resets and address verification. Its own
// chunk, loaded when a sign-in page or the profile first needs it (firebase-backend.ts).
import type { Auth, AuthCredential, AuthProvider, User } from 'firebase/auth';
import type { BackendError, BackendErrorCode, PendingLink, SignInProvider } from './backend';
import type { AuthSdk } from './firebase-backend';
import { providerIdOf } from './sign-in-providers';

/** Kept in localStorage: the address a sign-in link was mailed to, so the link needs no typing. */
export const LINK_EMAIL_KEY = 'tfg:sign-in-link-email';

function remembered(key: string, value?: string | null): string | null {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else if (value !== undefined) window.localStorage.setItem(key, value);
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A page of this app as a whole address, for the links Auth mails. */
function appAddress(path: string): string {
  return new URL(path, window.location.origin).href;
}

/** What the steps need of the adapter: Auth, the session it follows, and a way to report it. */
export interface AccountContext {
  authentication(): Promise<{ sdk: AuthSdk; auth: Auth }>;
  /** Starts following the session (once), so a sign-in reaches the store. */
  follow(): Promise<void>;
  /** Reports this person's session again (a method added, an address verified). */
  report(user: User): Promise<void>;
  /** Auth's failure said as the backend's (the adapter's, so this chunk carries no copy). */
  toBackendError(error: unknown): BackendError;
  /** A failure of the steps' own, with its code. */
  failure(code: BackendErrorCode, message: string): BackendError;
}

export function createAccountSteps({
  authentication,
  follow,
  report,
  toBackendError,
  failure,
}: AccountContext) {
  /** The outside account's provider object, asking the person which account to use. */
  const providerOf = (sdk: AuthSdk, provider: SignInProvider): AuthProvider => {
    if (provider === 'google') {
      const google = new sdk.GoogleAuthProvider();
      google.setCustomParameters({ prompt: 'select_account' });
      return google;
    }
    if (provider === 'company') {
      const id = providerIdOf('company');
      return id.startsWith('saml.') ? new sdk.SAMLAuthProvider(id) : new sdk.OAuthProvider(id);
    }
    const microsoft = new sdk.OAuthProvider('microsoft.com');
    // A company's own Entra ID tenant, when the deployment names one; any work or school account
    // otherwise.
    const tenant = import.meta.env.VITE_MICROSOFT_TENANT;
    microsoft.setCustomParameters({ prompt: 'select_account', ...(tenant ? { tenant } : {}) });
    return microsoft;
  };

  let pending: (PendingLink & { readonly credential: AuthCredential }) | null = null;

  /** Keeps the sign-in an 'account-exists' failure carries, to add it once the person is in. */
  const keepPending = (sdk: AuthSdk, provider: SignInProvider, error: unknown) => {
    const failure = error as Parameters<typeof sdk.OAuthProvider.credentialFromError>[0];
    const credential =
      provider === 'google'
        ? sdk.GoogleAuthProvider.credentialFromError(failure)
        : provider === 'company' && providerIdOf('company').startsWith('saml.')
          ? sdk.SAMLAuthProvider.credentialFromError(failure)
          : sdk.OAuthProvider.credentialFromError(failure);
    const email = failure.customData?.email;
    pending = credential
      ? { provider, email: typeof email === 'string' ? email : null, credential }
      : null;
  };

  /** Reads the signed-in account again and reports it (a method added, an address verified). */
  const reportAgain = async (user: User | null) => {
    if (!user) return;
    await user.reload();
    await user.getIdToken(true);
    await report(user);
  };

  /** Runs an Auth step, its failure said as a BackendError. */
  const withAuth = async <T>(step: (sdk: AuthSdk, auth: Auth) => Promise<T>): Promise<T> => {
    try {
      await follow();
      const { sdk, auth } = await authentication();
      // Mails and pop-ups Auth sends speak the page's language.
      auth.languageCode = document.documentElement.lang || 'fr';
      return await step(sdk, auth);
    } catch (error) {
      throw toBackendError(error);
    }
  };

  const signedInUser = (auth: Auth): User => {
    const user = auth.currentUser;
    if (!user) throw failure('unauthenticated', 'Sign in first.');
    return user;
  };

  return {
    async signUp(email: string, password: string) {
      await withAuth(async (sdk, auth) => {
        const { user } = await sdk.createUserWithEmailAndPassword(auth, email, password);
        // The address is checked from the start; a mail that fails can be sent again from the
        // profile, so it does not undo the account.
        await sdk
          .sendEmailVerification(user, { url: appAddress('/profile') })
          .catch(() => undefined);
      });
    },
    async signIn(email: string, password: string) {
      await withAuth((sdk, auth) => sdk.signInWithEmailAndPassword(auth, email, password));
    },
    async signInWithProvider(provider: SignInProvider) {
      await withAuth(async (sdk, auth) => {
        pending = null;
        try {
          await sdk.signInWithPopup(
            auth,
            providerOf(sdk, provider),
            sdk.browserPopupRedirectResolver,
          );
        } catch (error) {
          if (
            (error as { code?: string }).code === 'auth/account-exists-with-different-credential'
          ) {
            keepPending(sdk, provider, error);
          }
          throw error;
        }
      });
    },
    pendingLink(): PendingLink | null {
      return pending ? { provider: pending.provider, email: pending.email } : null;
    },
    async completePendingLink(confirmed: boolean) {
      const kept = pending;
      pending = null;
      if (!kept || !confirmed) return;
      await withAuth(async (sdk, auth) => {
        const user = signedInUser(auth);
        await sdk.linkWithCredential(user, kept.credential);
        await reportAgain(user);
      });
    },
    async linkProvider(provider: SignInProvider) {
      await withAuth(async (sdk, auth) => {
        const user = signedInUser(auth);
        await sdk.linkWithPopup(user, providerOf(sdk, provider), sdk.browserPopupRedirectResolver);
        await reportAgain(user);
      });
    },
    async sendSignInLink(email: string, returnTo: string) {
      await withAuth(async (sdk, auth) => {
        await sdk.sendSignInLinkToEmail(auth, email, {
          url: appAddress(`/auth/action?next=${encodeURIComponent(returnTo)}`),
          handleCodeInApp: true,
        });
        remembered(LINK_EMAIL_KEY, email);
      });
    },
    async completeSignInLink(link: string, email: string | null) {
      await withAuth(async (sdk, auth) => {
        if (!sdk.isSignInWithEmailLink(auth, link)) {
          throw failure('link-invalid', 'This is not a sign-in link.');
        }
        const address = email ?? remembered(LINK_EMAIL_KEY);
        if (!address) throw failure('email-needed', 'Say which address the link went to.');
        await sdk.signInWithEmailLink(auth, address, link);
        remembered(LINK_EMAIL_KEY, null);
      });
    },
    async sendPasswordReset(email: string) {
      await withAuth(async (sdk, auth) => {
        try {
          await sdk.sendPasswordResetEmail(auth, email, { url: appAddress('/sign-in') });
        } catch (error) {
          // Whether an address has an account is not told to whoever asks.
          if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
        }
      });
    },
    async checkPasswordReset(code: string): Promise<string> {
      return withAuth((sdk, auth) => sdk.verifyPasswordResetCode(auth, code));
    },
    async confirmPasswordReset(code: string, password: string) {
      await withAuth((sdk, auth) => sdk.confirmPasswordReset(auth, code, password));
    },
    async sendEmailVerification() {
      await withAuth((sdk, auth) =>
        sdk.sendEmailVerification(signedInUser(auth), { url: appAddress('/profile') }),
      );
    },
    async verifyEmail(code: string) {
      await withAuth(async (sdk, auth) => {
        await sdk.applyActionCode(auth, code);
        await reportAgain(auth.currentUser);
      });
    },
  };
}

export type AccountSteps = ReturnType<typeof createAccountSteps>;
