/**
 * The story's own readers, in Chromium and Firefox: on a Russian and an Azerbaijani page, inflected names
 * are highlighted whole (Екатеринбурге, Rusiyanın), the traps are not, and a card opens on an inflected name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { highlightedTexts, pointOf, someHighlighted } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

const pack = JSON.parse(readFileSync('seeds/pack.json', 'utf8')) as { entities: { id: string; name: string; summary: string }[] };
const entity = (id: string) => pack.entities.find((e) => e.id === id)!;
const shots = '.output/screenshots';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

/** Hovers the first occurrence of `word` and waits for the card of `id`. */
async function cardOn(page: Awaited<ReturnType<ExtensionBrowser['open']>>, word: string, id: string) {
  const point = await page.evaluate(pointOf, word);
  expect(point, word).not.toBeNull();
  await page.mouseMove(point!.x, point!.y);
  return page.waitFor((name) => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('h2')?.textContent === name ? true : null), entity(id).name);
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('reads a Russian page: cases, the adjective, РФ, an event in its own words; not other Safarovs or «Баку Плаза»', async () => {
    const page = await browser.open(server.url('/news-ru.html'));
    await page.waitFor(someHighlighted);
    const texts = await page.evaluate(highlightedTexts);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Азербайджана',
        'российские правоохранительные органы',
        'облавы в Екатеринбурге',
        'азербайджанской',
        'Зияддина',
        'Гусейна Сафаровых',
        'Генпрокуратура Азербайджана',
        'РФ',
        'гибели братьев Сафаровых',
      ]),
    );
    expect(texts.filter((t) => t.includes('Бакир') || t === 'Сафаровы' || t === 'Баку')).toEqual(['Баку']);
    await cardOn(page, 'Гусейна', 'huseyn-safarov');
    await page.mouseMove(2, 2);
    await page.waitFor(() => ((document.querySelector('backstory-ui') as HTMLElement | null)?.style.display === 'none' ? true : null));
    await cardOn(page, 'РФ', 'russia');
    await page.screenshot(`${shots}/${name}-card-ru.png`);
    await page.close();
  });

  it('reads an Azerbaijani page: stacked suffixes in harmony, the demonym, an event; not Hüseynli or Bakunin', async () => {
    const page = await browser.open(server.url('/news-az.html'));
    await page.waitFor(someHighlighted);
    const texts = await page.evaluate(highlightedTexts);
    expect(texts).toEqual(expect.arrayContaining(['Rusiyanın', 'Azərbaycan', 'Rusiyanı', 'Yekaterinburqdakı', 'Bakı', 'Overçukun', 'azərbaycanlılar', 'Moskvadan']));
    expect(texts.filter((t) => /Hüseyn|Bakunin/.test(t))).toEqual([]);
    await cardOn(page, 'Yekaterinburqdakı', 'yekaterinburg');
    await page.screenshot(`${shots}/${name}-card-az.png`);
    await page.close();
  });
});
