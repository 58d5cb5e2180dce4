// @vitest-environment jsdom
// The sign-in pages over the fake backend: work accounts, the kept sign-in offered once the person
// is in, mailed links and resets, the action page's three modes, and the profile's sign-in section.
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { ALICE, filled, renderForTest, type RenderOptions } from '../../components/render-for-test';
import fr from '../../i18n/fr.json';
import frAccount from '../../i18n/account.fr.json';
import { AuthActionPage } from './auth-action-page';
import { SignInPage } from './sign-in-page';
import { SignUpPage } from './sign-up-page';

afterEach(cleanup);

const routes = (
  <Switch>
    <Route path="/sign-in" component={SignInPage} />
    <Route path="/sign-up" component={SignUpPage} />
    <Route path="/auth/action" component={AuthActionPage} />
    <Route>
      <p>elsewhere</p>
    </Route>
  </Switch>
);

const renderAuth = (path: string, options: Omit<RenderOptions, 'path'> = {}) =>
  renderForTest(routes, { path, ...options });

const continueWith = (provider: string) =>
  screen.getByRole('button', { name: filled(frAccount.auth.continueWith, { provider }) });

describe('work accounts', () => {
  it('signs in with Microsoft and goes to the next address', async () => {
    const { user, backend, location } = await renderAuth('/sign-in?next=/team');
    await user.click(continueWith('Microsoft'));
    await waitFor(() => expect(location.history.at(-1)).toBe('/team'));
    expect(backend.currentUser).toMatchObject({
      emailVerified: true,
      providers: ['microsoft.com'],
    });
  });

  it('says a closed or blocked pop-up in plain words and keeps the person on the page', async () => {
    const { user, backend, location } = await renderAuth('/sign-in');
    backend.failNext('popup-blocked');
    await user.click(continueWith('Google'));
    expect(await screen.findByRole('alert')).toHaveTextContent(frAccount.errors['popup-blocked']);
    backend.failNext('popup-closed');
    await user.click(continueWith('Google'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(frAccount.errors['popup-closed']),
    );
    expect(location.history.at(-1)).toBe('/sign-in');
    expect(backend.currentUser).toBeNull();
  });

  it('keeps a Google sign-in whose address has a password account, and adds it once the person signs in and confirms', async () => {
    const { user, backend, location } = await renderAuth('/sign-in?next=/profile', {
      backend: { providerEmails: { google: ALICE.email } },
    });
    await user.click(continueWith('Google'));
    expect(await screen.findByRole('alert')).toHaveTextContent(frAccount.errors['account-exists']);
    expect(
      screen.getByText(
        filled(frAccount.auth.pendingLink, { email: ALICE.email, provider: 'Google' }),
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText(frAccount.auth.email), ALICE.email);
    await user.type(screen.getByLabelText(frAccount.auth.password), ALICE.password);
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignIn }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: filled(frAccount.auth.linkOfferTitle, { provider: 'Google' }),
      }),
    ).toBeInTheDocument();
    // Nothing is added before the person says yes.
    expect(backend.currentUser?.providers).toEqual(['password']);
    await user.click(
      screen.getByRole('button', {
        name: filled(frAccount.auth.linkOfferYes, { provider: 'Google' }),
      }),
    );
    await waitFor(() => expect(location.history.at(-1)).toBe('/profile'));
    expect(backend.currentUser?.providers).toEqual(['password', 'google.com']);
  });

  it('adds nothing when the person declines the offer', async () => {
    const { user, backend, location } = await renderAuth('/sign-in', {
      backend: { providerEmails: { microsoft: ALICE.email } },
    });
    await user.click(continueWith('Microsoft'));
    await screen.findByRole('alert');
    await user.type(screen.getByLabelText(frAccount.auth.email), ALICE.email);
    await user.type(screen.getByLabelText(frAccount.auth.password), ALICE.password);
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignIn }));
    await user.click(await screen.findByRole('button', { name: frAccount.auth.linkOfferNo }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(backend.currentUser?.providers).toEqual(['password']);
  });
});

