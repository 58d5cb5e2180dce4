// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  renderForTest,
  seedOrganiser,
  openSeasonDocument,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { GAME_PATHS, type Leaderboard, type LeaderboardRow } from '../../domain/game';
import { leaderboardRow } from '../../../tests/support/leaderboard';
import fr from '../../i18n/fr.json';
import { LeaderboardPage } from './leaderboard-page';

afterEach(cleanup);

const NOW = Date.now();
const FREEZE_AT = Date.UTC(2026, 3, 8, 16, 0);
const SEASON = openSeasonDocument({
  startsAt: Date.UTC(2026, 2, 1, 8, 0),
  endsAt: Date.UTC(2026, 3, 10, 16, 0),
  freezeAt: FREEZE_AT,
  teamChangeCutoff: FREEZE_AT,
});

const row = (teamId: string, rank: number, extra: Partial<LeaderboardRow>) =>
  leaderboardRow(teamId, rank, { name: teamId, companyId: 'C1', ...extra });

/** Castors lead, Colibris (Alice's team) second, Hérissons third. */
const ROWS: LeaderboardRow[] = [
  row('T2', 1, {
    name: 'Les Castors',
    companyId: 'C2',
    total: 150,
    memberCount: 5,
    activeMembers: 3,
    average: 50,
    participation: 0.6,
  }),
  row('T1', 2, {
    name: 'Les Colibris',
    total: 120,
    memberCount: 4,
    activeMembers: 3,
    average: 40,
    participation: 0.75,
  }),
  row('T3', 3, {
    name: 'Les Hérissons',
    total: 110,
    memberCount: 2,
    activeMembers: 2,
    average: 55,
    participation: 1,
  }),
];

const board = (extra: Partial<Leaderboard> = {}): Leaderboard => ({
  seasonId: 'S1',
  rankingRule: 'total',
  status: 'live',
  generation: 1,
  updatedAt: NOW,
  rows: ROWS,
  teamCount: ROWS.length,
  pageCount: 0,
  companies: { C1: 'Acme', C2: 'Bureau Vert' },
  companyRollUp: [
    { companyId: 'C1', companyName: 'Acme', teams: 2, total: 230, averagePerTeam: 115 },
    { companyId: 'C2', companyName: 'Bureau Vert', teams: 1, total: 150, averagePerTeam: 150 },
  ],
  companyCount: 2,
  topByDay: {
    T2: { '2026-03-10': 100, '2026-03-12': 50 },
    T1: { '2026-03-11': 120 },
  },
  ...extra,
});

const LEADERBOARD_PATH = GAME_PATHS.leaderboard('S1', 'public');

function seedSeason(backend: FakeBackend, season: Record<string, unknown> = SEASON) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', season);
}

function seedTeam(backend: FakeBackend) {
  backend.setDocument('memberships/S1_uid-1', {
    seasonId: 'S1',
    teamId: 'T1',
    uid: 'uid-1',
    role: 'member',
    joinedAt: NOW,
  });
  backend.setDocument('teams/T1', {
    seasonId: 'S1',
    companyId: 'C1',
    companyName: 'Acme',
    name: 'Les Colibris',
    members: { 'uid-1': { name: 'Colibri 42', role: 'member', joinedAt: NOW } },
    memberCount: 1,
    createdAt: NOW,
  });
}

const seedAll =
  (leaderboard: Leaderboard = board(), season: Record<string, unknown> = SEASON) =>
  (backend: FakeBackend) => {
    seedSeason(backend, season);
    seedTeam(backend);
    backend.setDocument(LEADERBOARD_PATH, { ...leaderboard });
  };

const renderLeaderboard = (seed: (backend: FakeBackend) => void, signedInAs = ALICE.email) =>
  renderForTest(<Route path="/leaderboard" component={LeaderboardPage} />, {
    path: '/leaderboard',
    signedInAs,
    seed,
  });

/** As Testing Library reads text: French digit groups use a narrow no-break space, seen as a space. */
const whole = (value: number) => new Intl.NumberFormat('fr').format(value).replace(/\s/g, ' ');
const percent = (value: number) =>
  new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 0 }).format(value);
