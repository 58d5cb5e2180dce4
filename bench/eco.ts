// The eco-design figures of the main pages, on a first visit (empty cache): gzipped JS and CSS,
// requests, DOM size, page weight, and the EcoIndex computed from them. Runs the stack as
// `npm start -- --demo` does, in a fresh data folder, and visits it with the machine's Chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { lighthouseOf } from './lighthouse';

/** EcoIndex quantiles (DOM elements, requests, KB), from the reference implementation. */
const Q_DOM = [
  0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801,
  2479, 594601,
];
const Q_REQ = [
  0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920,
];
const Q_SIZE = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27,
  1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
];

function quantile(quantiles: readonly number[], value: number): number {
  for (let i = 1; i < quantiles.length; i += 1) {
    const high = quantiles[i] ?? 0;
    const low = quantiles[i - 1] ?? 0;
    if (value < high) return i - 1 + (value - low) / (high - low);
  }
  return quantiles.length - 1;
}

/** EcoIndex: 100 − 5 × (3 q(DOM) + 2 q(requests) + q(KB)) / 6, and its grade. */
export function ecoIndex(dom: number, requests: number, kilobytes: number) {
  const score =
    100 -
    (5 * (3 * quantile(Q_DOM, dom) + 2 * quantile(Q_REQ, requests) + quantile(Q_SIZE, kilobytes))) /
      6;
  const grades: [number, string][] = [
    [80, 'A'],
    [70, 'B'],
    [55, 'C'],
    [40, 'D'],
    [25, 'E'],
    [10, 'F'],
  ];
  return { score, grade: grades.find(([floor]) => score > floor)?.[1] ?? 'G' };
}

function startDemoStack(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--no-build', '--demo', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Ready\. Open (http\S+)/.exec(output)?.[1];
      if (url && output.includes('The functions are scoring')) {
        child.stdout.off('data', onData);
        resolve({
          url,
          stop: async () => {
            child.kill('SIGINT');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`The stack stopped before it was ready:\n${output}`)));
  });
}

interface PageFigures {
  readonly page: string;
  readonly requests: number;
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly weight: number;
  readonly dom: number;
  /** Whether the page loaded the Firestore SDK. */
  readonly firestore: boolean;
}

/** Visits `url` with an empty cache and measures what it downloads and builds. */
async function measure(context: BrowserContext, base: string, url: string, label: string) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  const responses: Promise<{ type: string; bytes: number; gzip: number; firestore: boolean }>[] =
    [];
  page.on('response', (response) => {
    responses.push(
      response
        .body()
        .then((body) => {
          const type = response.headers()['content-type'] ?? '';
          const text = /javascript|css|html|json|text|svg/.test(type);
          return {
            type,
            bytes: body.length,
            gzip: text ? gzipSync(body).length : body.length,
            // A sentence only the Firestore SDK carries tells its chunk apart.
            firestore:
              type.includes('javascript') &&
              body.includes('Could not reach Cloud Firestore backend'),
          };
        })
        .catch(() => ({ type: '', bytes: 0, gzip: 0, firestore: false })),
    );
  });
  await page.goto(new URL(url, base).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(4000);
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  const bodies = await Promise.all(responses);
  await page.close();
  const sum = (filter: (entry: { type: string }) => boolean) =>
    bodies.filter(filter).reduce((total, entry) => total + entry.gzip, 0);
  return {
    page: `${label} ("${heading.trim()}")`,
    requests: bodies.length,
    jsGzip: sum((entry) => entry.type.includes('javascript')),
    cssGzip: sum((entry) => entry.type.includes('css')),
    weight: sum(() => true),
    dom,
    firestore: bodies.some((entry) => entry.firestore),
  } satisfies PageFigures;
}

/** A phone's screen: what `npm run bench` also measures the main pages at. */
const PHONE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
} as const;

async function signedInContext(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  base: string,
  email: string,
  options: Parameters<Awaited<ReturnType<typeof chromium.launch>>['newContext']>[0] = {},
) {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  await page.goto(new URL('/sign-in', base).href);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('demo-password-2026');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('button', { name: 'Plus', exact: true }).waitFor();
  await page.close();
  return context;
}

/**
 * What installing the app costs once: the files the service worker precaches, gzipped (as
 * hosting serves them), and whether Chromium finds the app installable (its own check: Lighthouse
 * 12 no longer has a PWA category).
 */
