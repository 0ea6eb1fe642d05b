import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Unit tests talk to WXT's in-memory fakeBrowser wherever the code imports webextension-polyfill.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./lib/testing/fake-polyfill.ts', import.meta.url)) },
  },
  test: {
    include: ['eval/**/*.test.ts', 'lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', './lib/testing/i18n.ts'],
  },
});
