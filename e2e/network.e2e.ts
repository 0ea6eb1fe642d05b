/**
 * No network, ever: through a whole reading session — a page read and marked, a card hovered (its module
 * loaded from the extension), a related card, the popup, the options page, the incident page — every request
 * the browser sees is the fixture page's own (the test server) or the extension's own files. In Chromium the
 * extension's service worker is watched too; in Firefox, the pages (puppeteer does not see the background).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { marksAtLeast, pointIn } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('makes no request of its own during a reading session', async () => {
    const page = await browser.open(server.url('/site.html'));
    await page.waitFor(marksAtLeast, ['backstory-mention', 1] as [string, number]);
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-related button') ? true : null));
    await page.evaluate(() => document.querySelector('backstory-ui')!.shadowRoot!.querySelector<HTMLButtonElement>('.bs-related button')!.click());
    await new Promise((r) => setTimeout(r, 500));
    const popup = await browser.openPopup(page);
    await popup.waitFor(() => (document.querySelector('.bs-found') ? true : null), undefined, 20_000);
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => (document.querySelector('[aria-label] li') ? true : null));
    const incident = await browser.openExtensionPage('incident.html');
    await incident.waitFor(() => (document.querySelector('.bs-timeline li') ? true : null));
    const requests = browser.requests();
    const origin = new URL(server.url('/')).origin;
    const foreign = requests.filter((url) => !url.startsWith(origin) && !/^(chrome-extension|moz-extension|data|about|blob):/.test(url));
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    for (const p of [incident, options, popup, page]) await p.close();
  });
});
