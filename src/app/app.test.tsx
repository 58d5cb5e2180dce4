// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import { createFakeBackend, type FakeBackendOptions } from '../data/fake-backend';
import type { Action } from '../domain/action';
import { CATALOGUE } from '../domain/catalogue';
import { PASSWORD_MIN_LENGTH } from '../domain/schemas';
import { createI18n } from '../i18n';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import frAccount from '../i18n/account.fr.json';
import { createAppStore } from '../stores/app-store';
import { startSync } from '../stores/sync';
import { CATALOGUE_PAGE_SIZE } from '../features/catalogue/catalogue-page';
import { App } from './app';

const ALICE = { email: 'alice@example.org', password: 'correct horse battery' };

afterEach(cleanup);

function actionAt(index: number): Action {
  const action = CATALOGUE[index];
  if (!action) throw new Error(`The catalogue has no action at ${index}.`);
  return action;
}

async function renderApp(path = '/', options: FakeBackendOptions = {}) {
  const backend = createFakeBackend({ users: [ALICE], ...options });
  const store = createAppStore(backend);
  const stop = startSync(store, backend);
  const i18n = createI18n({ detect: false, lng: 'fr' });
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  render(<App store={store} i18n={i18n} location={location.hook} />);
  // Wait for the session to be known, so later updates start from a settled page.
  await screen.findByRole('button', { name: fr.language.switchToLabel });
  await waitFor(() => expect(store.getState().session.status).not.toBe('loading'));
  onTestFinished(stop);
  // Pages other than the catalogue arrive as their own chunk.
  await waitFor(() => expect(screen.queryByText(fr.app.pageLoading)).not.toBeInTheDocument());
  return { backend, store, location, user };
}

const resultsHeading = () => screen.getByRole('heading', { level: 2, name: /défis?$|^Aucun/ });
const cards = () => within(screen.getByRole('main')).queryAllByRole('article');
const themeTagOf = (card: HTMLElement) => card.querySelector('.theme-tag')?.textContent;
const cardFor = (action: Action, locale: 'fr' | 'en' = 'fr') =>
  screen.getByRole('article', { name: action.title[locale] });

describe('catalogue', () => {
  it('counts every action and shows them a page at a time, the focus on the first new one', async () => {
    const { user } = await renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fr.catalogue.title);
    expect(resultsHeading()).toHaveTextContent(`${CATALOGUE.length} défis`);
    expect(cards()).toHaveLength(CATALOGUE_PAGE_SIZE);

    await user.click(screen.getByRole('button', { name: /Afficher \d+ actions? de plus/ }));
    expect(cards()).toHaveLength(2 * CATALOGUE_PAGE_SIZE);
    const firstNew = CATALOGUE[CATALOGUE_PAGE_SIZE];
    await waitFor(() =>
      expect(document.activeElement).toHaveTextContent(firstNew?.title.fr ?? 'missing'),
    );

    while (screen.queryByRole('button', { name: /Afficher \d+ actions? de plus/ })) {
      await user.click(screen.getByRole('button', { name: /Afficher \d+ actions? de plus/ }));
    }
    expect(cards()).toHaveLength(CATALOGUE.length);
  });

  it('narrows the list to the chosen theme', async () => {
    const { user, location } = await renderApp();
    await user.selectOptions(
      screen.getByRole('combobox', { name: fr.catalogue.theme }),
      fr.themes.accessibility,
    );

    const expected = CATALOGUE.filter((action) => action.theme === 'accessibility');
    await waitFor(() => expect(cards()).toHaveLength(expected.length));
    expect(expected.length).toBeLessThan(CATALOGUE.length);
    for (const card of cards()) expect(themeTagOf(card)).toBe(fr.themes.accessibility);
    expect(resultsHeading()).toHaveTextContent(`${expected.length} défis`);
    // The filter lives in the address, replacing the unfiltered entry.
    expect(location.history).toEqual(['/?theme=accessibility']);
  });

  it('searches the current language regardless of accents', async () => {
    const { user } = await renderApp();
    const withAccent = CATALOGUE.filter((action) => action.title.fr.includes('écran'));
    expect(withAccent.length).toBeGreaterThan(0);

    await user.type(screen.getByRole('searchbox', { name: fr.catalogue.search }), 'ecran');

    await waitFor(() => expect(cards().length).toBeLessThan(CATALOGUE.length));
    expect(cards().length).toBeGreaterThan(0);
    for (const action of withAccent) expect(cardFor(action)).toBeInTheDocument();
    expect(cards().some((card) => card.textContent?.includes('écran'))).toBe(true);

    // The same word means nothing in English.
    await user.click(screen.getByRole('button', { name: fr.language.switchToLabel }));
    expect(
      await screen.findByRole('heading', { level: 2, name: en.catalogue.results_zero }),
    ).toBeInTheDocument();
    expect(cards()).toHaveLength(0);
  });

  it('switches to English', async () => {
    const { user } = await renderApp();
    expect(document.documentElement.lang).toBe('fr');

    await user.click(screen.getByRole('button', { name: fr.language.switchToLabel }));

    expect(
      await screen.findByRole('heading', { level: 1, name: en.catalogue.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      `${CATALOGUE.length} challenges`,
    );
    expect(cardFor(actionAt(0), 'en')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.language.switchToLabel })).toHaveTextContent(
      en.language.switchTo,
    );
  });
});

