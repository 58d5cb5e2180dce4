// A whole season in four browsers at once, through the UI alone, against the stack `npm start`
// runs: an organiser sets it up (companies, season, an event), a captain forms a team and invites
// an employee by link, a second employee forms a team of another company; they pick and submit
// actions with every kind of proof; the organiser approves, rejects, revokes, marks attendance,
// freezes the leaderboard, opens the survey and closes the season. The final report's figures are
// then checked against what was played, as the organiser and the players read them.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import type { Action } from '../src/domain/action';
import { MODALITIES, THEME_IDS } from '../src/domain/themes';
import fr from '../src/i18n/fr.json';
import frSeasonForm from '../src/i18n/season-form.fr.json';
import frAccount from '../src/i18n/account.fr.json';
import { AppPage } from './support/app-page';
import { launchBrowser, recordWarnings } from './support/browser';
import { gradientPng } from './support/png';
import { useEmptyStack } from './support/empty-stack';
import { catalogueAction } from '../tests/support/catalogue';

const PASSWORD = 'a-long-password';
const HOUR = 3_600_000;
const stack = useEmptyStack();
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Anything the Content-Security-Policy blocked, in any page of the test. */
const blocked: string[] = [];
/** What the pages warned of (console warnings and errors, uncaught errors), printed on failure. */
const warnings: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

// One action per proof kind, each in its own theme, so the report's breakdown tells them apart.
const captainText = catalogueAction({ proof: 'text', theme: 'citizenship', modality: 'act' });
const employeeLink = catalogueAction({ proof: 'link', theme: 'respect' });
const employeeHonour = catalogueAction({ proof: 'none', theme: 'accessibility', modality: 'act' });
const otherPhoto = catalogueAction({ proof: 'photo', theme: 'diversity' });
const otherRejected = catalogueAction({ proof: 'text', theme: 'sobriety' });
const eventAction = catalogueAction({ proof: 'text', theme: 'engagement' });

const COMPANY_ONE = 'Acme Solidaire';
const COMPANY_TWO = 'Coopérative Béta';
const TEAM_ONE = 'Les Colibris';
const TEAM_TWO = 'Les Castors';
const SEASON = 'Printemps numérique responsable';
const EVENT = 'Webinaire sobriété et engagement';

/** A real PNG: the browser decodes, resizes and re-encodes it before sending. */
const PNG = gradientPng(640, 480);

/** A datetime-local value for a moment, as the clock reads in Paris (every browser's zone here). */
function parisInput(at: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(' ', 'T');
}

/** A French string of fr.json with its {{placeholders}} filled in. */
function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

const pluralRules = new Intl.PluralRules('fr-FR');
/** The plural form of `key` in `group` that i18next picks for `count` in French. */
function plural(group: object, key: string, count: number): string {
  const forms = group as Record<string, unknown>;
  const form = forms[`${key}_${pluralRules.select(count)}`] ?? forms[`${key}_other`];
  if (typeof form !== 'string') throw new Error(`No plural of ${key}`);
  return form;
}

/** Text as a person reads it: every run of spaces (narrow no-break ones included) as one. */
function squeeze(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** The cells of a table's body, row by row, as read on screen. */
function bodyRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
}

/** A breakdown table (label, count, share, bar) as label -> count. */
async function breakdown(table: Locator): Promise<Record<string, number>> {
  const rows = await bodyRows(table);
  return Object.fromEntries(rows.map(([label, count]) => [label ?? '', Number(count)]));
}

/** A person in a browser of their own, on the catalogue, with CSP reports collected. */
async function newPerson(clipboard = false): Promise<AppPage> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  contexts.push(context);
  recordWarnings(context, (line) => warnings.push(line));
  if (clipboard) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.url });
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const app = new AppPage(page, stack.url);
  await app.open('/');
  return app;
}

/** Finds the action in the catalogue, adds it to the list, and opens it from "Ma liste". */
async function pickAndOpen(app: AppPage, action: Action) {
  await app.goTo(fr.nav.catalogue);
  await app.page.getByLabel(fr.catalogue.search).fill(action.title.fr);
  const card = app.card(action.title.fr);
  await card.getByRole('button', { name: fr.picks.add }).click();
  await card.getByRole('button', { name: fr.picks.remove }).waitFor();
  await app.goToMyList();
  await app.card(action.title.fr).getByRole('link', { name: action.title.fr }).click();
  await app.heading().filter({ hasText: action.title.fr }).waitFor();
}

