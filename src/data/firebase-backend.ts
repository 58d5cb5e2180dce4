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
} from 'firebase/auth';
import type * as FirestoreModule from 'firebase/firestore';
import type { Firestore } from 'firebase/firestore';
import { PICKS_COLLECTION } from '../domain/picks';
import { BackendError, type Backend, type BackendErrorCode, type PickMap } from './backend';

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
    'functions/unavailable': 'unavailable',
    'functions/internal': 'unavailable',
    'functions/deadline-exceeded': 'unavailable',
    'permission-denied': 'permission-denied',
    unavailable: 'unavailable',
  };
  return new BackendError(byCode[code] ?? 'unknown', message);
}

export function createFirebaseBackend(): Backend {
  const app: FirebaseApp = initializeApp({
    apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
    authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
    projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID,
    appId: import.meta.env.VITE_FIREBASE_APP_ID,
  });
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
      const sdk = await import('firebase/functions');
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
      await (await functions()).call(name, data);
    } catch (error) {
      throw toBackendError(error);
    }
  };

  return {
    onSessionChanged(listener) {
      return onAuthStateChanged(auth, (user) =>
        listener(user ? { uid: user.uid, email: user.email } : null),
      );
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
    pickAction: (actionId) => call('pickAction', { actionId }),
    unpickAction: (actionId) => call('unpickAction', { actionId }),
  };
}
