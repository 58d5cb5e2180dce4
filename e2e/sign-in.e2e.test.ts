// Signing in the way companies do (issue #17), in Chromium against the stack `npm start` runs:
// Google and Microsoft through the Auth emulator's provider page, a one-time link read from the
// emulator's out-of-band codes, a password reset, an address verified, a second provider added to
// the same person, and every new page with no accessibility violation in French and English.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import enAccount from '../src/i18n/account.en.json';
import fr from '../src/i18n/fr.json';
import frAccount from '../src/i18n/account.fr.json';
import { seasonSettingsSchema } from '../src/domain/season';
import {
  adminFirestore,
  callerWithAddress,
  emulator,
  PROJECT_ID,
} from '../tests/support/emulators';
import type { World } from '../tests/support/world';
import { AppPage } from './support/app-page';
import { serveGapiIframes } from './support/gapi-iframes';
import { axeViolations, openPage, rememberLanguage } from './support/page-walk';
import { PASSWORD, useSeasonStack } from './support/season-stack';

/** Acme lists acme.example; its team's invite code. Set once the world is built. */
const acme = { name: `Acme ${Date.now()}`, domain: 'acme.example', code: '' };

/**
 * Acme, with its domain and a team made by a verified Acme captain; then the season starts asking
 * for a verified company address (its other settings as they are).
 */
async function acmeRequiresItsDomain(world: World) {
  const organiser = world.people.organiser;
  const { companyId } = (await organiser.call('createCompany', {
    name: acme.name,
    domains: [acme.domain],
  })) as { companyId: string };
  const captain = await callerWithAddress({
    email: `captain-${Date.now()}@${acme.domain}`,
    emailVerified: true,
  });
  ({ code: acme.code } = (await captain.call('createTeam', {
    seasonId: world.seasonId,
    companyId,
    name: 'Acme team',
  })) as { code: string });
  const stored = (await (await adminFirestore()).doc(`seasons/${world.seasonId}`).get()).data();
  const settings = Object.fromEntries(
    Object.keys(seasonSettingsSchema.shape).map((key) => [key, stored?.[key]]),
  );
  await organiser.call('saveSeason', {
    seasonId: world.seasonId,
    settings: { ...settings, companyDomainRequired: true },
  });
}

const season = useSeasonStack(acmeRequiresItsDomain);

interface OobCode {
  readonly email: string;
  readonly requestType: 'EMAIL_SIGNIN' | 'PASSWORD_RESET' | 'VERIFY_EMAIL';
  readonly oobCode: string;
  readonly oobLink: string;
}

/** How long a poll waits for the page or the emulator to settle (a busy 2-core machine included). */
const SETTLED = { timeout: 15_000 };

/** The mails Auth would have sent, as the emulator lists them. */
async function oobCodes(): Promise<OobCode[]> {
  const { host, port } = emulator('auth');
  const response = await fetch(
    `http://${host}:${port}/emulator/v1/projects/${PROJECT_ID}/oobCodes`,
  );
  return ((await response.json()) as { oobCodes: OobCode[] }).oobCodes;
}

/** The newest mail of this kind to this address, once it has been sent. */
async function mailTo(email: string, kind: OobCode['requestType']): Promise<OobCode> {
  let found: OobCode | undefined;
  await expect
    .poll(async () => {
      found = (await oobCodes())
        .filter((code) => code.email === email && code.requestType === kind)
        .at(-1);
      return found !== undefined;
    }, SETTLED)
    .toBe(true);
  return found as OobCode;
}

let people = 0;
const newAddress = (what: string) => {
  people += 1;
  return `${what}-${people}-${Date.now()}@acme.example`;
};

async function freshVisitor(
  locale: 'fr' | 'en' = 'fr',
): Promise<{ app: AppPage; context: BrowserContext }> {
  const context = await season.newContext({
    locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'Europe/Paris',
  });
  await rememberLanguage(context, locale);
  await serveGapiIframes(context);
  const app = new AppPage(await context.newPage(), season.stack.url);
  return { app, context };
}

/** The app's action page for a mailed code, as a real project's mails link to it. */
const actionPage = (mode: 'resetPassword' | 'verifyEmail', oobCode: string) =>
  `/auth/action?mode=${mode}&oobCode=${oobCode}&apiKey=demo-api-key`;

