// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../data/backend';
import type { FakeBackend } from '../data/fake-backend';
import { EVENT_PATHS, type Notification } from '../domain/events';
import fr from '../i18n/fr.json';
import { Notifications } from './notifications';
import { ALICE, payloadsOf, renderForTest } from './render-for-test';

afterEach(cleanup);

const NOW = Date.now();

function notification(
  eventId: string,
  title: string,
  at: number,
  overrides: Partial<Notification> = {},
): Notification {
  return {
    uid: 'uid-1',
    kind: 'eventCancelled',
    eventId,
    title: { fr: title, en: `${title} (en)` },
    at,
    read: false,
    ...overrides,
  };
}

const pathOf = (eventId: string, uid = 'uid-1') =>
  `${EVENT_PATHS.notifications}/${EVENT_PATHS.cancelNotificationId(eventId, uid)}`;

function seed(backend: FakeBackend) {
  backend.setDocument(pathOf('E1'), {
    ...notification('E1', 'Fresque du numérique', NOW - 60_000),
  });
  backend.setDocument(pathOf('E2'), { ...notification('E2', 'Webinaire accessibilité', NOW) });
  // Already read, and someone else's: not shown.
  backend.setDocument(pathOf('E3'), {
    ...notification('E3', 'Rencontre lue', NOW, { read: true }),
  });
  backend.setDocument(pathOf('E4', 'uid-2'), {
    ...notification('E4', 'Pour Bob', NOW, { uid: 'uid-2' }),
  });
}

const renderBanner = (more?: (backend: FakeBackend) => void, signedIn = true) =>
  renderForTest(<Notifications />, {
    ...(signedIn ? { signedInAs: ALICE.email } : {}),
    seed: (backend) => {
      seed(backend);
      more?.(backend);
    },
  });

const banner = () => screen.getByRole('region', { name: fr.notifications.label });

describe('notifications banner', () => {
  it('shows my unread notifications, newest first, in words', async () => {
    await renderBanner();
    await screen.findByRole('region', { name: fr.notifications.label });
    const items = within(banner())
      .getAllByRole('listitem')
      .map((item) => item.querySelector('p')?.textContent);
    expect(items).toEqual([
      'L’événement « Webinaire accessibilité » a été annulé. Voir les événements',
      'L’événement « Fresque du numérique » a été annulé. Voir les événements',
    ]);
    expect(
      within(banner()).getAllByRole('link', { name: fr.notifications.seeEvents })[0],
    ).toHaveAttribute('href', '/events');
  });

  it('dismisses one with dismissNotification, and it goes once read', async () => {
    const { backend, user } = await renderBanner((fake) =>
      fake.handle('dismissNotification', (data) => {
        const { notificationId } = data as { notificationId: string };
        const path = `${EVENT_PATHS.notifications}/${notificationId}`;
        fake.setDocument(path, {
          ...notification('E1', 'Fresque du numérique', NOW - 60_000, { read: true }),
        });
        return { read: true };
      }),
    );
    await screen.findByRole('region', { name: fr.notifications.label });
    await user.click(
      within(banner()).getByRole('button', {
        name: 'Masquer la notification « Fresque du numérique »',
      }),
    );
    expect(payloadsOf(backend, 'dismissNotification')).toEqual([
      { notificationId: 'cancelled-E1-uid-1' },
    ]);
    await waitFor(() => expect(within(banner()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(banner()).getByRole('listitem')).toHaveTextContent(/Webinaire accessibilité/);
    expect(within(banner()).queryByText(/Fresque du numérique/)).toBeNull();
  });

  it('words a refused dismissal', async () => {
    const { user } = await renderBanner((fake) =>
      fake.handle('dismissNotification', () => {
        throw new BackendError('permission-denied', 'Not yours.', {
          key: 'gameRefusals.notificationNotYours',
        });
      }),
    );
    await screen.findByRole('region', { name: fr.notifications.label });
    await user.click(
      within(banner()).getAllByRole('button', { name: /^Masquer/ })[0] as HTMLElement,
    );
    expect(
      await screen.findByText(
        `${fr.commandErrors['permission-denied']} ${fr.gameRefusals.notificationNotYours}`,
      ),
    ).toHaveAttribute('role', 'alert');
  });

  it('shows nothing to someone signed out, nor when nothing is unread', async () => {
    await renderBanner(undefined, false);
    expect(screen.queryByRole('region', { name: fr.notifications.label })).toBeNull();
    cleanup();
    await renderBanner((backend) => {
      backend.setDocument(pathOf('E1'), null);
      backend.setDocument(pathOf('E2'), null);
    });
    // Give the listener its first snapshot.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('region', { name: fr.notifications.label })).toBeNull();
  });
});
