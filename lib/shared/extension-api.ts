/**
 * The few extension APIs both sides use, as a small typed shape. The background and popup pass
 * webextension-polyfill's `browser`; the content script passes the browser's own object (`browser` in
 * Firefox, `chrome` in Chrome MV3, both promise-based for these calls), which keeps the polyfill's 10 kB
 * out of the script that runs on every page.
 */
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type ChangeListener = (changes: StorageChanges, areaName: string) => void;
/** A runtime message listener; it answers with `sendResponse` and returns true to answer later (both browsers). */
type MessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface ExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    /** The extension's own id: a message to a page is trusted only from it. */
    id?: string;
    onMessage?: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove?(keys: string | string[]): Promise<void>;
    };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
}

/** The browser's own extension API object, where the page-side code runs. */
export function nativeApi(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new Error('Backstory: no extension API in this context');
  return api;
}