/** Chooses an account on the emulator's provider page: a new one with this address, or a listed one. */
async function pickAccount(popup: Page, email: string, existing = false) {
  await popup.waitForLoadState();
  if (existing) {
    await popup.getByText(email).click();
    return;
  }
  await popup.locator('#add-account-button').click();
  await popup.locator('#email-input').fill(email);
  await popup.locator('#display-name-input').fill('Camille Martin');
  await popup.locator('#sign-in').click();
}

/** Presses a button that opens the provider's pop-up, then picks the account in it. */
async function throughProvider(
  app: AppPage,
  button: RegExp | string,
  email: string,
  existing = false,
) {
  const popup = app.page.context().waitForEvent('page');
  await app.page.getByRole('button', { name: button }).click();
  await pickAccount(await popup, email, existing);
}

async function profileSays(app: AppPage, text: string | RegExp) {
  await openPage(app.page, '/profile', season.stack.url);
  await app.page.getByText(text).first().waitFor();
}

describe('outside accounts', () => {
  for (const provider of ['Google', 'Microsoft']) {
    it(`signs in with ${provider} through the emulator's provider page`, async () => {
      const { app } = await freshVisitor();
      const email = newAddress(provider.toLowerCase());
      await app.open('/sign-in?next=/profile');
      await throughProvider(app, `Continuer avec ${provider}`, email);
      await app.signedInMenu().waitFor();
      await app.page.getByRole('heading', { level: 1, name: fr.profile.title }).waitFor();
      const section = app.page.getByRole('region', { name: frAccount.signInMethods.title });
      await section.getByText(frAccount.signInMethods.verified).waitFor();
      await expect
        .poll(() => section.getByRole('listitem').allTextContents(), SETTLED)
        .toEqual([provider]);
    });
  }
});

describe('addresses', () => {
  it('signs in with a one-time link read from the emulator, which a second use refuses', async () => {
    const { app } = await freshVisitor();
    const email = newAddress('link');
    await app.open('/sign-in?next=/profile');
    await app.page.getByLabel(frAccount.auth.email).fill(email);
    await app.page.getByRole('button', { name: frAccount.auth.sendLink }).click();
    await app.page.getByText(frAccount.auth.linkSent.replace('{{email}}', email)).waitFor();

    // The mailed link goes through the emulator's action page, which sends it on to the app.
    const { oobLink } = await mailTo(email, 'EMAIL_SIGNIN');
    await app.page.goto(oobLink);
    await app.page.getByRole('heading', { level: 1, name: fr.profile.title }).waitFor();
    await app.signedInMenu().waitFor();
    const section = app.page.getByRole('region', { name: frAccount.signInMethods.title });
    await section.getByText(frAccount.signInMethods.verified).waitFor();

    // Opened again: this browser no longer keeps the address, so the page asks it, then says
    // the link is spent.
    await app.page.goto(oobLink);
    await app.page.getByText(frAccount.authAction.askEmail).waitFor();
    await app.page.getByLabel(frAccount.auth.email).fill(email);
    await app.page.getByRole('button', { name: frAccount.authAction.finishSignIn }).click();
    await app.page
      .getByRole('alert')
      .filter({ hasText: frAccount.errors['link-invalid'] })
      .waitFor();
    await app.page.getByRole('link', { name: frAccount.authAction.askNewLink }).waitFor();
  });

  it('resets a forgotten password through the app’s action page', async () => {
    const { app } = await freshVisitor();
    const email = newAddress('reset');
    await app.open('/');
    await app.signUp(email, PASSWORD);
    await app.signOutAndReload();
    await app.open('/sign-in');
    await app.page.getByLabel(frAccount.auth.email).fill(email);
    await app.page.getByRole('button', { name: frAccount.auth.forgotPassword }).click();
    await app.page.getByText(frAccount.auth.resetSent.replace('{{email}}', email)).waitFor();

    // A real project points its action address at /auth/action; the code is the mail's.
    const { oobCode } = await mailTo(email, 'PASSWORD_RESET');
    await app.open(actionPage('resetPassword', oobCode));
    await app.page.getByText(frAccount.authAction.resetFor.replace('{{email}}', email)).waitFor();
    await app.page.getByLabel(frAccount.authAction.newPassword).fill('short');
    await app.page.getByRole('button', { name: frAccount.authAction.savePassword }).click();
    await app.page
      .getByText(/au moins 8 caractères/)
      .first()
      .waitFor();
    await app.page.getByLabel(frAccount.authAction.newPassword).fill('another-long-password');
    await app.page.getByRole('button', { name: frAccount.authAction.savePassword }).click();
    await app.page.getByText(frAccount.authAction.passwordSaved).waitFor();

    // The old password no longer opens the account; the new one does.
    await app.open('/sign-in');
    await app.page.getByLabel(frAccount.auth.email).fill(email);
    await app.page.getByLabel(frAccount.auth.password).fill(PASSWORD);
    await app.page.getByRole('button', { name: frAccount.auth.submitSignIn, exact: true }).click();
    await app.page
      .getByRole('alert')
      .filter({ hasText: fr.errors['invalid-credentials'] })
      .waitFor();
    await app.page.getByLabel(frAccount.auth.password).fill('another-long-password');
    await app.page.getByRole('button', { name: frAccount.auth.submitSignIn, exact: true }).click();
    await app.signedInMenu().waitFor();

    // The reset link works once.
    await app.open(actionPage('resetPassword', oobCode));
    await app.page
      .getByRole('alert')
      .filter({ hasText: frAccount.errors['link-invalid'] })
      .waitFor();
  });

  it('verifies the address mailed at sign-up, and the profile says so', async () => {
    const { app } = await freshVisitor();
    const email = newAddress('verify');
    await app.open('/');
    await app.signUp(email, PASSWORD);
    await profileSays(app, frAccount.signInMethods.unverified);

    const { oobCode } = await mailTo(email, 'VERIFY_EMAIL');
    await app.open(actionPage('verifyEmail', oobCode));
    await app.page.getByText(frAccount.authAction.verified).waitFor();
    await profileSays(app, frAccount.signInMethods.verified);
    // A second visit to the profile: every section has loaded, "Mes e-mails" (no choice saved,
    // a document known missing since the first visit) included.
    const stillLoading = app.page.getByRole('status').filter({ hasText: fr.loading });
    await expect.poll(() => stillLoading.count(), SETTLED).toBe(0);
  });
});

