// The Firebase adapter: the only module of the SPA that imports firebase/*. Every SDK is loaded
// on first use so the first page downloads only what it needs: Auth as soon as there may be a
// session to restore (or someone signs in), Firestore by the first listener, Functions by the
// first call.
import type { CommandName } from '../domain/commands';
import type { FirebaseApp } from 'firebase/app';
import type * as AuthModule from 'firebase/auth';
import type { Auth, AuthCredential, AuthProvider, User } from 'firebase/auth';
import type * as FirestoreModule from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { PICKS_COLLECTION } from '../domain/picks';
import {
  BackendError,
  filtersOf,
  type Backend,
  type BackendErrorCode,
  providerIdOf,
  type PendingLink,
  type PickMap,
  type SessionUser,
  type SignInProvider,
} from './backend';
import { PATHS } from '../domain/paths';
import { createDeviceOutbox } from './device-outbox';

type FirestoreSdk = typeof FirestoreModule;
type AuthSdk = typeof AuthModule;

/** Kept in localStorage: the address a sign-in link was mailed to, so the link needs no typing. */
export const LINK_EMAIL_KEY = 'tfg:sign-in-link-email';

/** Kept in localStorage: '1' while someone is signed in on this browser, '0' once signed out. */
export const SESSION_HINT_KEY = 'tfg:session';

function readHint(): string | null {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY);
  } catch {
    return null;
  }
}

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

function writeHint(signedIn: boolean) {
  try {
    window.localStorage.setItem(SESSION_HINT_KEY, signedIn ? '1' : '0');
  } catch {
    // Storage refused (private mode): Auth is then loaded on every visit, as it used to be.
  }
}

/**
 * Whether this browser may hold a session for Auth to restore. A visitor who never signed in
 * here reads the catalogue without downloading Auth. Without a hint (storage refused, or a
 * session stored before the hint existed) Auth's own database decides, and when even that
 * cannot be known, Auth is loaded.
 */
async function mayHoldSession(): Promise<boolean> {
  const hint = readHint();
  if (hint !== null) return hint === '1';
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === 'firebaseLocalStorageDb');
  } catch {
    return true;
  }
}

