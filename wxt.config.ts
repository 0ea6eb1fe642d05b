import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildChunk } from './scripts/chunks';
import { CARD_CHUNK, CLAIMS_CHUNK } from './lib/page/chunk-paths';

/** The modules the content script imports when a page needs them: web-accessible, as import() must fetch them. */
const CHUNKS = [CARD_CHUNK, CLAIMS_CHUNK].map((path) => path.slice(1));

// The one place the manifest is described; WXT writes a Chrome MV3 and a Firefox build from it.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  imports: false,
  manifest: ({ browser }) => ({
    // Every interface string is in public/_locales/{en,ru,az}/messages.json; the browser picks the reader's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; no host permissions beyond the content script's matches, no network.
    permissions: ['storage'],
    action: { default_title: 'Backstory' },
    // The keyboard's path: step through the names on a page, each card opened and focused (Escape returns).
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPreviousMention__' },
    },
    // The card's module and the claim finder's, imported by the content script when a card first opens or a page may
    // hold a claim (lib/page/card-chunk.ts, lib/page/claims-chunk.ts).
    web_accessible_resources: browser === 'firefox' ? CHUNKS : [{ resources: CHUNKS, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? // 140: the first Firefox with the CSS Custom Highlight API, without which Backstory marks nothing.
        {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              // Firefox's data collection declaration: Backstory collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads that declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: CARD_CHUNK.slice(1), contents: await buildChunk(wxt.config.root, 'lib/page/card-chunk.ts') });
      files.push({ relativeDest: CLAIMS_CHUNK.slice(1), contents: await buildChunk(wxt.config.root, 'lib/page/claims-chunk.ts') });
    },
  },
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
    build: { minify: true },
  }),
});
