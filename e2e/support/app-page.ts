// A page object for the app: what a person does, in the words of the screen (French by default).
import type { Locator, Page } from 'playwright-core';

export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async open(pathname = '/') {
    await this.page.goto(new URL(pathname, this.baseUrl).href);
    await this.heading().waitFor();
  }

  async signUp(email: string, password: string) {
    await this.page.getByRole('link', { name: 'Créer un compte' }).first().click();
    await this.fillCredentials(email, password);
    await this.page.getByRole('button', { name: 'Créer mon compte' }).click();
    await this.signedInMenu().waitFor();
    // The menu shows as the account exists; the app then leaves the form for the page asked
    // for: a navigation before that is undone by it.
    await this.page.waitForURL((url) => url.pathname !== '/sign-up');
  }

  async signIn(email: string, password: string) {
    await this.page.getByRole('link', { name: 'Se connecter' }).click();
    await this.fillCredentials(email, password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
    await this.signedInMenu().waitFor();
    await this.page.waitForURL((url) => url.pathname !== '/sign-in');
  }

  /** The navigation's "More" menu button: there once someone is signed in. */
  signedInMenu(): Locator {
    return this.nav().getByRole('button', { name: /^(Plus|More)$/ });
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: /Navigation principale|Main navigation/ });
  }

  async signOut() {
    await this.openMenu();
    await this.page.getByRole('button', { name: /Se déconnecter|Sign out/ }).click();
  }

  /**
   * Signs out of a session that listened to Firestore: the app then clears the device's copy of
   * the documents and reloads the page, so this waits for that load before anything else
   * navigates (a navigation meanwhile is aborted by the reload).
   */
  async signOutAndReload() {
    await Promise.all([this.page.waitForEvent('load'), this.signOut()]);
    await this.heading().waitFor();
  }

  async openMenu() {
    const button = this.signedInMenu();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  private async fillCredentials(email: string, password: string) {
    await this.page.getByLabel(/Adresse e-mail|Email address/).fill(email);
    await this.page.getByLabel(/Mot de passe|Password/).fill(password);
  }

  async switchLanguage() {
    await this.page.getByRole('button', { name: /Switch to English|Passer en français/ }).click();
  }

  async filterByTheme(label: string) {
    await this.page.getByLabel('Thème').selectOption({ label });
  }

  cards(): Locator {
    return this.page.locator('.action-list article');
  }

  card(title: string): Locator {
    return this.cards().filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Follows a link of the main navigation, from the bar or from its "More" menu. */
  async goTo(linkName: string) {
    const link = this.nav().getByRole('link', { name: linkName, exact: true });
    if (!(await link.isVisible())) await this.openMenu();
    await link.click();
    await this.heading().waitFor();
  }

  async goToMyList() {
    await this.page.getByRole('link', { name: 'Ma liste' }).click();
    await this.heading().filter({ hasText: 'Ma liste' }).waitFor();
  }
}