/** Loads once; a load that failed (offline) is tried again on the next use. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = null;
      });
    }
    return loading;
  };
}

const useEmulators = import.meta.env.VITE_USE_EMULATORS === 'true';
const region = import.meta.env.VITE_FUNCTIONS_REGION ?? 'europe-west1';

function toBackendError(error: unknown): BackendError {
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

export function createFirebaseBackend(): Backend {
  // The emulators are reached on the host that served the page, so the app also works when
  // opened from another device of the local network.
  const emulatorHost = window.location.hostname;

  const firebaseApp = once(async (): Promise<FirebaseApp> => {
    const { initializeApp } = await import('firebase/app');
    const app = initializeApp({
      apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
      authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
      projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID,
      appId: import.meta.env.VITE_FIREBASE_APP_ID,
    });
    // App Check, when the deployment turns it on: loaded on its own, so it costs nothing otherwise.
    const appCheckSiteKey = import.meta.env.VITE_APP_CHECK_SITE_KEY;
    if (appCheckSiteKey && !useEmulators) {
      void import('firebase/app-check').then(
        ({ initializeAppCheck, ReCaptchaEnterpriseProvider }) =>
          initializeAppCheck(app, {
            provider: new ReCaptchaEnterpriseProvider(appCheckSiteKey),
            isTokenAutoRefreshEnabled: true,
          }),
      );
    }
    return app;
  });

  const authentication = once(async (): Promise<{ sdk: AuthSdk; auth: Auth }> => {
    const [app, sdk] = await Promise.all([firebaseApp(), import('firebase/auth')]);
    // Not getAuth: without a pop-up resolver here, Auth loads nothing of Google's until someone
    // chooses an outside account (the resolver is then given to that call).
    const auth = sdk.initializeAuth(app, {
      persistence: [
        sdk.indexedDBLocalPersistence,
        sdk.browserLocalPersistence,
        sdk.browserSessionPersistence,
      ],
    });
    if (useEmulators) {
      sdk.connectAuthEmulator(auth, `http://${emulatorHost}:${__EMULATOR_PORTS__.auth}`, {
        disableWarnings: true,
      });
    }
    return { sdk, auth };
  });

  let firestoreLoaded = false;
  const firestore = once(async (): Promise<{ sdk: FirestoreSdk; db: Firestore }> => {
    firestoreLoaded = true;
    const [app, sdk] = await Promise.all([firebaseApp(), import('firebase/firestore')]);
    // Documents once read are kept on the device (IndexedDB), so a person's list, progress and
    // team open with no connection. One tab owns the cache: the multi-tab manager made every
    // reload wait seconds for the previous page's lease, and a second tab simply works from
    // memory (as it does wherever IndexedDB is refused).
    const db = sdk.initializeFirestore(app, {
      localCache: sdk.persistentLocalCache({ tabManager: sdk.persistentSingleTabManager({}) }),
    });
    if (useEmulators) {
      sdk.connectFirestoreEmulator(db, emulatorHost, __EMULATOR_PORTS__.firestore);
    }
    return { sdk, db };
  });

  const functions = once(async () => {
    const [app, sdk] = await Promise.all([firebaseApp(), import('firebase/functions')]);
    const instance = sdk.getFunctions(app, region);
    if (useEmulators) {
      sdk.connectFunctionsEmulator(instance, emulatorHost, __EMULATOR_PORTS__.functions);
    }
    return {
      call: async (name: CommandName, data: unknown) =>
        (await sdk.httpsCallable(instance, name)(data)).data,
    };
  });

  const call = async (name: CommandName, data: unknown) => {
    try {
      return await (await functions()).call(name, data);
    } catch (error) {
      throw toBackendError(error);
    }
  };

  /** Firestore values as plain data: timestamps become milliseconds since the epoch. */
  const plain = (value: unknown): unknown => {
    if (value && typeof value === 'object') {
      if ('toMillis' in value && typeof value.toMillis === 'function') {
        return (value as { toMillis(): number }).toMillis();
      }
      if (Array.isArray(value)) return value.map(plain);
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
    }
    return value;
  };

  /**
   * After a sign-out, the documents kept on this device go too (a shared computer keeps nothing
   * of the person who left); the page then starts afresh. Another tab still open keeps the
   * database busy: it is cleared at the next sign-out.
   */
  const forgetCachedDocuments = async () => {
    if (!firestoreLoaded) return;
    const { sdk, db } = await firestore();
    await sdk.terminate(db);
    await sdk.clearIndexedDbPersistence(db).catch(() => {});
    window.location.reload();
  };

  /**
   * A document the device's cache does not hold is reported missing "from cache" before the
   * server has answered: that means "not known yet", not "absent", so listeners wait for the
   * server (or, offline, keep showing that they are loading).
   */
  const unknownYet = (snapshot: FirestoreModule.DocumentSnapshot) =>
    !snapshot.exists() && snapshot.metadata.fromCache;

  /** Starts a listener once the Firestore SDK has loaded, unless stopped before. */
  const lazily = (start: (sdk: FirestoreSdk, db: Firestore) => () => void) => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void firestore().then(({ sdk, db }) => {
      if (!cancelled) stop = start(sdk, db);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  };

  const accountOf = (user: User) => ({
    uid: user.uid,
    email: user.email,
    emailVerified: user.emailVerified,
    providers: user.providerData.map((info) => info.providerId),
  });

  const sessionOf = async (user: User | null): Promise<SessionUser | null> => {
    if (!user) return null;
    try {
      const token = await user.getIdTokenResult();
      return {
        ...accountOf(user),
        organiser: token.claims.organiser === true,
      };
    } catch {
      // Offline with an expired token: the person is still signed in on this device; their
      // claims are read again once the network is back.
      window.addEventListener(
        'online',
        () => void sessionOf(user).then((session) => reportSession?.(session)),
        { once: true },
      );
      return { ...accountOf(user), organiser: false };
    }
  };

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
    reportSession?.(await sessionOf(user));
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
      throw error instanceof BackendError ? error : toBackendError(error);
    }
  };

  const signedInUser = (auth: Auth): User => {
    const user = auth.currentUser;
    if (!user) throw new BackendError('unauthenticated', 'Sign in first.');
    return user;
  };

  /** Reports Auth's session to the store's listener once Auth is loaded, then every change. */
  let reportSession: ((user: SessionUser | null) => void) | null = null;
  let stopFollowing: (() => void) | null = null;
  const followSession = once(async () => {
    const { sdk, auth } = await authentication();
    stopFollowing ??= sdk.onAuthStateChanged(auth, (user) => {
      writeHint(user !== null);
      // Signed in, the person will send things: load the callables' SDK while online.
      if (user) void functions().catch(() => {});
      void sessionOf(user).then((session) => reportSession?.(session));
    });
  });
  /** Follows the session; if Auth could not be loaded (offline), tries again once back online. */
  const follow = () =>
    followSession().catch((error: unknown) => {
      window.addEventListener('online', () => void follow(), { once: true });
      throw error;
    });

  return {
    outbox: createDeviceOutbox(),
    onSessionChanged(listener) {
      reportSession = listener;
      let followed = false;
      const start = () => {
        followed = true;
        void follow().catch(() => {});
      };
      void mayHoldSession().then((may) => {
        if (may) start();
        else if (!followed) listener(null);
      });
      // Signed in on another tab of this browser: this one follows too.
      const onStorage = (event: StorageEvent) => {
        if (event.key === SESSION_HINT_KEY && event.newValue === '1') start();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        reportSession = null;
        stopFollowing?.();
        window.removeEventListener('storage', onStorage);
      };
    },
    async refreshSession() {
      const { auth } = await authentication();
      await reportAgain(auth.currentUser);
    },
    watchDocument(path, onData, onError) {
      return lazily((sdk, db) =>
        sdk.onSnapshot(
          sdk.doc(db, path),
          (snapshot) => {
            if (unknownYet(snapshot)) return;
            onData(
              snapshot.exists()
                ? {
                    id: snapshot.id,
                    data: plain(snapshot.data()) as Record<string, unknown>,
                  }
                : null,
            );
          },
          (error) => onError(toBackendError(error)),
        ),
      );
    },
    watchConnection(onChange) {
      return lazily((sdk, db) =>
        sdk.onSnapshot(
          sdk.doc(db, PATHS.appConfig),
          { includeMetadataChanges: true },
          (snapshot) => onChange(!snapshot.metadata.fromCache),
          // A refusal is an answer: the service is up.
          () => onChange(true),
        ),
      );
    },
    watchCollection(path, onData, onError, where, newest) {
      return lazily((sdk, db) => {
        const base = sdk.collection(db, path);
        const constraints = filtersOf(where).map((filter) =>
          sdk.where(filter.field, '==', filter.value),
        );
        const source =
          constraints.length > 0 || newest
            ? sdk.query(
                base,
                ...constraints,
                ...(newest
                  ? [sdk.orderBy(newest.by ?? 'at', 'desc'), sdk.limit(newest.limit)]
                  : []),
              )
            : base;
        return sdk.onSnapshot(
          source,
          (snapshot) => {
            if (snapshot.empty && snapshot.metadata.fromCache) return;
            onData(
              snapshot.docs.map((document) => ({
                id: document.id,
                data: plain(document.data()) as Record<string, unknown>,
              })),
            );
          },
          (error) => onError(toBackendError(error)),
        );
      });
    },
    call,
    async readPages(path, where, pageSize, onPage, signal) {
      const { sdk, db } = await firestore();
      const filters = filtersOf(where).map((filter) => sdk.where(filter.field, '==', filter.value));
      let after: FirestoreModule.QueryDocumentSnapshot | null = null;
      for (;;) {
        signal?.throwIfAborted();
        // Equality filters alone keep the query on single-field indexes; its order is then the
        // document id's, which startAfter continues from.
        const page = sdk.query(
          sdk.collection(db, path),
          ...filters,
          ...(after ? [sdk.startAfter(after)] : []),
          sdk.limit(pageSize),
        );
        let snapshot: FirestoreModule.QuerySnapshot;
        try {
          snapshot = await sdk.getDocs(page);
        } catch (error) {
          throw toBackendError(error);
        }
        signal?.throwIfAborted();
        if (snapshot.empty) return;
        await onPage(
          snapshot.docs.map((document) => ({
            id: document.id,
            data: plain(document.data()) as Record<string, unknown>,
          })),
        );
        if (snapshot.size < pageSize) return;
        after = snapshot.docs[snapshot.docs.length - 1] ?? null;
      }
    },
    async count(path, where) {
      const { sdk, db } = await firestore();
      const filters = filtersOf(where).map((filter) => sdk.where(filter.field, '==', filter.value));
      try {
        const snapshot = await sdk.getCountFromServer(
          sdk.query(sdk.collection(db, path), ...filters),
        );
        return snapshot.data().count;
      } catch (error) {
        throw toBackendError(error);
      }
    },
    async signUp(email, password) {
      await withAuth(async (sdk, auth) => {
        const { user } = await sdk.createUserWithEmailAndPassword(auth, email, password);
        // The address is checked from the start; a mail that fails can be sent again from the
        // profile, so it does not undo the account.
        await sdk
          .sendEmailVerification(user, { url: appAddress('/profile') })
          .catch(() => undefined);
      });
    },
    async signIn(email, password) {
      await withAuth((sdk, auth) => sdk.signInWithEmailAndPassword(auth, email, password));
    },
    async signInWithProvider(provider) {
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
    pendingLink() {
      return pending ? { provider: pending.provider, email: pending.email } : null;
    },
    async completePendingLink(confirmed) {
      const kept = pending;
      pending = null;
      if (!kept || !confirmed) return;
      await withAuth(async (sdk, auth) => {
        const user = signedInUser(auth);
        await sdk.linkWithCredential(user, kept.credential);
        await reportAgain(user);
      });
    },
    async linkProvider(provider) {
      await withAuth(async (sdk, auth) => {
        const user = signedInUser(auth);
        await sdk.linkWithPopup(user, providerOf(sdk, provider), sdk.browserPopupRedirectResolver);
        await reportAgain(user);
      });
    },
    async sendSignInLink(email, returnTo) {
      await withAuth(async (sdk, auth) => {
        await sdk.sendSignInLinkToEmail(auth, email, {
          url: appAddress(`/auth/action?next=${encodeURIComponent(returnTo)}`),
          handleCodeInApp: true,
        });
        remembered(LINK_EMAIL_KEY, email);
      });
    },
    async completeSignInLink(link, email) {
      await withAuth(async (sdk, auth) => {
        if (!sdk.isSignInWithEmailLink(auth, link)) {
          throw new BackendError('link-invalid', 'This is not a sign-in link.');
        }
        const address = email ?? remembered(LINK_EMAIL_KEY);
        if (!address) throw new BackendError('email-needed', 'Say which address the link went to.');
        await sdk.signInWithEmailLink(auth, address, link);
        remembered(LINK_EMAIL_KEY, null);
      });
    },
    async sendPasswordReset(email) {
      await withAuth(async (sdk, auth) => {
        try {
          await sdk.sendPasswordResetEmail(auth, email, { url: appAddress('/sign-in') });
        } catch (error) {
          // Whether an address has an account is not told to whoever asks.
          if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
        }
      });
    },
    async checkPasswordReset(code) {
      return withAuth((sdk, auth) => sdk.verifyPasswordResetCode(auth, code));
    },
    async confirmPasswordReset(code, password) {
      await withAuth((sdk, auth) => sdk.confirmPasswordReset(auth, code, password));
    },
    async sendEmailVerification() {
      await withAuth((sdk, auth) =>
        sdk.sendEmailVerification(signedInUser(auth), { url: appAddress('/profile') }),
      );
    },
    async verifyEmail(code) {
      await withAuth(async (sdk, auth) => {
        await sdk.applyActionCode(auth, code);
        await reportAgain(auth.currentUser);
      });
    },
    async signOut() {
      const { sdk, auth } = await authentication();
      await sdk.signOut(auth);
      await forgetCachedDocuments();
    },
    watchPicks(uid, onPicks, onError) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void firestore().then(({ sdk, db }) => {
        if (cancelled) return;
        unsubscribe = sdk.onSnapshot(
          sdk.doc(db, PICKS_COLLECTION, uid),
          (snapshot) => {
            if (unknownYet(snapshot)) return;
            const raw = (snapshot.get('actions') ?? {}) as Record<
              string,
              { toMillis(): number } | null
            >;
            const picks: Record<string, number> = {};
            // A pick just written carries a pending server timestamp (null) until confirmed.
            for (const [id, at] of Object.entries(raw)) picks[id] = at?.toMillis() ?? Date.now();
            onPicks(picks satisfies PickMap);
          },
          (error) => onError(toBackendError(error)),
        );
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    pickAction: async (actionId) => {
      await call('pickAction', { actionId });
    },
    unpickAction: async (actionId) => {
      await call('unpickAction', { actionId });
    },
  };
}
