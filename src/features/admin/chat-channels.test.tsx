// @vitest-environment jsdom
// The season's chat channels on the admin page: a signed webhook's secret shown once with a copy
// button, and the organisers' backlog alert refused outside 1 to 168 hours before any call.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, renderForTest, seedOrganiser } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { AdminPage } from './admin-page';

afterEach(cleanup);

const route = <Route path="/admin" component={AdminPage} />;
const SECRET = `whsec_${'ab'.repeat(32)}`;

function seed(backend: FakeBackend) {
  seedOrganiser(backend);
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
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
    state: 'open',
  });
  backend.handle('saveChatChannel', () => ({
    channelId: 'season-S1-webhook',
    signingSecret: SECRET,
  }));
}

describe('the season’s chat channels', () => {
  it('shows a signed webhook’s secret once, with a copy button', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed,
    });
    const season = await screen.findByRole('region', { name: fr.chat.seasonTitle });
    const kinds = within(season).getByRole('group', { name: fr.chat.kind });
    await user.click(within(kinds).getByRole('radio', { name: fr.chat.kinds.webhook }));
    await user.type(
      within(season).getByLabelText(fr.chat.url.label),
      'https://hooks.example.org/tfg',
    );
    await user.click(within(season).getByRole('button', { name: fr.chat.save }));
    expect(await within(season).findByText(SECRET)).toBeInTheDocument();
    expect(within(season).getByText(fr.chat.secretOnce)).toBeInTheDocument();
    expect(within(season).getByRole('button', { name: fr.chat.copySecret })).toBeInTheDocument();
    expect(
      backend.calls.find((entry) => entry.method === 'call' && entry.name === 'saveChatChannel'),
    ).toMatchObject({
      data: { scope: 'season', seasonId: 'S1', kind: 'webhook', language: 'fr' },
    });
    // The organisers' channel offers the chat tools only.
    const organisers = screen.getByRole('region', { name: fr.chat.organisersTitle });
    expect(within(organisers).queryByRole('radio', { name: fr.chat.kinds.webhook })).toBeNull();
  });

  it('refuses a backlog alert over 168 hours next to its field, without calling', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed,
    });
    const organisers = await screen.findByRole('region', { name: fr.chat.organisersTitle });
    await user.type(
      within(organisers).getByLabelText(fr.chat.url.label),
      'https://hooks.slack.com/services/T/B/X',
    );
    const hours = within(organisers).getByLabelText(fr.chat.backlogAlertHours);
    await user.clear(hours);
    await user.type(hours, '200');
    await user.click(within(organisers).getByRole('button', { name: fr.chat.save }));
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAccessibleDescription(fr.validation.backlogAlertHours);
    expect(backend.calls.some((entry) => entry.method === 'call')).toBe(false);
  });
});
