// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ALICE,
  openSeasonDocument,
  renderForTest,
  seedOrganiser,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import { exportDateTime } from '../../domain/exports';
import type { Season } from '../../domain/season';
import fr from '../../i18n/fr.json';
import { ExportsSection } from './exports-section';
import { bytesOf, catchDownloads } from '../../components/downloads-for-test';
import { leaderboardRow } from '../../../tests/support/leaderboard';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NOW = Date.now();
const TODAY = exportDateTime(NOW, 'Europe/Paris').slice(0, 10);
// Two actions with impact models, in kg CO₂e and in people trained: the exports' impact units.
const season = {
  ...openSeasonDocument(
    { actionIds: ['sob-team-digital-fresco', 'sob-buy-refurbished-device'] },
    NOW,
  ),
  id: 'S1',
  deletionPolicy: 'keep',
  photoRetentionDays: 30,
} as unknown as Season;

/** A downloaded CSV: checks its byte order mark, then gives its lines (CRLF-separated). */
async function linesOf(blob: Blob | undefined) {
  const bytes = await bytesOf(blob);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** Holds each page read until the test lets it through. */
function holdPages(backend: FakeBackend) {
  const waiting: (() => void)[] = [];
  backend.setPageGate(() => new Promise<void>((resolve) => waiting.push(resolve)));
  return {
    async releaseOne() {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      waiting.shift()?.();
    },
  };
}

const IMPACT_HEADER =
  ';Impact kg CO₂e (bas);Impact kg CO₂e (central);Impact kg CO₂e (haut)' +
  ';Impact personnes formées (bas);Impact personnes formées (central);Impact personnes formées (haut)';

const submissionDoc = (index: number, overrides: Record<string, unknown> = {}) => ({
  seasonId: 'S1',
  teamId: 'T1',
  teamName: 'Les Colibris',
  companyId: 'C1',
  uid: 'uid-1',
  authorName: 'Colibri 42',
  actionId: 'sob-team-digital-fresco',
  theme: 'sobriety',
  modality: 'act',
  points: 10,
  scope: 'individual',
  doneAt: Date.UTC(2026, 2, 12, 8),
  day: '2026-03-12',
  proof: { kind: 'text', text: 'alice@example.org did it' },
  status: 'approved',
  reason: null,
  createdAt: Date.UTC(2026, 2, 12, 8, 5) + index,
  reviewedAt: null,
  impact: { unit: 'peopleTrained', low: 4, central: 4, high: 8 },
  ...overrides,
});

function seedSeason(backend: FakeBackend) {
  seedOrganiser(backend);
  backend.setDocument('companies/C1', { name: 'Acme; Co' });
  backend.setDocument('companies/C2', { name: 'Globex' });
  backend.setDocument('seasons/S1/leaderboard/live', {
    seasonId: 'S1',
    rankingRule: 'total',
    status: 'live',
    generation: 3,
    updatedAt: NOW,
    companies: { C1: 'Acme; Co', C2: 'Globex' },
    topByDay: {},
    rows: [
      {
        teamId: 'T2',
        name: '=Les Hérons',
        companyId: 'C2',
        rank: 2,
        total: 10,
        memberCount: 2,
        activeMembers: 1,
        average: 10,
        participation: 0.5,
        byTheme: {},
        reachedAt: 0,
      },
      {
        teamId: 'T1',
        name: 'Les Colibris',
        companyId: 'C1',
        rank: 1,
        total: 25,
        memberCount: 3,
        activeMembers: 2,
        average: 12.5,
        participation: 2 / 3,
        byTheme: {},
        reachedAt: 0,
        impact: { peopleTrained: [8, 8, 16] },
      },
    ],
  });
}

const renderExports = (seed: (backend: FakeBackend) => void = seedSeason) =>
  renderForTest(<ExportsSection season={season} />, { signedInAs: ALICE.email, seed });

describe('exports section', () => {
  it('downloads the standings as a CSV a French spreadsheet opens', async () => {
    const downloads = catchDownloads();
    const { user } = await renderExports();
    expect(
      screen.getByText(fr.exports.intro.replace('{{timeZone}}', 'Europe/Paris')),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: fr.exports.kinds.standings.button });
    expect(button).toHaveAccessibleDescription(fr.exports.kinds.standings.hint);
    await user.click(button);

    const fileName = `printemps-standings-${TODAY}.csv`;
    expect(await screen.findByText(`Fichier « ${fileName} » téléchargé.`)).toHaveAttribute(
      'role',
      'status',
    );
    expect(downloads.names).toEqual([fileName]);
    expect(downloads.blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await linesOf(downloads.blobs[0])).toEqual([
      'Rang;Équipe;Entreprise;Points;Moyenne par membre actif;Participation (%);Membres;Membres actifs' +
        IMPACT_HEADER,
      '1;Les Colibris;"Acme; Co";25;12,5;66,7;3;2;0;0;0;8;8;16',
      "2;'=Les Hérons;Globex;10;10;50;2;1;0;0;0;0;0;0",
    ]);
  });

  it('reads submissions 500 at a time, shows its progress, then downloads them all', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderExports((backend) => {
      seedSeason(backend);
      for (let index = 0; index < 1201; index += 1) {
        const id = `sub-${String(index).padStart(4, '0')}`;
        backend.setDocument(`submissions/${id}`, submissionDoc(index));
      }
      backend.setDocument('submissions/other-season', submissionDoc(0, { seasonId: 'S0' }));
    });
    const gate = holdPages(backend);
    const button = screen.getByRole('button', { name: fr.exports.kinds.submissions.button });
    await user.click(button);

    await gate.releaseOne();
    // French numbers group thousands with a (no-break) space, read here as a plain one.
    expect(await screen.findByText('500 / 1 201 documents lus')).toHaveAttribute('role', 'status');
    const progress = screen.getByRole('progressbar', { name: 'Export en cours : contributions' });
    expect(progress).toHaveAttribute('value', '500');
    expect(progress).toHaveAttribute('max', '1201');
    // Only one export at a time; the pressed button keeps the focus.
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: fr.exports.kinds.events.button })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(downloads.names).toEqual([]);

    await gate.releaseOne();
    expect(await screen.findByText('1 000 / 1 201 documents lus')).toBeInTheDocument();
    await gate.releaseOne();
    await screen.findByText(`Fichier « printemps-submissions-${TODAY}.csv » téléchargé.`);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    const lines = await linesOf(downloads.blobs[0]);
    expect(lines).toHaveLength(1 + 1201);
    expect(lines[0]).toBe(
      'Identifiant;Jour;Équipe;Entreprise;Auteur·e (nom public);Identifiant de l’action;Action;Thème;Modalité;Points;Statut;Déposée le;Revue le;Motif' +
        IMPACT_HEADER,
    );
    expect(lines[1]).toMatch(
      /^sub-0000;2026-03-12;Les Colibris;"Acme; Co";Colibri 42;sob-team-digital-fresco;[^;]+;Numérique plus sobre;Agir;10;Approuvée;2026-03-12 09:05;;;0;0;0;4;4;8$/,
    );
    expect(lines.join('\n')).not.toContain('alice@example.org');
    expect(lines.join('\n')).not.toContain('uid-1');
  });

  it('stops when cancelled, and downloads nothing', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderExports((backend) => {
      seedSeason(backend);
      for (let index = 0; index < 600; index += 1) {
        backend.setDocument(`submissions/sub-${index}`, submissionDoc(index));
      }
    });
    const gate = holdPages(backend);
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.submissions.button }));
    await gate.releaseOne();
    await screen.findByText('500 / 600 documents lus');

    await user.click(screen.getByRole('button', { name: fr.exports.cancel }));
    const button = screen.getByRole('button', { name: fr.exports.kinds.submissions.button });
    expect(button).toHaveFocus();
    await gate.releaseOne();
    expect(await screen.findByText(fr.exports.cancelled)).toHaveAttribute('role', 'status');
    expect(downloads.names).toEqual([]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('lists participants under their public name, with their team and approved points', async () => {
    const downloads = catchDownloads();
    const { user } = await renderExports((backend) => {
      seedSeason(backend);
      backend.setDocument('teams/T1', {
        seasonId: 'S1',
        companyId: 'C1',
        companyName: 'Acme; Co',
        name: 'Les Colibris',
        members: {
          'uid-1': { name: 'Alice Durand', role: 'captain', joinedAt: 0 },
          'uid-2': { name: 'Loutre 12', role: 'member', joinedAt: 0 },
          'uid-3': { name: 'Héron 33', role: 'member', joinedAt: 0 },
        },
        memberCount: 3,
        createdAt: 0,
      });
      backend.setDocument('teams/T9', { seasonId: 'S0', name: 'Old', members: {} });
      // Alice opted in to her real name; Bob did not; the third person's profile is gone.
      backend.setDocument('profiles/uid-1', {
        displayName: 'Alice Durand',
        pseudonym: 'Colibri 42',
        showRealName: true,
        organiser: true,
      });
      backend.setDocument('profiles/uid-2', {
        displayName: 'Bob Martin',
        pseudonym: 'Loutre 12',
        showRealName: false,
        organiser: false,
      });
      const joinedAt = Date.UTC(2026, 2, 1, 23, 30);
      for (const [uid, role] of [
        ['uid-1', 'captain'],
        ['uid-2', 'member'],
        ['uid-3', 'member'],
      ]) {
        backend.setDocument(`memberships/S1_${uid}`, {
          seasonId: 'S1',
          teamId: 'T1',
          uid,
          role,
          joinedAt,
        });
      }
      backend.setDocument('memberships/S0_uid-1', {
        seasonId: 'S0',
        teamId: 'T9',
        uid: 'uid-1',
        role: 'member',
        joinedAt,
      });
      backend.setDocument('submissions/a', submissionDoc(0, { points: 10 }));
      backend.setDocument('submissions/b', submissionDoc(1, { points: 5 }));
      backend.setDocument('submissions/c', submissionDoc(2, { status: 'pending' }));
      backend.setDocument('submissions/d', submissionDoc(3, { uid: 'uid-2', status: 'rejected' }));
    });
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.participants.button }));
    await screen.findByText(`Fichier « printemps-participants-${TODAY}.csv » téléchargé.`);

    expect(await linesOf(downloads.blobs[0])).toEqual([
      'Nom public;Équipe;Entreprise;Rôle;Arrivée le;Actions validées;Points' + IMPACT_HEADER,
      'Alice Durand;Les Colibris;"Acme; Co";Capitaine;2026-03-02 00:30;2;15;0;0;0;8;8;16',
      'Loutre 12;Les Colibris;"Acme; Co";Membre;2026-03-02 00:30;0;0;0;0;0;0;0;0',
      'Héron 33;Les Colibris;"Acme; Co";Membre;2026-03-02 00:30;0;0;0;0;0;0;0;0',
    ]);
  });

  it('downloads the events of the season', async () => {
    const downloads = catchDownloads();
    const { user } = await renderExports((backend) => {
      seedSeason(backend);
      backend.setDocument('events/E1', {
        seasonId: 'S1',
        kind: 'fresco',
        title: { fr: 'Fresque du numérique', en: 'Digital collage' },
        startsAt: Date.UTC(2026, 2, 12, 13),
        status: 'cancelled',
        actionId: 'sob-team-digital-fresco',
        capacity: 12,
        registeredCount: 10,
        waitingCount: 1,
        attendedCount: 0,
      });
      backend.setDocument('events/E0', { seasonId: 'S0', title: { fr: 'Ancien', en: 'Old' } });
    });
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.events.button }));
    await screen.findByText(`Fichier « printemps-events-${TODAY}.csv » téléchargé.`);
    expect(await linesOf(downloads.blobs[0])).toEqual([
      'Titre;Type;Thème de l’action validée;Début;Statut;Places;Inscrit·es;Liste d’attente;Présent·es',
      'Fresque du numérique;Atelier Fresque du numérique;Numérique plus sobre;2026-03-12 14:00;Annulé;12;10;1;0',
    ]);
  });

  it('says plainly when the export fails, and downloads nothing', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderExports();
    backend.failNext('permission-denied');
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.submissions.button }));
    expect(
      await screen.findByText(
        `L’export n’a pas abouti et aucun fichier n’a été téléchargé. ${fr.commandErrors['permission-denied']}`,
      ),
    ).toHaveAttribute('role', 'alert');
    expect(downloads.names).toEqual([]);
  });

  it('reads the live board’s top and then every page, and writes the standings in rank order', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderExports((backend) => {
      seedSeason(backend);
      seedBoardInPages(backend, { pageGeneration: 7 });
    });
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.standings.button }));
    await screen.findByText(`Fichier « printemps-standings-${TODAY}.csv » téléchargé.`);
    const lines = await linesOf(downloads.blobs[0]);
    // The header, then ranks 1 to 250: 100 in the top, 100 on page 1, 50 on page 2.
    expect(lines).toHaveLength(251);
    expect(lines.slice(1).map((line) => Number(line.split(';')[0]))).toEqual(
      Array.from({ length: 250 }, (_, index) => index + 1),
    );
    expect(lines[101]).toMatch(/^101;Team P101;Globex;/);
    expect(lines[250]).toMatch(/^250;Team P250;Globex;/);
    expect(
      backend.calls.flatMap((call) => (call.method === 'readDocument' ? [call.path] : [])),
    ).toEqual([
      'seasons/S1/leaderboard/live',
      'seasons/S1/leaderboard/live/pages/1',
      'seasons/S1/leaderboard/live/pages/2',
    ]);
  });

  it('starts the standings over when the board is rebuilt while read, and gives up after a few rebuilds', async () => {
    const downloads = catchDownloads();
    const { backend, user } = await renderExports((backend) => {
      seedSeason(backend);
      // Page 2 is of an older rebuild than the top, as while the functions are writing.
      seedBoardInPages(backend, { pageGeneration: 7, lastPageGeneration: 6 });
    });
    await user.click(screen.getByRole('button', { name: fr.exports.kinds.standings.button }));
    expect(
      await screen.findByText(
        `L’export n’a pas abouti et aucun fichier n’a été téléchargé. ${fr.commandErrors['failed-precondition']} ${fr.exports.boardRebuilt}`,
      ),
    ).toHaveAttribute('role', 'alert');
    expect(downloads.names).toEqual([]);
    const topReads = backend.calls.filter(
      (call) => call.method === 'readDocument' && call.path === 'seasons/S1/leaderboard/live',
    );
    expect(topReads).toHaveLength(3);
  });
});

