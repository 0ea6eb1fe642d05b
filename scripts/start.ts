/**
 * npm start: builds both browsers' extensions, then shows Backstory working — the sample news page in
 * Chromium with the extension loaded, a name hovered, its card and the popup saved as screenshots.
 * BACKSTORY_HEADED=1 opens a visible window (needs a display) and keeps it open until Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDir, launch } from '../e2e/support/drivers';
import { cardText, highlightedTexts, pointOf, someHighlighted } from '../e2e/support/in-page';
import { serveFixtures } from '../e2e/support/server';

async function main() {
  console.log('Building the Chrome (MV3) and Firefox extensions…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

  const shots = resolve('.output/screenshots');
  mkdirSync(shots, { recursive: true });
  const server = await serveFixtures();
  const browser = await launch('chromium');
  try {
    const page = await browser.open(server.url('/news.html'));
    await page.waitFor(someHighlighted);
    const names = await page.evaluate(highlightedTexts);
    console.log(`\nOn the sample page (${server.url('/news.html')}) Backstory highlighted ${names.length} mentions:`);
    console.log(`  ${[...new Set(names)].join(', ')}`);

    const word = 'Ziyaddin';
    const point = await page.evaluate(pointOf, word);
    if (!point) throw new Error(`"${word}" is not on the sample page`);
    await page.mouseMove(point.x, point.y);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-summary') ? true : null));
    const card = await page.evaluate(cardText);
    console.log(`\nHovering "${word}" opened its card:\n  ${card.slice(0, 300).replace(/\s+/g, ' ')}…`);
    await page.screenshot(`${shots}/demo-card.png`);

    const popup = await browser.openPopup(page);
    const title = await popup.waitFor(() => document.querySelector('.bs-title')?.textContent || null);
    console.log(`\nThe popup shows the incident: "${title}"`);
    await popup.screenshot(`${shots}/demo-popup.png`);

    console.log(`\nBuilds:       ${buildDir('chromium')}\n              ${buildDir('firefox')}`);
    console.log(`Screenshots:  ${shots}/demo-card.png\n              ${shots}/demo-popup.png`);
    console.log('\nLoad a build: Chrome → chrome://extensions → Developer mode → Load unpacked → the chrome-mv3 folder;');
    console.log('              Firefox → about:debugging → This Firefox → Load Temporary Add-on → firefox-mv2/manifest.json');
    if (process.env.BACKSTORY_HEADED === '1') {
      console.log('\nThe browser stays open; press Ctrl-C to end.');
      await new Promise(() => undefined);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
