// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, BOB, payloadsOf, renderForTest } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import { GAME_PATHS, type Submission } from '../../domain/game';
import fr from '../../i18n/fr.json';
import frCaptain from '../../i18n/captain.fr.json';
import { TeamPage } from './team-page';
import {
  NOW,
  SUBMISSIONS,
  seedTeam,
  submission,
  weeksAgo,
  writeSubmission,
} from './team-feed.fixtures';

afterEach(cleanup);

const renderTeam = (signedInAs: string, seed: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/team" component={TeamPage} />, { path: '/team', signedInAs, seed });

const feedItems = async () => {
  const feed = await screen.findByRole('region', { name: fr.feed.title });
  await within(feed).findByRole('list');
  return within(feed).getAllByRole('listitem');
};

const PASSWORD_BUTTON = 'Bravo Colibri 42, Utiliser un gestionnaire de mots de passe';

/** As the callable would: switch the person's reaction and let the listener bring it back. */
function reactLikeTheFunction(backend: FakeBackend) {
  const reactions = new Map(
    Object.entries(SUBMISSIONS).map(([id, data]) => [id, { ...data.reactions }]),
  );
  backend.handle('reactToSubmission', (data, user) => {
    const { submissionId, on } = data as { submissionId: string; on: boolean };
    const uid = user?.uid ?? '';
    const others = Object.entries(reactions.get(submissionId) ?? {}).filter(([who]) => who !== uid);
    const next: Record<string, true> = Object.fromEntries(
      on ? [...others, [uid, true] as const] : others,
    );
    reactions.set(submissionId, next);
    const base = SUBMISSIONS[submissionId] as Omit<Submission, 'id'>;
    writeSubmission(backend, submissionId, { ...base, reactions: next });
    return null;
  });
}

describe('team feed', () => {
  it('lists the team’s approved actions only, newest first, with who did which action and when', async () => {
    await renderTeam(BOB.email, seedTeam);
    const items = await feedItems();
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Colibri 42 a réalisé « Planter des arbres avec l’équipe »');
    expect(items[1]).toHaveTextContent(
      'Colibri 42 a réalisé « Utiliser un gestionnaire de mots de passe » le 12 mars 2026',
    );
    expect(items[1]).toHaveTextContent(`${fr.themes.respect} 10 points`);
    expect(items[2]).toHaveTextContent(
      'Bob Martin a réalisé « Faire un atelier Fresque du numérique en équipe »',
    );
    const feed = screen.getByRole('region', { name: fr.feed.title });
    // Pending, rejected and other teams' submissions stay out.
    expect(within(feed).queryByText(/Décrire chaque image/)).toBeNull();
    expect(within(feed).queryByText(/offre d’emploi/)).toBeNull();
    expect(within(feed).queryByText(/Loutre 77/)).toBeNull();
  });

  it('draws the team’s streak from its approved actions, every member’s', async () => {
    await renderTeam(BOB.email, (backend) =>
      seedTeam(backend, {
        ...SUBMISSIONS,
        fresco: weeksAgo('fresco', 0),
        trees: weeksAgo('trees', 1),
      }),
    );
    const line = (await screen.findByText(fr.streak.title)).closest('p');
    expect(line).toHaveTextContent('Série : 2 semaines d’affilée avec une action validée.');
  });

  it('shows the feed to the captain too, after the dashboard', async () => {
    await renderTeam(ALICE.email, seedTeam);
    expect(await feedItems()).toHaveLength(3);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf(fr.feed.title)).toBeGreaterThan(
      headings.indexOf(frCaptain.captain.title),
    );
  });

  it('toggles a reaction through reactToSubmission and shows the count the listener brings', async () => {
    const { backend, user } = await renderTeam(BOB.email, (b) => {
      seedTeam(b);
      reactLikeTheFunction(b);
    });
    const items = await feedItems();
    const password = items[1] as HTMLElement;
    const button = within(password).getByRole('button', { name: PASSWORD_BUTTON });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(password).toHaveTextContent('0 bravo');

    await user.click(button);
    await waitFor(() =>
      expect(payloadsOf(backend, 'reactToSubmission')).toEqual([
        { submissionId: 'password', on: true },
      ]),
    );
    await waitFor(() =>
      expect(within(password).getByRole('button', { name: PASSWORD_BUTTON })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(password).toHaveTextContent('1 bravo');

    await user.click(within(password).getByRole('button', { name: PASSWORD_BUTTON }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'reactToSubmission')).toEqual([
        { submissionId: 'password', on: true },
        { submissionId: 'password', on: false },
      ]),
    );
    await waitFor(() => expect(password).toHaveTextContent('0 bravo'));
    expect(within(password).getByRole('button', { name: PASSWORD_BUTTON })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows a reaction already on as pressed, and none to react with on one’s own action', async () => {
    const { backend, user } = await renderTeam(BOB.email, seedTeam);
    const [trees, , fresco] = await feedItems();
    const treesButton = within(trees as HTMLElement).getByRole('button', { name: /^Bravo/ });
    expect(treesButton).toHaveAttribute('aria-pressed', 'true');
    expect(trees).toHaveTextContent('1 bravo');
    await user.click(treesButton);
    await waitFor(() =>
      expect(payloadsOf(backend, 'reactToSubmission')).toEqual([
        { submissionId: 'trees', on: false },
      ]),
    );
    // Bob's own action: its count, no button.
    expect(within(fresco as HTMLElement).queryByRole('button')).toBeNull();
    expect(fresco).toHaveTextContent('0 bravo');
  });

  it('shows the reason when a reaction is refused', async () => {
    const { backend, user } = await renderTeam(BOB.email, (b) => {
      seedTeam(b);
      b.handle('reactToSubmission', () => {
        throw new BackendError('permission-denied', 'Not a team-mate.', {
          key: 'gameRefusals.notTeamMate',
        });
      });
    });
    const [, password] = await feedItems();
    await user.click(
      within(password as HTMLElement).getByRole('button', { name: PASSWORD_BUTTON }),
    );
    expect(
      await screen.findByText(
        `${fr.commandErrors['permission-denied']} ${fr.gameRefusals.notTeamMate}`,
      ),
    ).toBeInTheDocument();
    expect(backend.calls.filter((call) => call.method === 'call')).toHaveLength(1);
  });

  it('says when the team has no approved action yet', async () => {
    await renderTeam(BOB.email, (backend) =>
      seedTeam(backend, { alt: SUBMISSIONS.alt as Omit<Submission, 'id'> }),
    );
    const feed = await screen.findByRole('region', { name: fr.feed.title });
    expect(await within(feed).findByText(fr.feed.empty)).toBeInTheDocument();
    expect(within(feed).queryByRole('list')).toBeNull();
  });
});

/** `count` approved submissions of Bob's ("Bob n" approved n minutes ago), newest "Bob 1". */
function manyApproved(count: number): Record<string, Omit<Submission, 'id'>> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `many-${String(index).padStart(3, '0')}`,
      submission({ authorName: `Bob ${index + 1}`, approvedAt: NOW - (index + 1) * 60_000 }),
    ]),
  );
}

