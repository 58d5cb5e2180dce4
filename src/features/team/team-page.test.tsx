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
  openSeasonDocument,
  DAY,
} from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import fr from '../../i18n/fr.json';
import { TeamPage } from './team-page';

afterEach(cleanup);

const NOW = Date.now();
const OPEN_SEASON = openSeasonDocument({}, NOW);
const CODE = 'ABCD2345';

function seedSeason(backend: FakeBackend, season: Record<string, unknown> = OPEN_SEASON) {
  backend.setDocument('config/app', { currentSeasonId: 'S1', hasOrganiser: true });
  backend.setDocument('seasons/S1', season);
  backend.setDocument('companies/C1', { name: 'Acme' });
  backend.setDocument('companies/C2', { name: 'Bureau Vert' });
}

/** Alice (uid-1) captains "Les Colibris"; Bob (uid-2) is a member. */
function seedTeam(backend: FakeBackend) {
  seedSeason(backend);
  backend.setDocument('teams/T1', {
    seasonId: 'S1',
    companyId: 'C1',
    companyName: 'Acme',
    name: 'Les Colibris',
    members: {
      'uid-1': { name: 'Colibri 42', role: 'captain', joinedAt: NOW - 5 * DAY },
      'uid-2': { name: 'Bob Martin', role: 'member', joinedAt: NOW - 4 * DAY },
    },
    memberCount: 2,
    createdAt: NOW - 5 * DAY,
  });
  backend.setDocument('teams/T1/private/invite', { code: CODE });
  for (const [uid, role] of [
    ['uid-1', 'captain'],
    ['uid-2', 'member'],
  ] as const) {
    backend.setDocument(`memberships/S1_${uid}`, {
      seasonId: 'S1',
      teamId: 'T1',
      uid,
      role,
      joinedAt: NOW,
    });
  }
}

const renderTeam = (signedInAs: string | undefined, seed: (backend: FakeBackend) => void) =>
  renderForTest(<Route path="/team" component={TeamPage} />, { path: '/team', signedInAs, seed });

