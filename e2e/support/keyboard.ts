// Moving through a page with the Tab key alone, as a keyboard user does, checking on the way that
// every element that takes the focus shows it.
import type { Page } from 'playwright-core';

export interface Focused {
  readonly tag: string;
  readonly name: string;
  /** The focus indicator is visible: an outline of 2 px or more, or a box shadow. */
  readonly visible: boolean;
}

/** What has the focus: its tag, its accessible name (roughly), and whether the focus shows. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', name: '', visible: true };
    const labels = (element as HTMLInputElement).labels;
    const name = (
      element.getAttribute('aria-label') ??
      (labels && labels.length > 0 ? labels[0]?.innerText : null) ??
      element.innerText ??
      ''
    ).trim();
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return { tag: element.tagName.toLowerCase(), name, visible: outline || shadow };
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element's name matches; fails after
 * `limit` presses. Every stop on the way is recorded in `stops`, to check the focus showed.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  stops: Focused[],
  { limit = 150, backwards = false }: { limit?: number; backwards?: boolean } = {},
): Promise<Focused> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const seen: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    stops.push(now);
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
    if (matches(now.name)) return now;
  }
  throw new Error(
    `Tab never reached "${String(name)}" in ${limit} presses; went through: ${seen.join(' | ')}`,
  );
}
