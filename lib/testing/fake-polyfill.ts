// Stands in for webextension-polyfill in unit tests (see vitest.config.ts): WXT's in-memory fake browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