describe('team page, not in a team', () => {
  it('says so when there is no current season', async () => {
    await renderTeam(ALICE.email, (backend) =>
      backend.setDocument('config/app', { currentSeasonId: null, hasOrganiser: true }),
    );
    expect(await screen.findByText(fr.team.noSeason)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: fr.team.create.title })).not.toBeInTheDocument();
  });

  it('offers both forms and creates a team with the chosen company', async () => {
    const { backend, user } = await renderTeam(ALICE.email, seedSeason);
    backend.handle('createTeam', () => {
      // As the callable would: the listeners bring the new team back.
      seedTeam(backend);
      return { teamId: 'T1', code: CODE };
    });

    const create = (await screen.findByRole('heading', { name: fr.team.create.title })).closest(
      'section',
    ) as HTMLElement;
    const join = screen
      .getByRole('heading', { name: fr.team.join.title })
      .closest('section') as HTMLElement;
    expect(within(join).getByLabelText(fr.team.join.code)).toBeInTheDocument();

    await user.click(within(create).getByRole('button', { name: fr.team.create.submit }));
    expect(await within(create).findByText(fr.form.fixErrors)).toHaveFocus();
    expect(within(create).getByLabelText(fr.team.create.company)).toHaveAccessibleDescription(
      fr.validation.companyId,
    );
    expect(payloadsOf(backend, 'createTeam')).toEqual([]);

    await user.selectOptions(within(create).getByLabelText(fr.team.create.company), 'Bureau Vert');
    await user.type(within(create).getByLabelText(fr.team.create.name), '  Les Colibris ');
    await user.click(within(create).getByRole('button', { name: fr.team.create.submit }));

    await waitFor(() =>
      expect(payloadsOf(backend, 'createTeam')).toEqual([
        { seasonId: 'S1', companyId: 'C2', name: 'Les Colibris' },
      ]),
    );
    expect(await screen.findByText('Les Colibris')).toBeInTheDocument();
  });

  it('offers first, as "your company", the companies of the person’s address domain', async () => {
    await renderTeam(ALICE.email, (backend) => {
      seedSeason(backend);
      // Alice's address is alice@example.org.
      backend.setDocument('companies/C3', { name: 'Exemple SA', domains: ['example.org'] });
      backend.setDocument('companies/C4', { name: 'Sous-domaine', domains: ['fr.example.org'] });
    });
    const company = await screen.findByLabelText(fr.team.create.company);
    expect(company).toHaveAccessibleDescription(
      '« Votre entreprise » : d’après le domaine de votre adresse (example.org).',
    );
    const groups = within(company).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      fr.team.create.yourCompany,
      fr.team.create.otherCompanies,
    ]);
    const names = (group: HTMLElement) =>
      within(group)
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(names(groups[0] as HTMLElement)).toEqual(['Exemple SA']);
    expect(names(groups[1] as HTMLElement)).toEqual(['Acme', 'Bureau Vert', 'Sous-domaine']);
    const scan = await axe.run(document.body, {
      rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
    });
    expect(scan.passes.length).toBeGreaterThan(0);
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('lists the companies in one list when none is of the person’s domain', async () => {
    await renderTeam(ALICE.email, seedSeason);
    const company = await screen.findByLabelText(fr.team.create.company);
    expect(within(company).queryAllByRole('group')).toEqual([]);
    expect(company).not.toHaveAccessibleDescription();
  });

  it('joins with a code typed loosely', async () => {
    const { backend, user } = await renderTeam(BOB.email, seedSeason);
    await user.type(await screen.findByLabelText(fr.team.join.code), 'abcd-2345');
    await user.click(screen.getByRole('button', { name: fr.team.join.submit }));
    await waitFor(() => expect(payloadsOf(backend, 'joinTeam')).toEqual([{ code: CODE }]));
  });

  it('shows the server’s reason when joining fails', async () => {
    const { backend, user } = await renderTeam(BOB.email, seedSeason);
    backend.handle('joinTeam', () => {
      throw new BackendError('failed-precondition', 'This team is full (12 members).');
    });
    await user.type(await screen.findByLabelText(fr.team.join.code), CODE);
    await user.click(screen.getByRole('button', { name: fr.team.join.submit }));
    expect(
      await screen.findByText(
        `${fr.commandErrors['failed-precondition']} This team is full (12 members).`,
      ),
    ).toHaveFocus();
  });
});

