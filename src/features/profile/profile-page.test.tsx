// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, payloadsOf, renderForTest } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { ProfilePage } from './profile-page';

afterEach(cleanup);

const seedProfile = (backend: FakeBackend) =>
  backend.setDocument('profiles/uid-1', {
    displayName: 'Alice Durand',
    pseudonym: 'Colibri 42',
    showRealName: false,
    organiser: false,
  });

const renderProfile = (seed?: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/profile" component={ProfilePage} />, {
    path: '/profile',
    signedInAs: ALICE.email,
    ...(seed ? { seed } : {}),
  });

describe('profile page', () => {
  it('shows the email to its owner only, and the stored names', async () => {
    await renderProfile(seedProfile);
    expect(screen.getByText(ALICE.email)).toBeInTheDocument();
    expect(screen.getByText(fr.profile.emailPrivate)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText(fr.profile.pseudonym)).toHaveValue('Colibri 42'),
    );
    expect(screen.getByLabelText(fr.profile.displayName)).toHaveValue('Alice Durand');
    expect(screen.getByRole('checkbox', { name: fr.profile.showRealName })).not.toBeChecked();
  });

  it('rejects a pseudonym with an @ next to the field, and sends nothing', async () => {
    const { backend, user } = await renderProfile(seedProfile);
    const pseudonym = screen.getByLabelText(fr.profile.pseudonym);
    await waitFor(() => expect(pseudonym).toHaveValue('Colibri 42'));
    await user.clear(pseudonym);
    await user.type(pseudonym, 'alice@example.org');
    await user.click(screen.getByRole('button', { name: fr.profile.submit }));

    expect(await screen.findByText(fr.form.fixErrors)).toHaveFocus();
    expect(pseudonym).toHaveAttribute('aria-invalid', 'true');
    expect(pseudonym).toHaveAccessibleDescription(
      `${fr.profile.pseudonymHint} ${fr.validation.pseudonymEmail}`,
    );
    expect(payloadsOf(backend, 'saveProfile')).toEqual([]);
  });

  it('saves the names and the choice to show the real name', async () => {
    const { backend, user } = await renderProfile(seedProfile);
    backend.handle('saveProfile', (data) => {
      backend.setDocument('profiles/uid-1', { ...(data as object), organiser: false });
      return { name: 'Alice Durand' };
    });
    await waitFor(() =>
      expect(screen.getByLabelText(fr.profile.pseudonym)).toHaveValue('Colibri 42'),
    );
    await user.click(screen.getByRole('checkbox', { name: fr.profile.showRealName }));
    expect(
      screen.getByText('Les autres vous verront sous le nom : Alice Durand'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.profile.submit }));

    expect(await screen.findByText(fr.profile.saved)).toHaveAttribute('role', 'status');
    expect(payloadsOf(backend, 'saveProfile')).toEqual([
      { displayName: 'Alice Durand', pseudonym: 'Colibri 42', showRealName: true },
    ]);
  });
});
