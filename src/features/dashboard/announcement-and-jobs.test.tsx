// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
import fr from '../../i18n/fr.json';
import { DashboardPage } from './dashboard-page';

afterEach(cleanup);

const renderDashboard = () =>
  renderForTest(<Route path="/admin/dashboard" component={DashboardPage} />, {
    path: '/admin/dashboard',
    signedInAs: ALICE.email,
    seed: (backend) => {
      seedOrganiser(backend);
      backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
      backend.setDocument('seasons/S1', openSeasonDocument());
      backend.setDocument('companies/C1', { name: 'Acme' });
      backend.handle('getSeasonReport', () => seasonReportFixture());
      backend.handle('sendAnnouncement', () => ({ announcementId: 'announcement-S1-x' }));
    },
  });

const announcementForm = async () =>
  within(
    (await screen.findByRole('heading', { name: fr.dashboard.announce.title })).closest(
      'section',
    ) as HTMLElement,
  );

describe('announcements on the dashboard', () => {
  it('sends a text in both languages to one company, and says so', async () => {
    const user = userEvent.setup();
    const { backend } = await renderDashboard();
    const form = await announcementForm();
    await user.selectOptions(
      form.getByLabelText(fr.dashboard.announce.to),
      fr.dashboard.announce.company.replace('{{company}}', 'Acme'),
    );
    const [frTitle, enTitle] = form.getAllByLabelText(fr.dashboard.announce.heading);
    const [frMessage, enMessage] = form.getAllByLabelText(fr.dashboard.announce.message);
    await user.type(frTitle as HTMLElement, 'Fresque jeudi');
    await user.type(enTitle as HTMLElement, 'Collage on Thursday');
    await user.type(frMessage as HTMLElement, 'Inscrivez-vous vite.');
    await user.type(enMessage as HTMLElement, 'Register soon.');
    await user.click(form.getByRole('button', { name: fr.dashboard.announce.send }));
    expect(
      await form.findByText(fr.dashboard.announce.sentCompany.replace('{{company}}', 'Acme')),
    ).toHaveAttribute('role', 'status');
    expect(payloadsOf(backend, 'sendAnnouncement')).toEqual([
      {
        seasonId: 'S1',
        companyId: 'C1',
        title: { fr: 'Fresque jeudi', en: 'Collage on Thursday' },
        message: { fr: 'Inscrivez-vous vite.', en: 'Register soon.' },
      },
    ]);
    expect(frTitle).toHaveValue('');
  });

  it('shows what is missing next to its field and sends nothing', async () => {
    const user = userEvent.setup();
    const { backend } = await renderDashboard();
    const form = await announcementForm();
    const [frTitle] = form.getAllByLabelText(fr.dashboard.announce.heading);
    await user.type(frTitle as HTMLElement, 'Fresque jeudi');
    await user.click(form.getByRole('button', { name: fr.dashboard.announce.send }));
    expect(await form.findByRole('alert')).toHaveTextContent(fr.form.fixErrors);
    const [, enTitle] = form.getAllByLabelText(fr.dashboard.announce.heading);
    expect(enTitle).toHaveAttribute('aria-invalid', 'true');
    expect(enTitle).toHaveAccessibleDescription(fr.validation.announcementTitle);
    expect(payloadsOf(backend, 'sendAnnouncement')).toEqual([]);
  });
});

describe('scheduled jobs on the dashboard', () => {
  it('runs one now and says when it is done, or why it failed', async () => {
    const user = userEvent.setup();
    const { backend } = await renderDashboard();
    backend.handle('runScheduledJob', () => ({ job: 'eventReminders', outcome: 1 }));
    const name = fr.dashboard.jobs.run.replace('{{job}}', fr.dashboard.jobs.names.eventReminders);
    await user.click(await screen.findByRole('button', { name }));
    expect(
      await screen.findByText(
        fr.dashboard.jobs.done.replace('{{job}}', fr.dashboard.jobs.names.eventReminders),
      ),
    ).toHaveAttribute('role', 'status');
    expect(payloadsOf(backend, 'runScheduledJob')).toEqual([{ job: 'eventReminders' }]);

    backend.handle('runScheduledJob', () => {
      throw new BackendError('permission-denied', 'Your role (employee) may not do this.');
    });
    await user.click(screen.getByRole('button', { name }));
    expect(await screen.findByText(fr.commandErrors['permission-denied'])).toHaveClass(
      'form-error',
    );
  });
});
