// The Firebase adapter: the only module of the SPA that imports firebase/*. Every SDK is loaded
// on first use so the first page downloads only what it needs: Auth as soon as there may be a
// session to restore (or someone signs in), Firestore by the first listener, Functions by the
// first call.
import { commandEnvelope } from '../domain/command-callables';
import type { CommandName } from '../domain/commands';
import type { FirebaseApp } from 'firebase/app';
import type * as AuthModule from 'firebase/auth';
import type { Auth, User } from 'firebase/auth';
import type * as FirestoreModule from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { PICKS_COLLECTION } from '../domain/picks';
import { followedById } from './followed-by-id';
import {
  BackendError,
  filtersOf,
  type Backend,
  type BackendErrorCode,
  type PickMap,
  type SessionUser,
} from './backend';
import type { AccountSteps } from './firebase-account';
import { PATHS } from '../domain/paths';
import { createDeviceOutbox } from './device-outbox';

type FirestoreSdk = typeof FirestoreModule;
export type AuthSdk = typeof AuthModule;

/** Kept in localStorage: '1' while someone is signed in on this browser, '0' once signed out. */
export const SESSION_HINT_KEY = 'tfg:session';

function readHint(): string | null {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY);
  } catch {
    return null;
  }
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
  if (error instanceof BackendError) return error;
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
      call: async (name: CommandName, payload: unknown) => {
        const { callable, data } = commandEnvelope(name, payload);
        return (await sdk.httpsCallable(instance, callable)(data)).data;
      },
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
   * server (or, offline, keep showing that they are loading). The server's "still absent" changes
   * only the snapshot's metadata, which the SDK reports only when asked (`METADATA`): without it,
   * a document known missing since an earlier visit was never reported, and its page kept
   * "Chargement…" for good (a profile with no mail choices, on its second visit).
   */
  const METADATA = { includeMetadataChanges: true } as const;

  /**
   * Follows one document (as a query on its id where it may be created while followed, see
   * followed-by-id.ts): `next` gets it (null: missing) and whether that came from the cache.
   */
  const followDocument = (
    sdk: FirestoreSdk,
    db: Firestore,
    path: string,
    next: (document: FirestoreModule.DocumentSnapshot | null, fromCache: boolean) => void,
    onError: (error: FirestoreModule.FirestoreError) => void,
  ): (() => void) => {
    const ref = sdk.doc(db, path);
    if (!followedById(path)) {
      return sdk.onSnapshot(
        ref,
        METADATA,
        (snapshot) => next(snapshot.exists() ? snapshot : null, snapshot.metadata.fromCache),
        onError,
      );
    }
    return sdk.onSnapshot(
      sdk.query(ref.parent, sdk.where(sdk.documentId(), '==', ref.id)),
      METADATA,
      (snapshot) => next(snapshot.docs[0] ?? null, snapshot.metadata.fromCache),
      onError,
    );
  };

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

  /** Follows one document, reported once known (see Backend.watchDocument). */
  const watchDocument: Backend['watchDocument'] = (path, onData, onError) =>
    lazily((sdk, db) =>
      followDocument(
        sdk,
        db,
        path,
        (document, fromCache) => {
          if (!document && fromCache) return; // not known yet
          onData(
            document
              ? { id: document.id, data: plain(document.data()) as Record<string, unknown> }
              : null,
          );
        },
        (error) => onError(toBackendError(error)),
      ),
    );

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

  /** The account steps, once their chunk has loaded (pendingLink reads it synchronously). */
  let accountSteps: AccountSteps | null = null;
  const account = once(async () => {
    try {
      const { createAccountSteps } = await import('./firebase-account');
      accountSteps ??= createAccountSteps({
        authentication,
        follow,
        report: async (user) => reportSession?.(await sessionOf(user)),
        toBackendError,
        failure: (code, message) => new BackendError(code, message),
      });
      return accountSteps;
    } catch (error) {
      throw toBackendError(error);
    }
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
      const user = auth.currentUser;
      if (!user) return;
      // Read again: a claim may have changed, or the address been verified on another device.
      await user.reload();
      await user.getIdToken(true);
      reportSession?.(await sessionOf(user));
    },
    watchDocument,
    watchConnection(onChange) {
      return lazily((sdk, db) =>
        followDocument(
          sdk,
          db,
          PATHS.appConfig,
          (_document, fromCache) => onChange(!fromCache),
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
        // As for a document (METADATA): an empty answer from the cache is "not known yet", and
        // the server's "still empty" changes only the metadata. Without it, a query that found
        // nothing on an earlier visit kept its page "loading" for good (the events of a season
        // that has none, on the second visit). Later metadata-only changes are not passed on.
        let reported = false;
        return sdk.onSnapshot(
          source,
          METADATA,
          (snapshot) => {
            if (snapshot.empty && snapshot.metadata.fromCache) return;
            if (reported && snapshot.docChanges().length === 0) return;
            reported = true;
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
    async readDocument(path) {
      const { sdk, db } = await firestore();
      try {
        const snapshot = await sdk.getDoc(sdk.doc(db, path));
        return snapshot.exists()
          ? { id: snapshot.id, data: plain(snapshot.data()) as Record<string, unknown> }
          : null;
      } catch (error) {
        throw toBackendError(error);
      }
    },
    async findContaining(path, field, value) {
      const { sdk, db } = await firestore();
      try {
        const snapshot = await sdk.getDocs(
          sdk.query(
            sdk.collection(db, path),
            sdk.where(field, 'array-contains', value),
            sdk.limit(1),
          ),
        );
        const [found] = snapshot.docs;
        return found
          ? { id: found.id, data: plain(found.data()) as Record<string, unknown> }
          : null;
      } catch (error) {
        throw toBackendError(error);
      }
    },
    async readStartingWith(path, where, field, prefix, limit) {
      const { sdk, db } = await firestore();
      const filters = filtersOf(where).map((filter) => sdk.where(filter.field, '==', filter.value));
      try {
        // '\uf8ff' sorts after every character a name holds: the range is "starts with prefix".
        const snapshot = await sdk.getDocs(
          sdk.query(
            sdk.collection(db, path),
            ...filters,
            sdk.where(field, '>=', prefix),
            sdk.where(field, '<', `${prefix}\uf8ff`),
            sdk.orderBy(field),
            sdk.limit(limit),
          ),
        );
        return snapshot.docs.map((document) => ({
          id: document.id,
          data: plain(document.data()) as Record<string, unknown>,
        }));
      } catch (error) {
        throw toBackendError(error);
      }
    },
    // Signing in, up and every account step live in their own chunk (firebase-account.ts),
    // loaded by the sign-in pages and the profile rather than by every first visit.
    signUp: async (email, password) => (await account()).signUp(email, password),
    signIn: async (email, password) => (await account()).signIn(email, password),
    signInWithProvider: async (provider) => (await account()).signInWithProvider(provider),
    pendingLink: () => accountSteps?.pendingLink() ?? null,
    completePendingLink: async (confirmed) => (await account()).completePendingLink(confirmed),
    linkProvider: async (provider) => (await account()).linkProvider(provider),
    sendSignInLink: async (email, returnTo) => (await account()).sendSignInLink(email, returnTo),
    completeSignInLink: async (link, email) => (await account()).completeSignInLink(link, email),
    sendPasswordReset: async (email) => (await account()).sendPasswordReset(email),
    checkPasswordReset: async (code) => (await account()).checkPasswordReset(code),
    confirmPasswordReset: async (code, password) =>
      (await account()).confirmPasswordReset(code, password),
    sendEmailVerification: async () => (await account()).sendEmailVerification(),
    verifyEmail: async (code) => (await account()).verifyEmail(code),
    async signOut() {
      const { sdk, auth } = await authentication();
      await sdk.signOut(auth);
      await forgetCachedDocuments();
    },
    watchPicks(uid, onPicks, onError) {
      return watchDocument(
        `${PICKS_COLLECTION}/${uid}`,
        (document) => {
          const raw = (document?.data.actions ?? {}) as Record<string, number | null>;
          const picks: Record<string, number> = {};
          // A pick just written carries a pending server timestamp (null) until confirmed.
          for (const [id, at] of Object.entries(raw)) picks[id] = at ?? Date.now();
          onPicks(picks satisfies PickMap);
        },
        onError,
      );
    },
    pickAction: async (actionId) => {
      await call('pickAction', { actionId });
    },
    unpickAction: async (actionId) => {
      await call('unpickAction', { actionId });
    },
  };
}
