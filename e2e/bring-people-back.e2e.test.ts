// Bringing people back, in the browser against the stack `npm start` runs (its mail catcher
// included): a member says yes to mails after joining; their captain nudges them while they are
// idle (a notice and a mail); the organiser rejects their proof (a notice with the reason and a
// mail in the catcher); they fix it, it is approved, and their streak shows. The pages of it have
// no axe violation in French or in English.
import { expect, it } from 'vitest';
import enCaptain from '../src/i18n/captain.en.json';
import fr from '../src/i18n/fr.json';
import frCaptain from '../src/i18n/captain.fr.json';
import { catalogueAction } from '../tests/support/catalogue';
import { AppPage } from './support/app-page';
import { axeViolations } from './support/page-walk';
import { PASSWORD, useSeasonStack } from './support/season-stack';

/**
 * A time zone where it is early afternoon now: no mail leaves between 20:00 and 08:00 in the
 * season's time zone, and this test reads its mails at once, whenever it runs.
 */
function afternoonZone(): string {
  const offset = 13 - new Date().getUTCHours();
  if (offset === 0) return 'Etc/GMT';
  // The Etc zones' signs are the POSIX ones: Etc/GMT-2 is two hours ahead of UTC.
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

const season = useSeasonStack(async () => {}, { timeZone: afternoonZone() });

const CATCHER = 'http://127.0.0.1:1080';

interface CaughtMail {
  readonly id: string;
  readonly subject: string;
  readonly to: readonly { readonly address: string }[];
  readonly text: string;
}

/** A caught mail as it was sent, headers included. */
async function sourceOf(mail: CaughtMail): Promise<string> {
  return (await fetch(`${CATCHER}/api/email/${mail.id}/source`)).text();
}

/** The mails the local catcher holds for `address` whose subject matches. */
async function mailsTo(address: string, subject: RegExp): Promise<CaughtMail[]> {
  const response = await fetch(`${CATCHER}/api/email`);
  const all = (await response.json()) as CaughtMail[];
  return all.filter(
    (mail) =>
      mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()) &&
      subject.test(mail.subject),
  );
}

async function signedIn(email: string | undefined): Promise<AppPage> {
  const context = await season.newContext();
  const page = await context.newPage();
  const app = new AppPage(page, season.stack.url);
  await app.open('/');
  await app.signIn(email ?? '', PASSWORD);
  return app;
}

const textAction = catalogueAction({ proof: 'text', repeat: 'repeatable' });
const textOf = (template: string, values: Record<string, string>) =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, value),
    template,
  );

it('reaches an idle member, tells of a rejection in the app and by mail, and counts the streak', async () => {
  const { member: memberPerson, captain: captainPerson } = season.world.people;
  const [member, captain, organiser] = await Promise.all([
    signedIn(memberPerson.email),
    signedIn(captainPerson.email),
    signedIn(season.world.people.organiser.email),
  ]);

  // The member, in a team, is asked once about mails, and says yes to all.
  await member.goTo(fr.nav.team);
  const consent = member.page.getByRole('region', { name: fr.mailPrefs.consent.title });
  await consent.getByText(fr.mailPrefs.consent.question).waitFor();
  await consent.getByRole('button', { name: fr.mailPrefs.consent.all }).click();
  await member.page.getByText(fr.mailPrefs.consent.savedAll).waitFor();

  // The captain rallies the idle member from the dashboard.
  await captain.goTo(fr.nav.team);
  const rally = captain.page.getByRole('region', { name: frCaptain.captain.nudge.title });
  const message = 'Une petite action cette semaine ? On compte sur toi !';
  await rally.getByLabel(frCaptain.captain.nudge.message).fill(message);
  await rally.getByRole('button', { name: frCaptain.captain.nudge.send }).click();
  await rally.getByText(textOf(frCaptain.captain.nudge.sent_one, { count: '1' })).waitFor();

  // It reaches the member as a notice, announced by the bell, and by mail (they said yes).
  const bell = member.page.getByRole('link', { name: new RegExp(`^${fr.notifications.title}`) });
  await expect
    .poll(() => bell.getAttribute('aria-label'), { timeout: 30_000 })
    .toContain(textOf(fr.notifications.unread_one, { count: '1' }));
  await bell.click();
  await member.page.getByText(message, { exact: false }).first().waitFor();
  await expect
    .poll(async () => (await mailsTo(memberPerson.email ?? '', /vous relance/)).length, {
      timeout: 60_000,
    })
    .toBe(1);

  // The member logs an action; the organiser rejects it with a reason.
  await member.open(`/actions/${textAction.id}`);
  await member.page.getByLabel(fr.submit.text).fill('J’ai réglé la mise en veille de mon écran.');
  await member.page.getByRole('button', { name: fr.submit.submit }).click();
  await member.page.getByText(fr.submit.sentPending).waitFor();
  await organiser.goTo(fr.review.nav);
  const queue = organiser.page.getByRole('region', { name: fr.review.queue.title });
  const card = queue.getByRole('listitem').filter({
    has: organiser.page.getByRole('heading', { name: textAction.title.fr }),
  });
  await card.getByRole('button', { name: fr.review.queue.reject }).click();
  const reason = 'Dites aussi combien de minutes avant la veille.';
  await card.getByRole('textbox').fill(reason);
  await card.getByRole('button', { name: fr.review.queue.rejectSubmit }).click();
  await card.waitFor({ state: 'detached' });

  // A notice with the reason and a way to fix it…
  await member.open('/notifications');
  await member.page.getByText(reason, { exact: false }).first().waitFor();
  await member.page.getByRole('link', { name: fr.notifications.fix }).first().waitFor();
  // …and a mail in French, with the reason and a one-click unsubscribe.
  let rejection: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        [rejection] = await mailsTo(memberPerson.email ?? '', /est à reprendre/);
        return rejection !== undefined;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  expect(rejection?.subject).toBe(
    textOf(fr.mail.rejection.subject, { title: textAction.title.fr }),
  );
  expect(rejection?.text).toContain(reason);
  expect(await sourceOf(rejection as CaughtMail)).toMatch(
    /^List-Unsubscribe:\s*<http:\/\/127\.0\.0\.1:5000\/unsubscribe\?t=/im,
  );

  // Fixed and sent again, then approved: the streak begins.
  await member.goTo(fr.progress.nav);
  await member.page.getByRole('button', { name: fr.progress.fix }).click();
  await member.page
    .getByLabel(fr.submit.text)
    .fill('J’ai réglé la mise en veille de mon écran après 5 minutes.');
  await member.page.getByRole('button', { name: fr.progress.resubmit, exact: true }).click();
  await member.page.getByText(fr.progress.resubmitted).waitFor();
  await card.getByRole('button', { name: fr.review.queue.approve }).click();
  await card.waitFor({ state: 'detached' });
  await member.page
    .getByText(textOf(fr.streak.weeks_one, { count: '1' }), { exact: false })
    .first()
    .waitFor({ timeout: 30_000 });

  // The pages of it, in French and then in English: no axe violation.
  const violations: string[] = [];
  for (const language of ['fr', 'en'] as const) {
    if (language === 'en') await member.switchLanguage();
    for (const path of ['/notifications', '/profile', '/progress']) {
      await member.open(path);
      violations.push(...(await axeViolations(member.page, `${language} ${path}`)));
    }
    await captain.open('/team');
    if (language === 'en') {
      await captain.switchLanguage();
      await captain.page.getByRole('region', { name: enCaptain.captain.nudge.title }).waitFor();
    }
    violations.push(...(await axeViolations(captain.page, `${language} captain /team`)));
  }
  expect(violations).toEqual([]);
});
