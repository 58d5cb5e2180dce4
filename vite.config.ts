import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { manifestPath } from './src/app/manifest-path';
import { webManifest } from './src/app/web-manifest';
import { parseCompanySignIn } from './src/domain/company-sign-in';
import { LOCALES } from './src/domain/themes';

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

/** The web app manifests, one per language, served by the dev server and written by the build. */
function webManifests(): Plugin {
  const files = LOCALES.map((locale) => ({
    fileName: manifestPath(locale).slice(1),
    source: JSON.stringify(webManifest(locale)),
  }));
  return {
    name: 'tfg-web-manifests',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = files.find((entry) => request.url === `/${entry.fileName}`);
        if (!file) return next();
        response.setHeader('Content-Type', 'application/manifest+json');
        response.end(file.source);
      });
    },
    generateBundle() {
      for (const file of files) this.emitFile({ type: 'asset', ...file });
    },
  };
}

/** A malformed company sign-in line stops the build, rather than hiding the button. */
function checkCompanySignIn(mode: string) {
  const line = loadEnv(mode, process.cwd(), 'VITE_').VITE_COMPANY_SIGN_IN;
  const parsed = parseCompanySignIn(line);
  if (parsed && 'problem' in parsed) throw new Error(parsed.problem);
}

export default defineConfig(({ mode }) => {
  checkCompanySignIn(mode);
  return {
    plugins: [
      react(),
      webManifests(),
      // The service worker (Workbox, through vite-plugin-pwa): see docs/decisions/008-phone-and-offline.md.
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: false,
        workbox: {
          // Installed once: the page itself, its first script and style, the sprite, the icons and
          // the manifests. Every other chunk is cached the first time it is used (below), so a
          // visitor downloads no page they never open, and what they opened works offline.
          globPatterns: ['index.html', 'assets/index-*.{js,css}', '*.{svg,webmanifest}', 'icons/*'],
          runtimeCaching: [
            {
              urlPattern: ({ url, sameOrigin }) =>
                sameOrigin && url.pathname.startsWith('/assets/'),
              // Hashed names: a file never changes under its name.
              handler: 'CacheFirst',
              options: { cacheName: 'tfg-assets', expiration: { maxEntries: 120 } },
            },
          ],
          navigateFallback: 'index.html',
          // Served by the functions through hosting rewrites, never by the app.
          navigateFallbackDenylist: [/^\/__\//, /^\/unsubscribe/],
          clientsClaim: true,
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    define: {
      __EMULATOR_PORTS__: JSON.stringify(emulatorPorts),
    },
    build: {
      target: 'es2022',
      sourcemap: true,
    },
  };
});
