// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
import { DashboardPage } from './dashboard-page';

afterEach(cleanup);

const routes = <Route path="/admin/dashboard" component={DashboardPage} />;

function seed(backend: FakeBackend, season: Record<string, unknown> = {}) {
  seedOrganiser(backend);
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', openSeasonDocument(season));
}

const renderDashboard = (more?: (backend: FakeBackend) => void) =>
  renderForTest(routes, {
    path: '/admin/dashboard',
    signedInAs: ALICE.email,
    seed: (backend) => {
      seed(backend);
      backend.handle('getSeasonReport', () => seasonReportFixture());
      more?.(backend);
    },
  });

/** The figure a tile shows next to its label. */
const figure = (label: string) => screen.getByText(label).closest('div')?.querySelector('dd');
const cells = (row: HTMLElement) =>
  [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(
    (cell) => cell.textContent,
  );
const rowsOf = (name: string | RegExp) =>
  within(screen.getByRole('table', { name })).getAllByRole('row').slice(1);
/** Spaces as Intl writes them in French (narrow and no-break) read as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

describe('the organisers’ dashboard', () => {
  it('asks the report of the current season and shows its figures', async () => {
    const { backend } = await renderDashboard();
    await screen.findByRole('heading', { level: 2, name: fr.dashboard.people.title });
    expect(payloadsOf(backend, 'getSeasonReport')).toEqual([{ seasonId: 'S1' }]);

    expect(figure(fr.dashboard.people.participants)).toHaveTextContent('262');
    expect(plain(figure(fr.dashboard.people.active)?.textContent)).toBe(
      '198 (76 % des participant·es)',
    );
    expect(figure(fr.dashboard.people.teams)).toHaveTextContent('32');
    expect(figure(fr.dashboard.people.companies)).toHaveTextContent('7');

    expect(rowsOf(fr.dashboard.submissions.byStatus).map(cells)).toEqual([
      [fr.dashboard.submissions.statuses.pending, '14'],
      [fr.dashboard.submissions.statuses.approved, expect.stringMatching(/^2\s512$/)],
      [fr.dashboard.submissions.statuses.rejected, '37'],
      [fr.dashboard.submissions.statuses.withdrawn, '5'],
      [fr.dashboard.submissions.statuses.revoked, '2'],
      [fr.dashboard.submissions.total, expect.stringMatching(/^2\s570$/)],
    ]);
    const byTheme = rowsOf(fr.dashboard.submissions.byTheme);
    expect(cells(byTheme[0] as HTMLElement).map(plain)).toEqual([
      fr.themes.sobriety,
      '800',
      '32 %',
      '',
    ]);
    expect(cells(byTheme.at(-1) as HTMLElement).map(plain)).toEqual([
      fr.dashboard.breakdown.total,
      '2 512',
      '100 %',
      '',
    ]);
    expect(
      rowsOf(fr.dashboard.submissions.byModality)
        .map((row) => plain(cells(row)[1]))
        .slice(0, 3),
    ).toEqual(['1 100', '1 012', '400']);
  });

  it('names each column of the breakdowns once, the share over its number and its bar', async () => {
    await renderDashboard();
    for (const caption of [fr.dashboard.submissions.byTheme, fr.dashboard.submissions.byModality]) {
      const table = await screen.findByRole('table', { name: caption });
      const headers = within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent);
      expect(headers).toEqual([...new Set(headers)]);
      expect(
        within(table).getByRole('columnheader', { name: fr.dashboard.breakdown.share }),
      ).toHaveAttribute('colspan', '2');
    }
  });

  it('words the review figures as durations', async () => {
    await renderDashboard();
    await screen.findByRole('heading', { level: 2, name: fr.dashboard.review.title });
    expect(figure(fr.dashboard.review.backlog)).toHaveTextContent('14');
    expect(figure(fr.dashboard.review.median)).toHaveTextContent('3 heures et 20 minutes');
    // Pending since two days after the start; the report was made a day later.
    expect(figure(fr.dashboard.review.oldest)).toHaveTextContent('(en attente depuis 1 jour)');
    expect(figure(fr.dashboard.review.oldest)).toHaveTextContent('4 mars 2026');
  });

  it('draws the days as stacked bars, by theme or by modality, with the same data in a table', async () => {
    const { user } = await renderDashboard();
    const chart = await screen.findByRole('img', { name: /^Graphique des actions approuvées/ });
    expect(plain(chart.getAttribute('aria-label'))).toBe(
      'Graphique des actions approuvées par jour, du 2 mars 2026 au 4 mars 2026 : 15 au total, au plus 9 le 3 mars 2026.',
    );
    // Day one by theme: sobriety, citizenship, accessibility (no empty parts).
    expect(chart.querySelectorAll('rect.segment')).toHaveLength(3 + 6);
    expect(screen.getByRole('table', { name: fr.dashboard.chart.tableCaption.theme })).toBeTruthy();
    expect(rowsOf(fr.dashboard.chart.tableCaption.theme).map(cells)[1]).toEqual([
      '3 mars 2026',
      '2',
      '2',
      '1',
      '1',
      '2',
      '1',
      '9',
    ]);

    await user.click(screen.getByRole('radio', { name: fr.dashboard.chart.stacks.modality }));
    expect(screen.getByRole('radio', { name: fr.dashboard.chart.stacks.modality })).toBeChecked();
    expect(chart.querySelectorAll('rect.segment')).toHaveLength(2 + 3);
    expect(rowsOf(fr.dashboard.chart.tableCaption.modality).map(cells)[0]).toEqual([
      '2 mars 2026',
      '4',
      '2',
      '0',
      '6',
    ]);
    expect(
      within(screen.getByRole('list', { name: fr.dashboard.chart.legend }))
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual([fr.modalities.understand, fr.modalities.act, fr.modalities.share]);
  });

  it('lists the events with their registrations and attendance', async () => {
    await renderDashboard();
    await screen.findByRole('table', { name: fr.dashboard.events.caption });
    expect(
      screen.getByText('1 événement maintenu, 18 places prises, 15 présences notées.'),
    ).toBeInTheDocument();
    const [held, cancelled] = rowsOf(fr.dashboard.events.caption);
    expect(cells(held as HTMLElement)).toEqual([
      'Fresque du numérique',
      expect.stringContaining('7 mars 2026'),
      fr.dashboard.events.statuses.scheduled,
      '20',
      '18',
      '3',
      '15',
    ]);
    expect(cells(cancelled as HTMLElement)[2]).toBe(fr.dashboard.events.statuses.cancelled);
  });

  it('says an event that has started is under way, and one that has ended is over', async () => {
    const report = seasonReportFixture();
    const [held] = report.events;
    if (!held) throw new Error('The fixture has an event.');
    await renderDashboard((fake) =>
      fake.handle('getSeasonReport', () => ({
        ...report,
        events: [
          { ...held, id: 'E3', startsAt: report.generatedAt - 1, endsAt: report.generatedAt + 1 },
          { ...held, id: 'E4', endsAt: report.generatedAt - 1, startsAt: report.generatedAt - 2 },
        ],
      })),
    );
    await screen.findByRole('table', { name: fr.dashboard.events.caption });
    expect(rowsOf(fr.dashboard.events.caption).map((row) => cells(row)[2])).toEqual([
      fr.dashboard.events.statuses.underway,
      fr.dashboard.events.statuses.over,
    ]);
  });

  it('makes each count of a summary agree with its own number', async () => {
    await renderDashboard((fake) =>
      fake.handle('getSeasonReport', () =>
        seasonReportFixture({ registrations: 1, attendance: 1, actionsValidated: 1, points: 1 }),
      ),
    );
    expect(
      await screen.findByText('1 événement maintenu, 1 place prise, 1 présence notée.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 action validée, pour 1 point.')).toBeInTheDocument();
  });

  it('shows the survey’s answers', async () => {
    await renderDashboard();
    await screen.findByRole('heading', { level: 3, name: fr.dashboard.survey.results });
    expect(figure(fr.dashboard.survey.answers)).toHaveTextContent('40');
    expect(plain(figure(fr.dashboard.survey.keepGoingShare)?.textContent)).toBe('83 %');
    expect(figure(fr.dashboard.survey.averageRating)).toHaveTextContent('4,3 sur 5');
    expect(
      rowsOf(fr.dashboard.survey.keepGoingCaption).map((row) => cells(row).slice(0, 2)),
    ).toEqual([
      [fr.survey.keepGoing.yes, '33'],
      [fr.survey.keepGoing.maybe, '5'],
      [fr.survey.keepGoing.no, '2'],
      [fr.dashboard.breakdown.total, '40'],
    ]);
    expect(cells(rowsOf(fr.dashboard.survey.favouriteCaption)[0] as HTMLElement)[1]).toBe('12');
  });

  it('opens the survey with setSurvey and says it is now open', async () => {
    const { backend, user } = await renderDashboard((fake) =>
      fake.handle('setSurvey', (data) => {
        const { open } = data as { open: boolean };
        fake.setDocument('seasons/S1', openSeasonDocument({ surveyOpen: open }));
        return { ok: true };
      }),
    );
    const toggle = await screen.findByRole('switch', { name: fr.dashboard.survey.switch });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);

    expect(payloadsOf(backend, 'setSurvey')).toEqual([{ seasonId: 'S1', open: true }]);
    expect(await screen.findByText(fr.dashboard.survey.opened)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
    // The figures are asked again, so the results follow.
    await waitFor(() => expect(payloadsOf(backend, 'getSeasonReport')).toHaveLength(2));

    await user.click(toggle);
    expect(payloadsOf(backend, 'setSurvey')).toEqual([
      { seasonId: 'S1', open: true },
      { seasonId: 'S1', open: false },
    ]);
    expect(await screen.findByText(fr.dashboard.survey.closed)).toBeInTheDocument();
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'false'));
  });

  it('says why the survey could not be switched', async () => {
    const { user } = await renderDashboard((fake) =>
      fake.handle('setSurvey', () => {
        throw new BackendError('failed-precondition', 'The season is a draft.');
      }),
    );
    await user.click(await screen.findByRole('switch', { name: fr.dashboard.survey.switch }));
    expect(
      await screen.findByText(`${fr.commandErrors['failed-precondition']} The season is a draft.`),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  });

  it('says so when the report cannot be computed, and still offers the survey switch', async () => {
    await renderDashboard((fake) =>
      fake.handle('getSeasonReport', () => {
        throw new BackendError('unavailable', 'Down.');
      }),
    );
    expect(
      await screen.findByText(`${fr.dashboard.loadFailed} ${fr.commandErrors.unavailable}`),
    ).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('switch', { name: fr.dashboard.survey.switch })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: fr.dashboard.people.title })).toBeNull();
  });

  it('links back to the organisation and on to the report', async () => {
    await renderDashboard();
    expect(await screen.findByRole('link', { name: fr.dashboard.reportLink })).toHaveAttribute(
      'href',
      '/report',
    );
    expect(screen.getByRole('link', { name: fr.dashboard.backToAdmin })).toHaveAttribute(
      'href',
      '/admin',
    );
  });

  it('tells a non-organiser the page is not theirs, and asks for nothing', async () => {
    const { backend } = await renderForTest(routes, {
      path: '/admin/dashboard',
      signedInAs: ALICE.email,
    });
    expect(await screen.findByText(fr.dashboard.reserved)).toBeInTheDocument();
    expect(payloadsOf(backend, 'getSeasonReport')).toEqual([]);
  });
});
