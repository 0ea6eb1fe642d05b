/**
 * The options page, in Chromium and Firefox: a malformed pack is refused with every problem listed and
 * nothing stored; a valid pack is imported and its names are then marked on a page; axe finds nothing
 * serious on the page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePackInput } from '../lib/testing/packs';
import { seriousViolations } from './support/axe';
import type { BrowserName } from './support/browsers';
import { launch, type ExtensionBrowser } from './support/drivers';
import { highlightedTexts, marksAtLeast } from './support/in-page';
import { serveFixtures, type FixtureServer } from './support/server';

const shots = '.output/screenshots';
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
const good = join(dir, 'oslo-pack.json');
const bad = join(dir, 'broken-pack.json');
beforeAll(async () => {
  server = await serveFixtures();
  writeFileSync(good, JSON.stringify(samplePackInput({ id: 'oslo', name: 'Oslo pack' })));
  // Two problems: an entity without its summary, and one of a kind the schema does not know.
  const broken = samplePackInput({ id: 'broken', name: 'Broken pack' });
  delete (broken.entities[0] as { summary?: string }).summary;
  (broken.entities[1] as { kind: string }).kind = 'planet';
  writeFileSync(bad, JSON.stringify(broken));
});
afterAll(() => server?.close());

const packRows = () => document.querySelectorAll('[aria-label="Packs in the store"] li').length || null;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  it('refuses a malformed pack, listing each problem with its path, and stores nothing', async () => {
    const options = await browser.openExtensionPage('options.html');
    expect(await options.waitFor(packRows)).toBe(1);
    await options.setFile('#bs-import-file', bad);
    const problems = (await options.waitFor(() => {
      const items = [...document.querySelectorAll('.bs-problems li')].map((li) => li.textContent ?? '');
      return items.length ? items : null;
    }))!;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.includes('entities.0.summary'))).toBe(true);
    expect(problems.some((p) => p.includes('entities.1.kind'))).toBe(true);
    expect(await options.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '')).toContain('nothing was stored');
    expect(await options.evaluate(packRows)).toBe(1);
    expect(await seriousViolations(options, [['main']])).toEqual([]);
    await options.screenshot(`${shots}/${name}-options-refused.png`);
    await options.close();
  });

  it('imports a valid pack, and its names are marked on a page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(packRows);
    await options.setFile('#bs-import-file', good);
    await options.waitFor(() => (document.querySelector('main')?.textContent?.includes('Imported Oslo pack') ? true : null));
    expect(await options.waitFor(() => (document.querySelectorAll('[aria-label="Packs in the store"] li').length === 2 ? 2 : null))).toBe(2);
    await options.close();
    const page = await browser.open(server.url('/oslo.html'));
    await page.waitFor(marksAtLeast, ['backstory-mention', 2] as [string, number]);
    expect(await page.evaluate(highlightedTexts)).toEqual(expect.arrayContaining(['Ana Lind', 'Bo Berg']));
    await page.close();
  });
});
