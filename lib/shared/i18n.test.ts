// Every interface string in every language: a key missing, empty or left in English in Russian or
// Azerbaijani fails here, as does a message whose numbered substitutions differ from the English one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = read('en');
/** Messages that are the same in every language (names, symbols). */
const SAME_EVERYWHERE = new Set(['extName']);
const slots = (m: string) =>
  [...m.matchAll(/\$(\d)/g)]
    .map((x) => x[1])
    .sort()
    .join();

describe('the interface’s messages', () => {
  for (const lang of ['ru', 'az']) {
    it(`are all translated into ${lang}`, () => {
      const messages = read(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        const translated = messages[key]!.message;
        expect(translated.trim(), key).not.toBe('');
        if (!SAME_EVERYWHERE.has(key) && /[a-z]{3}/i.test(message)) expect(translated, `${lang}: ${key} is still English`).not.toBe(message);
        expect(slots(translated), `${lang}: ${key}'s $1…`).toBe(slots(message));
      }
    });
  }
});
