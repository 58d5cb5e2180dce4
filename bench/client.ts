// The client app a person of the benchmarks uses: the Firebase web SDK, pointed at the emulators.
import { initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions } from 'firebase/functions';

/** Where the emulators answer. */
export interface Endpoints {
  auth: string;
  firestore: { host: string; port: number };
  functions: { host: string; port: number };
  projectId: string;
}

export function clientApp(name: string, endpoints: Endpoints): FirebaseApp {
  const app = initializeApp({ projectId: endpoints.projectId, apiKey: 'bench-key' }, name);
  connectAuthEmulator(getAuth(app), endpoints.auth, { disableWarnings: true });
  connectFirestoreEmulator(getFirestore(app), endpoints.firestore.host, endpoints.firestore.port);
  connectFunctionsEmulator(
    getFunctions(app, 'europe-west1'),
    endpoints.functions.host,
    endpoints.functions.port,
  );
  return app;
}
