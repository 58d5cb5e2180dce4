// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  openSeasonDocument,
  payloadsOf,
  renderForTest,
  seedOrganiser,
} from '../../components/render-for-test';
import { seasonReportFixture } from '../../components/season-report.fixtures';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { ReportPage } from './report-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const routes = <Route path="/report" component={ReportPage} />;

function seedSeason(backend: FakeBackend, state: 'open' | 'closed') {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', openSeasonDocument({ state }));
}

const renderReport = (options: {
  organiser: boolean;
  state: 'open' | 'closed';
  more?: (backend: FakeBackend) => void;
}) =>
  renderForTest(routes, {
    path: '/report',
    signedInAs: ALICE.email,
    seed: (backend) => {
      if (options.organiser) seedOrganiser(backend);
      seedSeason(backend, options.state);
      backend.handle('getSeasonReport', () => seasonReportFixture({ state: options.state }));
      options.more?.(backend);
    },
  });

const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u202f\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the final report', () => {
  it('gives the headline figures in the order the reference edition published them', async () => {
    await renderReport({ organiser: false, state: 'closed' });
    const headline = await screen.findByRole('region', { name: fr.report.headline.title });
    expect(
      within(headline)
        .getAllByRole('listitem')
        .map((item) => plain(item.textContent)),
    ).toEqual([
      '262 participant·es dont 198 actif·ves (au moins une action validée)',
      '32 équipes de 7 entreprises',
      '2 512 actions validées soit 18 230 points',
      '1 événement, 18 inscriptions 15 présences notées',
      '83 % des personnes qui ont répondu au questionnaire veulent continuer sur 40 réponses',
    ]);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Rapport final de la saison « Printemps »' }),
    ).toBeInTheDocument();
    // Everyone reads the closed season's report; no preview note, no organisers' link.
    expect(screen.queryByText(fr.report.preview)).toBeNull();
    expect(screen.queryByRole('link', { name: fr.report.dashboardLink })).toBeNull();
  });

  it('breaks the actions down by theme and modality, and lists the events and top teams', async () => {
    await renderReport({ organiser: false, state: 'closed' });
    const byTheme = await screen.findByRole('table', { name: fr.report.breakdown.byTheme });
    const themeRows = within(byTheme).getAllByRole('row').slice(1);
    expect(themeRows).toHaveLength(7);
    expect(plain(themeRows[3]?.textContent)).toBe(`${fr.themes.accessibility}50020 %`);
    const byModality = screen.getByRole('table', { name: fr.report.breakdown.byModality });
    expect(plain(within(byModality).getAllByRole('row')[1]?.textContent)).toBe(
      `${fr.modalities.understand}1 10044 %`,
    );

    const events = screen.getByRole('table', { name: fr.report.events.caption });
    // The cancelled event is left out of the table and said in a sentence.
    expect(
      within(events)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Fresque du numérique', fr.report.events.total]);
    expect(screen.getByText('1 événement annulé n’est pas compté.')).toBeInTheDocument();

    const teams = screen.getByRole('table', { name: /premières équipes du classement final/ });
    expect(
      within(teams)
        .getAllByRole('row')
        .slice(1)
        .map((row) => plain(row.textContent)),
    ).toEqual(['1Les ColibrisAcme1 200', '2Green BytesGlobex1 100']);
  });

  it('gives the estimated impact by unit and by company, never summed across units', async () => {
    await renderReport({ organiser: false, state: 'closed' });
    const section = await screen.findByRole('region', { name: fr.impact.title });
    expect(
      within(section)
        .getAllByRole('listitem')
        .slice(0, 2)
        .map((item) => plain(item.textContent)),
    ).toEqual([
      'entre 1,1 et 1,9 t CO₂e, estimation centrale 1,5 t CO₂e',
      'entre 48 et 96 personnes formées, estimation centrale 48 personnes formées',
    ]);
    expect(plain(section.textContent)).toContain(
      '412 actions validées ont un chiffre d’impact ; 2 100 comptent comme apprentissage ou engagement.',
    );
    const byCompany = within(section).getByRole('table', { name: fr.impact.byCompanyCaption });
    expect(
      within(byCompany)
        .getAllByRole('row')
        .slice(1)
        .map((row) => plain(row.textContent)),
    ).toEqual([
      'Acme1 t CO₂e (0,8 à 1,2)',
      'Globex500 kg CO₂e (300 à 700)48 personnes formées (48 à 96)',
    ]);
  });

  it('leaves impact out for participants when the season hides it, and tells organisers', async () => {
    const hidden = (backend: FakeBackend) =>
      backend.handle('getSeasonReport', () =>
        seasonReportFixture({
          state: 'closed',
          impact: { ...seasonReportFixture().impact, shown: false },
        }),
      );
    await renderReport({ organiser: false, state: 'closed', more: hidden });
    await screen.findByRole('region', { name: fr.report.headline.title });
    expect(screen.queryByRole('region', { name: fr.impact.title })).toBeNull();
    cleanup();
    await renderReport({ organiser: true, state: 'closed', more: hidden });
    const section = await screen.findByRole('region', { name: fr.impact.title });
    expect(within(section).getByText(fr.impact.hiddenFromParticipants)).toBeInTheDocument();
  });

  it('prints with the browser’s dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderReport({ organiser: false, state: 'closed' });
    await user.click(await screen.findByRole('button', { name: fr.report.print }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('lets organisers preview it before the close, saying the figures may change', async () => {
    const { backend } = await renderReport({ organiser: true, state: 'open' });
    expect(await screen.findByText(fr.report.preview)).toBeInTheDocument();
    expect(payloadsOf(backend, 'getSeasonReport')).toEqual([{ seasonId: 'S1' }]);
    expect(screen.getByRole('link', { name: fr.report.dashboardLink })).toHaveAttribute(
      'href',
      '/admin/dashboard',
    );
  });

  it('tells others it comes with the close, without asking for it', async () => {
    const { backend } = await renderReport({ organiser: false, state: 'open' });
    expect(
      await screen.findByText(
        'Le rapport final de « Printemps » sera publié à la clôture de la saison.',
      ),
    ).toBeInTheDocument();
    expect(payloadsOf(backend, 'getSeasonReport')).toEqual([]);
    expect(screen.queryByRole('button', { name: fr.report.print })).toBeNull();
  });

  it('says it plainly when the function refuses', async () => {
    await renderReport({
      organiser: false,
      state: 'closed',
      more: (backend) =>
        backend.handle('getSeasonReport', () => {
          throw new BackendError('permission-denied', 'Not closed.');
        }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le rapport final de « Printemps » sera publié à la clôture de la saison.',
    );
  });

  it('says the report could not be prepared on any other failure', async () => {
    await renderReport({
      organiser: true,
      state: 'open',
      more: (backend) =>
        backend.handle('getSeasonReport', () => {
          throw new BackendError('unavailable', 'Down.');
        }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${fr.report.loadFailed} ${fr.commandErrors.unavailable}`,
    );
  });

  it('asks a signed-out visitor to sign in', async () => {
    await renderForTest(routes, { path: '/report' });
    expect(await screen.findByText(fr.report.signInFirst)).toBeInTheDocument();
  });
});
