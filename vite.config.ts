import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The emulator ports live in firebase.json only; the SPA is told them at build time.
const firebaseJson = JSON.parse(
  readFileSync(new URL('./firebase.json', import.meta.url), 'utf8'),
) as {
  emulators: Record<string, { port?: number }>;
};
const emulatorPorts = {
  auth: firebaseJson.emulators.auth?.port,
  firestore: firebaseJson.emulators.firestore?.port,
  functions: firebaseJson.emulators.functions?.port,
};

export default defineConfig({
  plugins: [react()],
  define: {
    __EMULATOR_PORTS__: JSON.stringify(emulatorPorts),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