describe('one person, two ways in', () => {
  it('adds Microsoft to an account made with a password, then signs in with either', async () => {
    const { app } = await freshVisitor();
    const email = newAddress('both');
    await app.open('/');
    await app.signUp(email, PASSWORD);
    await openPage(app.page, '/profile', season.stack.url);
    const section = app.page.getByRole('region', { name: frAccount.signInMethods.title });
    await throughProvider(app, 'Ajouter Microsoft', email);
    await section
      .getByText(frAccount.signInMethods.added.replace('{{provider}}', 'Microsoft'))
      .waitFor();
    await expect
      .poll(() => section.getByRole('listitem').allTextContents(), SETTLED)
      .toEqual([frAccount.signInMethods.password, 'Microsoft']);
    const pseudonym = await app.page
      .getByRole('textbox', { name: fr.profile.pseudonym })
      .inputValue();

    // Signed out, Microsoft (the account listed on the provider page) opens the same person.
    await app.signOutAndReload();
    await app.open('/sign-in?next=/profile');
    await throughProvider(app, 'Continuer avec Microsoft', email, true);
    await app.page.getByRole('heading', { level: 1, name: fr.profile.title }).waitFor();
    await expect
      .poll(
        () => app.page.getByRole('textbox', { name: fr.profile.pseudonym }).inputValue(),
        SETTLED,
      )
      .toBe(pseudonym);
    await expect
      .poll(() => section.getByRole('listitem').allTextContents(), SETTLED)
      .toEqual([frAccount.signInMethods.password, 'Microsoft']);
  });
});

