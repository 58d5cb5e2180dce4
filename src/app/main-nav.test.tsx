// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { ALICE, renderForTest, seedOrganiser } from '../components/render-for-test';
import fr from '../i18n/fr.json';
import { appUpdates, type InstallPromptEvent } from './app-updates';
import { MainNav } from './main-nav';

afterEach(() => {
  cleanup();
  appUpdates.reset();
});

const routes = (
  <>
    <MainNav />
    <Switch>
      <Route path="/profile">
        <h1>Profile page</h1>
      </Route>
      <Route>
        <h1>Another page</h1>
      </Route>
    </Switch>
  </>
);

const nav = () => screen.getByRole('navigation', { name: fr.app.mainNav });
const more = () => within(nav()).getByRole('button', { name: fr.nav.more });

describe('main navigation', () => {
  it('offers the catalogue, the list and a way in to someone signed out, and no menu', async () => {
    await renderForTest(routes);
    const links = within(nav())
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/', '/my-list', '/sign-in', '/sign-up']);
    expect(within(nav()).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the four most used places in the bar and the rest behind "More"', async () => {
    await renderForTest(routes, { signedInAs: ALICE.email });
    for (const name of [fr.nav.catalogue, fr.nav.team, fr.leaderboard.nav, fr.progress.nav]) {
      expect(within(nav()).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav()).queryByRole('link', { name: fr.nav.profile })).not.toBeInTheDocument();
  });

  it('opens the menu, closes it with Escape and gives the focus back to its button', async () => {
    const { user } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(more().getAttribute('aria-controls') ?? '');
    expect(menu).toBeVisible();
    expect(within(menu as HTMLElement).getByText(`Connecté·e : ${ALICE.email}`)).toBeVisible();
    expect(within(menu as HTMLElement).getByRole('button', { name: fr.nav.signOut })).toBeVisible();

    await user.keyboard('{Escape}');
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toBeVisible();
    expect(more()).toHaveFocus();
  });

  it('closes the menu once a link of it is followed, and marks the page as current', async () => {
    const { user, location } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    await user.click(screen.getByRole('link', { name: fr.nav.profile }));
    expect(location.history.at(-1)).toBe('/profile');
    expect(screen.getByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    await user.click(more());
    expect(screen.getByRole('link', { name: fr.nav.profile })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('closes the menu on a tap outside it', async () => {
    const { user } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    await user.click(screen.getByRole('heading', { name: 'Another page' }));
    expect(more()).toHaveAttribute('aria-expanded', 'false');
  });

  it('groups the organisers’ pages under one heading, for organisers only', async () => {
    const { user } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    expect(screen.queryByRole('region', { name: fr.nav.organiserGroup })).not.toBeInTheDocument();
    cleanup();

    const organiser = await renderForTest(routes, {
      signedInAs: ALICE.email,
      seed: (backend) => seedOrganiser(backend),
    });
    await waitFor(() => expect(organiser.store.getState().session.user?.organiser).toBe(true));
    await organiser.user.click(more());
    const group = screen.getByRole('region', { name: fr.nav.organiserGroup });
    expect(
      within(group)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/admin', '/admin/review', '/admin/dashboard', '/admin/events']);
  });

  it('signs out from the menu', async () => {
    const { user, backend, store } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    await user.click(screen.getByRole('button', { name: fr.nav.signOut }));
    await waitFor(() => expect(store.getState().session.status).toBe('signed-out'));
    expect(backend.calls).toContainEqual({ method: 'signOut' });
  });

  it('offers to install the app only once the browser does, and hands over to its dialog', async () => {
    const { user } = await renderForTest(routes, { signedInAs: ALICE.email });
    await user.click(more());
    expect(screen.queryByRole('button', { name: fr.pwa.install })).not.toBeInTheDocument();

    const prompted: string[] = [];
    const offer = Object.assign(new Event('beforeinstallprompt'), {
      prompt: async () => {
        prompted.push('prompt');
      },
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    }) as InstallPromptEvent;
    appUpdates.installOffered(offer);
    await user.click(await screen.findByRole('button', { name: fr.pwa.install }));
    expect(prompted).toEqual(['prompt']);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: fr.pwa.install })).not.toBeInTheDocument(),
    );
  });
});

it('counts the submissions waiting on the device on the link to My progress', async () => {
  const { store } = await renderForTest(routes, { signedInAs: ALICE.email });
  const progress = () => within(nav()).getByRole('link', { name: new RegExp(fr.progress.nav) });
  expect(progress()).toHaveAccessibleName(fr.progress.nav);
  act(() =>
    store.setState({
      outbox: {
        loaded: true,
        lastDelivered: 0,
        entries: [1, 2].map((n) => ({
          id: `kept-${n}`,
          uid: 'uid-1',
          payload: { submissionId: `kept-${n}`, seasonId: 'S1', actionId: 'a', doneAt: n },
          createdAt: n,
          state: 'waiting' as const,
          refusal: null,
          attempts: 1,
        })),
      },
    }),
  );
  expect(progress()).toHaveAccessibleName(
    `${fr.progress.nav}, ${fr.outbox.navBadge_other.replace('{{count}}', '2')}`,
  );
  expect(progress()).toHaveTextContent('2');
});
