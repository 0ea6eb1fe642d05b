/**
 * The one settings module: every setting a reader controls, defined once with its default and its check,
 * stored as one versioned record in storage.local, migrated forward from older versions on read, and read,
 * written and watched the same way by the background, the popup, the options page and the content script.
 * Plain checks, no zod: the content script imports this file.
 */
import type { ExtensionApi } from './extension-api';

type Storage = ExtensionApi['storage'];

/**
 * How many marks a page gets: `first` (the default) marks a story's own people and events at every mention
 * and a context entity (a country, a capital) fully only at its first, quietly after; `every` marks every
 * mention fully; `none` marks nothing (the popup and the keyboard still find them).
 */
export type Density = 'first' | 'every' | 'none';
/** How a name is marked: a soft tint with a dotted underline, or the underline alone. */
export type MarkStyle = 'tint' | 'underline';
/** The card's and extension pages' colours: the system's, or always light or dark. */
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Backstory on every site ("everywhere"); switching it off clears every page at once. */
  enabled: boolean;
  /** Sites (host names, lower case, no leading www.) where Backstory does not run at all. */
  offSites: string[];
  density: Density;
  /** How long the pointer rests on a name before its card opens, in ms. */
  hoverDelay: number;
  markStyle: MarkStyle;
  theme: Theme;
  /** The number of names found in a tab, on the toolbar button. */
  badge: boolean;
}

export const SETTINGS_VERSION = 2;
const KEY = 'settings';

export const defaultSettings: Readonly<Settings> = Object.freeze({
  enabled: true,
  offSites: [],
  density: 'first',
  hoverDelay: 300,
  markStyle: 'tint',
  theme: 'system',
  badge: true,
});

export const HOVER_DELAY = { min: 0, max: 2000 };

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    values.includes(v as T);
const isHost = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 253 && /^[a-z0-9.-]+$/.test(v);

/** Each setting's check: a stored value that fails it reads as the default. */
const checks: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  offSites: (v): v is string[] => Array.isArray(v) && v.length <= 10_000 && v.every(isHost),
  density: oneOf<Density>('first', 'every', 'none'),
  hoverDelay: (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= HOVER_DELAY.min && v <= HOVER_DELAY.max,
  markStyle: oneOf<MarkStyle>('tint', 'underline'),
  theme: oneOf<Theme>('system', 'light', 'dark'),
  badge: (v): v is boolean => typeof v === 'boolean',
};

/** Version 1 kept each setting under a key of its own. */
const V1_KEYS = { enabled: 'settings.enabled.v1', density: 'settings.density.v1' } as const;

/**
 * What storage holds, as the current settings: the versioned record, or version 1's separate keys; every
 * field checked, a bad or missing one taking its default.
 */
export function migrateSettings(stored: Record<string, unknown>): Settings {
  const record = stored[KEY] as { version?: unknown } | undefined;
  let raw: Record<string, unknown> = {};
  if (record && typeof record === 'object' && typeof record.version === 'number') raw = record as Record<string, unknown>;
  else raw = { enabled: stored[V1_KEYS.enabled], density: stored[V1_KEYS.density] };
  const out = { ...defaultSettings } as Settings;
  for (const key of Object.keys(checks) as (keyof Settings)[]) {
    const value = raw[key];
    if (checks[key](value)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** The host name a site is kept by in `offSites`: lower case, without a leading www. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether Backstory runs on a page: on everywhere, and not switched off for its site. */
export const runsOn = (s: Settings, url: string) => s.enabled && !s.offSites.includes(siteOf(url) ?? '');

export const settings = {
  async get(storage: Storage): Promise<Settings> {
    return migrateSettings(await storage.local.get([KEY, ...Object.values(V1_KEYS)]));
  },
  /** Changes some settings; the others keep their values. Written as the current version (older keys removed). */
  async set(storage: Storage, patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await settings.get(storage)), ...patch };
    for (const key of Object.keys(patch) as (keyof Settings)[]) if (!checks[key](next[key])) throw new Error(`Not a valid setting: ${key}`);
    await storage.local.set({ [KEY]: { version: SETTINGS_VERSION, ...next } });
    await storage.local.remove?.(Object.values(V1_KEYS));
    return next;
  },
  /** Calls back with the settings each time they change; returns the function that stops watching. */
  watch(storage: Storage, callback: (value: Settings) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) callback(migrateSettings({ [KEY]: changes[KEY]!.newValue }));
    };
    storage.onChanged.addListener(listener);
    return () => storage.onChanged.removeListener(listener);
  },
};
