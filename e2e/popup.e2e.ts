/**
 * The toolbar popup, in Chromium and Firefox, opened for a news page as the toolbar opens it (the page stays
 * its window's active tab; there is no test-only way in): its first screen shows the story and this page's
 * findings; choosing a name scrolls the page to it and opens its card; the site switch takes every mark off
 * the open page at once, and the site stays off after a reload; the toolbar badge counts the names; the
 * popup stays under ~1,600 px tall; axe finds nothing serious.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { serveFixtures, type FixtureServer } from './support/server';

const pack = JSON.parse(readFileSync('seeds/pack.json', 'utf8')) as { incident: { title: string } };
const shots = '.output/screenshots';
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

/** Full and quiet marks, found in the first reading or a later one. */
const marks = () => ['backstory-mention', 'backstory-later'].reduce((n, h) => n + (CSS.highlights.get(h)?.size ?? 0) + (CSS.highlights.get(`${h}-new`)?.size ?? 0), 0);
const someMarks = () => ((CSS.highlights.get('backstory-mention')?.size ?? 0) + (CSS.highlights.get('backstory-mention-new')?.size ?? 0) > 0 ? true : null);
const cardOpen = () => {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  return host && host.style.display !== 'none' && host.shadowRoot?.querySelector('.bs-summary') ? (host.shadowRoot.querySelector('h2')?.textContent ?? '') : null;
};

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('answers, in its first screen, what the story is and what is on this page; a name chosen there opens on the page', async () => {
    const page = await browser.open(server.url('/site.html'));
    await page.waitFor(someMarks);
    const popup = await browser.openPopup(page);
    const first = await popup.waitFor(
      () => {
        const title = document.querySelector('.bs-title')?.getBoundingClientRect();
        const found = document.querySelector('.bs-found')?.getBoundingClientRect();
        return title && found
          ? { title: document.querySelector('.bs-title')!.textContent, titleTop: title.top, foundTop: found.top, height: document.body.scrollHeight, width: document.body.clientWidth }
          : null;
      },
      undefined,
      20_000,
    );
    expect(first!.title).toBe(pack.incident.title);
    // The first screen: a popup is at most 600 px tall in both browsers.
    expect(first!.foundTop).toBeLessThan(600);
    expect(first!.height, 'the whole popup, nothing expanded').toBeLessThanOrEqual(1600);
    expect(await seriousViolations(popup, [['body']])).toEqual([]);
    await popup.screenshot(`${shots}/${name}-popup.png`);
    // The badge on the toolbar button counts the names found on the page.
    const badge = await popup.evaluate(async () => {
      type Api = { tabs: { query(q: object): Promise<{ id?: number }[]> }; action?: { getBadgeText(d: object): Promise<string> }; browserAction?: { getBadgeText(d: object): Promise<string> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return (api.action ?? api.browserAction)!.getBadgeText({ tabId: tab!.id });
    });
    expect(Number(badge)).toBeGreaterThan(3);
    // Choosing a name: the page scrolls to its first mention and opens its card.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bottom = await page.evaluate(() => window.scrollY);
    await popup.evaluate(() => {
      const chip = [...document.querySelectorAll<HTMLButtonElement>('.bs-found button')].find((b) => b.textContent?.includes('Alexei Overchuk'));
      chip!.click();
    });
    expect(await page.waitFor(cardOpen)).toContain('Overchuk');
    // Scrolled up to it (Overchuk is named mid-article, above the bottom the page was left at).
    if (bottom > 0) expect(await page.evaluate(() => window.scrollY)).toBeLessThan(bottom);
    await page.close();
  });

  it('switches a site off from the popup: every mark leaves the open page at once, and it stays off after a reload', async () => {
    let page = await browser.open(server.url('/site.html'));
    await page.waitFor(someMarks);
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => (document.querySelector<HTMLInputElement>('.bs-site-switch input:not([disabled])') ? true : null), undefined, 20_000);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.bs-site-switch input')!.click());
    await page.waitFor(() => (['backstory-mention', 'backstory-later'].every((h) => !CSS.highlights.get(h)?.size && !CSS.highlights.get(`${h}-new`)?.size) ? true : null));
    await page.close();
    page = await browser.open(server.url('/site.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(marks)).toBe(0);
    // And on again: the page is marked without a reload.
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.bs-site-switch input')!.click());
    await page.waitFor(someMarks);
    await popup.close();
    await page.close();
  });
});
