// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import axe from 'axe-core';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import {
  ALICE,
  BOB,
  payloadsOf,
  renderForTest,
  seedOrganiser,
} from '../../components/render-for-test';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { AdminPage } from './admin-page';

afterEach(cleanup);

const route = <Route path="/admin" component={AdminPage} />;

function seedAll(backend: FakeBackend) {
  seedOrganiser(backend);
  backend.setDocument('seasons/S1', {
    name: 'Printemps 2026',
    timeZone: 'Europe/Paris',
    startsAt: Date.UTC(2026, 2, 10, 8, 0),
    endsAt: Date.UTC(2026, 3, 10, 16, 0),
    freezeAt: Date.UTC(2026, 3, 8, 16, 0),
    teamChangeCutoff: Date.UTC(2026, 3, 8, 16, 0),
    logBackDays: 3,
    actionIds: null,
    customActions: [],
    rankingRule: 'total',
    teamSizeCap: 12,
    state: 'draft',
  });
  backend.setDocument('companies/C1', { name: 'Acme', domains: ['acme.com'] });
  backend.setDocument('companies/C2', { name: 'Zeta' });
  backend.setDocument('organisers/uid-1', { email: ALICE.email });
}

describe('admin page', () => {
  it('is reserved to organisers', async () => {
    await renderForTest(route, { path: '/admin', signedInAs: BOB.email });
    expect(screen.getByRole('heading', { level: 1, name: fr.admin.title })).toBeInTheDocument();
    expect(screen.getByText(fr.admin.reserved)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: fr.admin.seasons.title })).toBeNull();
  });

  it('moves a draft season to open after a confirmation', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    const season = (await screen.findByRole('heading', { name: 'Printemps 2026' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(season).getByText(fr.seasonStates.draft)).toBeInTheDocument();
    await user.click(
      within(season).getByRole('button', {
        name: `${fr.admin.seasons.advance.open} Printemps 2026`,
      }),
    );
    await user.click(within(season).getByRole('button', { name: fr.admin.seasons.advanceConfirm }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'advanceSeason')).toEqual([{ seasonId: 'S1', to: 'open' }]),
    );
  });

  it('adds a company and grants the organiser role by email', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    await user.type(await screen.findByLabelText(fr.admin.companies.name), ' Bureau Vert ');
    await user.click(screen.getByRole('button', { name: fr.admin.companies.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'createCompany')).toEqual([{ name: 'Bureau Vert', domains: [] }]),
    );

    const email = screen.getByLabelText(fr.admin.organisers.email);
    await user.type(email, 'not an email');
    await user.click(screen.getByRole('button', { name: fr.admin.organisers.submit }));
    expect(email).toHaveAccessibleDescription(
      `${fr.admin.organisers.emailHint} ${fr.validation.email}`,
    );
    await user.clear(email);
    await user.type(email, BOB.email);
    await user.click(screen.getByRole('button', { name: fr.admin.organisers.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'setOrganiser')).toEqual([{ email: BOB.email, organiser: true }]),
    );
  });

  it('adds a company with its email domains, naming the entries that are no domain', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    const form = within(
      (await screen.findByRole('heading', { name: fr.admin.companies.add })).nextElementSibling
        ?.nextElementSibling as HTMLElement,
    );
    await user.type(form.getByLabelText(fr.admin.companies.name), 'Bureau Vert');
    const domains = form.getByLabelText(fr.admin.companies.domains);
    await user.type(domains, '@Bureau-Vert.fr{Enter}bv@bv.com');
    await user.click(form.getByRole('button', { name: fr.admin.companies.submit }));
    expect(domains).toHaveAttribute('aria-invalid', 'true');
    expect(domains).toHaveAccessibleDescription(
      `${fr.admin.companies.domainsHint} Ces domaines ne sont pas valides : bv@bv.com. Écrivez par exemple acme.com, sans « @ ».`,
    );
    expect(payloadsOf(backend, 'createCompany')).toEqual([]);

    await user.clear(domains);
    await user.type(domains, '@Bureau-Vert.fr, bv.com');
    await user.click(form.getByRole('button', { name: fr.admin.companies.submit }));
    await waitFor(() =>
      expect(payloadsOf(backend, 'createCompany')).toEqual([
        { name: 'Bureau Vert', domains: ['bureau-vert.fr', 'bv.com'] },
      ]),
    );
  });

  it('keeps the next company typed while the last one was being added', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    // The answer held until the next name is typed.
    let answer = () => {};
    backend.handle(
      'createCompany',
      () => new Promise((resolve) => (answer = () => resolve({ companyId: 'C3' }))),
    );
    const name = await screen.findByLabelText(fr.admin.companies.name);
    await user.type(name, 'Bureau Vert');
    await user.click(screen.getByRole('button', { name: fr.admin.companies.submit }));
    await waitFor(() => expect(payloadsOf(backend, 'createCompany')).toHaveLength(1));
    await user.clear(name);
    await user.type(name, 'Coopérative');
    answer();
    expect(
      await screen.findByText(fr.admin.companies.added.replace('{{name}}', 'Bureau Vert')),
    ).toBeInTheDocument();
    expect(name).toHaveValue('Coopérative');
  });

  it('shows each company’s domains and saves a company’s new list', async () => {
    const { backend, user } = await renderForTest(route, {
      path: '/admin',
      signedInAs: ALICE.email,
      seed: seedAll,
    });
    backend.handle('saveCompanyDomains', (data) => data);
    expect(await screen.findByText('(Domaines : acme.com)')).toBeInTheDocument();
    expect(screen.getByText(`(${fr.admin.companies.noDomains})`)).toBeInTheDocument();

    const edit = screen.getByRole('button', { name: 'Modifier les domaines de Acme' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    await user.click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    const domains = screen.getByLabelText('Domaines e-mail de « Acme »');
    expect(domains).toHaveFocus();
    expect(domains).toHaveValue('acme.com');
    const save = screen.getByRole('button', { name: fr.admin.companies.saveDomains });
    await user.type(domains, '{Enter}acme');
    await user.click(save);
    expect(domains).toHaveAccessibleDescription(
      `${fr.admin.companies.domainsHint} Ces domaines ne sont pas valides : acme. Écrivez par exemple acme.com, sans « @ ».`,
    );
    expect(payloadsOf(backend, 'saveCompanyDomains')).toEqual([]);
    await user.type(domains, '.FR');
    await user.click(save);
    await waitFor(() =>
      expect(payloadsOf(backend, 'saveCompanyDomains')).toEqual([
        { companyId: 'C1', domains: ['acme.com', 'acme.fr'] },
      ]),
    );
    expect(await screen.findByText('Domaines de « Acme » enregistrés.')).toHaveAttribute(
      'role',
      'status',
    );
    // The page outside the app shell: landmarks are the shell's; jsdom computes no colours.
    const scan = await axe.run(document.body, {
      rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
    });
    expect(scan.passes.length).toBeGreaterThan(0);
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });
});
