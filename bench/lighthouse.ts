// A Lighthouse run (the npm package, 12.2.3, on the machine's Chromium) of one page: its
// performance, accessibility and best-practices scores, with the metrics behind performance.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export async function lighthouseOf(
  chromePath: string,
  args: readonly string[],
  url: string,
): Promise<{ version: string; lines: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...args.filter((flag) => !flag.startsWith('--remote-debugging')), '--headless'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse gave no result');
    const { lhr } = result;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    const failed = Object.values(lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    return {
      version: lhr.lighthouseVersion,
      lines: [
        `  performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`,
        `  first contentful paint ${metric('first-contentful-paint')}, largest contentful paint ${metric('largest-contentful-paint')}, total blocking time ${metric('total-blocking-time')}, cumulative layout shift ${metric('cumulative-layout-shift')}`,
        `  audits not passed: ${failed.length > 0 ? failed.join(', ') : 'none'}`,
      ],
    };
  } finally {
    chrome.kill();
  }
}
