// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  BOB,
  payloadsOf,
  renderForTest,
  seedOrganiser,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { AdminPage } from './admin-page';

afterEach(cleanup);

const route = <Route path="/admin" component={AdminPage} />;

function seedAll(backend: FakeBackend) {
  seedOrganiser(backend);
  backend.setDocument('seasons/S1', {
    name: 'Printemps 2026',
    timeZone: 'Europe/Paris',
    startsAt: Date.UTC(2026, 2, 10, 8, 0),
    endsAt: Date.UTC(2026, 3, 10, 16, 0),
    freezeAt: Date.UTC(2026, 3, 8, 16, 0),
    teamChangeCutoff: Date.UTC(2026, 3, 8, 16, 0),
    logBackDays: 3,
    actionIds: null,
    customActions: [],
    rankingRule: 'total',
    teamSizeCap: 12,
    state: 'draft',
  });
  backend.setDocument('companies/C1', { name: 'Acme' });
  backend.setDocument('organisers/uid-1', { email: ALICE.email });
}

describe('admin page', () => {
  it('is reserved to organisers', async () => {
    await renderForTest(route, { path: '/admin', signedInAs: BOB.email });
    expect(screen.getByRole('heading', { level: 1, name: fr.admin.title })).toBeInTheDocument();
    expect(screen.getByText(fr.admin.reserved)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: fr.admin.seasons.title })).toBeNull();
  });

  it('moves a draft season to open after a confirmation', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    const season = (await screen.findByRole('heading', { name: 'Printemps 2026' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(season).getByText(fr.seasonStates.draft)).toBeInTheDocument();
    await user.click(
      within(season).getByRole('button', {
        name: `${fr.admin.seasons.advance.open} Printemps 2026`,
      }),
    );
    await user.click(within(season).getByRole('button', { name: fr.admin.seasons.advanceConfirm }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'advanceSeason')).toEqual([{ seasonId: 'S1', to: 'open' }]),
    );
  });

  it('adds a company and grants the organiser role by email', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    await user.type(await screen.findByLabelText(fr.admin.companies.name), ' Bureau Vert ');
    await user.click(screen.getByRole('button', { name: fr.admin.companies.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'createCompany')).toEqual([{ name: 'Bureau Vert' }]),
    );

    const email = screen.getByLabelText(fr.admin.organisers.email);
    await user.type(email, 'not an email');
    await user.click(screen.getByRole('button', { name: fr.admin.organisers.submit }));
    expect(email).toHaveAccessibleDescription(
      `${fr.admin.organisers.emailHint} ${fr.validation.email}`,
    );
    await user.clear(email);
    await user.type(email, BOB.email);
    await user.click(screen.getByRole('button', { name: fr.admin.organisers.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'setOrganiser')).toEqual([{ email: BOB.email, organiser: true }]),
    );
  });
});
