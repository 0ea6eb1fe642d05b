import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBackstory } from '../lib/page/backstory';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startBackstory(document, ctx.signal).catch((error) => console.warn('Backstory could not start on this page:', error));
  },
});