describe('team page, in a team', () => {
  it('shows the team, its members without emails, and the invite link with its code', async () => {
    const { user } = await renderTeam(BOB.email, seedTeam);
    expect(await screen.findByText('Les Colibris')).toBeInTheDocument();
    expect(screen.getByText('Acme')).toBeInTheDocument();

    const members = within(screen.getByRole('list'));
    const [alice, bob] = members.getAllByRole('listitem');
    expect(alice).toHaveTextContent('Colibri 42');
    expect(alice).toHaveTextContent(fr.team.members.captain);
    expect(bob).toHaveTextContent(`Bob Martin${fr.team.members.you}`);
    expect(document.body).not.toHaveTextContent('@example.org');

    const link = screen.getByLabelText(fr.team.invite.link);
    expect(link).toHaveValue(`${window.location.origin}/join/${CODE}`);
    expect(screen.getByLabelText(fr.team.invite.code)).toHaveValue(CODE);

    await user.click(screen.getByRole('button', { name: fr.team.invite.copyLink }));
    expect(await screen.findByText(fr.copy.copied)).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/join/${CODE}`);
  });

  it('shows a member whose verified address is at the company’s domain as its member', async () => {
    await renderTeam(BOB.email, (backend) => {
      seedTeam(backend);
      backend.setDocument('teams/T1', {
        seasonId: 'S1',
        companyId: 'C1',
        companyName: 'Acme',
        name: 'Les Colibris',
        memberCount: 2,
        createdAt: NOW - 5 * DAY,
        members: {
          'uid-1': { name: 'Colibri 42', role: 'captain', joinedAt: NOW - 5 * DAY },
          'uid-2': {
            name: 'Bob Martin',
            role: 'member',
            joinedAt: NOW - 4 * DAY,
            companyDomain: 'acme.com',
          },
        },
      });
    });
    const members = within(await screen.findByRole('list'));
    const [alice, bob] = members.getAllByRole('listitem');
    expect(bob).toHaveTextContent('Membre de Acme (adresse vérifiée @acme.com)');
    expect(alice).not.toHaveTextContent('Membre de');
    const scan = await axe.run(document.body, {
      rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
    });
    expect(scan.passes.length).toBeGreaterThan(0);
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('gives a captain the captain’s tools, and a member none of them', async () => {
    await renderTeam(ALICE.email, seedTeam);
    await screen.findByText('Les Colibris');
    expect(screen.getByRole('button', { name: fr.team.invite.regenerate })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `${fr.team.members.handOver} Bob Martin` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `${fr.team.members.remove} Bob Martin` }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: `${fr.team.members.nameCaptain} Bob Martin` }),
    ).toBeInTheDocument();
    // Nobody manages themselves from the list.
    expect(screen.queryByRole('button', { name: /Colibri 42$/ })).not.toBeInTheDocument();
    cleanup();

    await renderTeam(BOB.email, seedTeam);
    await screen.findByText('Les Colibris');
    expect(screen.queryByRole('button', { name: fr.team.invite.regenerate })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(fr.team.members.handOver) })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(fr.team.members.remove) })).toBeNull();
    expect(screen.getByRole('button', { name: fr.team.leave.submit })).toBeInTheDocument();
  });

  it('hands the captaincy over after a confirmation', async () => {
    const { backend, user } = await renderTeam(ALICE.email, seedTeam);
    await user.click(
      await screen.findByRole('button', { name: `${fr.team.members.handOver} Bob Martin` }),
    );
    // Nothing is sent until the second press; the confirmation takes focus.
    expect(payloadsOf(backend, 'handOverCaptaincy')).toEqual([]);
    const confirm = screen.getByRole('button', { name: fr.team.members.handOverConfirm });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    await waitFor(() =>
      expect(payloadsOf(backend, 'handOverCaptaincy')).toEqual([{ teamId: 'T1', uid: 'uid-2' }]),
    );
    // The keyboard stays where it was.
    expect(
      screen.getByRole('button', { name: `${fr.team.members.handOver} Bob Martin` }),
    ).toHaveFocus();
  });

  it('backs out of a removal with Cancel', async () => {
    const { backend, user } = await renderTeam(ALICE.email, seedTeam);
    const remove = await screen.findByRole('button', {
      name: `${fr.team.members.remove} Bob Martin`,
    });
    await user.click(remove);
    await user.click(screen.getByRole('button', { name: fr.confirm.cancel }));
    expect(
      screen.getByRole('button', { name: `${fr.team.members.remove} Bob Martin` }),
    ).toHaveFocus();
    expect(payloadsOf(backend, 'removeMember')).toEqual([]);
  });

  it('names a co-captain and leaves the team through the callables only', async () => {
    const { backend, user } = await renderTeam(ALICE.email, seedTeam);
    await user.click(
      await screen.findByRole('button', { name: `${fr.team.members.nameCaptain} Bob Martin` }),
    );
    await waitFor(() =>
      expect(payloadsOf(backend, 'setTeamRole')).toEqual([
        { teamId: 'T1', uid: 'uid-2', role: 'captain' },
      ]),
    );
    // No optimistic update: the button stays as it was until the team document changes.
    expect(
      screen.getByRole('button', { name: `${fr.team.members.nameCaptain} Bob Martin` }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fr.team.leave.submit }));
    await user.click(screen.getByRole('button', { name: fr.team.leave.confirm }));
    await waitFor(() => expect(payloadsOf(backend, 'leaveTeam')).toEqual([{ seasonId: 'S1' }]));
  });
});
