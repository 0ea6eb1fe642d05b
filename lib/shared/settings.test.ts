import { describe, expect, it } from 'vitest';
import type { ExtensionApi } from './extension-api';
import { defaultSettings, migrateSettings, runsOn, settings, siteOf, SETTINGS_VERSION } from './settings';

function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const storage: ExtensionApi['storage'] = {
    local: {
      get: async (keys) => Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in data).map((k) => [k, data[k]])),
      set: async (items) => void Object.assign(data, items),
      remove: async (keys) => (Array.isArray(keys) ? keys : [keys]).forEach((k) => delete data[k]),
    },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { storage, data };
}

describe('settings', () => {
  it('reads defaults from an empty store, and the current record as stored', () => {
    expect(migrateSettings({})).toEqual(defaultSettings);
    expect(migrateSettings({ settings: { version: 2, ...defaultSettings, hoverDelay: 500, theme: 'dark' } })).toMatchObject({ hoverDelay: 500, theme: 'dark' });
  });

  it('migrates version 1’s separate keys', () => {
    expect(migrateSettings({ 'settings.enabled.v1': false, 'settings.density.v1': 'every' })).toEqual({ ...defaultSettings, enabled: false, density: 'every' });
  });

  it('reads a bad or foreign value as its default, field by field', () => {
    const read = migrateSettings({ settings: { version: 2, enabled: 'yes', offSites: ['ok.example', '<script>'], hoverDelay: -5, density: 'some', badge: false } });
    expect(read).toEqual({ ...defaultSettings, badge: false });
  });

  it('writes the current version, keeps what it was not told, drops version 1’s keys, refuses a bad value', async () => {
    const { storage, data } = memoryStorage({ 'settings.enabled.v1': false });
    await settings.set(storage, { density: 'none' });
    expect(data).toEqual({ settings: { version: SETTINGS_VERSION, ...defaultSettings, enabled: false, density: 'none' } });
    await expect(settings.set(storage, { hoverDelay: 99_999 })).rejects.toThrow(/hoverDelay/);
  });

  it('knows a site by its host name, without www., and runs only where it is on', () => {
    expect(siteOf('https://www.News.example/a?b')).toBe('news.example');
    expect(siteOf('about:blank')).toBeNull();
    const off = { ...defaultSettings, offSites: ['news.example'] };
    expect(runsOn(off, 'https://www.news.example/story')).toBe(false);
    expect(runsOn(off, 'https://other.example/')).toBe(true);
    expect(runsOn({ ...defaultSettings, enabled: false }, 'https://other.example/')).toBe(false);
  });
});
