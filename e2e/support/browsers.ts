/**
 * Finds the real browsers the end-to-end tests and the demo drive; installs Debian's packages when it can
 * (as root, with apt); otherwise says how to point at one. Never lets a tool download a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const envVar: Record<BrowserName, string> = { chromium: 'BACKSTORY_CHROMIUM', firefox: 'BACKSTORY_FIREFOX' };
const debianPackage: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const candidates: Record<BrowserName, string[]> = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function findBrowser(name: BrowserName): string | null {
  const fromEnv = process.env[envVar[name]];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar[name]}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return candidates[name].find((p) => existsSync(p)) ?? null;
}

function canApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

let updated = false;

/** The browser's executable, installing Debian's package if missing and possible; throws with advice if not. */
export function ensureBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found) return found;
  if (canApt()) {
    console.log(`Backstory: ${name} not found; installing Debian's ${debianPackage[name]} with apt-get…`);
    if (!updated) {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      updated = true;
    }
    execFileSync('apt-get', ['install', '-y', '-qq', debianPackage[name]], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findBrowser(name);
    if (installed) return installed;
  }
  throw new Error(
    `No ${name} browser found (looked in ${candidates[name].join(', ')}). ` +
      `Install one (Debian: apt-get install ${debianPackage[name]}) or point ${envVar[name]} at its executable, e.g. ${envVar[name]}=/path/to/${name} npm test`,
  );
}

/**
 * Chromium's flags for a quiet headless run here: no sandbox (root in a container), no GPU, and none of the
 * background networking that floods a closed network with refused connections (../shared/BROWSERS.md).
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
