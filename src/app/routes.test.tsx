// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import { ALICE, payloadsOf, seedOrganiser } from '../components/render-for-test';
import { createFakeBackend, type FakeBackend } from '../data/fake-backend';
import { safeNextPath } from '../features/auth/next-path';
import { createI18n } from '../i18n';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import frAccount from '../i18n/account.fr.json';
import { createAppStore } from '../stores/app-store';
import { startSync } from '../stores/sync';
import { App } from './app';

afterEach(cleanup);

async function renderApp(
  path: string,
  options: { signedIn?: boolean; seed?: (backend: FakeBackend) => void } = {},
) {
  const backend = createFakeBackend({
    users: [ALICE],
    ...(options.signedIn ? { signedInAs: ALICE.email } : {}),
  });
  options.seed?.(backend);
  const store = createAppStore(backend);
  const stop = startSync(store, backend);
  onTestFinished(stop);
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  render(
    <App store={store} i18n={createI18n({ detect: false, lng: 'fr' })} location={location.hook} />,
  );
  await waitFor(() => expect(store.getState().session.status).not.toBe('loading'));
  // Pages other than the catalogue arrive as their own chunk.
  await waitFor(() => expect(screen.queryByText(fr.app.pageLoading)).not.toBeInTheDocument());
  return { backend, store, location, user };
}

/** Opens the navigation's "More" menu, where the profile and the organisers' pages are. */
async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: fr.nav.more }));
}

const noOrganiserYet = (backend: FakeBackend) =>
  backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: false });

describe('navigation by role', () => {
  it('shows team and profile to a signed-in person, and no admin link to a non-organiser', async () => {
    const { user } = await renderApp('/', { signedIn: true });
    expect(screen.getByRole('link', { name: fr.nav.team })).toHaveAttribute('href', '/team');
    await openMenu(user);
    expect(screen.getByRole('link', { name: fr.nav.profile })).toHaveAttribute('href', '/profile');
    expect(screen.queryByRole('link', { name: fr.nav.admin })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: fr.nav.profile }));
    expect(
      await screen.findByRole('heading', { level: 1, name: fr.profile.title }),
    ).toBeInTheDocument();
  });

  it('tells a non-organiser that /admin is reserved', async () => {
    await renderApp('/admin', { signedIn: true });
    expect(screen.getByText(fr.admin.reserved)).toBeInTheDocument();
  });

  it('gives organisers the admin link and page', async () => {
    const { user } = await renderApp('/admin', {
      signedIn: true,
      seed: (backend) => seedOrganiser(backend),
    });
    await openMenu(user);
    expect(
      screen.getByRole('region', { name: fr.nav.organiserGroup }).querySelectorAll('a'),
    ).toHaveLength(4);
    expect(await screen.findByRole('link', { name: fr.nav.admin })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: fr.admin.seasons.title }),
    ).toBeInTheDocument();
  });
});

describe('bootstrap banner', () => {
  it('lets the first person claim the organiser role, then goes away', async () => {
    const { backend, user } = await renderApp('/', { signedIn: true, seed: noOrganiserYet });
    backend.handle('claimFirstOrganiser', () => {
      seedOrganiser(backend);
      return { organiser: true };
    });
    expect(await screen.findByText(fr.bootstrap.text)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fr.bootstrap.claim }));

    expect(payloadsOf(backend, 'claimFirstOrganiser')).toEqual([{}]);
    await waitFor(() => expect(screen.queryByText(fr.bootstrap.text)).not.toBeInTheDocument());
    await openMenu(user);
    expect(await screen.findByRole('link', { name: fr.nav.admin })).toBeInTheDocument();
  });

  it('is not shown when signed out, or once an organiser exists', async () => {
    await renderApp('/', { seed: noOrganiserYet });
    expect(screen.queryByText(fr.bootstrap.text)).not.toBeInTheDocument();
    cleanup();
    await renderApp('/', {
      signedIn: true,
      seed: (backend) =>
        backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: true }),
    });
    await screen.findByRole('link', { name: fr.nav.team });
    expect(screen.queryByText(fr.bootstrap.text)).not.toBeInTheDocument();
  });
});

describe('how we count', () => {
  it('is linked from the footer and read signed out, in French and English', async () => {
    const { user, location } = await renderApp('/');
    await user.click(screen.getByRole('link', { name: fr.howWeCount.footerLink }));
    expect(location.history.at(-1)).toBe('/how-we-count');
    expect(
      await screen.findByRole('heading', { level: 1, name: fr.howWeCount.title }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.language.switchToLabel }));
    expect(
      await screen.findByRole('heading', { level: 1, name: en.howWeCount.title }),
    ).toBeInTheDocument();
    expect(screen.getByText(en.howWeCount.gradesTitle)).toBeInTheDocument();
  });
});

describe('sign-in with a next address', () => {
  it('goes back to the invite after signing in', async () => {
    const { user, location } = await renderApp('/sign-in?next=/join/ABCD2345');
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: fr.nav.signUp }),
    ).toHaveAttribute('href', `/sign-up?next=${encodeURIComponent('/join/ABCD2345')}`);
    await user.type(screen.getByLabelText(frAccount.auth.email), ALICE.email);
    await user.type(screen.getByLabelText(frAccount.auth.password), ALICE.password);
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignIn }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/join/ABCD2345'));
    expect(await screen.findByRole('button', { name: fr.join.submit })).toBeInTheDocument();
  });

  it('accepts only paths of this app', () => {
    expect(safeNextPath('/join/ABCD2345')).toBe('/join/ABCD2345');
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('//evil.example')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
  });
});
