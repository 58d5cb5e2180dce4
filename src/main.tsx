import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startAppUpdates } from './app/app-updates';
import { linkManifest } from './app/manifest-path';
import { createFirebaseBackend } from './data/firebase-backend';
import { createI18n, languageReady, toLocale } from './i18n';
import { createAppStore } from './stores/app-store';
import { startSync } from './stores/sync';
import './app/styles.css';

const backend = createFirebaseBackend();
const store = createAppStore(backend);
startSync(store, backend);
startAppUpdates(() => import('virtual:pwa-register'));
const i18n = createI18n();
linkManifest(toLocale(i18n.language));
i18n.on('languageChanged', (language) => linkManifest(toLocale(language)));

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// Someone reading in English sees English from the first paint.
void languageReady(i18n).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App store={store} i18n={i18n} />
    </StrictMode>,
  ),
);
