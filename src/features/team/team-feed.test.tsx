// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, BOB, payloadsOf, renderForTest } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import type { Submission } from '../../domain/game';
import fr from '../../i18n/fr.json';
import frCaptain from '../../i18n/captain.fr.json';
import { TeamPage } from './team-page';
import { SUBMISSIONS, seedTeam, weeksAgo, writeSubmission } from './team-feed.fixtures';

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
