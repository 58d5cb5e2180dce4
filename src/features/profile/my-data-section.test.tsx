// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import frAccount from '../../i18n/account.fr.json';
import { ProfilePage } from './profile-page';
import { catchDownloads, textOf } from '../../components/downloads-for-test';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const seedPerson =
  (policy: 'keep' | 'remove' | null = 'keep') =>
  (backend: FakeBackend) => {
    backend.setDocument('profiles/uid-1', {
      displayName: 'Alice Durand',
      pseudonym: 'Colibri 42',
      showRealName: false,
      organiser: false,
    });
    if (policy === null) return;
    backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
    backend.setDocument('seasons/S1', openSeasonDocument({ deletionPolicy: policy }));
  };

const renderProfile = (seed: (backend: FakeBackend) => void = seedPerson()) =>
  renderForTest(<Route path="/profile" component={ProfilePage} />, {
    path: '/profile',
    signedInAs: ALICE.email,
    seed,
  });

const DELETE_BUTTON = { name: frAccount.myData.deleteButton };
const confirmField = () => screen.getByLabelText('Pour confirmer, tapez SUPPRIMER');

describe('your data: the copy', () => {
  it('downloads what exportMyData answers as a JSON file', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderProfile();
    const copy = { exportedAt: 1, account: { uid: 'uid-1', email: ALICE.email } };
    backend.handle('exportMyData', () => copy);
    expect(
      screen.getByRole('heading', { level: 2, name: frAccount.myData.title }),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: frAccount.myData.download });
    expect(button).toHaveAccessibleDescription(frAccount.myData.downloadHint);
    await user.click(button);

    const status = await screen.findByText(
      /^Fichier « my-data-\d{4}-\d{2}-\d{2}\.json » téléchargé\.$/,
    );
    expect(status).toHaveAttribute('role', 'status');
    expect(payloadsOf(backend, 'exportMyData')).toEqual([{}]);
    expect(downloads.names).toHaveLength(1);
    expect(downloads.names[0]).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads.blobs[0]?.type).toBe('application/json;charset=utf-8');
    expect(JSON.parse(await textOf(downloads.blobs[0]))).toEqual(copy);
  });

  it('says why when the copy cannot be made, and downloads nothing', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderProfile();
    backend.handle('exportMyData', () => {
      throw new BackendError('unavailable', 'Down.');
    });
    await user.click(screen.getByRole('button', { name: frAccount.myData.download }));
    expect(
      await screen.findByText(
        `Vos données n’ont pas pu être téléchargées. ${fr.commandErrors.unavailable}`,
      ),
    ).toHaveAttribute('role', 'alert');
    expect(downloads.names).toEqual([]);
  });
});

describe('your data: deleting the account', () => {
  it("explains what happens under the current season's policy", async () => {
    await renderProfile(seedPerson('remove'));
    expect(
      await screen.findByText(
        'Dans la saison « Printemps », vos actions validées sont supprimées et leurs points sont retirés à votre équipe.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(frAccount.myData.deleteSubmissions)).toBeInTheDocument();
    expect(screen.getByText(frAccount.myData.deletePhotos)).toBeInTheDocument();
  });

  it('says the points stay with the team when the season keeps them', async () => {
    await renderProfile(seedPerson('keep'));
    expect(
      await screen.findByText(
        'Dans la saison « Printemps », vos actions validées restent, anonymisées, et leurs points restent à votre équipe.',
      ),
    ).toBeInTheDocument();
  });

  it('asks for the typed word, and sends nothing without it', async () => {
    const { backend, user } = await renderProfile();
    await user.click(screen.getByRole('button', DELETE_BUTTON));
    const field = confirmField();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      `${frAccount.myData.confirmHint} Tapez exactement SUPPRIMER pour confirmer la suppression.`,
    );

    await user.type(field, 'supprimer');
    await user.keyboard('{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(payloadsOf(backend, 'deleteMyAccount')).toEqual([]);
  });

  it('deletes the account once confirmed, signs out and says goodbye', async () => {
    const { backend, user, store } = await renderProfile();
    backend.handle('deleteMyAccount', () => ({ submissionsKept: 2, submissionsRemoved: 0 }));
    await user.type(confirmField(), 'SUPPRIMER');
    await user.click(screen.getByRole('button', DELETE_BUTTON));

    const goodbye = await screen.findByText(frAccount.myData.goodbye);
    expect(goodbye).toHaveAttribute('role', 'status');
    expect(goodbye).toHaveFocus();
    expect(payloadsOf(backend, 'deleteMyAccount')).toEqual([{ confirm: true }]);
    await waitFor(() => expect(store.getState().session.status).toBe('signed-out'));
    expect(backend.calls.at(-1)).toEqual({ method: 'signOut' });
    expect(screen.getByRole('link', { name: frAccount.myData.home })).toHaveAttribute('href', '/');
    expect(screen.queryByText(fr.profile.signInFirst)).not.toBeInTheDocument();
  });

  it('keeps the person signed in and says why when the deletion is refused', async () => {
    const { backend, user, store } = await renderProfile(seedPerson(null));
    backend.handle('deleteMyAccount', () => {
      throw new BackendError('failed-precondition', 'Try again later.');
    });
    await user.type(confirmField(), 'SUPPRIMER');
    await user.click(screen.getByRole('button', DELETE_BUTTON));

    const alert = await screen.findByText(
      `Votre compte n’a pas été supprimé. ${fr.commandErrors['failed-precondition']} Try again later.`,
    );
    expect(alert).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(store.getState().session.status).toBe('signed-in');
    expect(backend.calls.some((call) => call.method === 'signOut')).toBe(false);
  });
});
