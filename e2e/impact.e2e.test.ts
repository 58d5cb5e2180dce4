// Impact you can cite, in the browser against the stack `npm start` runs: a member logs two
// actions with an impact model (a text proof and one on trust), their captain two more and one
// without a figure; the organiser approves them all; the ranges show on the member's progress, on
// the team page (a member's and the captain's dashboard), in the leaderboard's column and, once
// the season is closed, in the final report with each company's. "How we count" lists every model
// with its figure and a well-formed https link to its source, signed out. French and English, no
// axe violation. Every text expected is worked out here from the models and the i18n templates.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it, onTestFailed } from 'vitest';
import type { Action } from '../src/domain/action';
import { CATALOGUE, findAction } from '../src/domain/catalogue';
import type { ImpactModel, ImpactSource } from '../src/domain/impact';
import { IMPACT_MODELS } from '../src/domain/impact-data';
import { THEME_IDS } from '../src/domain/themes';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import frCaptain from '../src/i18n/captain.fr.json';
import type { AppPage } from './support/app-page';
import { axeViolations, layoutProblems, openPage, visitor } from './support/page-walk';
import { useSeasonStack } from './support/season-stack';

const season = useSeasonStack();

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', 'test-results', 'impact');

type Language = 'fr' | 'en';
const TEXTS = { fr, en } as const;

/** A string of the i18n files with its {{placeholders}} filled in. */
function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The plural form of `key` in `group` that i18next picks for `count` in `language`. */
function plural(language: Language, group: object, key: string, count: number): string {
  const forms = group as Record<string, unknown>;
  const form = forms[`${key}_${new Intl.PluralRules(language).select(count)}`];
  if (typeof form !== 'string') throw new Error(`No plural of ${key} for ${count}`);
  return form;
}