async function installFigures(browser: Awaited<ReturnType<typeof chromium.launch>>, base: string) {
  const context = await browser.newContext({ locale: 'fr-FR', ...PHONE });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names.filter((entry) => entry.includes('precache'))) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => request.url));
    }
    return urls;
  });
  let gzip = 0;
  for (const url of precached) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    gzip += /\.(png|jpe?g|webp)(\?|$)/.test(url) ? body.length : gzipSync(body).length;
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  await context.close();
  // A browsing context of Playwright is a private window, which Chromium never installs from.
  const errors = installabilityErrors
    .map((error) => error.errorId)
    .filter((id) => id !== 'in-incognito');
  return { files: precached.length, gzip, errors };
}

export async function benchEco(chromePath: string, args: string[]): Promise<string[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tfg-bench-eco-'));
  const stack = await startDemoStack(dataDir);
  const browser = await chromium.launch({ executablePath: chromePath, args });
  try {
    // Give the functions a moment to score the demo's approvals.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    const figures: PageFigures[] = [];
    const visitor = await browser.newContext({ locale: 'fr-FR' });
    figures.push(await measure(visitor, stack.url, '/', 'catalogue (first visit, signed out)'));
    const member = await signedInContext(browser, stack.url, 'membre002@demo.test');
    figures.push(await measure(member, stack.url, '/leaderboard', 'leaderboard'));
    figures.push(
      await measure(member, stack.url, '/actions/sob-estimate-personal-footprint', 'submit'),
    );
    const organiser = await signedInContext(browser, stack.url, 'organisatrice@demo.test');
    figures.push(await measure(organiser, stack.url, '/admin/review', 'review queue'));
    const phoneVisitor = await browser.newContext({ locale: 'fr-FR', ...PHONE });
    figures.push(await measure(phoneVisitor, stack.url, '/', 'phone, catalogue (signed out)'));
    const phoneMember = await signedInContext(browser, stack.url, 'membre003@demo.test', PHONE);
    figures.push(
      await measure(
        phoneMember,
        stack.url,
        '/actions/sob-estimate-personal-footprint',
        'phone, submit',
      ),
    );
    figures.push(await measure(phoneMember, stack.url, '/leaderboard', 'phone, leaderboard'));
    const install = await installFigures(browser, stack.url);
    const audit = await lighthouseOf(chromePath, args, stack.url);
    const kb = (bytes: number) => (bytes / 1024).toFixed(0);
    const graded = figures.map((entry) => ({
      ...entry,
      ...ecoIndex(entry.dom, entry.requests, entry.weight / 1024),
    }));
    const [catalogue, leaderboard] = graded;
    const met = (ok: boolean | undefined) => (ok ? 'met' : 'NOT met');
    return [
      'eco-design, first visit with an empty cache (sizes gzipped, as hosting serves them):',
      ...graded.map(
        (entry) =>
          `  ${entry.page}: JS ${kb(entry.jsGzip)} KB, CSS ${kb(entry.cssGzip)} KB, ${entry.requests} requests, ${entry.dom} DOM elements, ${kb(entry.weight)} KB in all → EcoIndex ${entry.score.toFixed(0)} (${entry.grade})`,
      ),
      'budget (issue 8):',
      `  EcoIndex A on the catalogue and the leaderboard: ${met(catalogue?.grade === 'A' && leaderboard?.grade === 'A')} (${catalogue?.grade}, ${leaderboard?.grade})`,
      `  at least B everywhere: ${met(graded.every((entry) => entry.grade <= 'B'))} (${graded.map((entry) => entry.grade).join(', ')})`,
      `  catalogue's first visit ≤ 300 KB: ${met((catalogue?.weight ?? Infinity) <= 300 * 1024)} (${kb(catalogue?.weight ?? 0)} KB)`,
      `  first page's JS ≤ 150 KB gzipped: ${met((catalogue?.jsGzip ?? Infinity) <= 150 * 1024)} (${kb(catalogue?.jsGzip ?? 0)} KB)`,
      `  Firestore SDK only on pages that listen: ${met(!catalogue?.firestore)} (the signed-out catalogue ${catalogue?.firestore ? 'loads' : 'does not load'} it)`,
      'installing the app (the service worker, after the first page has loaded):',
      `  precaches ${install.files} files, ${kb(install.gzip)} KB gzipped, once per version; other pages are cached when first opened`,
      `  installable (Chromium's check): ${install.errors.length === 0 ? 'yes' : `no (${install.errors.join(', ')})`}`,
      `Lighthouse ${audit.version} of the catalogue (phone, simulated slow 4G, signed out):`,
      ...audit.lines,
    ];
  } finally {
    await browser.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
