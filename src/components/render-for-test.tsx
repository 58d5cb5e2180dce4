// For UI tests only: routes rendered the way <App> wires them (real store, real i18n in French,
// memory location) over the fake backend, once the session is known.
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, onTestFinished } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createFakeBackend, type FakeBackend, type FakeBackendOptions } from '../data/fake-backend';
import { createI18n } from '../i18n';
import { createAppStore } from '../stores/app-store';
import { startSync } from '../stores/sync';
import { StoreProvider } from '../stores/store-context';

/** A French text of the app with its {{placeholders}} filled, as the page shows it. */
export const filled = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce(
    (result, [name, value]) => result.replaceAll(`{{${name}}}`, value),
    text,
  );

/** Seeded accounts: uid-1 and uid-2, in this order. */
export const ALICE = { email: 'alice@example.org', password: 'correct horse battery' };
export const BOB = { email: 'bob@example.org', password: 'another long password' };

export interface RenderOptions {
  path?: string;
  /** Email of the person signed in from the start; nobody when left out. */
  signedInAs?: string;
  /** Writes documents and callables before the first render. */
  seed?: (backend: FakeBackend) => void;
  /** More of the fake backend's options (outside accounts' addresses, unverified people). */
  backend?: Omit<FakeBackendOptions, 'signedInAs'>;
}

export async function renderForTest(routes: ReactNode, options: RenderOptions = {}) {
  const backend = createFakeBackend({
    users: [ALICE, BOB],
    ...options.backend,
    ...(options.signedInAs ? { signedInAs: options.signedInAs } : {}),
  });
  options.seed?.(backend);
  const store = createAppStore(backend);
  const stop = startSync(store, backend);
  onTestFinished(stop);
  const i18n = createI18n({ detect: false, lng: 'fr' });
  const location = memoryLocation({ path: options.path ?? '/', record: true });
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <Router hook={location.hook}>{routes}</Router>
      </StoreProvider>
    </I18nextProvider>,
  );
  await waitFor(() => expect(store.getState().session.status).not.toBe('loading'));
  return { backend, store, location, user };
}

/**
 * Makes a seeded person an organiser: the claim, and the profile that mirrors it (whose change
 * makes the app refresh the session). Also says, in the config, that an organiser exists.
 */
export function seedOrganiser(backend: FakeBackend, uid = 'uid-1') {
  backend.setClaims(uid, { organiser: true });
  backend.setDocument(`profiles/${uid}`, {
    displayName: '',
    pseudonym: 'Colibri 42',
    showRealName: false,
    organiser: true,
  });
  backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: true });
}

/** The payloads the app sent to one callable, in order. */
export function payloadsOf(backend: FakeBackend, name: string): unknown[] {
  return backend.calls.flatMap((call) =>
    call.method === 'call' && call.name === name ? [call.data] : [],
  );
}

export const DAY = 24 * 60 * 60 * 1000;

/** Season S1 as stored, open around now (ten days in, two months to go); `overrides` win. */
export function openSeasonDocument(overrides: Record<string, unknown> = {}, now = Date.now()) {
  return {
    name: 'Printemps',
    timeZone: 'Europe/Paris',
    startsAt: now - 10 * DAY,
    endsAt: now + 60 * DAY,
    freezeAt: now + 58 * DAY,
    teamChangeCutoff: now + 58 * DAY,
    logBackDays: 3,
    actionIds: null,
    customActions: [],
    rankingRule: 'total',
    teamSizeCap: 12,
    state: 'open',
    ...overrides,
  };
}
