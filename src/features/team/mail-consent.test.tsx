// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  DAY,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { TeamPage } from './team-page';

afterEach(cleanup);

const NOW = Date.now();

/** Alice (uid-1) is a member of "Les Colibris". */
function seedTeam(backend: FakeBackend) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', openSeasonDocument({}, NOW));
  backend.setDocument('teams/T1', {
    seasonId: 'S1',
    companyId: 'C1',
    companyName: 'Acme',
    name: 'Les Colibris',
    members: { 'uid-1': { name: 'Colibri 42', role: 'member', joinedAt: NOW - DAY } },
    memberCount: 1,
    createdAt: NOW - 5 * DAY,
  });
  backend.setDocument('memberships/S1_uid-1', {
    seasonId: 'S1',
    teamId: 'T1',
    uid: 'uid-1',
    role: 'member',
    joinedAt: NOW,
  });
}

const renderTeam = (seed: (backend: FakeBackend) => void = seedTeam) =>
  renderForTest(
    <>
      <Route path="/team" component={TeamPage} />
      <Route path="/profile">
        <h1>Profile page</h1>
      </Route>
    </>,
    { path: '/team', signedInAs: ALICE.email, seed },
  );

const question = () =>
  screen.findByRole('region', { name: fr.mailPrefs.consent.title }).then((panel) => within(panel));

/** The person's answer, recorded as the functions would: with askedAt. */
function recordAnswers(backend: FakeBackend) {
  backend.handle('saveMailPreferences', (data) => {
    const { language, kinds } = data as { language: string; kinds: Record<string, boolean> };
    backend.setDocument('mailPreferences/uid-1', { language, kinds, askedAt: NOW, updatedAt: NOW });
    return null;
  });
}

describe('the one-time mail consent on the team page', () => {
  it('asks once in plain words; "Oui, tout" turns on the summary, nudges and announcements', async () => {
    const { backend, user } = await renderTeam();
    recordAnswers(backend);
    const panel = await question();
    expect(panel.getByText(fr.mailPrefs.consent.question)).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: fr.mailPrefs.consent.all }));
    const said = await screen.findByText(fr.mailPrefs.consent.savedAll);
    expect(said).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('region', { name: fr.mailPrefs.consent.title })).toBeNull();
    expect(payloadsOf(backend, 'saveMailPreferences')).toEqual([
      { language: 'fr', kinds: { nudge: true, announcement: true, digest: true } },
    ]);
  });

  it('"Non merci" keeps them off and records the answer', async () => {
    const { backend, user } = await renderTeam();
    recordAnswers(backend);
    const panel = await question();
    await user.click(panel.getByRole('button', { name: fr.mailPrefs.consent.none }));
    await waitFor(() =>
      expect(screen.getByText(fr.mailPrefs.consent.savedNone)).toBeInTheDocument(),
    );
    expect(payloadsOf(backend, 'saveMailPreferences')).toEqual([
      { language: 'fr', kinds: { nudge: false, announcement: false, digest: false } },
    ]);
  });

  it('"Choisir dans mon profil" records the answer and opens the profile', async () => {
    const { backend, user, location } = await renderTeam();
    recordAnswers(backend);
    const panel = await question();
    await user.click(panel.getByRole('button', { name: fr.mailPrefs.consent.choose }));
    expect(await screen.findByRole('heading', { name: 'Profile page' })).toBeInTheDocument();
    expect(location.history?.at(-1)).toBe('/profile');
    expect(payloadsOf(backend, 'saveMailPreferences')).toEqual([{ language: 'fr', kinds: {} }]);
  });

  it('does not ask a person who already answered', async () => {
    await renderTeam((backend) => {
      seedTeam(backend);
      backend.setDocument('mailPreferences/uid-1', {
        language: 'fr',
        kinds: {},
        askedAt: NOW - DAY,
        updatedAt: NOW - DAY,
      });
    });
    expect((await screen.findAllByText(/Les Colibris/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: fr.mailPrefs.consent.title })).toBeNull();
  });
});
