/**
 * The interface's words, in the reader's language: every string goes through the browser's i18n
 * (public/_locales/{en,ru,az}/messages.json), which follows the browser's language. Pack content stays in
 * the language it was written in. Works in the content script too (chrome.i18n is there), so no messages
 * are bundled: only their keys' type.
 */
type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

interface I18n {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage?(): string;
}

function api(): I18n | undefined {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return g.chrome?.i18n ?? g.browser?.i18n;
}

/** The message for `key` in the reader's language, with $1… filled in; the key itself where no i18n is (never silent). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return api()?.getMessage(key, substitutions.map(String)) || key;
}

/** The browser's interface language (en-GB, ru, az): dates and numbers are written for it. */
export function uiLanguage(): string | undefined {
  return api()?.getUILanguage?.() || undefined;
}
