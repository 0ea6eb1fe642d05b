/**
 * Real browsers with the built extension loaded: Chromium through playwright-core, Firefox ESR through
 * puppeteer-core (WebDriver BiDi), behind one small interface so each test is written once.
 * Chromium needs --disable-extensions-except as well as --load-extension (else Playwright's default
 * --disable-extensions wins) and the networking flags below (else it floods a closed network); Firefox needs
 * --remote-allow-system-access to open moz-extension:// pages, and a pinned add-on UUID to know their URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowser, type BrowserName } from './browsers';

export const GECKO_ID = 'backstory@backstory.example';
const FIREFOX_UUID = '6f1c1b53-2d0a-4f5e-9a53-0b1c4a7e2d11';

export interface E2EPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * An expression evaluated in the page with the browser's own serialisation, no driver script in the page:
   * for a page that breaks the built-ins a driver's helper script would use (Playwright's uses the page's).
   */
  evaluateExpression(expression: string): Promise<unknown>;
  /** Waits until `fn` returns a truthy value in the page; returns it. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeout?: number): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key (Escape, j, Tab) where focus is. */
  press(key: string): Promise<void>;
  /** Brings the page's tab to the front. */
  front(): Promise<void>;
  /** Chooses a file in a file input, as a reader would. */
  setFile(selector: string, path: string): Promise<void>;
  /** Browser zoom: the page laid out in 1/factor of the window's CSS pixels, drawn at factor device pixels each. */
  zoom(factor: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Messages the page printed to its console as errors. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  version: string;
  open(url: string): Promise<E2EPage>;
  /**
   * The toolbar popup, opened as a page. With `forPage`, as the toolbar opens it for that page: the page is
   * then brought back to be its window's active tab, which the popup asks for (at each of its polls).
   */
  openPopup(forPage?: E2EPage): Promise<E2EPage>;
  /** Another of the extension's pages, by file (incident.html). */
  openExtensionPage(file: string): Promise<E2EPage>;
  /** Every URL requested so far, by any page the test opened (and, in Chromium, by the extension's worker). */
  requests(): string[];
  close(): Promise<void>;
}

export const buildDir = (name: BrowserName) => resolve(name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2');

export interface LaunchOptions {
  /** The browser's own interface language (ru, az): what the extension's i18n follows. */
  lang?: string;
  /** Chromium: a profile to use and keep (an update test runs two builds in one profile). */
  profile?: string;
  /** Chromium: the unpacked extension's folder, instead of the build (its path is the extension's id). */
  extensionDir?: string;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({ lang, profile: kept, extensionDir }: LaunchOptions): Promise<ExtensionBrowser> {
  // Lets the context see the extension's service worker's own requests too (the no-network test).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const executablePath = ensureBrowser('chromium');
  const dir = extensionDir ?? buildDir('chromium');
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: process.env.BACKSTORY_HEADED !== '1',
    viewport: { width: 1100, height: 800 },
    // Chromium on Linux takes its interface language from --lang and LANGUAGE.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    args: [...(lang ? [`--lang=${lang}`] : []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  const requests: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const wrap = async (url: string): Promise<E2EPage> => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(url);
    return {
      consoleErrors,
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      evaluateExpression: async (expression) => {
        const cdp = await context.newCDPSession(page);
        try {
          const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
          if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value;
        } finally {
          await cdp.detach();
        }
      },
      waitFor: async (fn, arg, timeout = 15_000) => (await (await page.waitForFunction(fn as never, arg, { timeout })).jsonValue()) as never,
      mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
      press: (key) => page.keyboard.press(key),
      front: () => page.bringToFront(),
      setFile: (selector, path) => page.setInputFiles(selector, path),
      // The layout of browser zoom (a window's CSS pixels divided by the factor); the device pixel ratio stays
      // at the context's 1 (an emulated one breaks Playwright's pointer in this Chromium).
      zoom: (factor) => page.setViewportSize({ width: Math.round(1100 / factor), height: Math.round(800 / factor) }),
      screenshot: async (path) => void (await page.screenshot({ path })),
      close: () => page.close(),
    };
  };
  return {
    name: 'chromium',
    version: context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent)),
    open: wrap,
    openPopup: async (forPage) => {
      const popup = await wrap(`chrome-extension://${extensionId}/popup.html`);
      await forPage?.front();
      return popup;
    },
    openExtensionPage: (file) => wrap(`chrome-extension://${extensionId}/${file}`),
    requests: () => [...requests],
    close: async () => {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ lang }: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = ensureBrowser('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: process.env.BACKSTORY_HEADED !== '1',
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins the add-on's internal UUID so the popup's moz-extension:// URL is known.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Another interface language needs its language pack (Debian's firefox-esr-l10n-<lang>, installed
      // with the application), enabled from the application's scope.
      ...(lang ? { 'intl.locale.requested': lang, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } : {}),
    },
  });
  await browser.installExtension(buildDir('firefox'));
  const requests: string[] = [];
  const wrap = async (url: string, awaitNavigation = true): Promise<E2EPage> => {
    const page = await browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    // A moz-extension:// navigation's promise never resolves under BiDi: start it and wait for the content.
    if (awaitNavigation) await page.goto(url);
    else {
      void page.goto(url).catch(() => undefined);
      // page.url() is not updated for these pages: ask the document itself where it is.
      const base = url.split('?')[0]!;
      const until = Date.now() + 15_000;
      for (;;) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(base)) break;
        if (Date.now() >= until) throw new Error(`${url} did not load within 15 s (at ${href || 'nothing yet'})`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return {
      consoleErrors,
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      // WebDriver BiDi serialises in the browser: no script of puppeteer's runs in the page.
      evaluateExpression: (expression) => page.evaluate(expression),
      waitFor: async (fn, arg, timeout = 15_000) => {
        // While a page is still replacing its document, BiDi can refuse an evaluation; that is not the
        // test's answer, so ask again until the time is up.
        const until = Date.now() + timeout;
        for (;;) {
          try {
            const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: Math.max(1, until - Date.now()) }, arg);
            return (await handle.jsonValue()) as never;
          } catch (error) {
            if (!(error instanceof Error) || error.name === 'TimeoutError' || Date.now() >= until) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      },
      mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
      press: (key) => page.keyboard.press(key as never),
      front: () => page.bringToFront(),
      setFile: async (selector, path) => {
        const input = await page.$(selector);
        if (!input) throw new Error(`no ${selector}`);
        await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
      },
      zoom: (factor) => page.setViewport({ width: Math.round(1100 / factor), height: Math.round(800 / factor), deviceScaleFactor: factor }),
      screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
      close: () => page.close(),
    };
  };
  return {
    name: 'firefox',
    version: await browser.version(),
    open: (url) => wrap(url),
    openPopup: async (forPage) => {
      const popup = await wrap(`moz-extension://${FIREFOX_UUID}/popup.html`, false);
      await forPage?.front();
      return popup;
    },
    openExtensionPage: (file) => wrap(`moz-extension://${FIREFOX_UUID}/${file}`, false),
    requests: () => [...requests],
    close: () => browser.close(),
  };
}
