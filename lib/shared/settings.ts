/**
 * The one settings module: every setting a typed item in storage.local, with its default, read, written and
 * watched the same way from the background, the popup and the content script.
 */
import type { ExtensionApi } from './extension-api';

type Storage = ExtensionApi['storage'];

export interface Setting<T> {
  key: string;
  get(storage: Storage): Promise<T>;
  set(storage: Storage, value: T): Promise<void>;
  /** Calls back with each new value; returns the function that stops watching. */
  watch(storage: Storage, callback: (value: T) => void): () => void;
}

/** Keys carry a version: a setting whose meaning changes gets a new key (and a migration from the old). */
function defineSetting<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): Setting<T> {
  const read = (value: unknown) => (isValid(value) ? value : fallback);
  return {
    key,
    get: async (storage) => read((await storage.local.get(key))[key]),
    set: (storage, value) => storage.local.set({ [key]: value }),
    watch(storage, callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback(read(changes[key]!.newValue));
      };
      storage.onChanged.addListener(listener);
      return () => storage.onChanged.removeListener(listener);
    },
  };
}

/** Whether Backstory highlights names on pages. On by default; switching it off clears every page at once. */
export const enabledSetting = defineSetting('settings.enabled.v1', true, (v): v is boolean => typeof v === 'boolean');

/**
 * How many marks a page gets: `first` (the default) marks a story's own people and events at every mention
 * and a context entity (a country, a capital) fully only at its first, quietly after; `every` marks every
 * mention fully; `none` marks nothing (the popup and the keyboard still find them).
 */
export type Density = 'first' | 'every' | 'none';
export const densitySetting = defineSetting<Density>('settings.density.v1', 'first', (v): v is Density => v === 'first' || v === 'every' || v === 'none');
