// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { NotificationBell } from '../../components/notification-bell';
import { ALICE, payloadsOf, renderForTest } from '../../components/render-for-test';
import type { Notification } from '../../domain/notifications';
import { NOTIFICATION_PATHS } from '../../domain/paths';
import fr from '../../i18n/fr.json';
import { NotificationsPage } from './notifications-page';

afterEach(cleanup);

const NOW = Date.now();
const path = (id: string) => `${NOTIFICATION_PATHS.notifications}/${id}`;
const title = (fr: string) => ({ fr, en: `${fr} (en)` });

const base = { uid: 'uid-1', read: false };
const ALL: Record<string, Notification> = {
  cancelled: {
    ...base,
    kind: 'eventCancelled',
    eventId: 'E1',
    title: title('Fresque'),
    at: NOW - 3000,
  },
  approved: {
    ...base,
    kind: 'submissionApproved',
    submissionId: 's1',
    actionId: 'a1',
    title: title('Trier ses mails'),
    points: 5,
    at: NOW - 2000,
    read: true,
  },
  rejected: {
    ...base,
    kind: 'submissionRejected',
    submissionId: 's2',
    actionId: 'a2',
    title: title('Vélo'),
    reason: 'Photo floue.',
    at: NOW - 1000,
  },
  nudge: { ...base, kind: 'nudge', teamId: 't1', from: 'Cap 01', message: 'On y va ?', at: NOW },
  // Someone else's: never shown.
  bobs: { ...base, uid: 'uid-2', kind: 'nudge', teamId: 't1', from: 'X', message: 'Bob', at: NOW },
};

function seed(backend: FakeBackend) {
  for (const [id, data] of Object.entries(ALL)) backend.setDocument(path(id), { ...data });
}

const renderCentre = (more?: (backend: FakeBackend) => void) =>
  renderForTest(
    <>
      <NotificationBell />
      <NotificationsPage />
    </>,
    {
      signedInAs: ALICE.email,
      seed: (backend) => {
        seed(backend);
        more?.(backend);
      },
    },
  );

describe('notification centre', () => {
  it('lists my notifications newest first, in words, with the unread count on the bell', async () => {
    await renderCentre();
    const list = await screen.findByRole('list');
    const texts = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('p')?.textContent);
    expect(texts).toEqual([
      'Nouveau : Cap 01, votre capitaine : « On y va ? »',
      'Nouveau : Votre action « Vélo » n’a pas été validée. Motif : Photo floue.',
      'Votre action « Trier ses mails » est validée : 5 points pour l’équipe.',
      'Nouveau : L’événement « Fresque » a été annulé.',
    ]);
    expect(within(list).getByRole('link', { name: fr.notifications.fix })).toHaveAttribute(
      'href',
      '/progress',
    );
    expect(screen.getByRole('link', { name: 'Notifications : 3 non lues' })).toHaveAttribute(
      'href',
      '/notifications',
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 non lues');
  });

  it('marks all read with readAllNotifications, and the bell goes quiet', async () => {
    const { backend, user } = await renderCentre((fake) =>
      fake.handle('readAllNotifications', () => {
        for (const id of ['cancelled', 'rejected', 'nudge']) {
          fake.setDocument(path(id), { ...ALL[id], read: true });
        }
        return { read: 3 };
      }),
    );
    await user.click(await screen.findByRole('button', { name: fr.notifications.readAll }));
    expect(payloadsOf(backend, 'readAllNotifications')).toEqual([{}]);
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Notifications : aucune non lue' })).toBeVisible(),
    );
    expect(screen.getByRole('button', { name: fr.notifications.readAll })).toBeDisabled();
  });

  it('marks one read, and words a refusal', async () => {
    const { backend, user } = await renderCentre((fake) =>
      fake.handle('dismissNotification', () => {
        throw new BackendError('permission-denied', 'Not yours.', {
          key: 'gameRefusals.notificationNotYours',
        });
      }),
    );
    const buttons = await screen.findAllByRole('button', { name: /^Marquer comme lue/ });
    expect(buttons).toHaveLength(3);
    await user.click(buttons[0] as HTMLElement);
    expect(payloadsOf(backend, 'dismissNotification')).toEqual([{ notificationId: 'nudge' }]);
    expect(
      await screen.findByText(
        `${fr.commandErrors['permission-denied']} ${fr.gameRefusals.notificationNotYours}`,
      ),
    ).toHaveAttribute('role', 'alert');
  });
});