describe('sign-up', () => {
  it('shows field errors next to the fields and does not call the backend', async () => {
    const { user, backend } = await renderApp('/sign-up');
    const email = screen.getByLabelText(frAccount.auth.email);
    const password = screen.getByLabelText(frAccount.auth.password);
    expect(email).not.toHaveAttribute('aria-invalid');

    await user.type(email, 'not-an-email');
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignUp }));

    expect(await screen.findByText(frAccount.auth.fixErrors)).toHaveAttribute('role', 'alert');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(fr.errors.email);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    // The hint stays, and the error follows it.
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining(
        fr.errors.passwordTooShort_other.replace('{{count}}', String(PASSWORD_MIN_LENGTH)),
      ),
    );
    // What was typed is kept.
    expect(email).toHaveValue('not-an-email');
    expect(backend.calls).toEqual([]);
  });

  it('shows the backend refusal and keeps the person on the form', async () => {
    const { user, backend, location } = await renderApp('/sign-up');
    await user.type(screen.getByLabelText(frAccount.auth.email), ALICE.email);
    await user.type(screen.getByLabelText(frAccount.auth.password), 'another long password');
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignUp }));

    expect(await screen.findByText(fr.errors['email-in-use'])).toBeInTheDocument();
    expect(backend.calls).toEqual([{ method: 'signUp', email: ALICE.email }]);
    expect(location.history).toEqual(['/sign-up']);
  });
});

describe('picking actions', () => {
  it('signs up, then shows an action as picked only once the listener delivers it', async () => {
    const { user, backend, store } = await renderApp('/sign-up', { picksDelivery: 'manual' });
    await user.type(screen.getByLabelText(frAccount.auth.email), 'new@example.org');
    await user.type(screen.getByLabelText(frAccount.auth.password), 'a long enough password');
    await user.click(screen.getByRole('button', { name: frAccount.auth.submitSignUp }));

    // Back on the catalogue, signed in (the menu says as whom).
    await user.click(await screen.findByRole('button', { name: fr.nav.more }));
    expect(await screen.findByText('Connecté·e : new@example.org')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fr.catalogue.title);

    // Until the list has come, nobody can tell whether the action is in it: nothing to press.
    const action = actionAt(0);
    const button = within(cardFor(action)).getByRole('button');
    expect(button).toHaveTextContent(fr.loading);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    act(() => backend.flushPicks());
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent(fr.picks.add);
    await user.click(button);

    // The callable has answered, but the listener has not: not picked yet, still saving.
    await waitFor(() =>
      expect(backend.calls).toContainEqual({ method: 'pickAction', actionId: action.id }),
    );
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent(fr.picks.saving);
    expect(button).toHaveAttribute('data-picked', 'false');

    act(() => backend.flushPicks());
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent(fr.picks.remove);
    expect(button).toHaveAttribute('data-picked', 'true');

    // Removing goes the same way.
    await user.click(button);
    await waitFor(() =>
      expect(backend.calls).toContainEqual({ method: 'unpickAction', actionId: action.id }),
    );
    expect(button).toHaveTextContent(fr.picks.saving);
    act(() => backend.flushPicks());
    expect(button).toHaveTextContent(fr.picks.add);
    expect(store.getState().picks.pending).toEqual({});
  });

  it('lists the picked actions, newest first, on My list', async () => {
    const { user } = await renderApp('/', { signedInAs: ALICE.email });
    const [first, second, untouched] = [actionAt(0), actionAt(20), actionAt(40)];

    for (const action of [first, second]) {
      await user.click(within(cardFor(action)).getByRole('button', { name: /^Ajouter/ }));
      await within(cardFor(action)).findByRole('button', { name: /^Retirer/ });
    }
    await user.click(screen.getByRole('link', { name: fr.nav.myList }));

    expect(
      await screen.findByRole('heading', { level: 1, name: fr.myList.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.nav.myList })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(cards().map((card) => card.getAttribute('aria-labelledby'))).toEqual([
      `title-${second.id}`,
      `title-${first.id}`,
    ]);
    expect(screen.queryByRole('article', { name: untouched.title.fr })).not.toBeInTheDocument();
  });

  it('says the list is empty, or asks to sign in', async () => {
    await renderApp('/my-list');
    expect(screen.getByText(fr.myList.signInFirst)).toBeInTheDocument();
    cleanup();

    await renderApp('/my-list', { signedInAs: ALICE.email });
    expect(await screen.findByText(fr.myList.empty)).toBeInTheDocument();
  });

  it('announces a failed pick in French and leaves the action unpicked', async () => {
    const { user, backend } = await renderApp('/', { signedInAs: ALICE.email });
    const action = actionAt(0);
    const button = within(cardFor(action)).getByRole('button');

    backend.failNext('failed-precondition');
    await user.click(button);

    const notice = screen.getByRole('alert');
    await waitFor(() => expect(notice).toHaveTextContent(fr.errors['failed-precondition']));
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent(fr.picks.add);

    await user.click(within(notice).getByRole('button', { name: fr.errors.dismiss }));
    expect(notice).toBeEmptyDOMElement();
  });

  it('sends signed-out people to sign in instead of picking', async () => {
    await renderApp();
    const link = within(cardFor(actionAt(0))).getByRole('link', {
      name: fr.catalogue.signInToPick,
    });
    expect(link).toHaveAttribute('href', '/sign-in');
  });
});
