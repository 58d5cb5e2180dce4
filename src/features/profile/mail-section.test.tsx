// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, payloadsOf, renderForTest, seedOrganiser } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
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

const renderProfile = (seed: (backend: FakeBackend) => void = seedProfile) =>
  renderForTest(<Route path="/profile" component={ProfilePage} />, {
    path: '/profile',
    signedInAs: ALICE.email,
    seed,
  });

const mailSection = async () =>
  screen.findByRole('region', { name: fr.mailPrefs.title }).then((section) => within(section));

describe('My emails, on the profile page', () => {
  it('shows service mails on and the others off until the person chose, without the backlog', async () => {
    await renderProfile();
    const section = await mailSection();
    const kinds = section.getByRole('group', { name: fr.mailPrefs.kinds });
    expect(within(kinds).getByRole('switch', { name: fr.mailPrefs.kind.rejection })).toBeChecked();
    expect(
      within(kinds).getByRole('switch', { name: fr.mailPrefs.kind.eventReminder }),
    ).toBeChecked();
    for (const kind of ['nudge', 'announcement', 'digest'] as const) {
      expect(
        within(kinds).getByRole('switch', { name: fr.mailPrefs.kind[kind] }),
      ).not.toBeChecked();
    }
    expect(
      within(kinds).getByRole('switch', { name: fr.mailPrefs.kind.digest }),
    ).toHaveAccessibleDescription(fr.mailPrefs.optIn);
    expect(within(kinds).queryByRole('switch', { name: fr.mailPrefs.kind.backlog })).toBeNull();
    const language = section.getByRole('group', { name: fr.mailPrefs.language });
    expect(within(language).getByRole('radio', { name: fr.languages.fr })).toBeChecked();
  });

  it('shows the stored choices and saves a change, saying so in a status message', async () => {
    const { backend, user } = await renderProfile((b) => {
      seedProfile(b);
      b.setDocument('mailPreferences/uid-1', {
        language: 'en',
        kinds: { rejection: false, digest: true },
        askedAt: 1,
        updatedAt: 1,
      });
    });
    const section = await mailSection();
    const digest = section.getByRole('switch', { name: fr.mailPrefs.kind.digest });
    await waitFor(() => expect(digest).toBeChecked());
    expect(section.getByRole('switch', { name: fr.mailPrefs.kind.rejection })).not.toBeChecked();
    expect(section.getByRole('radio', { name: fr.languages.en })).toBeChecked();

    await user.click(section.getByRole('switch', { name: fr.mailPrefs.kind.nudge }));
    await user.click(section.getByRole('radio', { name: fr.languages.fr }));
    await user.click(section.getByRole('button', { name: fr.mailPrefs.submit }));
    expect(await section.findByRole('status')).toHaveTextContent(fr.mailPrefs.saved);
    expect(payloadsOf(backend, 'saveMailPreferences')).toEqual([
      {
        language: 'fr',
        kinds: {
          rejection: false,
          eventReminder: true,
          nudge: true,
          announcement: false,
          digest: true,
        },
      },
    ]);
  });

  it('shows organisers the review backlog too', async () => {
    await renderProfile((backend) => seedOrganiser(backend));
    const section = await mailSection();
    await waitFor(() =>
      expect(section.getByRole('switch', { name: fr.mailPrefs.kind.backlog })).toBeChecked(),
    );
  });

  it('says why a save failed, in an alert', async () => {
    const { backend, user } = await renderProfile();
    backend.handle('saveMailPreferences', () => {
      throw new BackendError('unavailable', 'down');
    });
    const section = await mailSection();
    await user.click(section.getByRole('button', { name: fr.mailPrefs.submit }));
    expect(await section.findByRole('alert')).toHaveTextContent(fr.commandErrors.unavailable);
  });
});
