// @vitest-environment jsdom
// The captain's chat channel on the dashboard: set a Slack URL, see a refused URL's reason next to
// the field, send a test post, read the delivery log.
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, renderForTest } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { TeamPage } from './team-page';
import { seedTeam } from './team-feed.fixtures';

afterEach(cleanup);

const CHANNEL_ID = 'team-T1-slack';
const channel = {
  scope: 'team',
  seasonId: 'S1',
  teamId: 'T1',
  kind: 'slack',
  host: 'hooks.slack.com',
  language: 'fr',
  backlogAlertHours: null,
  setBy: 'uid-1',
  setByName: 'Colibri 42',
  setAt: Date.UTC(2026, 2, 14, 9),
};

const renderTeam = (seed: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/team" component={TeamPage} />, {
    path: '/team',
    signedInAs: ALICE.email,
    seed,
  });

const section = () => screen.findByRole('region', { name: fr.chat.teamTitle });

describe('the team’s chat channel', () => {
  it('saves a Slack URL for the team, in the chosen language', async () => {
    let backend: FakeBackend | undefined;
    await renderTeam((b) => {
      backend = b;
      seedTeam(b);
      b.handle('saveChatChannel', () => {
        b.setDocument(`chatChannels/${CHANNEL_ID}`, channel);
        return { channelId: CHANNEL_ID };
      });
    });
    const chat = await section();
    expect(await within(chat).findByText(fr.chat.none)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(
      within(chat).getByLabelText(fr.chat.url.label),
      'https://hooks.slack.com/services/T0/B0/XYZ',
    );
    await user.selectOptions(within(chat).getByLabelText(fr.chat.language), 'en');
    await user.click(within(chat).getByRole('button', { name: fr.chat.save }));
    expect(await within(chat).findByRole('status')).toHaveTextContent(fr.chat.saved);
    const call = backend?.calls.find(
      (entry) => entry.method === 'call' && entry.name === 'saveChatChannel',
    );
    expect(call).toMatchObject({
      data: {
        scope: 'team',
        seasonId: 'S1',
        teamId: 'T1',
        kind: 'slack',
        url: 'https://hooks.slack.com/services/T0/B0/XYZ',
        language: 'en',
      },
    });
    expect(
      await within(chat).findByText(
        /^Slack sur hooks\.slack\.com, en français, réglé par Colibri 42/,
      ),
    ).toBeInTheDocument();
  });

  it('ties the reason of a refused URL to the URL field', async () => {
    await renderTeam((b) => {
      seedTeam(b);
      b.handle('saveChatChannel', () => {
        throw new BackendError('invalid-argument', 'refused', { key: 'chat.url.privateHost' });
      });
    });
    const chat = await section();
    const user = userEvent.setup();
    const field = within(chat).getByLabelText(fr.chat.url.label);
    await user.type(field, 'https://intranet.example/hook');
    await user.click(within(chat).getByRole('button', { name: fr.chat.save }));
    expect(await within(chat).findByText(fr.chat.url.privateHost)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(fr.chat.url.privateHost));
  });

  it('refuses an empty URL before calling, with the reason on the field', async () => {
    let backend: FakeBackend | undefined;
    await renderTeam((b) => {
      backend = b;
      seedTeam(b);
    });
    const chat = await section();
    await userEvent.setup().click(within(chat).getByRole('button', { name: fr.chat.save }));
    const field = within(chat).getByLabelText(fr.chat.url.label);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(fr.validation.webhookUrl));
    expect(backend?.calls.some((entry) => entry.method === 'call')).toBe(false);
  });

  it('sends a test post and shows the delivery log with its error', async () => {
    let backend: FakeBackend | undefined;
    await renderTeam((b) => {
      backend = b;
      seedTeam(b);
      b.setDocument(`chatChannels/${CHANNEL_ID}`, channel);
      b.setDocument(`chatDeliveries/top-five__${CHANNEL_ID}`, {
        channelId: CHANNEL_ID,
        happeningId: 'top-five',
        happeningKind: 'newLeader',
        scope: 'team',
        seasonId: 'S1',
        teamId: 'T1',
        status: 'failed',
        attempts: 1,
        nextAttemptAt: null,
        lastError: 'HTTP 500',
        httpStatus: 500,
        sentAt: null,
        at: Date.UTC(2026, 2, 14, 10),
      });
      b.handle('sendTestPost', () => ({ deliveryId: `test-1__${CHANNEL_ID}` }));
    });
    const chat = await section();
    const log = await within(chat).findByRole('list');
    expect(within(log).getByRole('listitem')).toHaveTextContent(
      /nouveau leader : échec, nouvel essai prévu · 1 tentative · HTTP 500/,
    );
    const user = userEvent.setup();
    await user.click(within(chat).getByRole('button', { name: fr.chat.test }));
    expect(await within(chat).findByRole('status')).toHaveTextContent(fr.chat.testQueued);
    expect(
      backend?.calls.find((entry) => entry.method === 'call' && entry.name === 'sendTestPost'),
    ).toMatchObject({ data: { channelId: CHANNEL_ID } });
    // Removing asks first, then removes.
    await user.click(within(chat).getByRole('button', { name: fr.chat.remove }));
    expect(
      backend?.calls.some((entry) => entry.method === 'call' && entry.name === 'removeChatChannel'),
    ).toBe(false);
    await user.click(within(chat).getByRole('button', { name: fr.chat.removeConfirm }));
    expect(await within(chat).findByRole('status')).toHaveTextContent(fr.chat.removed);
    expect(
      backend?.calls.find((entry) => entry.method === 'call' && entry.name === 'removeChatChannel'),
    ).toMatchObject({ data: { channelId: CHANNEL_ID } });
  });
});
