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
import { teamNameKey } from '../../domain/team';
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

  it('lists the companies as the functions rolled them up: teams, total points and average per team', async () => {
    await renderLeaderboard(seedAll());
    const table = await screen.findByRole('table', { name: fr.leaderboard.companies.caption });
    expect(bodyRows(table)).toEqual([
      ['Acme', '2', '230', '115'],
      ['Bureau Vert', '1', '150', '150'],
    ]);
    // Every company is listed: no note of how many there are.
    expect(screen.queryByText(/premières entreprises/)).toBeNull();
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

/** A board of 250 teams in pages: the top (ranks 1–100), page 1 (101–200) and page 2 (201–250). */
const PAGED_NAMES: Readonly<Record<number, string>> = { 2: 'Les Écureuils', 150: 'Les Écrevisses' };
const pagedRow = (rank: number) =>
  leaderboardRow(`P${rank}`, rank, {
    name: PAGED_NAMES[rank] ?? `Team P${rank}`,
    companyId: 'C2',
    total: 1000 - rank,
  });
const pagedRows = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => pagedRow(first + index));
const PAGES_PATH = GAME_PATHS.leaderboardPages('S1', 'public');

const pagedTop = (extra: Partial<Leaderboard> = {}) =>
  board({
    rows: pagedRows(1, 100),
    teamCount: 250,
    pageCount: 2,
    companies: { C2: 'Bureau Vert' },
    companyRollUp: [
      {
        companyId: 'C2',
        companyName: 'Bureau Vert',
        teams: 240,
        total: 9_000,
        averagePerTeam: 37.5,
      },
      { companyId: 'C1', companyName: 'Acme', teams: 10, total: 500, averagePerTeam: 50 },
    ],
    companyCount: 150,
    topByDay: {},
    ...extra,
  });

function seedPagedBoard(backend: FakeBackend, myTeamId: string | null) {
  seedSeason(backend);
  if (myTeamId) {
    backend.setDocument('memberships/S1_uid-1', {
      seasonId: 'S1',
      teamId: myTeamId,
      uid: 'uid-1',
      role: 'member',
      joinedAt: NOW,
    });
  }
  backend.setDocument(LEADERBOARD_PATH, { ...pagedTop() });
  const page = (index: number, first: number, last: number) => ({
    seasonId: 'S1',
    index,
    generation: 1,
    updatedAt: NOW,
    rows: pagedRows(first, last),
    teamIds: pagedRows(first, last).map((row) => row.teamId),
    companies: { C2: 'Bureau Vert' },
    before: pagedRow(first - 1),
    after: last < 250 ? pagedRow(last + 1) : null,
  });
  backend.setDocument(`${PAGES_PATH}/1`, page(1, 101, 200));
  backend.setDocument(`${PAGES_PATH}/2`, page(2, 201, 250));
  for (const [rank, name] of Object.entries(PAGED_NAMES)) {
    backend.setDocument(`teams/P${rank}`, {
      seasonId: 'S1',
      companyId: 'C2',
      companyName: 'Bureau Vert',
      name,
      nameKey: teamNameKey(name),
      members: {},
      memberCount: 4,
      createdAt: NOW,
    });
  }
  // Same start of name, another season: never found.
  backend.setDocument('teams/OLD', {
    seasonId: 'S0',
    companyId: 'C2',
    companyName: 'Bureau Vert',
    name: 'Les Écologues',
    nameKey: teamNameKey('Les Écologues'),
    members: {},
    memberCount: 4,
    createdAt: NOW,
  });
}

const renderPaged = (myTeamId: string | null, path = '/leaderboard') =>
  renderForTest(<Route path="/leaderboard" component={LeaderboardPage} />, {
    path,
    signedInAs: ALICE.email,
    seed: (backend) => seedPagedBoard(backend, myTeamId),
  });

/** The board's page documents the page has read once, in order. */
const pagesRead = (backend: FakeBackend) =>
  backend.calls.flatMap((call) =>
    call.method === 'readDocument' && call.path.startsWith(PAGES_PATH) ? [call.path] : [],
  );
/** The board's page documents followed now. */
const pagesFollowed = (backend: FakeBackend) =>
  backend.listeners.flatMap((listener) =>
    listener.path.startsWith(PAGES_PATH) ? [listener.path] : [],
  );
const ranksOf = (table: HTMLElement) => bodyRows(table).map((cells) => Number(cells[0]));
const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => first + index);
const myPosition = () => screen.getByRole('region', { name: fr.leaderboard.mine.title });
/** The pager after the table (the one before it is named apart). */
const pager = () => screen.getByRole('navigation', { name: fr.leaderboard.pager.label });

