// What the browser tells about the app as an installed app: a new version waiting (the service
// worker found one), and whether it offers to install the app. A tiny store of its own, since it
// is about this device and not about the data; components read it with useAppUpdates().
import { useSyncExternalStore } from 'react';
import type { registerSW } from 'virtual:pwa-register';

/** Chromium's install offer (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface AppUpdates {
  /** A new version is installed and waits for a reload. */
  readonly updateReady: boolean;
  /** The browser would install the app now, if asked. */
  readonly installable: boolean;
}

let state: AppUpdates = { updateReady: false, installable: false };
const listeners = new Set<() => void>();
let applyUpdate: (() => Promise<void>) | null = null;
let installPrompt: InstallPromptEvent | null = null;

function set(patch: Partial<AppUpdates>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export const appUpdates = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => state,
  /** The service worker has a new version waiting; `apply` activates it and reloads. */
  updateFound(apply: () => Promise<void>) {
    applyUpdate = apply;
    set({ updateReady: true });
  },
  async reloadRequested() {
    if (applyUpdate) await applyUpdate();
    else window.location.reload();
  },
  /** The browser offers to install the app (`beforeinstallprompt`). */
  installOffered(event: InstallPromptEvent) {
    installPrompt = event;
    set({ installable: true });
  },
  /** Shows the browser's own install dialog; the offer is used up either way. */
  async installRequested(): Promise<'accepted' | 'dismissed'> {
    const prompt = installPrompt;
    if (!prompt) return 'dismissed';
    installPrompt = null;
    set({ installable: false });
    await prompt.prompt();
    return (await prompt.userChoice).outcome;
  },
  installed() {
    installPrompt = null;
    set({ installable: false });
  },
  /** For tests: back to a browser that said nothing yet. */
  reset() {
    applyUpdate = null;
    installPrompt = null;
    set({ updateReady: false, installable: false });
  },
};

export function useAppUpdates(): AppUpdates {
  return useSyncExternalStore(appUpdates.subscribe, appUpdates.get, appUpdates.get);
}

/**
 * Listens to the browser's install offer, and registers the service worker (built by
 * vite-plugin-pwa, whose register module main.tsx hands in) once the page has loaded, so it never competes with the first paint. A new
 * version is announced, never forced: the person reloads when they choose.
 */
export function startAppUpdates(
  loadRegister: () => Promise<{ registerSW: typeof registerSW }>,
): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    appUpdates.installOffered(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => appUpdates.installed());
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void loadRegister().then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () => appUpdates.updateFound(() => update(true)),
      onRegisteredSW(_url, registration) {
        // A tab left open for days still learns of a new version.
        if (registration) setInterval(() => void registration.update(), 60 * 60 * 1000);
        void navigator.serviceWorker.ready.then(cacheLoadedChunks);
      },
    });
  });
}

/**
 * The chunks this page loaded before its service worker took control never went through it:
 * hand their addresses to Workbox's router (its CACHE_URLS message), which caches each by the
 * route it matches, so what was opened once opens again offline.
 */
function cacheLoadedChunks(registration: ServiceWorkerRegistration): void {
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${window.location.origin}/assets/`));
  registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
}
