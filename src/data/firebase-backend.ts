// The Firebase adapter: the only module of the SPA that imports firebase/*. Firestore and
// Functions are loaded on first use so the first page downloads only what it needs.
import { initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  onAuthStateChanged,
  signInWithEmailAndPassword,
  signOut,
  type Auth,
  type User,
} from 'firebase/auth';
import type * as FirestoreModule from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { PICKS_COLLECTION } from '../domain/picks';
import {
  BackendError,
  filtersOf,
  type Backend,
  type BackendErrorCode,
  type PickMap,
  type SessionUser,
} from './backend';
import { PATHS } from '../domain/paths';

type FirestoreSdk = typeof FirestoreModule;

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
  const app: FirebaseApp = initializeApp({
    apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
    authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
    projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID,
    appId: import.meta.env.VITE_FIREBASE_APP_ID,
  });
  // App Check, when the deployment turns it on: loaded on its own, so it costs nothing otherwise.
  const appCheckSiteKey = import.meta.env.VITE_APP_CHECK_SITE_KEY;
  if (appCheckSiteKey && !useEmulators) {
    void import('firebase/app-check').then(({ initializeAppCheck, ReCaptchaEnterpriseProvider }) =>
      initializeAppCheck(app, {
        provider: new ReCaptchaEnterpriseProvider(appCheckSiteKey),
        isTokenAutoRefreshEnabled: true,
      }),
    );
  }
  // The emulators are reached on the host that served the page, so the app also works when
  // opened from another device of the local network.
  const emulatorHost = window.location.hostname;
  const auth: Auth = getAuth(app);
  if (useEmulators) {
    connectAuthEmulator(auth, `http://${emulatorHost}:${__EMULATOR_PORTS__.auth}`, {
      disableWarnings: true,
    });
  }

  let firestorePromise: Promise<{ sdk: FirestoreSdk; db: Firestore }> | null = null;
  const firestore = () => {
    firestorePromise ??= (async () => {
      const sdk = await import('firebase/firestore');
      const db = sdk.getFirestore(app);
      if (useEmulators) {
        sdk.connectFirestoreEmulator(db, emulatorHost, __EMULATOR_PORTS__.firestore);
      }
      return { sdk, db };
    })();
    return firestorePromise;
  };

  let functionsPromise: Promise<{
    call: (name: string, data: unknown) => Promise<unknown>;
  }> | null = null;
  const functions = () => {
    functionsPromise ??= (async () => {
      // A chunk that failed to load (offline) is asked for again on the next call.
      const loaded = import('firebase/functions');
      loaded.catch(() => {
        functionsPromise = null;
      });
      const sdk = await loaded;
      const instance = sdk.getFunctions(app, region);
      if (useEmulators) {
        sdk.connectFunctionsEmulator(instance, emulatorHost, __EMULATOR_PORTS__.functions);
      }
      return {
        call: async (name: string, data: unknown) =>
          (await sdk.httpsCallable(instance, name)(data)).data,
      };
    })();
    return functionsPromise;
  };

  const call = async (name: string, data: unknown) => {
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

  let reportSession: ((user: SessionUser | null) => void) | null = null;
  const sessionOf = async (user: User | null): Promise<SessionUser | null> => {
    if (!user) return null;
    const token = await user.getIdTokenResult();
    return { uid: user.uid, email: user.email, organiser: token.claims.organiser === true };
  };

  return {
    onSessionChanged(listener) {
      reportSession = listener;
      return onAuthStateChanged(auth, (user) => {
        // Signed in, the person will send things: load the callables' SDK while online.
        if (user) void functions().catch(() => {});
        void sessionOf(user).then(listener);
      });
    },
    async refreshSession() {
      const user = auth.currentUser;
      if (!user) return;
      await user.getIdToken(true);
      reportSession?.(await sessionOf(user));
    },
    watchDocument(path, onData, onError) {
      return lazily((sdk, db) =>
        sdk.onSnapshot(
          sdk.doc(db, path),
          (snapshot) =>
            onData(
              snapshot.exists()
                ? {
                    id: snapshot.id,
                    data: plain(snapshot.data()) as Record<string, unknown>,
                  }
                : null,
            ),
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
    watchCollection(path, onData, onError, where) {
      return lazily((sdk, db) => {
        const base = sdk.collection(db, path);
        const filters = filtersOf(where).map((filter) =>
          sdk.where(filter.field, '==', filter.value),
        );
        const source = filters.length > 0 ? sdk.query(base, ...filters) : base;
        return sdk.onSnapshot(
          source,
          (snapshot) =>
            onData(
              snapshot.docs.map((document) => ({
                id: document.id,
                data: plain(document.data()) as Record<string, unknown>,
              })),
            ),
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
      try {
        await createUserWithEmailAndPassword(auth, email, password);
      } catch (error) {
        throw toBackendError(error);
      }
    },
    async signIn(email, password) {
      try {
        await signInWithEmailAndPassword(auth, email, password);
      } catch (error) {
        throw toBackendError(error);
      }
    },
    async signOut() {
      await signOut(auth);
    },
    watchPicks(uid, onPicks, onError) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void firestore().then(({ sdk, db }) => {
        if (cancelled) return;
        unsubscribe = sdk.onSnapshot(
          sdk.doc(db, PICKS_COLLECTION, uid),
          (snapshot) => {
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
