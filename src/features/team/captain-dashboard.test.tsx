// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { ALICE, BOB, renderForTest } from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import frCaptain from '../../i18n/captain.fr.json';
import { TeamPage } from './team-page';
import { GAME_PATHS, type LeaderboardRow } from '../../domain/game';
import {
  LEADERBOARD,
  SUBMISSIONS,
  seedLeaderboard,
  seedTeam,
  weeksAgo,
  writeSubmission,
} from './team-feed.fixtures';

afterEach(cleanup);

const renderTeam = (signedInAs: string, seed: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/team" component={TeamPage} />, { path: '/team', signedInAs, seed });

const region = (name: string) => screen.getByRole('region', { name });
const items = (name: string) =>
  within(region(name))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
const gridRows = () =>
  within(screen.getByRole('table', { name: frCaptain.captain.grid.caption }))
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('captain’s dashboard', () => {
  it('shows the team’s rank and gaps, who has not started, the untouched themes and what is pending', async () => {
    await renderTeam(ALICE.email, (backend) => {
      seedTeam(backend);
      seedLeaderboard(backend);
    });
    const dashboard = await screen.findByRole('region', { name: frCaptain.captain.title });
    expect(within(dashboard).getByRole('heading', { level: 2 })).toHaveTextContent(
      frCaptain.captain.title,
    );

    expect(await within(dashboard).findByText('Castor 12')).toBeInTheDocument();
    expect(items(frCaptain.captain.rank.title)).toEqual([
      'Rang 2 sur 3.',
      '35 points de retard sur Les Castors, juste devant.',
      'À égalité avec Les Hérissons, juste derrière : votre équipe a atteint ce score la première.',
    ]);
    // Bob has only a pending submission, Alice an approved one: both have started.
    expect(items(frCaptain.captain.notStarted.title)).toEqual(['Castor 12']);
    // Accessibility (pending) and diversity (rejected) are still untouched.
    expect(items(frCaptain.captain.untouched.title)).toEqual([
      fr.themes.citizenship,
      fr.themes.accessibility,
      fr.themes.diversity,
    ]);
    expect(items(frCaptain.captain.pending.title)).toEqual([
      'Bob Martin : « Décrire chaque image que l’on publie », envoyée le 14 mars 2026',
    ]);
  });

  it('adds up approved points by theme and modality in a table', async () => {
    await renderTeam(ALICE.email, seedTeam);
    await screen.findByRole('table', { name: frCaptain.captain.grid.caption });
    const columns = within(screen.getByRole('table', { name: frCaptain.captain.grid.caption }))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      fr.grid.theme,
      fr.modalities.understand,
      fr.modalities.act,
      fr.modalities.share,
      frCaptain.captain.grid.total,
    ]);
    expect(gridRows()).toEqual([
      [fr.themes.sobriety, '10', '0', '0', '10'],
      [fr.themes.citizenship, '0', '0', '0', '0'],
      [fr.themes.respect, '0', '10', '0', '10'],
      // The pending accessibility action brings nothing yet.
      [fr.themes.accessibility, '0', '0', '0', '0'],
      [fr.themes.diversity, '0', '0', '0', '0'],
      [fr.themes.engagement, '0', '5', '0', '5'],
      [frCaptain.captain.grid.total, '10', '15', '0', '25'],
    ]);
  });

  it('follows the submissions: an approval touches its theme and leaves the pending list', async () => {
    const { backend } = await renderTeam(ALICE.email, seedTeam);
    await screen.findByRole('table', { name: frCaptain.captain.grid.caption });
    writeSubmission(backend, 'alt', {
      ...(SUBMISSIONS.alt as NonNullable<(typeof SUBMISSIONS)['alt']>),
      status: 'approved',
      approvedAt: Date.now(),
    });
    expect(await screen.findByText(frCaptain.captain.pending.none)).toBeInTheDocument();
    expect(items(frCaptain.captain.untouched.title)).toEqual([
      fr.themes.citizenship,
      fr.themes.diversity,
    ]);
    expect(gridRows()[3]).toEqual([fr.themes.accessibility, '0', '5', '0', '5']);
  });

  it('shows the team’s streak to the captain, from every member’s approved actions', async () => {
    await renderTeam(ALICE.email, (backend) =>
      seedTeam(backend, {
        ...SUBMISSIONS,
        fresco: weeksAgo('fresco', 0),
        trees: weeksAgo('trees', 1),
        // Bob's pending action two weeks ago does not extend the streak.
        alt: weeksAgo('alt', 2),
      }),
    );
    const streak = await screen.findByRole('region', { name: frCaptain.captain.streak.title });
    expect(streak).toHaveTextContent('Série : 2 semaines d’affilée avec une action validée.');
  });

  it('shows the team’s estimated impact from its leaderboard row: to the captain in the dashboard, to a member on the team page', async () => {
    const withImpact = (backend: FakeBackend) => {
      seedTeam(backend);
      backend.setDocument(GAME_PATHS.leaderboard('S1', 'public'), {
        ...LEADERBOARD,
        rows: LEADERBOARD.rows.map((row) =>
          row.teamId === 'T1' ? { ...row, impact: { peopleTrained: [4, 4, 8] } } : row,
        ),
      });
    };
    const said = 'entre 4 et 8 personnes formées, estimation centrale 4 personnes formées';
    await renderTeam(ALICE.email, withImpact);
    const dashboard = await screen.findByRole('region', { name: frCaptain.captain.title });
    const captainImpact = await within(dashboard).findByRole('region', { name: fr.impact.title });
    expect(within(captainImpact).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(captainImpact).toHaveTextContent(said);
    // Once on the page: the captain's dashboard holds it.
    expect(screen.getAllByRole('region', { name: fr.impact.title })).toHaveLength(1);
    cleanup();
    await renderTeam(BOB.email, withImpact);
    const memberImpact = await screen.findByRole('region', { name: fr.impact.title });
    expect(within(memberImpact).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(memberImpact).toHaveTextContent(said);
  });

  it('finds the team’s own row on its page when it is beyond the top: its rank, gaps and impact', async () => {
    const { backend } = await renderTeam(ALICE.email, (backend) => {
      seedTeam(backend);
      const around = (teamId: string, name: string, rank: number, total: number) => ({
        ...(LEADERBOARD.rows[0] as LeaderboardRow),
        teamId,
        name,
        rank,
        total,
      });
      // The top holds other teams; Les Colibris (T1) are 101st of 250, first of page 1.
      backend.setDocument(GAME_PATHS.leaderboard('S1', 'public'), {
        ...LEADERBOARD,
        rows: [around('TOP', 'Les Castors', 100, 80)],
        teamCount: 250,
        pageCount: 2,
      });
      backend.setDocument(`${GAME_PATHS.leaderboardPages('S1', 'public')}/1`, {
        seasonId: 'S1',
        index: 1,
        generation: 1,
        updatedAt: 0,
        rows: [
          { ...around('T1', 'Les Colibris', 101, 25), impact: { peopleTrained: [4, 4, 8] } },
          around('T3', 'Les Hérissons', 102, 20),
        ],
        teamIds: ['T1', 'T3'],
        companies: { C1: 'Acme' },
        before: around('TOP', 'Les Castors', 100, 80),
        after: around('T4', 'Les Loutres', 103, 10),
      });
    });
    await screen.findByRole('region', { name: frCaptain.captain.title });
    expect(
      await within(region(frCaptain.captain.rank.title)).findByText('Rang 101 sur 250.'),
    ).toBeInTheDocument();
    expect(items(frCaptain.captain.rank.title)).toEqual([
      'Rang 101 sur 250.',
      '55 points de retard sur Les Castors, juste devant.',
      '5 points d’avance sur Les Hérissons, juste derrière.',
    ]);
    expect(screen.getByRole('region', { name: fr.impact.title })).toHaveTextContent(
      'entre 4 et 8 personnes formées, estimation centrale 4 personnes formées',
    );
    // One lookup serves the rank and the impact.
    expect(backend.calls.filter((call) => call.method === 'findContaining')).toHaveLength(1);
  });

  it('says when the leaderboard is not published yet', async () => {
    await renderTeam(ALICE.email, seedTeam);
    const rank = await screen.findByRole('region', { name: frCaptain.captain.rank.title });
    expect(rank).toHaveTextContent(frCaptain.captain.rank.noLeaderboard);
  });

  it('is not shown to a member who is not captain', async () => {
    await renderTeam(BOB.email, (backend) => {
      seedTeam(backend);
      seedLeaderboard(backend);
    });
    // The feed, built from the same submissions, is there: the dashboard is not.
    await screen.findByRole('region', { name: fr.feed.title });
    expect(await screen.findAllByRole('listitem')).not.toHaveLength(0);
    expect(screen.queryByRole('heading', { name: frCaptain.captain.title })).toBeNull();
    expect(screen.queryByRole('table', { name: frCaptain.captain.grid.caption })).toBeNull();
    expect(screen.queryByText(frCaptain.captain.pending.title)).toBeNull();
  });
});
