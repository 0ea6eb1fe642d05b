/**
 * Detection as a reader meets it, in Chromium and Firefox: names split across elements, added after load,
 * inside an open shadow root and in Russian are highlighted; form fields and editable regions are not; a
 * React page hydrates without a console error while Backstory runs; no node of ours enters the page's
 * content; switching Backstory off takes every highlight away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { foreignNodesInBody, highlightedTexts, someHighlighted } from './support/in-page';
import { reactRoutes } from './support/react-page';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures(await reactRoutes());
});
afterAll(() => server?.close());

/** Ids of the elements (or shadow hosts) that hold a highlighted range (found in the first reading or a later one). */
function highlightedHolders(): string[] {
  const out: string[] = [];
  for (const registry of ['backstory-mention', 'backstory-mention-new'])
    CSS.highlights.get(registry)?.forEach((r) => {
      let el: Element | null = r.startContainer.parentElement;
      while (el && !el.id) el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
      out.push(el?.id ?? '?');
    });
  return out;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('highlights split, Russian, shadow-root and late names, and nothing in form fields or editable regions', async () => {
    const page = await browser.open(server.url('/detection.html'));
    // Until the late paragraph's names are highlighted too.
    await page.waitFor(() => {
      let late = false;
      for (const registry of ['backstory-mention', 'backstory-mention-new'])
        CSS.highlights.get(registry)?.forEach((r) => {
          if (r.startContainer.parentElement?.closest('#late')) late = true;
        });
      return late ? true : null;
    });
    const texts = await page.evaluate(highlightedTexts);
    expect(texts).toEqual(expect.arrayContaining(['Ziyaddin Safarov', 'Huseyn Safarov', 'Москва', 'Баку', 'Екатеринбурге', 'братья Сафаровы', 'Азербайджана', 'Vladimir Putin', 'Ilham Aliyev']));
    const holders = await page.evaluate(highlightedHolders);
    expect(holders.filter((id) => ['ta', 'in', 'ed'].includes(id))).toEqual([]);
    expect(holders).toContain('widget');
    expect(await page.evaluate(foreignNodesInBody)).toEqual([]);
    await page.close();
  });

  it('lets a React page hydrate without a console error while Backstory runs', async () => {
    const page = await browser.open(server.url('/react.html'));
    await page.waitFor(() => (document.body.dataset.hydrated === 'yes' ? true : null));
    expect(await page.evaluate(() => document.body.dataset.backstoryBeforeHydration)).toBe('true');
    await page.evaluate(() => (document.getElementById('like') as HTMLButtonElement).click());
    await page.waitFor(() => (document.getElementById('like')?.textContent === 'Like (1)' ? true : null));
    const texts = await page.evaluate(highlightedTexts);
    expect(texts).toEqual(expect.arrayContaining(['Baku', 'Ziyaddin Safarov', 'Yekaterinburg', 'Vladimir Putin']));
    expect(page.consoleErrors.filter((e) => !/favicon|404/.test(e))).toEqual([]);
    expect(await page.evaluate(foreignNodesInBody)).toEqual([]);
    await page.close();
  });

  it('takes every highlight away when switched off in the popup, and brings them back', async () => {
    const news = await browser.open(server.url('/news.html'));
    await news.waitFor(someHighlighted);
    const popup = await browser.openPopup();
    await popup.waitFor(() => (document.querySelector('.bs-toggle input') ? true : null));
    await popup.evaluate(() => (document.querySelector('.bs-toggle input') as HTMLInputElement).click());
    await news.waitFor(() => (!CSS.highlights.has('backstory-mention') && !document.querySelector('backstory-ui') ? true : null));
    await popup.evaluate(() => (document.querySelector('.bs-toggle input') as HTMLInputElement).click());
    await news.waitFor(someHighlighted);
    await popup.close();
    await news.close();
  });
});
