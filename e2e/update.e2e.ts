/**
 * Updates keep the reader's data, in a real Chromium profile: an older build (an older version, with an older
 * seed pack) gets an imported pack and changed settings; then the newer build (this one) is started in the
 * same profile, at the same extension folder (so the same extension id). The imported pack and the settings
 * are still there, and the built-in pack is the new one. The older build is made from this source with the
 * version and the seed pack set back (a copy in a temporary folder; nothing here is changed).
 * Chromium only: Firefox loads a test's add-on as a temporary one, whose data goes with it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePackInput } from '../lib/testing/packs';
import { buildDir, launch } from './support/drivers';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'backstory-update-'));
const seed = JSON.parse(readFileSync('seeds/pack.json', 'utf8')) as { version: number; incident: { title: string } };

beforeAll(() => {
  // The older build: this source, version 0.0.1, its seed pack one version back and titled apart.
  const src = join(work, 'src');
  cpSync(root, src, { recursive: true, filter: (from) => !/\/(node_modules|\.output|\.git|\.wxt)(\/|$)/.test(from.slice(root.length)) });
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
  const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  writeFileSync(join(src, 'package.json'), JSON.stringify({ ...pkg, version: '0.0.1' }));
  const old = JSON.parse(readFileSync(join(src, 'seeds/pack.json'), 'utf8'));
  writeFileSync(join(src, 'seeds/pack.json'), JSON.stringify({ ...old, version: seed.version - 1, incident: { ...old.incident, title: `${old.incident.title} (older)` } }));
  execFileSync('npx', ['wxt', 'build'], { cwd: src, stdio: 'ignore', timeout: 240_000 });
  cpSync(join(src, '.output/chrome-mv3'), join(work, 'extension'), { recursive: true });
  writeFileSync(join(work, 'oslo-pack.json'), JSON.stringify(samplePackInput({ id: 'oslo', name: 'Oslo pack' })));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('chromium', () => {
  it('keeps an imported pack and the settings through an update, with the new built-in pack', async () => {
    const profile = join(work, 'profile');
    const extensionDir = join(work, 'extension');
    // The older build: import a pack, change a setting.
    let browser = await launch('chromium', { profile, extensionDir });
    let options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => (document.querySelectorAll('[aria-label] li').length ? true : null));
    await options.setFile('#bs-import-file', join(work, 'oslo-pack.json'));
    await options.waitFor(() => (document.querySelector('main')?.textContent?.includes('Oslo pack (') ? true : null));
    await options.evaluate(() => document.querySelector<HTMLInputElement>('#bs-density-every')!.click());
    await options.waitFor(() => (document.querySelector<HTMLInputElement>('#bs-density-every')?.checked ? true : null));
    let incident = await browser.openExtensionPage('incident.html');
    expect(await incident.waitFor(() => document.querySelector('h1')?.textContent || null)).toBe(`${seed.incident.title} (older)`);
    await browser.close();

    // The newer build, in the same folder and profile.
    rmSync(extensionDir, { recursive: true, force: true });
    cpSync(buildDir('chromium'), extensionDir, { recursive: true });
    // Chromium would run an unpacked extension's worker from its script cache (an installed one is updated in
    // place by the Web Store): the cache goes, the reader's data (IndexedDB, storage.local) stays.
    rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
    browser = await launch('chromium', { profile, extensionDir });
    options = await browser.openExtensionPage('options.html');
    const packs = (await options.waitFor(() => {
      const rows = [...document.querySelectorAll('[aria-label] li')].map((li) => li.textContent ?? '');
      return rows.length >= 2 ? rows : null;
    }))!;
    expect(await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe('0.1.0');
    expect(packs.some((r) => r.includes('Oslo pack'))).toBe(true);
    expect(
      packs.some((r) => r.includes(`version ${seed.version}`)),
      packs.join(' | '),
    ).toBe(true);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#bs-density-every')!.checked)).toBe(true);
    incident = await browser.openExtensionPage('incident.html');
    expect(await incident.waitFor(() => document.querySelector('h1')?.textContent || null)).toBe(seed.incident.title);
    await browser.close();
  }, 120_000);
});
