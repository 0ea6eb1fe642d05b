/**
 * The browser's i18n for unit tests (run from the project's root): messages from public/_locales/<lang>/messages.json with $1… filled in,
 * as the browser does (English unless a test asks for another language).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const cache = new Map<string, Record<string, { message: string }>>();
export function messagesOf(lang: string): Record<string, { message: string }> {
  if (!cache.has(lang)) cache.set(lang, JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8')));
  return cache.get(lang)!;
}

/** Installs chrome.i18n reading `lang`'s messages (a test may also pass its own getMessage). */
export function installI18n(lang = 'en', getMessage?: (key: string, subs?: string[]) => string) {
  const g = globalThis as { chrome?: Record<string, unknown> };
  const messages = messagesOf(lang);
  const fill = (key: string, subs: string[] = []) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const i18n = { getMessage: getMessage ?? fill, getUILanguage: () => lang };
  // WXT's fakeBrowser (the `browser` and `chrome` of unit tests) leaves i18n unimplemented: it gets this one.
  Object.assign(fakeBrowser.i18n, i18n);
  if (g.chrome && g.chrome !== (fakeBrowser as unknown)) g.chrome.i18n = i18n;
  else if (!g.chrome) g.chrome = { i18n };
}

installI18n();