describe('leaderboard page, the board in pages', () => {
  it('shows the top, and follows the next page only when asked and while shown, with its ranks and its place in the address', async () => {
    const { backend, user, location } = await renderPaged(null);
    expect(ranksOf(await teamTable())).toEqual(range(1, 100));
    const pager = screen.getByRole('navigation', { name: fr.leaderboard.pager.label });
    expect(pager).toHaveTextContent('Rangs 1 à 100 sur 250.');
    // The same before the table, so a phone need not scroll past a hundred rows to page on.
    const above = screen.getByRole('navigation', { name: fr.leaderboard.pager.labelAbove });
    expect(above).toHaveTextContent('Rangs 1 à 100 sur 250.');
    expect(within(above).getByRole('link', { name: fr.leaderboard.pager.next })).toHaveAttribute(
      'href',
      '/leaderboard?page=2',
    );
    expect(within(pager).queryByRole('link', { name: fr.leaderboard.pager.previous })).toBeNull();
    expect(pagesFollowed(backend)).toEqual([]);

    await user.click(within(pager).getByRole('link', { name: fr.leaderboard.pager.next }));
    const page = await screen.findByRole('table', {
      name: 'Classement des équipes, rangs 101 à 200',
    });
    expect(ranksOf(page)).toEqual(range(101, 200));
    expect(location.history?.at(-1)).toBe('/leaderboard?page=2');
    expect(screen.getByRole('navigation', { name: fr.leaderboard.pager.label })).toHaveTextContent(
      'Rangs 101 à 200 sur 250.',
    );
    expect(pagesFollowed(backend)).toEqual([`${PAGES_PATH}/1`]);

    const after = screen.getByRole('navigation', { name: fr.leaderboard.pager.label });
    await user.click(within(after).getByRole('link', { name: fr.leaderboard.pager.previous }));
    expect(ranksOf(await teamTable())).toEqual(range(1, 100));
    expect(location.history?.at(-1)).toBe('/leaderboard');
    // The top comes from the document the store follows: the page's listener is gone with it.
    expect(pagesFollowed(backend)).toEqual([]);
    expect(pagesRead(backend)).toEqual([]);
  });

  it('shows the page in view as the rebuild rewrites it', async () => {
    const { backend } = await renderPaged(null, '/leaderboard?page=2');
    await screen.findByRole('table', { name: 'Classement des équipes, rangs 101 à 200' });
    backend.setDocument(`${PAGES_PATH}/1`, {
      seasonId: 'S1',
      index: 1,
      generation: 2,
      updatedAt: NOW,
      rows: [{ ...pagedRow(101), name: 'Les Écrevisses renommées' }, ...pagedRows(102, 200)],
      teamIds: pagedRows(101, 200).map((row) => row.teamId),
      companies: { C2: 'Bureau Vert' },
      before: pagedRow(100),
      after: pagedRow(201),
    });
    // Followed: the page's rewrite shows without waiting for the top of its rebuild.
    expect(await screen.findByText('Les Écrevisses renommées')).toBeInTheDocument();
    expect(pagesFollowed(backend)).toEqual([`${PAGES_PATH}/1`]);
    expect(pagesRead(backend)).toEqual([]);
  });

  it('says when a page of the board or my team’s place could not be read', async () => {
    await renderForTest(<Route path="/leaderboard" component={LeaderboardPage} />, {
      path: '/leaderboard?page=2',
      signedInAs: ALICE.email,
      seed: (backend) => {
        seedPagedBoard(backend, null);
        backend.failNextWatchOf(`${PAGES_PATH}/1`, 'unavailable');
      },
    });
    expect(await screen.findByText(fr.leaderboard.pager.error)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /rangs 101 à 200/ })).toBeNull();
    cleanup();

    await renderForTest(<Route path="/leaderboard" component={LeaderboardPage} />, {
      path: '/leaderboard',
      signedInAs: ALICE.email,
      seed: (backend) => {
        seedPagedBoard(backend, 'P150');
        backend.failNext('unavailable');
      },
    });
    expect(await within(myPosition()).findByText(fr.leaderboard.mine.error)).toBeInTheDocument();
  });

  it('keeps the keyboard in the pager when the link followed goes with the last page', async () => {
    const { user } = await renderPaged(null, '/leaderboard?page=2');
    await screen.findByRole('table', { name: 'Classement des équipes, rangs 101 à 200' });
    within(pager()).getByRole('link', { name: fr.leaderboard.pager.next }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('table', { name: 'Classement des équipes, rangs 201 à 250' });
    expect(screen.queryByRole('link', { name: fr.leaderboard.pager.next })).toBeNull();
    expect(
      within(pager()).getByRole('link', { name: fr.leaderboard.pager.previous }),
    ).toHaveFocus();
  });

  it('opens on the page the address names, the last one without a next link', async () => {
    const { backend } = await renderPaged(null, '/leaderboard?page=3');
    const page = await screen.findByRole('table', {
      name: 'Classement des équipes, rangs 201 à 250',
    });
    expect(ranksOf(page)).toEqual(range(201, 250));
    const pager = screen.getByRole('navigation', { name: fr.leaderboard.pager.label });
    expect(pager).toHaveTextContent('Rangs 201 à 250 sur 250.');
    expect(within(pager).queryByRole('link', { name: fr.leaderboard.pager.next })).toBeNull();
    expect(
      within(pager).getByRole('link', { name: fr.leaderboard.pager.previous }),
    ).toHaveAttribute('href', '/leaderboard?page=2');
    expect(pagesFollowed(backend)).toEqual([`${PAGES_PATH}/2`]);
  });

  it('finds teams by the start of their name, in the top and on a page, and says when none', async () => {
    const { user } = await renderPaged(null);
    await teamTable();
    const search = screen.getByRole('search', { name: fr.leaderboard.search.title });
    const field = within(search).getByLabelText(fr.leaderboard.search.label);
    // Case, accents and spaces do not matter (teamNameKey).
    await user.type(field, 'LES  ec');
    await user.click(within(search).getByRole('button', { name: fr.leaderboard.search.button }));
    const results = await screen.findByRole('list', {
      // An accessible name collapses the spaces typed.
      name: '2 équipes dont le nom commence par « LES ec » :',
    });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Rang 150 Les Écrevisses · 850 points · Bureau Vert',
      'Rang 2 Les Écureuils · 998 points · Bureau Vert',
    ]);

    await user.clear(field);
    await user.type(field, 'zz');
    await user.click(within(search).getByRole('button', { name: fr.leaderboard.search.button }));
    expect(
      await screen.findByText('Aucune équipe dont le nom commence par « zz ».'),
    ).toBeInTheDocument();
  });

  it('places my team beyond the top, with its neighbours on its page', async () => {
    await renderPaged('P150');
    await teamTable();
    const position = myPosition();
    expect(
      await within(position).findByText('Les Écrevisses : rang 150 sur 250.'),
    ).toBeInTheDocument();
    expect(position).toHaveTextContent('1 point de retard sur Team P149, juste devant.');
    expect(position).toHaveTextContent('1 point d’avance sur Team P151, juste derrière.');
  });

  it('finds my team’s neighbours across a page’s edges: the row before it and the row after it', async () => {
    await renderPaged('P101');
    await teamTable();
    expect(
      await within(myPosition()).findByText('Team P101 : rang 101 sur 250.'),
    ).toBeInTheDocument();
    expect(myPosition()).toHaveTextContent('1 point de retard sur Team P100, juste devant.');
    cleanup();

    await renderPaged('P200');
    await teamTable();
    expect(
      await within(myPosition()).findByText('Team P200 : rang 200 sur 250.'),
    ).toBeInTheDocument();
    expect(myPosition()).toHaveTextContent('1 point d’avance sur Team P201, juste derrière.');
  });

  it('gives the last team of the top its neighbour below from the first page', async () => {
    const { backend } = await renderPaged('P100');
    await teamTable();
    expect(
      await within(myPosition()).findByText('1 point d’avance sur Team P101, juste derrière.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(pagesRead(backend)).toEqual([`${PAGES_PATH}/1`]);
  });

  it('lists the companies the functions rolled up, and says how many there are in all', async () => {
    await renderPaged(null);
    const table = await screen.findByRole('table', { name: fr.leaderboard.companies.caption });
    expect(bodyRows(table)).toEqual([
      ['Bureau Vert', '240', new Intl.NumberFormat('fr').format(9_000), '37,5'],
      ['Acme', '10', '500', '50'],
    ]);
    expect(screen.getByText('Les 2 premières entreprises sur 150.')).toBeInTheDocument();
  });
});
