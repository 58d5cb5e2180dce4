// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { BOB, payloadsOf, renderForTest } from '../../components/render-for-test';
import { BackendError } from '../../data/backend';
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

describe('join page', () => {
  it('joins the team of the code, then goes to /team', async () => {
    const { backend, user, location } = await renderForTest(routes, {
      path: '/join/abcd-2345',
      signedInAs: BOB.email,
    });
    backend.handle('joinTeam', () => ({ teamId: 'T1', teamName: 'Les Colibris' }));
    expect(screen.getByRole('heading', { level: 1, name: fr.join.title })).toBeInTheDocument();
    expect(screen.getByText('ABCD2345')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fr.join.submit }));

    await waitFor(() => expect(location.history).toEqual(['/join/abcd-2345', '/team']));
    expect(payloadsOf(backend, 'joinTeam')).toEqual([{ code: 'ABCD2345' }]);
  });

  it('stays and says why when the join is refused', async () => {
    const { backend, user, location } = await renderForTest(routes, {
      path: '/join/ABCD2345',
      signedInAs: BOB.email,
    });
    backend.handle('joinTeam', () => {
      throw new BackendError('not-found', 'A team with this invite code was not found.');
    });
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

  it('says so when the code cannot be one', async () => {
    await renderForTest(routes, { path: '/join/nope', signedInAs: BOB.email });
    expect(screen.getByText(fr.join.invalid)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: fr.join.submit })).not.toBeInTheDocument();
  });
});