describe('mailed links', () => {
  it('asks for a valid address before mailing a link, then says where it went', async () => {
    const { user, backend } = await renderAuth('/sign-in?next=/team');
    await user.click(screen.getByRole('button', { name: frAccount.auth.sendLink }));
    expect(await screen.findByRole('alert')).toHaveTextContent(frAccount.auth.fixErrors);
    expect(screen.getByLabelText(frAccount.auth.email)).toHaveAccessibleDescription(
      fr.errors.email,
    );
    expect(backend.authMails).toEqual([]);

    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.click(screen.getByRole('button', { name: frAccount.auth.sendLink }));
    expect(
      await screen.findByText(filled(frAccount.auth.linkSent, { email: 'new@acme.example' })),
    ).toBeInTheDocument();
    expect(backend.authMails).toEqual([
      { kind: 'sign-in-link', email: 'new@acme.example', code: 'code-1', returnTo: '/team' },
    ]);
  });

  it('signs in with the link on the same device and goes where the link says', async () => {
    const { user, backend, location } = await renderAuth('/sign-in?next=/team');
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.click(screen.getByRole('button', { name: frAccount.auth.sendLink }));
    await screen.findByText(filled(frAccount.auth.linkSent, { email: 'new@acme.example' }));
    const [sent] = backend.authMails;
    location.navigate(`/auth/action?mode=signIn&oobCode=${sent?.code}&next=${sent?.returnTo}`);
    await waitFor(() => expect(location.history.at(-1)).toBe('/team'));
    expect(backend.currentUser).toMatchObject({ email: 'new@acme.example', emailVerified: true });
  });

  it('asks the address on another device, refuses the wrong one, and says a spent link is spent', async () => {
    const { user, backend, location } = await renderAuth('/sign-in');
    await backend.sendSignInLink('new@acme.example', '/events');
    backend.forgetLinkEmail();
    const link = `/auth/action?mode=signIn&oobCode=code-1&apiKey=key&continueUrl=${encodeURIComponent('https://app.example/auth/action?next=/events')}`;
    location.navigate(link);
    await screen.findByText(frAccount.authAction.askEmail);
    await user.type(screen.getByLabelText(frAccount.auth.email), 'other@acme.example');
    await user.click(screen.getByRole('button', { name: frAccount.authAction.finishSignIn }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(frAccount.authAction.otherAddress),
    );
    expect(backend.currentUser).toBeNull();

    await user.clear(screen.getByLabelText(frAccount.auth.email));
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.click(screen.getByRole('button', { name: frAccount.authAction.finishSignIn }));
    // The return path is read from the continueUrl the link carried.
    await waitFor(() => expect(location.history.at(-1)).toBe('/events'));
    expect(backend.currentUser?.email).toBe('new@acme.example');

    location.navigate(link);
    await screen.findByText(frAccount.authAction.askEmail);
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.click(screen.getByRole('button', { name: frAccount.authAction.finishSignIn }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(frAccount.errors['link-invalid']),
    );
    expect(screen.getByRole('link', { name: frAccount.authAction.askNewLink })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent('/events')}`,
    );
  });

  it('mails a reset link without saying whether the address has an account', async () => {
    const { user, backend } = await renderAuth('/sign-in');
    for (const email of [ALICE.email, 'nobody@acme.example']) {
      await user.clear(screen.getByLabelText(frAccount.auth.email));
      await user.type(screen.getByLabelText(frAccount.auth.email), email);
      await user.click(screen.getByRole('button', { name: frAccount.auth.forgotPassword }));
      expect(
        await screen.findByText(filled(frAccount.auth.resetSent, { email })),
      ).toBeInTheDocument();
    }
    expect(backend.authMails.map((mail) => [mail.kind, mail.email])).toEqual([
      ['password-reset', ALICE.email],
    ]);
  });

  it('mails a verification link at sign-up', async () => {
    const { user, backend } = await renderAuth('/sign-up');
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.type(screen.getByLabelText(frAccount.auth.password), 'a long enough password');
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignUp }));
    await waitFor(() => expect(backend.currentUser?.email).toBe('new@acme.example'));
    expect(backend.currentUser?.emailVerified).toBe(false);
    expect(backend.authMails.map((mail) => mail.kind)).toEqual(['verification']);
  });
  it('leaves a person who moved on while the verification mail was on its way where they went', async () => {
    const { user, backend, location } = await renderAuth('/sign-up');
    // Signed in at once; the verification mail held until the person has moved on.
    let mailSent = () => {};
    let finished: Promise<void> = Promise.resolve();
    const signUp = backend.signUp.bind(backend);
    backend.signUp = (email, password) =>
      (finished = signUp(email, password).then(
        () => new Promise<void>((resolve) => (mailSent = resolve)),
      ));
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@acme.example');
    await user.type(screen.getByLabelText(frAccount.auth.password), 'a long enough password');
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignUp }));
    await waitFor(() => expect(backend.currentUser?.email).toBe('new@acme.example'));
    act(() => location.navigate('/profile'));
    mailSent();
    await act(() => finished);
    expect(location.history.at(-1)).toBe('/profile');
  });
});

describe('the action page', () => {
  it('sets a new password once, by the sign-up rule', async () => {
    const { user, backend, location } = await renderAuth('/sign-in');
    await backend.sendPasswordReset(ALICE.email);
    location.navigate('/auth/action?mode=resetPassword&oobCode=code-1');
    expect(
      await screen.findByText(filled(frAccount.authAction.resetFor, { email: ALICE.email })),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(frAccount.authAction.newPassword), 'short');
    await user.click(screen.getByRole('button', { name: frAccount.authAction.savePassword }));
    expect(await screen.findByRole('alert')).toHaveTextContent(frAccount.auth.fixErrors);
    expect(backend.calls.some((call) => call.method === 'confirmPasswordReset')).toBe(false);

    await user.type(screen.getByLabelText(frAccount.authAction.newPassword), ' and longer');
    await user.click(screen.getByRole('button', { name: frAccount.authAction.savePassword }));
    expect(await screen.findByText(frAccount.authAction.passwordSaved)).toBeInTheDocument();
    await expect(backend.signIn(ALICE.email, 'short and longer')).resolves.toBeUndefined();
    await expect(backend.signIn(ALICE.email, ALICE.password)).rejects.toMatchObject({
      code: 'invalid-credentials',
    });

    location.navigate('/auth/action?mode=resetPassword&oobCode=code-1&again=1');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(frAccount.errors['link-invalid']),
    );
    expect(
      screen.getByRole('link', { name: frAccount.authAction.askNewReset }),
    ).toBeInTheDocument();
  });

  it('verifies the address mailed at sign-up', async () => {
    const { backend, location } = await renderAuth('/sign-in', {
      signedInAs: ALICE.email,
      backend: { users: [{ ...ALICE, emailVerified: false }] },
    });
    await backend.sendEmailVerification();
    location.navigate(`/auth/action?mode=verifyEmail&oobCode=${backend.authMails.at(-1)?.code}`);
    expect(await screen.findByText(frAccount.authAction.verified)).toBeInTheDocument();
    expect(backend.currentUser?.emailVerified).toBe(true);
    location.navigate('/auth/action?mode=verifyEmail&oobCode=unknown');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(frAccount.errors['link-invalid']),
    );
  });

  it('says an unknown link is unknown', async () => {
    await renderAuth('/auth/action?mode=somethingElse');
    expect(
      screen.getByRole('heading', { level: 1, name: frAccount.authAction.unknownTitle }),
    ).toBeInTheDocument();
  });
});
