// Walking every page of the app as each kind of person: the pages, signing in a visitor in a
// language, opening a page with its folds open once its listeners have delivered, and the
// checks made on it (axe-core, what is wider than the screen, targets too small to touch).
import axe from 'axe-core';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { TEXT_ACTION } from '../../tests/support/game';
import { AppPage } from './app-page';
import { PASSWORD, type SeasonStack } from './season-stack';

export const PUBLIC_PAGES = ['/', `/actions/${TEXT_ACTION.id}`, '/sign-in', '/sign-up', '/nowhere'];
export const MEMBER_PAGES = [
  '/',
  `/actions/${TEXT_ACTION.id}`,
  '/my-list',
  '/team',
  '/progress',
  '/notifications',
  '/leaderboard',
  '/profile',
  '/events',
  '/survey',
  '/report',
];
export const ORGANISER_PAGES = [
  '/admin',
  '/admin/seasons/new',
  '/admin/review',
  '/admin/events',
  '/admin/events/new',
  '/admin/dashboard',
  '/report',
  '/leaderboard',
];

export type Language = 'fr' | 'en';

/** Makes the pages of `context` open in `language`, the one a person chose last time. */
export async function rememberLanguage(context: BrowserContext, language: Language) {
  await context.addInitScript((chosen) => {
    // A new page's first document (about:blank) has no storage of its own.
    if (window.location.protocol.startsWith('http')) {
      window.localStorage.setItem('tfg.language', chosen);
    }
  }, language);
}

/** A person in a new browser context, reading in `language`, signed in when `email` is given. */
export async function visitor(
  season: SeasonStack,
  language: Language,
  email?: string,
  options: BrowserContextOptions = {},
): Promise<AppPage> {
  const context = await season.newContext({
    locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    timezoneId: 'Europe/Paris',
    // The offline copy changes nothing on screen (installable-and-offline tests it): without it,
    // each new person does not precache the whole app.
    serviceWorkers: 'block',
    ...options,
  });
  // The language a person chose last time, as the app remembers it.
  await rememberLanguage(context, language);
  const app = new AppPage(await context.newPage(), season.stack.url);
  await app.open('/');
  if (email) {
    const signIn = language === 'fr' ? 'Se connecter' : 'Sign in';
    await app.page.getByRole('link', { name: signIn, exact: true }).first().click();
    await app.page.getByLabel(/Adresse e-mail|Email address/).fill(email);
    await app.page.getByLabel(/Mot de passe|Password/).fill(PASSWORD);
    await app.page.getByRole('button', { name: signIn, exact: true }).click();
    await app.signedInMenu().waitFor();
  }
  return app;
}

/**
 * Waits for loading states ("Chargement…", "Calcul des chiffres…": a status ending in "…") to give
 * way; one still there after 20 s is a page that never finishes loading, and fails the walk (the
 * events page did, on a second visit, when its query had found nothing the first time).
 */
async function loaded(page: Page, url: string) {
  const loading = page.getByRole('status').filter({ hasText: /…\s*$/ });
  await loading
    .first()
    .waitFor({ state: 'detached', timeout: 20_000 })
    .catch(async (error: unknown) => {
      const shown = await loading.allInnerTexts().catch(() => []);
      throw new Error(`${url} is still loading after 20 s: ${shown.join(' | ')}`, {
        cause: error,
      });
    });
}

/** Marks the page's main headings, so that the next page's are told from them. */
const LEFT = 'data-walk-left';

/**
 * Opens a page, waits for its data, and opens every fold so that its content is there too. Once
 * the app runs, a page is opened as the app's links do (the history's next entry, no reload): a
 * person moves that way, and a reload of the whole app for each page doubled the walk's time.
 */