/** Text as a person reads it: every run of spaces (narrow no-break ones included) as one. */
function squeeze(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An action of the catalogue with an impact model, and that model. */
function modelled(id: string): { action: Action; model: ImpactModel } {
  const action = findAction(id);
  const model = IMPACT_MODELS[id];
  if (!action || !model) throw new Error(`No catalogue action ${id} with an impact model`);
  return { action, model };
}

// The member: a text proof counted over 3 years in kg CO₂e, and an hour of meeting camera off
// (on trust), whose range in grams joins it in the one kg CO₂e line.
const keepPhone = modelled('sob-keep-phone-five-years');
const cameraOff = modelled('sob-camera-off-in-meetings');
// The captain: two people trained (text proofs), and an action without a figure.
const contrastCheck = modelled('acc-show-contrast-check');
const mentorAudit = modelled('acc-mentor-first-audit');
const withoutFigure = CATALOGUE.find(
  (action) =>
    action.proof === 'text' &&
    action.scope === 'individual' &&
    !Object.hasOwn(IMPACT_MODELS, action.id),
);

/** A range as counted, by unit: a yearly saving counts for its years, in kg CO₂e. */
interface Counted {
  readonly unit: string;
  readonly low: number;
  readonly central: number;
  readonly high: number;
}

/** What one completion of a model counts, worked out here from the model alone. */
function counted(model: ImpactModel): Counted {
  const yearly = model.unit === 'kgCO2ePerYear';
  const years = yearly ? (model.years ?? 1) : 1;
  return {
    unit: yearly ? 'kgCO2e' : model.unit,
    low: model.low * years,
    central: model.central * years,
    high: model.high * years,
  };
}

/** Ranges added bound by bound, unit by unit, never across units; in the order of `units`. */
function totals(models: readonly ImpactModel[], units: readonly string[]): Counted[] {
  return units.flatMap((unit) => {
    const same = models.map(counted).filter((range) => range.unit === unit);
    if (same.length === 0) return [];
    const sum = (bound: 'low' | 'central' | 'high') =>
      same.reduce((total, range) => total + range[bound], 0);
    return [{ unit, low: sum('low'), central: sum('central'), high: sum('high') }];
  });
}

/**
 * A range in words as the app shows it: long in prose, short in a table's cell; `unitWords`
 * turns the unit's name into what is shown (a yearly saving's "per year").
 */
function words(
  range: Counted,
  language: Language,
  style: 'long' | 'short' = 'long',
  unitWords: (unit: string) => string = (unit) => unit,
): string {
  const texts = TEXTS[language];
  // Masses in t from 1,000 kg of central value, in g under 1 kg, in kg otherwise.
  const mass = { kgCO2e: 'CO2e', kgEquipment: 'Equipment' }[range.unit];
  const scale = !mass
    ? null
    : range.central >= 1000
      ? 't'
      : range.central > 0 && range.central < 1
        ? 'g'
        : 'kg';
  const factor = scale === 't' ? 1 / 1000 : scale === 'g' ? 1000 : 1;
  const unit = scale ? `${scale}${mass}` : range.unit;
  // A unit agrees with its number where it has plural forms ("1 personne formée").
  const units = texts.howWeCount.units as Record<string, unknown>;
  const unitName = (count: number) =>
    unitWords(
      typeof units[unit] === 'string'
        ? (units[unit] as string)
        : plural(language, units, unit, count),
    );
  const number = new Intl.NumberFormat(language, { maximumSignificantDigits: 3 });
  const [low = '', central = '', high = ''] = [range.low, range.central, range.high].map((value) =>
    number.format(value * factor),
  );
  const values = {
    low,
    central,
    high,
    unit: unitName(range.high * factor),
    centralUnit: unitName(range.central * factor),
  };
  if (low === high) return say(texts.howWeCount.figure.single, values);
  return say(style === 'long' ? texts.howWeCount.figure.range : texts.impact.shortRange, values);
}

/** A model's own figure as "How we count" gives it: a yearly saving per year, with its years. */
function modelWords(model: ImpactModel, language: Language): string {
  const figure = TEXTS[language].howWeCount.figure;
  if (model.unit !== 'kgCO2ePerYear') return words(counted(model), language);
  const years = model.years ?? 1;
  const perYear = words({ ...model, unit: 'kgCO2e' }, language, 'long', (unit) =>
    say(figure.perYear, { unit }),
  );
  return say(figure.yearly, {
    range: perYear,
    years: say(plural(language, figure, 'years', years), { count: years }),
  });
}

/** The lines of the "Impact estimé" section in `scope`, as read. */
async function impactLines(scope: Locator): Promise<string[]> {
  return (await scope.locator('ul.impact-figures > li').allTextContents()).map(squeeze);
}

/** The impact cell of a team's row on the leaderboard this page shows, one entry per line. */
async function leaderboardImpact(page: Page, language: Language, team: string): Promise<string[]> {
  const table = page.getByRole('table', { name: TEXTS[language].leaderboard.table.caption });
  const headers = (await table.locator('thead th').allTextContents()).map(squeeze);
  const column = headers.indexOf(TEXTS[language].impact.column);
  if (column < 0) return [`no column ${TEXTS[language].impact.column} in ${headers.join(', ')}`];
  const cell = table
    .getByRole('row', { name: new RegExp(team) })
    .locator('th, td')
    .nth(column);
  const lines = await cell.locator('li').allTextContents();
  return lines.length > 0 ? lines.map(squeeze) : [squeeze(await cell.textContent())];
}

/** Opens a page (its data loaded, its folds open) and adds its axe violations to `violations`. */
async function scan(app: AppPage, url: string, label: string, violations: string[]) {
  await openPage(app.page, url, season.stack.url);
  violations.push(...(await axeViolations(app.page, label)));
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

it.each(['fr', 'en'] as const)(
  'lists every impact model on "How we count", with a working source link, signed out (%s)',
  async (language) => {
    const texts = TEXTS[language];
    const visitorPage = (await visitor(season, language)).page;
    // Reached from the footer of any page, signed out.
    await visitorPage.getByRole('link', { name: texts.howWeCount.footerLink }).click();
    await visitorPage
      .getByRole('heading', { level: 1, name: texts.howWeCount.title, exact: true })
      .waitFor();
    expect(new URL(visitorPage.url()).pathname).toBe('/how-we-count');

    const ids = Object.keys(IMPACT_MODELS);
    const items = visitorPage.locator('main ul.how-we-count-list > li');
    await expect.poll(() => items.count()).toBe(ids.length);
    await visitorPage
      .getByText(
        say(plural(language, texts.howWeCount, 'summary', ids.length), {
          count: ids.length,
          total: CATALOGUE.length,
        }),
      )
      .waitFor();

    // Every model, in its theme, in the catalogue's order within each theme.
    const expectedTitles = THEME_IDS.flatMap((theme) =>
      CATALOGUE.filter((action) => action.theme === theme && ids.includes(action.id)).map(
        (action) => action.title[language],
      ),
    );
    const titles = (await items.getByRole('heading', { level: 3 }).allTextContents()).map(squeeze);
    expect(titles).toEqual(expectedTitles);

    for (const id of ids) {
      const { action, model } = modelled(id);
      const item = items.filter({
        has: visitorPage.getByRole('heading', {
          level: 3,
          name: action.title[language],
          exact: true,
        }),
      });
      await expect.poll(() => item.count(), { message: id }).toBe(1);
      // The title links to the action.
      const title = item.getByRole('link', { name: action.title[language], exact: true });
      expect(await title.getAttribute('href')).toBe(`/actions/${id}`);
      // Figure, assumption, source, grade: as the model says.
      const details = (await item.locator(':scope > dl > dd').allTextContents()).map(squeeze);
      expect(details[0], id).toBe(squeeze(modelWords(model, language)));
      expect(details[1], id).toBe(squeeze(model.assumption[language]));
      expect(details[3], id).toBe(texts.howWeCount.grades[model.grade]);
      // Each source (the main one, then any "see also") a real link to its https address.
      const sources: readonly ImpactSource[] = [model.source, ...(model.seeAlso ?? [])];
      const links = item.locator(':scope > dl > dd').nth(2).getByRole('link');
      const shown = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          title: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim(),
          href: anchor.getAttribute('href'),
          resolved: (anchor as HTMLAnchorElement).href,
        })),
      );
      expect(shown, id).toEqual(
        sources.map((source) => ({
          title: squeeze(source.title),
          href: source.url,
          resolved: new URL(source.url).href,
        })),
      );
      for (const source of sources) {
        const url = new URL(source.url);
        expect(url.protocol, source.url).toBe('https:');
        expect(url.hostname, source.url).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
        expect(squeeze(await item.locator(':scope > dl > dd').nth(2).textContent()), id).toContain(
          squeeze(
            `${say(texts.howWeCount.sourceBy, { publisher: source.publisher, year: source.year })} ${source.title}`,
          ),
        );
      }
    }

    const violations = await axeViolations(visitorPage, `${language} signed out /how-we-count`);
    expect(violations).toEqual([]);
  },
);

