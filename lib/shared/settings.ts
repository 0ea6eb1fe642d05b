/** The one settings module: each setting a versioned WXT storage item, read by pages and background alike. */
import { storage } from 'wxt/utils/storage';

/** Whether Backstory highlights names on pages. On by default; switching it off clears every page at once. */
export const enabledSetting = storage.defineItem<boolean>('local:enabled', { fallback: true, version: 1 });