/** Sends the open action's form, filled in by `prove`, and waits for "sent, pending". */
async function submit(app: AppPage, prove: (page: Page) => Promise<void>) {
  await prove(app.page);
  await app.page.getByRole('button', { name: fr.submit.submit, exact: true }).click();
  await app.page.getByText(fr.submit.sentPending).waitFor();
}

/** One of the organiser's seasons moves on: the button, the confirmation, the new state shown. */
async function advanceSeason(organiser: AppPage, to: 'open' | 'frozen' | 'closed') {
  await organiser.goTo(fr.nav.admin);
  await organiser.page.getByRole('button', { name: fr.admin.seasons.advance[to] }).click();
  await organiser.page.getByRole('button', { name: fr.admin.seasons.advanceConfirm }).click();
  await organiser.page.getByText(fr.seasonStates[to], { exact: true }).waitFor();
}

/** A team's total on the leaderboard this person is looking at. */
function teamTotal(app: AppPage, team: string) {
  const row = app.page.getByRole('row', { name: new RegExp(team) });
  // Rank, team, company, total, average, participation.
  return async () => (await row.locator('th, td').allInnerTexts())[3]?.trim();
}

interface ReadReport {
  headline: string[];
  byTheme: Record<string, number>;
  byModality: Record<string, number>;
  events: string[][];
  topTeams: string[][];
}

/** The final report as it reads on /report, once its figures have arrived. */
async function readReport(app: AppPage): Promise<ReadReport> {
  const page = app.page;
  await page
    .getByRole('heading', { level: 1, name: say(fr.report.seasonTitle, { name: SEASON }) })
    .waitFor();
  const headline = page.getByRole('region', { name: fr.report.headline.title });
  await headline.waitFor();
  return {
    headline: (await headline.getByRole('listitem').allTextContents()).map(squeeze),
    byTheme: await breakdown(page.getByRole('table', { name: fr.report.breakdown.byTheme })),
    byModality: await breakdown(page.getByRole('table', { name: fr.report.breakdown.byModality })),
    events: await bodyRows(page.getByRole('table', { name: fr.report.events.caption })),
    topTeams: await bodyRows(
      page.getByRole('table', {
        name: say(plural(fr.report.teams, 'caption', 2), { count: 2 }),
      }),
    ),
  };
}