it(
  'shows approved actions’ impact on progress, the team, the leaderboard and the final report',
  { timeout: 480_000 },
  async () => {
    if (!withoutFigure) throw new Error('The catalogue has no text action without a figure');
    const { people, seasonId } = season.world;
    const [member, captain, organiser] = await Promise.all([
      visitor(season, 'fr', people.member.email),
      visitor(season, 'fr', people.captain.email),
      visitor(season, 'fr', people.organiser.email),
    ]);
    // A failure says where each person was and what they saw.
    onTestFailed(async () => {
      for (const [who, app] of Object.entries({ member, captain, organiser })) {
        const seen = await app.page
          .locator('main')
          .innerText({ timeout: 2_000 })
          .catch(() => '(unreadable)');
        console.error(`${who} at ${app.page.url()}:\n${seen.slice(0, 2_000)}\n`);
      }
    });

    // --- The member and the captain log their actions.
    const submit = async (app: AppPage, action: Action, proof?: string) => {
      await app.open(`/actions/${action.id}`);
      if (proof === undefined) await app.page.getByText(fr.submit.honour).waitFor();
      else await app.page.getByLabel(fr.submit.text).fill(proof);
      await app.page.getByRole('button', { name: fr.submit.submit, exact: true }).click();
      await app.page.getByText(fr.submit.sentPending).waitFor();
    };
    await submit(
      member,
      keepPhone.action,
      'Je garde mon téléphone actuel jusqu’en 2030 : coque, verre trempé et batterie changée.',
    );
    await submit(member, cameraOff.action);
    await submit(
      captain,
      contrastCheck.action,
      'J’ai montré à Inès le vérificateur de contraste sur nos boutons secondaires.',
    );
    await submit(
      captain,
      mentorAudit.action,
      'J’ai accompagné Karim sur la grille RGAA et son premier rapport d’audit.',
    );
    await submit(captain, withoutFigure, 'J’ai fait cette action avec mon équipe cette semaine.');

    // --- The organiser approves all five.
    const approved = [
      keepPhone.action,
      cameraOff.action,
      contrastCheck.action,
      mentorAudit.action,
      withoutFigure,
    ];
    await organiser.goTo(fr.review.nav);
    const queue = organiser.page.getByRole('region', { name: fr.review.queue.title });
    await queue
      .getByText(
        say(plural('fr', fr.review.queue, 'count', approved.length), {
          count: approved.length,
        }),
      )
      .waitFor();
    for (const action of approved) {
      const card = queue.getByRole('listitem').filter({
        has: organiser.page.getByRole('heading', { name: action.title.fr, exact: true }),
      });
      await card.getByRole('button', { name: fr.review.queue.approve }).click();
      await card.waitFor({ state: 'detached' });
    }
    await queue.getByText(fr.review.queue.empty).waitFor();

    // What is expected, from the models: the member's own, the team's (= the season's, = the
    // company's: team two has nothing with a figure).
    const units = ['kgCO2e', 'peopleTrained'];
    const mine = totals([keepPhone.model, cameraOff.model], units);
    const team = totals(
      [keepPhone.model, cameraOff.model, contrastCheck.model, mentorAudit.model],
      units,
    );
    expect(mine).toHaveLength(1);
    expect(team).toHaveLength(2);
    const long = (ranges: Counted[], language: Language) =>
      ranges.map((range) => squeeze(words(range, language)));
    const short = (ranges: Counted[], language: Language) =>
      ranges.map((range) => squeeze(words(range, language, 'short')));
    const poll = { timeout: 60_000 };

    // --- The member's progress: their own range, live, and the way to "How we count".
    await member.goTo(fr.progress.nav);
    const myImpact = member.page.getByRole('region', { name: fr.impact.title, exact: true });
    await expect.poll(() => impactLines(myImpact), poll).toEqual(long(mine, 'fr'));
    await myImpact.getByText(fr.impact.mine).waitFor();
    await screenshot(member.page, 'fr-progress.png');

    // --- The team page: a member's section (h2) and, for the captain, in the dashboard (h3).
    await member.goTo(fr.nav.team);
    const teamImpact = member.page.getByRole('region', { name: fr.impact.title, exact: true });
    await expect.poll(() => impactLines(teamImpact), poll).toEqual(long(team, 'fr'));
    await teamImpact.getByRole('heading', { level: 2, name: fr.impact.title }).waitFor();
    await captain.goTo(fr.nav.team);
    const dashboard = captain.page.getByRole('region', {
      name: frCaptain.captain.title,
      exact: true,
    });
    const captainImpact = dashboard.getByRole('region', { name: fr.impact.title, exact: true });
    await expect.poll(() => impactLines(captainImpact), poll).toEqual(long(team, 'fr'));
    await captainImpact.getByRole('heading', { level: 3, name: fr.impact.title }).waitFor();

    // --- The leaderboard: the impact column, team one's ranges, a dash for team two.
    await member.goTo(fr.leaderboard.nav);
    await expect
      .poll(() => leaderboardImpact(member.page, 'fr', 'Team one'), poll)
      .toEqual(short(team, 'fr'));
    expect(await leaderboardImpact(member.page, 'fr', 'Team two')).toEqual([fr.impact.noFigure]);
    await screenshot(member.page, 'fr-leaderboard.png');

    // --- The organiser's dashboard: the season's ranges.
    await organiser.goTo(fr.dashboard.nav);
    const dashboardImpact = organiser.page.getByRole('region', {
      name: fr.impact.title,
      exact: true,
    });
    await expect.poll(() => impactLines(dashboardImpact), poll).toEqual(long(team, 'fr'));

    // --- The season closes (frozen, then closed), and the member reads the final report.
    // The admin page lists every season of the stack: this world's is the card under its name.
    for (const to of ['frozen', 'closed'] as const) {
      await organiser.goTo(fr.nav.admin);
      const card = organiser.page.getByRole('listitem').filter({
        has: organiser.page.getByRole('heading', { name: season.world.seasonName, exact: true }),
      });
      await card.getByRole('button', { name: fr.admin.seasons.advance[to] }).click();
      await card.getByRole('button', { name: fr.admin.seasons.advanceConfirm }).click();
      await card.getByText(fr.seasonStates[to], { exact: true }).waitFor();
    }
    const report = async (app: AppPage, language: Language) => {
      const texts = TEXTS[language];
      const section = app.page.getByRole('region', { name: texts.impact.title, exact: true });
      await section.waitFor();
      const withFigure = approved.length - 1;
      const counts = `${say(plural(language, texts.impact, 'actionsWithFigure', withFigure), {
        value: withFigure,
      })} ${say(plural(language, texts.impact, 'actionsWithoutFigure', 1), { value: 1 })}`;
      await section.getByText(squeeze(counts)).waitFor();
      const byCompany = section.getByRole('table', { name: texts.impact.byCompanyCaption });
      const rows = await byCompany.locator('tbody tr').evaluateAll((found) =>
        found.map((row) => ({
          company: (row.querySelector('th')?.textContent ?? '').trim(),
          lines: Array.from(row.querySelectorAll('td li')).map((line) =>
            (line.textContent ?? '').replace(/\s+/g, ' ').trim(),
          ),
        })),
      );
      return { season: await impactLines(section), byCompany: rows };
    };
    const expectedReport = (language: Language) => ({
      season: long(team, language),
      byCompany: [{ company: `Company ${seasonId}`, lines: short(team, language) }],
    });
    await member.open('/report');
    await member.page
      .getByRole('heading', { level: 1, name: fr.report.seasonTitle.split('{{')[0] })
      .waitFor();
    await expect.poll(() => report(member, 'fr'), poll).toEqual(expectedReport('fr'));
    await screenshot(member.page, 'fr-report.png');

    // --- The pages, in French then in English: the same figures in words of each, no axe
    // violation; the leaderboard on a 390 px phone too.
    const violations: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      const texts = TEXTS[language];
      // The member again, reading in this language (the app remembers it on the device).
      const reader = language === 'fr' ? member : await visitor(season, 'en', people.member.email);
      await scan(reader, '/progress', `${language} /progress`, violations);
      const region = reader.page.getByRole('region', { name: texts.impact.title, exact: true });
      // An in-app move shows the page before its listeners deliver: each read waits for them.
      await expect.poll(() => impactLines(region), poll).toEqual(long(mine, language));
      await scan(reader, '/team', `${language} /team`, violations);
      await expect.poll(() => impactLines(region), poll).toEqual(long(team, language));
      await scan(reader, '/leaderboard', `${language} /leaderboard`, violations);
      await expect
        .poll(() => leaderboardImpact(reader.page, language, 'Team one'), poll)
        .toEqual(short(team, language));
      await scan(reader, '/report', `${language} /report`, violations);
      await expect.poll(() => report(reader, language), poll).toEqual(expectedReport(language));
      await scan(reader, '/how-we-count', `${language} /how-we-count`, violations);
      // The link of the progress page's section leads to "How we count".
      await openPage(reader.page, '/progress', season.stack.url);
      await region.getByRole('link', { name: texts.impact.howWeCount, exact: true }).click();
      await reader.page
        .getByRole('heading', { level: 1, name: texts.howWeCount.title, exact: true })
        .waitFor();
      if (language === 'en') {
        for (const url of ['/progress', '/leaderboard', '/report']) {
          await openPage(reader.page, url, season.stack.url);
          await screenshot(reader.page, `en${url.replace('/', '-')}.png`);
        }
      }
      // The leaderboard on a 390 px phone.
      await reader.page.setViewportSize({ width: 390, height: 844 });
      await openPage(reader.page, '/leaderboard', season.stack.url);
      violations.push(...(await axeViolations(reader.page, `${language} 390 px /leaderboard`)));
      violations.push(...(await layoutProblems(reader.page, `${language} 390 px /leaderboard`)));
      await screenshot(reader.page, `${language}-leaderboard-390.png`);
      await reader.page.setViewportSize({ width: 1280, height: 720 });
    }
    expect(violations).toEqual([]);
  },
);