export async function openPage(
  page: Page,
  url: string,
  baseUrl: string,
  /** Loads the whole app anew, as a person opening the address would. */
  options: { readonly reload?: boolean } = {},
): Promise<void> {
  const target = new URL(url, baseUrl);
  const how = options.reload
    ? 'load'
    : await page
        .evaluate(
          ([origin, pathname, search, left]) => {
            if (window.location.origin !== origin || !document.querySelector('h1')) return 'load';
            if (window.location.pathname === pathname) {
              // The same page, or the same with other parameters (loaded anew, as from a link in a
              // mail: the page's component would stay and keep its headings).
              return window.location.search === search ? 'here' : 'load';
            }
            for (const heading of Array.from(document.querySelectorAll('h1'))) {
              heading.setAttribute(left, '');
            }
            return 'link';
          },
          [target.origin, target.pathname, target.search, LEFT] as const,
        )
        .catch(() => 'load' as const);
  if (how === 'link') {
    // wouter follows pushState; each route's page is a component of its own, so its headings
    // are new elements.
    await page.evaluate(
      (next) => window.history.pushState(null, '', next),
      `${target.pathname}${target.search}`,
    );
    await page.locator(`h1:not([${LEFT}])`).first().waitFor();
  } else if (how === 'load') {
    await page.goto(target.href);
  }
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await loaded(page, url);
  // Folded content is built when opened: every fold opened, so its content is checked too. A
  // fold the page builds anew (its data arriving from the server after the device's cache) comes
  // back closed, so each check opens again whatever is closed.
  await page
    .waitForFunction(() =>
      Array.from(document.querySelectorAll('details')).every((fold) => {
        if (!fold.open) fold.open = true;
        return fold.children.length > 1;
      }),
    )
    .catch(async (error: unknown) => {
      const folds = await page.evaluate(() =>
        Array.from(document.querySelectorAll('details')).map(
          (fold) => `${fold.open ? 'open' : 'closed'} ${fold.outerHTML.slice(0, 200)}`,
        ),
      );
      throw new Error(`${url}: a fold stayed empty once opened:\n${folds.join('\n')}`, {
        cause: error,
      });
    });
  await loaded(page, url);
}

/** axe-core's scan: WCAG 2.1 A and AA rules, violations only (no passes to gather). */
const AXE_OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/**
 * axe-core's violations of the page as it is, as short lines. axe-core is loaded into the page
 * once per document and scans it there: the app goes from page to page without reloading, and
 * @axe-core/playwright loaded its half a megabyte twice per scan (the hundred scans of every-page
 * took 43 s that way, 16.5 s now). The app has no frame of its own origin to scan.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (options) =>
      (await (window as unknown as { axe: typeof axe }).axe.run(document, options)).violations.map(
        (violation) => ({
          id: violation.id,
          impact: violation.impact,
          targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        }),
      ),
    AXE_OPTIONS,
  );
  return violations.map(
    ({ id, impact, targets }) => `${label}: ${id} (${impact}) ${targets.join(' | ')}`,
  );
}

/**
 * What does not fit a small screen, as short lines: the page scrolling sideways, an element
 * reaching past the right edge (unless a box of its own scrolls it), a main action smaller than
 * 44 × 44 px, or anything else one can press smaller than WCAG 2.2's 24 × 24 px (links inside a
 * sentence excepted, as WCAG excepts them).
 */
export async function layoutProblems(page: Page, label: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const scrolledByABox = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      if (!shown(element) || scrolledByABox(element)) continue;
      if (element.getBoundingClientRect().right > width + 1) {
        found.push(`wider than the screen: ${describe(element)}`);
      }
    }
    const main = '.nav-bar a, .nav-more-button, .primary, .pick-button, .secondary, .danger';
    for (const element of Array.from(document.querySelectorAll(main))) {
      if (!shown(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.height < 44 || box.width < 44) {
        found.push(
          `main target under 44 px: ${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    const pressable = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';
    for (const element of Array.from(document.querySelectorAll(pressable))) {
      if (!shown(element) || element.matches('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (element.tagName === 'A' && style.display === 'inline') continue;
      const box = element.getBoundingClientRect();
      if (box.height < 24 || box.width < 24) {
        found.push(
          `target under 24 px: ${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return found;
  });
  return problems.map((problem) => `${label}: ${problem}`);
}
