// Renders public/icon.svg (and public/icon-small.svg for 16/32 px) to public/icon/{16,32,48,96,128}.png with the system Chromium; the PNGs are committed, so re-run this only when an SVG changes.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browsers';

const SIZES = [16, 32, 48, 96, 128] as const;
const SMALL_MAX = 32; // sizes at or below this use icon-small.svg when it exists
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const publicDir = resolve('public');
const outDir = resolve(publicDir, 'icon');
const svgUrl = (name: string) => `data:image/svg+xml;base64,${readFileSync(resolve(publicDir, name)).toString('base64')}`;

async function main() {
  const full = svgUrl('icon.svg');
  const small = existsSync(resolve(publicDir, 'icon-small.svg')) ? svgUrl('icon-small.svg') : full;
  mkdirSync(outDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 256, height: 256 } });
    for (const size of SIZES) {
      const src = size <= SMALL_MAX ? small : full;
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style><img id="icon" width="${size}" height="${size}" src="${src}">`);
      await page.waitForFunction(() => (document.getElementById('icon') as HTMLImageElement | null)?.complete === true);
      const file = resolve(outDir, `${size}.png`);
      await page.locator('#icon').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
