// Events in three browsers against the stack `npm start` runs: an organiser creates an event
// with one place; two employees of two teams register, the second waits; the first unregisters
// and the second is promoted, live; once the event has started, attendance is marked and the
// attendee's team moves on the leaderboard.
import { expect, it } from 'vitest';
import { findAction } from '../src/domain/catalogue';
import fr from '../src/i18n/fr.json';
import { AppPage } from './support/app-page';
import { PASSWORD, useSeasonStack } from './support/season-stack';

const ACTION_ID = 'sob-team-digital-fresco';
const season = useSeasonStack();

async function signedIn(email: string | undefined): Promise<AppPage> {
  const context = await season.newContext();
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open('/');
  await app.signIn(email ?? '', PASSWORD);
  return app;
}

/** A datetime-local value for a moment, as the clock reads in Paris (the season's zone). */
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

const HOUR = 3_600_000;

it('fills one place, promotes the waiting person, and counts attendance on the leaderboard', async () => {
  const action = findAction(ACTION_ID);
  if (!action) throw new Error(`No action ${ACTION_ID}`);
  const title = `Fresque du numérique ${Date.now()}`;
  const [organiser, first, second] = await Promise.all([
    signedIn(season.world.people.organiser.email),
    signedIn(season.world.people.member.email),
    signedIn(season.world.people.otherCaptain.email),
  ]);

  // The organiser creates the event: one place, tomorrow.
  await organiser.open('/admin/events/new');
  const form = organiser.page;
  await form.getByLabel(fr.eventsAdmin.form.kind).selectOption('fresco');
  await form.getByLabel(fr.eventsAdmin.form.titleFr).fill(title);
  await form.getByLabel(fr.eventsAdmin.form.titleEn).fill(`Digital collage ${title.slice(-6)}`);
  await form.getByLabel(fr.eventsAdmin.form.descriptionFr).fill('Trois heures pour comprendre.');
  await form.getByLabel(fr.eventsAdmin.form.descriptionEn).fill('Three hours to understand.');
  await form.getByLabel(fr.eventsAdmin.form.startsAt).fill(parisInput(Date.now() + 24 * HOUR));
  await form.getByLabel(fr.eventsAdmin.form.endsAt).fill(parisInput(Date.now() + 27 * HOUR));
  await form.getByLabel(fr.eventsAdmin.form.place).fill('Salle Lovelace');
  await form.getByLabel(fr.eventsAdmin.form.capacity).fill('1');
  await form.getByLabel(fr.eventsAdmin.form.action).selectOption(ACTION_ID);
  await form.getByRole('button', { name: fr.eventsAdmin.form.create }).click();
  // Back on the list, with its counts; the event's own page holds its form and attendance.
  await form.getByRole('link', { name: title }).click();
  await form.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
  const editUrl = form.url();

  // The first employee takes the place; the second joins the waiting list.
  const card = (app: AppPage) =>
    app.page.locator('article').filter({ has: app.page.getByRole('heading', { name: title }) });
  await first.goTo(fr.events.nav);
  await card(first)
    .getByRole('button', { name: new RegExp(fr.events.register) })
    .click();
  await card(first).getByText(fr.events.statuses.registered).waitFor();
  await second.goTo(fr.events.nav);
  await card(second)
    .getByRole('button', { name: new RegExp(fr.events.joinWaiting) })
    .click();
  await card(second).getByText(fr.events.statuses.waiting).waitFor();

  // The first unregisters: the second is promoted, without reloading.
  await card(first)
    .getByRole('button', { name: new RegExp(fr.events.unregister) })
    .click();
  await first.page.getByRole('button', { name: fr.events.unregisterConfirm }).click();
  await card(first).getByText(fr.events.statuses.none).waitFor();
  await card(second).getByText(fr.events.statuses.registered).waitFor();

  // The event has begun (the organiser moves its start into the past), attendance is marked.
  await organiser.page.goto(editUrl);
  await form.getByLabel(fr.eventsAdmin.form.startsAt).fill(parisInput(Date.now() - HOUR));
  await form.getByLabel(fr.eventsAdmin.form.endsAt).fill(parisInput(Date.now() + HOUR));
  await form.getByRole('button', { name: fr.eventsAdmin.form.save }).click();
  await form.getByRole('link', { name: title }).click();
  const markOne = form.getByRole('button', { name: new RegExp(fr.eventsAdmin.attendance.markOne) });
  await markOne.click();
  await form.getByText(fr.eventsAdmin.attendance.marked_one.replace('{{count}}', '1')).waitFor();

  // The attendee's team (team two) now has the action's points on the leaderboard.
  await second.goTo(fr.leaderboard.nav);
  const row = second.page.getByRole('row', { name: /Team two/ });
  const total = async () => (await row.locator('th, td').allInnerTexts())[3]?.trim();
  await expect.poll(total, { timeout: 30_000 }).toBe(String(action.points));
});