const long = (time: number) =>
  new Intl.DateTimeFormat('fr', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(time);

/** The cells of each body row of a table, as text. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent));

const teamTable = () => screen.findByRole('table', { name: fr.leaderboard.table.caption });

describe('leaderboard page', () => {
  it('states the ranking rule and shows the three measures side by side, in rank order', async () => {
    await renderLeaderboard(
      seedAll(board({ rows: [ROWS[2], ROWS[0], ROWS[1]] as LeaderboardRow[] })),
    );
    const table = await teamTable();
    expect(screen.getByText(fr.leaderboard.rule.total)).toBeInTheDocument();
    // The last column, impact, is empty while no action with a figure is approved.
    expect(bodyRows(table)).toEqual([
      ['1', 'Les Castors', 'Bureau Vert', '150', '50', percent(0.6), '–'],
      [
        '2',
        `Les Colibris ${fr.leaderboard.table.yourTeam}`,
        'Acme',
        '120',
        '40',
        percent(0.75),
        '–',
      ],
      ['3', 'Les Hérissons', 'Acme', '110', '55', percent(1), '–'],
    ]);
    // The column the teams are ranked by says so.
    expect(
      within(table).getByRole('columnheader', { name: fr.leaderboard.table.total }),
    ).toHaveAttribute('aria-sort', 'descending');
    expect(
      within(table).getByRole('columnheader', { name: fr.leaderboard.table.average }),
    ).not.toHaveAttribute('aria-sort');
  });

  it('shows each team’s impact in a column beside the measures, one range per unit, not as a ranking rule', async () => {
    const rows = [
      { ...(ROWS[0] as LeaderboardRow), impact: { peopleTrained: [4, 4, 8] as const } },
      {
        ...(ROWS[1] as LeaderboardRow),
        impact: { kgCO2e: [1100, 1500, 1900] as const, kWh: [2, 2, 2] as const },
      },
      ROWS[2] as LeaderboardRow,
    ];
    await renderLeaderboard(seedAll(board({ rows })));
    const table = await teamTable();
    expect(within(table).getByRole('columnheader', { name: fr.impact.column })).not.toHaveAttribute(
      'aria-sort',
    );
    expect(bodyRows(table).map((cells) => cells[6])).toEqual([
      '4 personnes formées (4 à 8)',
      '1,5 t CO₂e (1,1 à 1,9)2 kWh',
      '–',
    ]);
    // Said in the box of one's own team too: on a phone, the column is scrolled off-screen.
    expect(screen.getByRole('region', { name: fr.leaderboard.mine.title })).toHaveTextContent(
      'Impact estimé de votre équipe : 1,5 t CO₂e (1,1 à 1,9) ; 2 kWh.',
    );
  });

  it('has no impact column when the season does not show impact', async () => {
    await renderLeaderboard(seedAll(board(), { ...SEASON, showImpact: false }));
    const table = await teamTable();
    expect(within(table).queryByRole('columnheader', { name: fr.impact.column })).toBeNull();
    expect(bodyRows(table)[0]).toHaveLength(6);
  });

  it('highlights my team’s row in words and with aria-current, with the gaps above and below', async () => {
    await renderLeaderboard(seedAll());
    const table = await teamTable();
    const mine = within(table)
      .getAllByRole('row')
      .filter((tr) => tr.getAttribute('aria-current') === 'true');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toHaveTextContent(`Les Colibris ${fr.leaderboard.table.yourTeam}`);
    expect(within(table).getAllByText(fr.leaderboard.table.yourTeam)).toHaveLength(1);

    const position = screen.getByRole('region', { name: fr.leaderboard.mine.title });
    expect(position).toHaveTextContent('Les Colibris : rang 2 sur 3.');
    expect(position).toHaveTextContent('30 points de retard sur Les Castors, juste devant.');
    expect(position).toHaveTextContent('10 points d’avance sur Les Hérissons, juste derrière.');
  });

  it('shows a change to the leaderboard document without a reload', async () => {
    const { backend } = await renderLeaderboard(seedAll());
    await teamTable();
    backend.setDocument(LEADERBOARD_PATH, {
      ...board({
        generation: 2,
        rows: [
          { ...(ROWS[1] as LeaderboardRow), rank: 1, total: 1_250 },
          { ...(ROWS[0] as LeaderboardRow), rank: 2 },
          ROWS[2] as LeaderboardRow,
        ],
      }),
    });
    const table = await teamTable();
    expect(await within(table).findByText(whole(1_250))).toBeInTheDocument();
    expect(bodyRows(table)[0]?.[1]).toBe(`Les Colibris ${fr.leaderboard.table.yourTeam}`);
    const position = screen.getByRole('region', { name: fr.leaderboard.mine.title });
    expect(position).toHaveTextContent(fr.leaderboard.mine.leader);
    expect(position).toHaveTextContent(
      `${whole(1_100)} points d’avance sur Les Castors, juste derrière.`,
    );
  });

  it('says the board is frozen since the freeze, and final at the close', async () => {
    // The public board's last write came just after the freeze.
    await renderLeaderboard(
      seedAll(board({ status: 'frozen', updatedAt: FREEZE_AT + 60_000 }), {
        ...SEASON,
        state: 'frozen',
      }),
    );
    expect(
      await screen.findByText(
        `Gelé depuis le ${long(FREEZE_AT)} : le classement public ne bouge plus jusqu’aux résultats finaux.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(fr.leaderboard.status.live, { exact: false })).toBeNull();
    cleanup();

    await renderLeaderboard(seedAll(board({ status: 'final' }), { ...SEASON, state: 'closed' }));
    expect(
      await screen.findByText(fr.leaderboard.status.final, { exact: false }),
    ).toBeInTheDocument();
  });

  it('tells an organiser that the frozen public board differs from the live one they see', async () => {
    await renderLeaderboard((backend) => {
      seedOrganiser(backend);
      seedSeason(backend, { ...SEASON, state: 'frozen' });
      backend.setDocument(GAME_PATHS.leaderboard('S1', 'live'), { ...board({ status: 'live' }) });
      backend.setDocument(LEADERBOARD_PATH, { ...board({ status: 'frozen' }) });
    });
    expect(await screen.findByText(fr.leaderboard.organiserView)).toBeInTheDocument();
    expect(screen.getByText(fr.leaderboard.status.live, { exact: false })).toBeInTheDocument();
  });

  it('rolls teams up by company: teams, total points and average per team', async () => {
    await renderLeaderboard(seedAll());
    const table = await screen.findByRole('table', { name: fr.leaderboard.companies.caption });
    expect(bodyRows(table)).toEqual([
      ['Acme', '2', '230', '115'],
      ['Bureau Vert', '1', '150', '150'],
    ]);
  });

  it('measures the gaps in the season’s rule and names that rule', async () => {
    // By average per active member: Hérissons 110 / 2 = 55, Castors 150 / 3 = 50, Colibris 40.
    const byAverage = [
      { ...(ROWS[2] as LeaderboardRow), rank: 1 },
      { ...(ROWS[0] as LeaderboardRow), rank: 2 },
      { ...(ROWS[1] as LeaderboardRow), rank: 3 },
    ];
    await renderLeaderboard(seedAll(board({ rankingRule: 'average', rows: byAverage })));
    expect(await screen.findByText(fr.leaderboard.rule.average)).toBeInTheDocument();
    const table = await teamTable();
    expect(
      within(table).getByRole('columnheader', { name: fr.leaderboard.table.average }),
    ).toHaveAttribute('aria-sort', 'descending');
    const position = screen.getByRole('region', { name: fr.leaderboard.mine.title });
    expect(position).toHaveTextContent('Les Colibris : rang 3 sur 3.');
    // 10 per active member, not the 30 points of the totals.
    expect(position).toHaveTextContent(
      '10 points par membre actif de retard sur Les Castors, juste devant.',
    );
    expect(position).not.toHaveTextContent(/juste derrière/);
  });

  it('draws the top teams’ cumulative points, with the same data in a table', async () => {
    const { user } = await renderLeaderboard(seedAll());
    const chart = await screen.findByRole('img', { name: /Graphique des points cumulés/ });
    expect(chart).toHaveAccessibleName(
      'Graphique des points cumulés par jour, du 10 mars 2026 au 12 mars 2026 : ' +
        'Les Castors, 150 points et Les Colibris, 120 points.',
    );
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(chart).toHaveAccessibleDescription(fr.leaderboard.chart.description);

    await user.click(screen.getByText(fr.leaderboard.chart.tableToggle));
    const data = screen.getByRole('table', { name: fr.leaderboard.chart.tableCaption });
    expect(
      within(data)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([fr.leaderboard.chart.day, 'Les Castors', 'Les Colibris']);
    expect(bodyRows(data)).toEqual([
      ['10 mars 2026', '100', '0'],
      ['11 mars 2026', '100', '120'],
      ['12 mars 2026', '150', '120'],
    ]);
  });
});

describe('leaderboard page, empty states', () => {
  it('says when there is no season', async () => {
    await renderLeaderboard((backend) =>
      backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: true }),
    );
    expect(await screen.findByText(fr.leaderboard.noSeason)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the leaderboard is not published yet', async () => {
    await renderLeaderboard((backend) => {
      seedSeason(backend);
      seedTeam(backend);
    });
    expect(await screen.findByText(fr.leaderboard.noLeaderboard)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the board without a highlight, and the way to a team, to someone in no team', async () => {
    await renderLeaderboard((backend) => {
      seedSeason(backend);
      backend.setDocument(LEADERBOARD_PATH, { ...board() });
    });
    const table = await teamTable();
    expect(screen.getByText(fr.leaderboard.noTeam, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.leaderboard.noTeamLink })).toHaveAttribute(
      'href',
      '/team',
    );
    expect(within(table).queryByText(fr.leaderboard.table.yourTeam)).toBeNull();
    expect(table.querySelector('[aria-current]')).toBeNull();
  });

  it('says when no team is on the board, and has no chart without points', async () => {
    await renderLeaderboard(seedAll(board({ rows: [], topByDay: {} })));
    expect(await screen.findByText(fr.leaderboard.noTeams)).toBeInTheDocument();
    expect(screen.getByText(fr.leaderboard.mine.notRanked)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