/** A live board of 250 teams: the top (generation 7) and two pages, the rows of company C2. */
function seedBoardInPages(
  backend: FakeBackend,
  generations: { pageGeneration: number; lastPageGeneration?: number },
) {
  const rowAt = (rank: number) =>
    leaderboardRow(`P${rank}`, rank, {
      name: `Team P${rank}`,
      companyId: 'C2',
      total: 1000 - rank,
    });
  const rows = (first: number, last: number) =>
    Array.from({ length: last - first + 1 }, (_, index) => rowAt(first + index));
  backend.setDocument('seasons/S1/leaderboard/live', {
    seasonId: 'S1',
    rankingRule: 'total',
    status: 'live',
    generation: 7,
    updatedAt: NOW,
    companies: { C2: 'Globex' },
    topByDay: {},
    rows: rows(1, 100),
    teamCount: 250,
    pageCount: 2,
    companyRollUp: [],
    companyCount: 1,
  });
  const page = (index: number, first: number, last: number, generation: number) => ({
    seasonId: 'S1',
    index,
    generation,
    updatedAt: NOW,
    rows: rows(first, last),
    teamIds: rows(first, last).map((row) => row.teamId),
    companies: { C2: 'Globex' },
    before: rowAt(first - 1),
    after: last < 250 ? rowAt(last + 1) : null,
  });
  backend.setDocument(
    'seasons/S1/leaderboard/live/pages/1',
    page(1, 101, 200, generations.pageGeneration),
  );
  backend.setDocument(
    'seasons/S1/leaderboard/live/pages/2',
    page(2, 201, 250, generations.lastPageGeneration ?? generations.pageGeneration),
  );
}
