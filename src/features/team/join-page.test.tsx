// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import axe from 'axe-core';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { BOB, filled, payloadsOf, renderForTest } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
import type { FakeBackend } from '../../data/fake-backend';
import type { InvitePreview } from '../../domain/team';
import fr from '../../i18n/fr.json';
import { JoinPage } from './join-page';

afterEach(cleanup);

const routes = (
  <Switch>
    <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
    <Route path="/team">
      <h1>Team</h1>
    </Route>
  </Switch>
);

const COLIBRIS: InvitePreview = {
  teamId: 'T1',
  teamName: 'Les Colibris',
  companyName: 'Bureau Vert',
  seasonName: 'Printemps',
  memberCount: 1,
  full: false,
  domainRefusal: null,
  companyDomains: [],
};

/** previewInvite answering for one code, as the function does. */
const previewing = (preview: InvitePreview) => (backend: FakeBackend) =>
  backend.handle('previewInvite', (data) => {
    if ((data as { code: string }).code !== 'ABCD2345') {
      throw new BackendError('not-found', 'A team with this invite code was not found.');
    }
    return preview;
  });

describe('join page', () => {
  it('says which team of which company the code leads to, joins it, then goes to /team', async () => {
    const { backend, user, location } = await renderForTest(routes, {
      path: '/join/abcd-2345',
      signedInAs: BOB.email,
      seed: previewing(COLIBRIS),
    });
    backend.handle('joinTeam', () => ({ teamId: 'T1', teamName: 'Les Colibris' }));
    expect(screen.getByRole('heading', { level: 1, name: fr.join.title })).toBeInTheDocument();
    expect(screen.getByText('ABCD2345')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Vous allez rejoindre l’équipe « Les Colibris » de Bureau Vert, pour la saison « Printemps ». Elle compte 1 membre.',
      ),
    ).toBeInTheDocument();
    expect(payloadsOf(backend, 'previewInvite')).toEqual([{ code: 'ABCD2345' }]);

    await user.click(screen.getByRole('button', { name: fr.join.submit }));

    await waitFor(() => expect(location.history).toEqual(['/join/abcd-2345', '/team']));
    expect(payloadsOf(backend, 'joinTeam')).toEqual([{ code: 'ABCD2345' }]);
  });

  it('stays and says why when the join is refused', async () => {
    const { backend, user, location } = await renderForTest(routes, {
      path: '/join/ABCD2345',
      signedInAs: BOB.email,
      seed: previewing(COLIBRIS),
    });
    backend.handle('joinTeam', () => {
      throw new BackendError('not-found', 'A team with this invite code was not found.');
    });
    await waitFor(() => expect(screen.getByRole('button', { name: fr.join.submit })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: fr.join.submit }));
    expect(
      await screen.findByText(
        `${fr.commandErrors['not-found']} A team with this invite code was not found.`,
      ),
    ).toHaveAttribute('role', 'alert');
    expect(location.history).toEqual(['/join/ABCD2345']);
  });

  it('sends a signed-out person to sign in or up, and back here afterwards', async () => {
    await renderForTest(routes, { path: '/join/ABCD2345' });
    expect(screen.getByRole('link', { name: fr.nav.signIn })).toHaveAttribute(
      'href',
      '/sign-in?next=/join/ABCD2345',
    );
    expect(screen.getByRole('link', { name: fr.join.signUp })).toHaveAttribute(
      'href',
      '/sign-up?next=/join/ABCD2345',
    );
    expect(screen.queryByRole('button', { name: fr.join.submit })).not.toBeInTheDocument();
  });

  it('says a code no team has is unknown, and offers no join', async () => {
    const { backend } = await renderForTest(routes, {
      path: '/join/ZZZZ2222',
      signedInAs: BOB.email,
      seed: previewing(COLIBRIS),
    });
    expect(await screen.findByText(fr.join.unknown)).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: fr.join.submit })).toBeDisabled();
    expect(payloadsOf(backend, 'joinTeam')).toEqual([]);
  });

  it('says a full team is full before anyone tries to join it', async () => {
    await renderForTest(routes, {
      path: '/join/ABCD2345',
      signedInAs: BOB.email,
      seed: previewing({ ...COLIBRIS, memberCount: 12, full: true }),
    });
    expect(await screen.findByText(fr.join.full)).toHaveAttribute('role', 'alert');
    expect(screen.getByText(/Elle compte 12 membres\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr.join.submit })).toBeDisabled();
  });

  it('says, before anyone presses join, that the season asks a verified address of the company', async () => {
    const { backend } = await renderForTest(routes, {
      path: '/join/ABCD2345',
      signedInAs: BOB.email,
      seed: previewing({
        ...COLIBRIS,
        domainRefusal: 'otherDomain',
        companyDomains: ['bureau-vert.fr', 'bv.com'],
      }),
    });
    expect(
      await screen.findByText(
        'Cette saison demande une adresse vérifiée en bureau-vert.fr, bv.com pour rejoindre une équipe de Bureau Vert : connectez-vous avec votre compte professionnel.',
      ),
    ).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: fr.join.submit })).toBeDisabled();
    expect(payloadsOf(backend, 'joinTeam')).toEqual([]);
    const scan = await axe.run(document.body, {
      rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
    });
    expect(scan.passes.length).toBeGreaterThan(0);
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('puts the function’s domain refusal into words when the join is refused anyway', async () => {
    const { backend, user } = await renderForTest(routes, {
      path: '/join/ABCD2345',
      signedInAs: BOB.email,
      seed: previewing(COLIBRIS),
    });
    backend.handle('joinTeam', () => {
      throw new BackendError('failed-precondition', 'This season asks…', {
        key: 'domainRefusals.noVerifiedAddress',
        company: 'Bureau Vert',
        domains: 'bureau-vert.fr',
      });
    });
    await waitFor(() => expect(screen.getByRole('button', { name: fr.join.submit })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: fr.join.submit }));
    expect(
      await screen.findByText(
        `${fr.commandErrors['failed-precondition']} ${filled(fr.domainRefusals.noVerifiedAddress, {
          domains: 'bureau-vert.fr',
          company: 'Bureau Vert',
        })}`,
      ),
    ).toHaveAttribute('role', 'alert');
  });

  it('says so when the code cannot be one', async () => {
    await renderForTest(routes, { path: '/join/nope', signedInAs: BOB.email });
    expect(screen.getByText(fr.join.invalid)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: fr.join.submit })).not.toBeInTheDocument();
  });
});