it(
  'plays a season from set-up to the final report, whose figures match what was played',
  {
    timeout: 600_000,
  },
  async () => {
    const stamp = Date.now();
    const [organiser, captain, employee, other] = await Promise.all([
      newPerson(),
      newPerson(true),
      newPerson(),
      newPerson(),
    ]);
    // A failure says where each person was and what they saw.
    onTestFailed(async () => {
      const people = { organiser, captain, employee, other };
      for (const [who, app] of Object.entries(people)) {
        const seen = await app.page
          .locator('body')
          .innerText({ timeout: 2_000 })
          .catch(() => '(unreadable)');
        console.error(`${who} at ${app.page.url()}:\n${seen.slice(0, 2_000)}\n`);
      }
      console.error(`What the pages warned of:\n${warnings.slice(-300).join('\n')}`);
    });

    // --- Set-up. The first account claims the organiser's role, adds two companies, creates the
    // season and opens it, then creates an event whose attendance validates an action.
    await organiser.signUp(`organiser-${stamp}@example.test`, PASSWORD);
    await organiser.page.getByRole('button', { name: fr.bootstrap.claim }).click();
    await organiser.goTo(fr.nav.admin);
    for (const company of [COMPANY_ONE, COMPANY_TWO]) {
      await organiser.page.getByLabel(fr.admin.companies.name).fill(company);
      await organiser.page.getByRole('button', { name: fr.admin.companies.submit }).click();
      await organiser.page.getByText(company, { exact: true }).waitFor();
    }
    await organiser.page.getByRole('link', { name: fr.admin.seasons.new }).click();
    await organiser.page.getByLabel(frSeasonForm.seasonForm.name).fill(SEASON);
    await organiser.page
      .getByLabel(frSeasonForm.seasonForm.startsAt, { exact: true })
      .fill(parisInput(stamp - 2 * HOUR));
    await organiser.page
      .getByLabel(frSeasonForm.seasonForm.endsAt, { exact: true })
      .fill(parisInput(stamp + 28 * 24 * HOUR));
    await organiser.page.getByRole('button', { name: frSeasonForm.seasonForm.create }).click();
    await organiser.page.getByRole('heading', { level: 1, name: fr.admin.title }).waitFor();
    await advanceSeason(organiser, 'open');

    await organiser.page.getByRole('link', { name: fr.eventsAdmin.adminLink }).click();
    await organiser.page.getByRole('link', { name: fr.eventsAdmin.new }).click();
    const form = organiser.page;
    await form
      .getByLabel(fr.eventsAdmin.form.kind)
      .selectOption({ label: fr.events.kinds.webinar });
    await form.getByLabel(fr.eventsAdmin.form.titleFr).fill(EVENT);
    await form.getByLabel(fr.eventsAdmin.form.titleEn).fill('Webinar on sobriety and engagement');
    await form.getByLabel(fr.eventsAdmin.form.descriptionFr).fill('Une heure pour s’engager.');
    await form.getByLabel(fr.eventsAdmin.form.descriptionEn).fill('One hour to get involved.');
    await form.getByLabel(fr.eventsAdmin.form.startsAt).fill(parisInput(stamp + 24 * HOUR));
    await form.getByLabel(fr.eventsAdmin.form.endsAt).fill(parisInput(stamp + 25 * HOUR));
    await form
      .getByLabel(fr.eventsAdmin.form.onlineUrl)
      .fill('https://visio.example.org/webinaire');
    await form.getByLabel(fr.eventsAdmin.form.capacity).fill('10');
    await form.getByLabel(fr.eventsAdmin.form.action).selectOption(eventAction.id);
    await form.getByRole('button', { name: fr.eventsAdmin.form.create }).click();
    await form.getByRole('link', { name: EVENT }).waitFor();

    // --- Teams. The captain creates a team in the first company and copies its invite link; the
    // employee follows it, creating an account on the way; the other employee creates a team in
    // the second company (and so captains it).
    await captain.signUp(`captain-${stamp}@example.test`, PASSWORD);
    await captain.goTo(fr.nav.team);
    await captain.page.getByLabel(fr.team.create.company).selectOption({ label: COMPANY_ONE });
    await captain.page.getByLabel(fr.team.create.name).fill(TEAM_ONE);
    await captain.page.getByRole('button', { name: fr.team.create.submit }).click();
    await captain.page.getByRole('heading', { name: fr.team.invite.title }).waitFor();
    await captain.page.getByRole('button', { name: fr.team.invite.copyLink }).click();
    await captain.page.getByText(fr.copy.copied).first().waitFor();
    const link = await captain.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${stack.url}/join/[A-Z2-9]{8}$`));

    await employee.page.goto(link);
    await employee.page.getByRole('heading', { level: 1, name: fr.join.title }).waitFor();
    await employee.page.getByRole('link', { name: fr.join.signUp }).click();
    await employee.page.getByLabel(frAccount.auth.email).fill(`employee-${stamp}@example.test`);
    await employee.page.getByLabel(frAccount.auth.password).fill(PASSWORD);
    await employee.page.getByRole('button', { name: frAccount.auth.submitSignUp }).click();
    await employee.page.getByRole('button', { name: fr.join.submit }).click();
    await employee.page.getByRole('heading', { level: 1, name: fr.team.title }).waitFor();
    await employee.page.getByText(TEAM_ONE).first().waitFor();
    await expect.poll(() => captain.page.locator('.member-list li').count()).toBe(2);

    await other.signUp(`other-${stamp}@example.test`, PASSWORD);
    await other.goTo(fr.nav.team);
    await other.page.getByLabel(fr.team.create.company).selectOption({ label: COMPANY_TWO });
    await other.page.getByLabel(fr.team.create.name).fill(TEAM_TWO);
    await other.page.getByRole('button', { name: fr.team.create.submit }).click();
    await other.page.getByRole('heading', { name: fr.team.invite.title }).waitFor();

    // --- Play. Each action is found in the catalogue, added to the list and sent from it, with
    // every kind of proof the catalogue asks for: a text, a link, none (on trust) and a photo.
    await pickAndOpen(captain, captainText);
    await submit(captain, (page) =>
      page.getByLabel(fr.submit.text).fill('J’ai exploré un jeu de données publiques de ma ville.'),
    );
    await pickAndOpen(employee, employeeLink);
    await submit(employee, (page) =>
      page.getByLabel(fr.submit.url).fill('https://formation.example.org/attestation/4242'),
    );
    await pickAndOpen(employee, employeeHonour);
    await submit(employee, (page) => page.getByText(fr.submit.honour).waitFor());
    await pickAndOpen(other, otherPhoto);
    await submit(other, async (page) => {
      await page
        .getByLabel(fr.submit.photo, { exact: true })
        .setInputFiles({ name: 'preuve.png', mimeType: 'image/png', buffer: PNG });
      await page.getByText(/Photo prête/).waitFor();
    });
    await pickAndOpen(other, otherRejected);
    await submit(other, (page) => page.getByLabel(fr.submit.text).fill('Fait.'));

    // Both employees take a place at the event.
    for (const person of [employee, other]) {
      await person.goTo(fr.events.nav);
      const card = person.page
        .locator('article')
        .filter({ has: person.page.getByRole('heading', { name: EVENT }) });
      await card.getByRole('button', { name: fr.events.register }).click();
      await card.getByText(fr.events.statuses.registered).waitFor();
    }

    // The captain watches the leaderboard from here on: both teams at 0.
    await captain.goTo(fr.leaderboard.nav);
    await expect.poll(teamTotal(captain, TEAM_ONE)).toBe('0');
    await expect.poll(teamTotal(captain, TEAM_TWO)).toBe('0');

    // --- Review. The organiser looks at the photo, approves four submissions, rejects one with a
    // reason, then revokes the link with a reason.
    await organiser.goTo(fr.review.nav);
    const queue = organiser.page.getByRole('region', { name: fr.review.queue.title });
    const queued = (action: Action) =>
      queue.getByRole('listitem').filter({
        has: organiser.page.getByRole('heading', { name: action.title.fr }),
      });
    await queue.getByText(say(plural(fr.review.queue, 'count', 5), { count: 5 })).waitFor();
    const photoCard = queued(otherPhoto);
    await photoCard.getByRole('button', { name: fr.review.proof.showPhoto }).click();
    const photo = photoCard.getByRole('img');
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    for (const action of [captainText, employeeLink, employeeHonour, otherPhoto]) {
      await queued(action).getByRole('button', { name: fr.review.queue.approve }).click();
      await queued(action).waitFor({ state: 'detached' });
    }
    const rejectedCard = queued(otherRejected);
    await rejectedCard.getByRole('button', { name: fr.review.queue.reject }).click();
    const rejection = 'Dites en une phrase ce que vous avez fait pour réduire votre empreinte.';
    await rejectedCard.getByRole('textbox').fill(rejection);
    await rejectedCard.getByRole('button', { name: fr.review.queue.rejectSubmit }).click();
    await rejectedCard.waitFor({ state: 'detached' });
    await queue.getByText(fr.review.queue.empty).waitFor();

    const approvedList = organiser.page.getByRole('region', { name: fr.review.approved.title });
    // Folded at first: hundreds of them in a real season.
    await approvedList.getByText(fr.review.approved.open).click();
    await approvedList
      .getByText(say(plural(fr.review.approved, 'count', 4), { count: 4 }))
      .waitFor();
    const linkCard = approvedList.getByRole('listitem').filter({
      has: organiser.page.getByRole('heading', { name: employeeLink.title.fr }),
    });
    await linkCard.getByRole('button', { name: fr.review.revoke.open }).click();
    const revocation = 'Le lien mène à une page sans attestation.';
    await linkCard.getByRole('textbox').fill(revocation);
    await linkCard.getByRole('button', { name: fr.review.revoke.submit }).click();
    await linkCard.waitFor({ state: 'detached' });
    await approvedList
      .getByText(say(plural(fr.review.approved, 'count', 3), { count: 3 }))
      .waitFor();

    // The captain's leaderboard moved without a reload, the revoked link not counted.
    await expect
      .poll(teamTotal(captain, TEAM_ONE), { timeout: 30_000 })
      .toBe(String(captainText.points + employeeHonour.points));
    await expect
      .poll(teamTotal(captain, TEAM_TWO), { timeout: 30_000 })
      .toBe(String(otherPhoto.points));

    // Each employee reads, on their progress, why: the revocation, the rejection.
    await employee.goTo(fr.progress.nav);
    await employee.page.getByText(revocation).waitFor();
    await employee.page.getByText(fr.progress.statuses.revoked, { exact: true }).first().waitFor();
    await other.goTo(fr.progress.nav);
    await other.page.getByText(rejection).waitFor();
    await other.page.getByText(fr.progress.statuses.rejected, { exact: true }).first().waitFor();

    // --- The event begins (the organiser moves its start into the past): registration closes.
    await organiser.goTo(fr.nav.admin);
    await organiser.page.getByRole('link', { name: fr.eventsAdmin.adminLink }).click();
    await organiser.page.getByRole('link', { name: EVENT }).click();
    await form.getByLabel(fr.eventsAdmin.form.startsAt).fill(parisInput(Date.now() - HOUR / 2));
    await form.getByLabel(fr.eventsAdmin.form.endsAt).fill(parisInput(Date.now() + HOUR / 2));
    await form.getByRole('button', { name: fr.eventsAdmin.form.save }).click();
    await form.getByRole('link', { name: EVENT }).click();
    await form.getByRole('heading', { level: 1, name: new RegExp(EVENT) }).waitFor();
    await form.getByRole('button', { name: fr.eventsAdmin.attendance.markAll }).waitFor();
    // The employees' events page closes registration, live.
    await employee.goTo(fr.events.nav);
    await employee.page.getByText(fr.events.closed).waitFor();

    // --- The freeze. The captain's public leaderboard says so, live.
    await advanceSeason(organiser, 'frozen');
    await captain.page.getByText(fr.leaderboard.status.frozen.split('{{')[0] ?? '').waitFor();

    // Attendance, marked after the freeze: both employees receive the event's action.
    await organiser.page.getByRole('link', { name: fr.eventsAdmin.adminLink }).click();
    await organiser.page.getByRole('link', { name: EVENT }).click();
    await form.getByRole('button', { name: fr.eventsAdmin.attendance.markAll }).click();
    await form.getByRole('button', { name: fr.eventsAdmin.attendance.markAllConfirm }).click();
    await form
      .getByText(say(plural(fr.eventsAdmin.attendance, 'marked', 2), { count: 2 }))
      .waitFor();

    // The organiser's live leaderboard counts it; the captain's frozen one does not move.
    const teamOneFinal = captainText.points + employeeHonour.points + eventAction.points;
    const teamTwoFinal = otherPhoto.points + eventAction.points;
    // Distinct totals, so the final ranking does not hang on a tie-break.
    expect(teamOneFinal).not.toBe(teamTwoFinal);
    await organiser.goTo(fr.leaderboard.nav);
    await expect
      .poll(teamTotal(organiser, TEAM_ONE), { timeout: 30_000 })
      .toBe(String(teamOneFinal));
    await expect
      .poll(teamTotal(organiser, TEAM_TWO), { timeout: 30_000 })
      .toBe(String(teamTwoFinal));
    expect(await teamTotal(captain, TEAM_ONE)()).toBe(
      String(captainText.points + employeeHonour.points),
    );

    // --- The survey. The organiser opens it on the dashboard; both employees answer it from the
    // banner that appears on their page.
    await organiser.goTo(fr.dashboard.nav);
    await organiser.page.getByRole('switch', { name: fr.dashboard.survey.switch }).click();
    await organiser.page.getByText(fr.dashboard.survey.opened).waitFor();
    const answers = [
      { person: employee, keepGoing: 'yes', rating: 5 },
      { person: other, keepGoing: 'maybe', rating: 3 },
    ] as const;
    for (const { person, keepGoing, rating } of answers) {
      await person.page.getByRole('link', { name: fr.survey.noticeLink }).click();
      await person.heading().filter({ hasText: fr.survey.title }).waitFor();
      await person.page
        .getByRole('radio', { name: fr.survey.keepGoing[keepGoing], exact: true })
        .check();
      await person.page
        .getByRole('radio', { name: say(fr.survey.ratingOption, { rating, max: 5 }), exact: true })
        .check();
      await person.page.getByLabel(fr.survey.favouriteTheme).selectOption({
        label: fr.themes.engagement,
      });
      await person.page.getByRole('button', { name: fr.survey.send }).click();
      await person.page.getByRole('heading', { name: fr.survey.thanks }).waitFor();
    }

    // The dashboard's figures, refreshed: every status counted once, the answers in.
    await organiser.page.getByRole('button', { name: fr.dashboard.refresh }).click();
    await organiser.page
      .getByRole('heading', { name: fr.dashboard.survey.results, exact: true })
      .waitFor();
    await organiser.page
      .getByText(
        say(fr.dashboard.events.summary, {
          held: say(plural(fr.dashboard.events, 'held', 1), { value: 1 }),
          registrations: say(plural(fr.dashboard.events, 'registrations', 2), { value: 2 }),
          attendance: say(plural(fr.dashboard.events, 'attendance', 2), { value: 2 }),
        }),
      )
      .waitFor();
    const byStatus = await breakdown(
      organiser.page.getByRole('table', { name: fr.dashboard.submissions.byStatus }),
    );
    const statuses = fr.dashboard.submissions.statuses;
    expect(byStatus).toEqual({
      [statuses.pending]: 0,
      [statuses.approved]: 5,
      [statuses.rejected]: 1,
      [statuses.withdrawn]: 0,
      [statuses.revoked]: 1,
    });

    // Before the close, the players may not read the report yet.
    await other.open('/report');
    await other.page.getByText(say(fr.report.notYet, { name: SEASON })).waitFor();

    // --- The close. The other employee's page turns into the report without a reload; the
    // captain's leaderboard becomes final, with the points counted after the freeze, and the
    // report appears in the captain's navigation.
    await advanceSeason(organiser, 'closed');
    await captain.page.getByText(fr.leaderboard.status.final).waitFor();
    await expect.poll(teamTotal(captain, TEAM_ONE), { timeout: 30_000 }).toBe(String(teamOneFinal));
    await expect.poll(teamTotal(captain, TEAM_TWO)).toBe(String(teamTwoFinal));

    // --- The report, checked against what was played.
    const approved = [captainText, employeeHonour, otherPhoto, eventAction, eventAction];
    const points = approved.reduce((sum, action) => sum + action.points, 0);
    // Memberships: the organiser plays in no team.
    const participants = 3;
    const active = 3;
    const keepGoingShare =
      answers.filter((answer) => answer.keepGoing === 'yes').length / answers.length;
    const headline = fr.report.headline;
    const expectedHeadline = [
      `${participants} ${plural(headline, 'participants', participants)} ${say(
        plural(headline, 'active', active),
        { value: active },
      )}`,
      `2 ${say(plural(headline, 'teams', 2), {
        companies: say(plural(headline, 'companies', 2), { value: 2 }),
      })}`,
      `${approved.length} ${plural(headline, 'actions', approved.length)} ${say(
        plural(headline, 'points', points),
        { value: whole.format(points) },
      )}`,
      `1 ${say(plural(headline, 'events', 1), {
        registrations: say(plural(headline, 'registrations', 2), { value: 2 }),
      })} ${say(plural(headline, 'attendance', 2), { value: 2 })}`,
      `${percent.format(keepGoingShare)} ${headline.keepGoing} ${say(
        plural(headline, 'answers', answers.length),
        { value: answers.length },
      )}`,
    ].map(squeeze);
    const count = <K extends string>(keys: readonly K[], of: (action: Action) => K) =>
      Object.fromEntries(keys.map((key) => [key, approved.filter((a) => of(a) === key).length]));
    const byTheme = count(THEME_IDS, (action) => action.theme);
    const byModality = count(MODALITIES, (action) => action.modality);
    const expected = {
      headline: expectedHeadline,
      byTheme: Object.fromEntries(THEME_IDS.map((theme) => [fr.themes[theme], byTheme[theme]])),
      byModality: Object.fromEntries(
        MODALITIES.map((modality) => [fr.modalities[modality], byModality[modality]]),
      ),
      // Event, registrations, attendance (the date aside).
      events: [[EVENT, '2', '2']],
      // Rank, team, company, points: by total, the rule of the season.
      topTeams: [
        [TEAM_ONE, COMPANY_ONE, teamOneFinal] as const,
        [TEAM_TWO, COMPANY_TWO, teamTwoFinal] as const,
      ]
        .sort((a, b) => b[2] - a[2])
        .map(([team, company, total], index) => [
          String(index + 1),
          team,
          company,
          whole.format(total),
        ]),
    };

    await organiser.goTo(fr.report.nav);
    const read = await readReport(organiser);
    expect(read.headline).toEqual(expected.headline);
    expect(read.byTheme).toEqual(expected.byTheme);
    expect(read.byModality).toEqual(expected.byModality);
    expect(
      read.events.map(([event, , registered, attended]) => [event, registered, attended]),
    ).toEqual(expected.events);
    expect(read.topTeams).toEqual(expected.topTeams);

    // The players read the same report: the other employee on the page left open, the captain
    // through the link that appeared in the navigation.
    expect(await readReport(other)).toEqual(read);
    await captain.goTo(fr.report.nav);
    expect(await readReport(captain)).toEqual(read);
    expect(await captain.page.getByText(fr.report.preview).count()).toBe(0);

    // The whole season ran under the hosting's Content-Security-Policy without a blocked request.
    expect(blocked).toEqual([]);
  },
);
