import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/) in real Chromium and Firefox. One file at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
