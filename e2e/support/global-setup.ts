/** Before any end-to-end test: both browsers present (installed if possible) and the build there. */
import { existsSync } from 'node:fs';
import { ensureBrowser } from './browsers';
import { buildDir } from './drivers';

export default function setup() {
  for (const name of ['chromium', 'firefox'] as const) {
    if (!existsSync(`${buildDir(name)}/manifest.json`)) throw new Error(`No ${name} build at ${buildDir(name)}: run npm run build first.`);
    console.log(`e2e: ${name} at ${ensureBrowser(name)}`);
  }
}