const feedListeners = (backend: FakeBackend) =>
  backend.listeners.filter((listener) => listener.path === GAME_PATHS.submissions);

describe('team feed pages', () => {
  it('shows a member the newest 50 approved actions, then 50 more on demand, and no button at the end', async () => {
    const { backend, user } = await renderTeam(BOB.email, (b) =>
      seedTeam(b, { ...manyApproved(60), alt: SUBMISSIONS.alt as Omit<Submission, 'id'> }),
    );
    expect(await feedItems()).toHaveLength(50);
    const feed = screen.getByRole('region', { name: fr.feed.title });
    expect(within(feed).getByRole('status')).toHaveTextContent('50 actions affichées');
    // The member reads one page of approved actions, never the whole team's submissions.
    expect(feedListeners(backend)).toEqual([
      {
        path: GAME_PATHS.submissions,
        where: [
          { field: 'teamId', value: 'T1' },
          { field: 'status', value: 'approved' },
        ],
        newest: { limit: 50, by: 'approvedAt' },
      },
    ]);
    // The most recently approved first; what is shown stays while the next page loads.
    const shown = within(feed).getAllByRole('listitem');
    expect(shown[0]).toHaveTextContent(/^Bob 1 a réalisé/);
    expect(shown[49]).toHaveTextContent(/^Bob 50 a réalisé/);
    const first = shown[0];

    await user.click(within(feed).getByRole('button', { name: fr.feed.more }));
    await waitFor(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(60));
    expect(within(feed).getAllByRole('listitem')[0]).toBe(first);
    expect(within(feed).getAllByRole('listitem')[59]).toHaveTextContent(/^Bob 60 a réalisé/);
    expect(within(feed).getByRole('status')).toHaveTextContent('60 actions affichées');
    expect(within(feed).queryByRole('button', { name: fr.feed.more })).toBeNull();
    expect(feedListeners(backend).map((listener) => listener.newest)).toEqual([
      { limit: 100, by: 'approvedAt' },
    ]);
  });

  it('offers no more when the first page holds every approved action', async () => {
    await renderTeam(BOB.email, seedTeam);
    expect(await feedItems()).toHaveLength(3);
    const feed = screen.getByRole('region', { name: fr.feed.title });
    expect(within(feed).getByRole('status')).toHaveTextContent('3 actions affichées');
    expect(within(feed).queryByRole('button', { name: fr.feed.more })).toBeNull();
  });

  it('offers more when exactly a page came back, and takes the button away once the next is short', async () => {
    const { user } = await renderTeam(BOB.email, (b) => seedTeam(b, manyApproved(50)));
    expect(await feedItems()).toHaveLength(50);
    const feed = screen.getByRole('region', { name: fr.feed.title });
    await user.click(within(feed).getByRole('button', { name: fr.feed.more }));
    await waitFor(() =>
      expect(within(feed).queryByRole('button', { name: fr.feed.more })).toBeNull(),
    );
    expect(within(feed).getAllByRole('listitem')).toHaveLength(50);
  });

  it('cuts the captain’s feed to the same pages from the dashboard’s submissions, with no second listener', async () => {
    const { backend, user } = await renderTeam(ALICE.email, (b) =>
      seedTeam(b, { ...manyApproved(60), alt: SUBMISSIONS.alt as Omit<Submission, 'id'> }),
    );
    expect(await feedItems()).toHaveLength(50);
    expect(feedListeners(backend)).toEqual([
      { path: GAME_PATHS.submissions, where: [{ field: 'teamId', value: 'T1' }] },
    ]);
    const feed = screen.getByRole('region', { name: fr.feed.title });
    await user.click(within(feed).getByRole('button', { name: fr.feed.more }));
    await waitFor(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(60));
    expect(within(feed).queryByRole('button', { name: fr.feed.more })).toBeNull();
  });

  it('leaves the team’s streak out for a member until the feed holds every approved action', async () => {
    const { user } = await renderTeam(BOB.email, (b) => seedTeam(b, manyApproved(60)));
    expect(await feedItems()).toHaveLength(50);
    expect(screen.queryByText(fr.streak.title)).toBeNull();
    await user.click(screen.getByRole('button', { name: fr.feed.more }));
    expect(await screen.findByText(fr.streak.title)).toBeInTheDocument();
  });
});
