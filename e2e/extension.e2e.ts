/**
 * The reader's loop in real browsers: the built extension loads; on a news page made from a seed document
 * the names are highlighted; hovering one shows a card whose text comes from the store; the popup shows
 * the incident. Runs in Chromium (playwright-core) and Firefox ESR (puppeteer-core).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { cardText, foreignNodesInBody, highlightedTexts, marksAtLeast, pointOf, someHighlighted } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

const pack = JSON.parse(readFileSync('seeds/pack.json', 'utf8')) as {
  entities: { id: string; name: string; summary: string }[];
  incident: { title: string };
};
const entity = (id: string) => pack.entities.find((e) => e.id === id)!;
const shots = '.output/screenshots';
mkdirSync(shots, { recursive: true });

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

  it('highlights the story’s names on a news page without adding to its content', async () => {
    const page = await browser.open(server.url('/news.html'));
    const texts = await page.waitFor(marksAtLeast, ['backstory-mention', 10] as [string, number]).then(() => page.evaluate(highlightedTexts));
    for (const name of ['Ziyaddin', 'Guseyn Safarov', 'Yekaterinburg', 'Baku', 'Azerbaijan', 'Russia', 'Vladimir Putin']) {
      expect(
        texts.some((t) => t.includes(name)),
        `${name} highlighted in ${JSON.stringify(texts)}`,
      ).toBe(true);
    }
    expect(await page.evaluate(foreignNodesInBody)).toEqual([]);
    await page.close();
  });

  it('shows a card from the store on hover, with the disputed cause of death side by side', async () => {
    const page = await browser.open(server.url('/news.html'));
    await page.waitFor(someHighlighted);

    const city = await page.evaluate(pointOf, 'Yekaterinburg');
    expect(city).not.toBeNull();
    await page.mouseMove(city!.x, city!.y);
    const cityCard = await page.waitFor((summary) => (document.querySelector('backstory-ui')?.shadowRoot?.textContent?.includes(summary) ? true : null), entity('yekaterinburg').summary);
    expect(cityCard).toBe(true);
    await page.screenshot(`${shots}/${name}-card-yekaterinburg.png`);

    // Move off the name and the card, as a reader would, and the card closes.
    await page.mouseMove(2, 2);
    await page.waitFor(() => ((document.querySelector('backstory-ui') as HTMLElement | null)?.style.display === 'none' ? true : null));
    const brother = await page.evaluate(pointOf, 'Ziyaddin');
    await page.mouseMove(brother!.x, brother!.y);
    await page.waitFor((n) => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('h2')?.textContent === n ? true : null), entity('ziyaddin-safarov').name);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-conflict') ? true : null));
    const text = await page.evaluate(cardText);
    expect(text).toContain(entity('ziyaddin-safarov').summary);
    expect(text).toContain('Disputed');
    // Both sides of the cause of death, each quoted from its source.
    expect(text).toContain('post-traumatic shock');
    expect(text).toContain('heart attack');
    expect(text).toContain('torture and murder with extreme cruelty');
    expect(text).toContain('heart failure');
    await page.screenshot(`${shots}/${name}-card.png`);
    expect(await page.evaluate(foreignNodesInBody)).toEqual([]);
    await page.close();
  });

  it('shows the incident and what was found on the page in the popup', async () => {
    const news = await browser.open(server.url('/news.html'));
    await news.waitFor(someHighlighted);
    const popup = await browser.openPopup(news);
    const title = await popup.waitFor(() => document.querySelector('.bs-title')?.textContent || null, undefined, 20_000);
    expect(title).toBe(pack.incident.title);
    const found = await popup.waitFor((n) => {
      const t = document.querySelector('.bs-found')?.textContent ?? '';
      return t.includes(n) ? t : null;
    }, entity('yekaterinburg').name);
    expect(found).toContain(entity('azerbaijan').name);
    expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain('Disputed');
    await popup.screenshot(`${shots}/${name}-popup.png`);
    await popup.close();
    await news.close();
  });
});
