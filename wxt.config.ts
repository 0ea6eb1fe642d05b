import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The one place the manifest is described; WXT writes a Chrome MV3 and a Firefox build from it.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Highlights the people, places and events of a news story and shows their backstory on hover.',
    // storage: settings; no host permissions beyond the content script's matches, no network.
    permissions: ['storage'],
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'backstory@backstory.example', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    build: { minify: true },
  }),
});
