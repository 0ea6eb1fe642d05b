/**
 * The interface in the reader’s language: with the browser itself set to Russian, Backstory’s own words —
 * the card's chrome, the popup and the incident page's headings — are Russian, while the pack's content stays in the
 * language it was written in. Firefox needs its Russian language pack (firefox-esr-l10n-ru; .ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { cardText, marksAtLeast, pointIn } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

const shots = '.output/screenshots';
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

describe.each<BrowserName>(['chromium', 'firefox'])('%s in Russian', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { lang: 'ru' });
  });
  afterAll(() => browser?.close());

  it('shows the card’s chrome in Russian, the pack’s content as written', async () => {
    const page = await browser.open(server.url('/site.html'));
    await page.waitFor(marksAtLeast, ['backstory-mention', 1] as [string, number]);
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-related') ? true : null));
    const text = await page.evaluate(cardText);
    expect(text).toContain('Связанное');
    expect(text).toContain('Открыть весь сюжет');
    expect(text).toContain('Yekaterinburg');
    expect(text).not.toContain('Open the incident');
    await page.screenshot(`${shots}/${name}-card-ru.png`);
    await page.close();
  });

  it('shows the incident page’s headings in Russian', async () => {
    const page = await browser.openExtensionPage('incident.html');
    await page.waitFor(() => (document.querySelector('.bs-timeline li') ? true : null));
    const headings = await page.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent));
    expect(headings).toEqual(expect.arrayContaining(['Хронология', 'Источники']));
    await page.close();
  });

  it('shows the popup in Russian', async () => {
    const page = await browser.open(server.url('/site.html'));
    await page.waitFor(marksAtLeast, ['backstory-mention', 1] as [string, number]);
    const popup = await browser.openPopup(page);
    const text = await popup.waitFor(() => (document.querySelector('.bs-found') ? document.body.textContent : null), undefined, 20_000);
    expect(text).toContain('Везде');
    expect(text).not.toContain('Everywhere');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.bs-switch input')].map((i) => i.checked))).toEqual([true, true]);
    await popup.screenshot(`${shots}/${name}-popup-ru.png`);
    await popup.close();
    await page.close();
  });
});