describe('company domains', () => {
  const refusal = (key: 'otherDomain' | 'noVerifiedAddress') =>
    fr.domainRefusals[key]
      .replaceAll('{{domains}}', acme.domain)
      .replaceAll('{{company}}', acme.name);
  const joinButton = (app: AppPage) => app.page.getByRole('button', { name: fr.join.submit });
  /** Joins Acme's team from its invite page, then finds the person shown as Acme's member. */
  const joinsAcme = async (app: AppPage) => {
    // Playwright's click waits for the button to be enabled (the invite's preview admits them).
    await joinButton(app).click();
    const member = fr.team.members.companyMember
      .replace('{{company}}', acme.name)
      .replace('{{domain}}', acme.domain);
    await app.page.getByText(member).first().waitFor();
  };

  it('lets a Google account of the company join its team, and shows the person as its member', async () => {
    const { app } = await freshVisitor();
    await app.open(`/sign-in?next=/join/${acme.code}`);
    await throughProvider(app, 'Continuer avec Google', newAddress('google'));
    await app.page.getByRole('heading', { level: 1, name: fr.join.title }).waitFor();
    await joinsAcme(app);
  });

  it('refuses another domain before the person presses join', async () => {
    const { app } = await freshVisitor();
    await app.open('/');
    await app.signUp(`someone-${Date.now()}@elsewhere.example`, PASSWORD);
    await app.open(`/join/${acme.code}`);
    await app.page
      .getByRole('alert')
      .filter({ hasText: refusal('otherDomain') })
      .waitFor();
    expect(await joinButton(app).isDisabled()).toBe(true);
  });

  it('refuses an unverified company address, then admits it once the mailed link is opened', async () => {
    const { app } = await freshVisitor();
    const email = newAddress('unverified');
    await app.open('/');
    await app.signUp(email, PASSWORD);
    await app.open(`/join/${acme.code}`);
    await app.page
      .getByRole('alert')
      .filter({ hasText: refusal('noVerifiedAddress') })
      .waitFor();
    expect(await joinButton(app).isDisabled()).toBe(true);

    const { oobCode } = await mailTo(email, 'VERIFY_EMAIL');
    await app.open(actionPage('verifyEmail', oobCode));
    await app.page.getByText(frAccount.authAction.verified).waitFor();
    await app.open(`/join/${acme.code}`);
    await joinsAcme(app);
  });
});

describe('accessibility', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`finds no violation on the sign-in pages and the profile's sign-in section (${language})`, async () => {
      const texts = language === 'fr' ? { ...fr, ...frAccount } : { ...en, ...enAccount };
      const { app } = await freshVisitor(language);
      const problems: string[] = [];
      for (const page of [
        '/sign-in',
        '/sign-up',
        '/auth/action?mode=resetPassword&oobCode=nothing&apiKey=demo-api-key',
        '/auth/action?mode=signIn&oobCode=nothing&apiKey=demo-api-key',
        '/auth/action?mode=other',
      ]) {
        await openPage(app.page, page, season.stack.url);
        problems.push(...(await axeViolations(app.page, `${page} (${language})`)));
      }
      // A mail sent, so that the status and the alert are on screen too.
      await openPage(app.page, '/sign-in', season.stack.url);
      await app.page.getByRole('button', { name: texts.auth.sendLink }).click();
      await app.page.getByRole('alert').filter({ hasText: texts.auth.fixErrors }).waitFor();
      problems.push(...(await axeViolations(app.page, `/sign-in with errors (${language})`)));
      await app.page.getByLabel(texts.auth.email).fill(newAddress('axe'));
      await app.page.getByLabel(texts.auth.password).fill(PASSWORD);
      await app.page.getByRole('link', { name: texts.nav.signUp }).last().click();
      await app.page.getByLabel(texts.auth.email).fill(newAddress('axe'));
      await app.page.getByLabel(texts.auth.password).fill(PASSWORD);
      await app.page.getByRole('button', { name: texts.auth.submitSignUp }).click();
      await app.signedInMenu().waitFor();
      // The form leaves for the next page once the verification mail is sent, after the menu
      // shows: a move made in the same instant can still be overtaken (as AppPage.signUp waits).
      await app.page.waitForURL((url) => url.pathname !== '/sign-up');
      await openPage(app.page, '/profile', season.stack.url);
      await app.page.getByText(texts.signInMethods.unverified).waitFor();
      problems.push(...(await axeViolations(app.page, `/profile (${language})`)));
      expect(problems).toEqual([]);
    });
  }
});
