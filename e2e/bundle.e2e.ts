/**
 * The built content script — the code every page pays for — stays small and carries none of zod, idb or
 * the pack (the store and its schema live on the extension's side).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDir } from './support/drivers';

const pack = JSON.parse(readFileSync('seeds/pack.json', 'utf8')) as { entities: { summary: string }[] };

describe.each(['chromium', 'firefox'] as const)('%s build', (name) => {
  const file = `${buildDir(name)}/content-scripts/content.js`;
  const code = readFileSync(file, 'utf8');

  it('keeps the content script within 60 kB minified', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(60_000);
  });

  it('builds the card apart, loaded when a card first opens: Preact and floating-ui stay out of the script on every page', () => {
    const manifest = JSON.parse(readFileSync(`${buildDir(name)}/manifest.json`, 'utf8'));
    const card = readFileSync(`${buildDir(name)}/content-scripts/card.js`, 'utf8');
    expect(card).toMatch(/export\s*\{/);
    expect(code).not.toMatch(/computePosition|__preact|preact/i);
    const accessible = JSON.stringify(manifest.web_accessible_resources);
    expect(accessible).toContain('content-scripts/card.js');
    expect(accessible).not.toContain('content.js');
  });

  it('leaves zod, idb, the polyfill and the pack out of the content script', () => {
    expect(code).not.toMatch(/ZodError|indexedDB|openDB|webextension-polyfill|This script should only be loaded in a browser extension/);
    for (const e of pack.entities) expect(code.includes(e.summary)).toBe(false);
  });

  it('asks for no permission beyond storage and no host access', () => {
    const manifest = JSON.parse(readFileSync(`${buildDir(name)}/manifest.json`, 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    if (name === 'firefox') {
      expect(manifest.browser_specific_settings.gecko.id).toBe('backstory@backstory.example');
      // Firefox before 140 has no CSS Custom Highlight API: it must not install an add-on that would do nothing.
      expect(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
      // Firefox's declaration of what an add-on collects: nothing.
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  it('carries our icon at every size, for the extension and its toolbar button, as square PNGs', () => {
    const manifest = JSON.parse(readFileSync(`${buildDir(name)}/manifest.json`, 'utf8'));
    const action = manifest.action ?? manifest.browser_action;
    for (const icons of [manifest.icons, action.default_icon]) {
      expect(Object.keys(icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, path] of Object.entries<string>(icons)) {
        const png = readFileSync(`${buildDir(name)}/${path}`);
        // The PNG header's width and height (IHDR, bytes 16–23).
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
      }
    }
  });
});

describe('the Firefox package', () => {
  it('passes web-ext lint: no error, and no warning but Preact’s innerHTML path, explained in the README', () => {
    let out = '';
    try {
      out = execFileSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', buildDir('firefox'), '--no-input', '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      // web-ext exits non-zero on errors; its report is still on stdout.
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { errors: { code: string }[]; warnings: { code: string; message: string; file: string }[] };
    expect(report.errors).toEqual([]);
    // Preact's own innerHTML path (chunks shared by the pages, and the card's module; README, "Store packages").
    const unexplained = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message) && /^(chunks\/|content-scripts\/card\.js)/.test(w.file)));
    expect(unexplained).toEqual([]);
  }, 60_000);
});
