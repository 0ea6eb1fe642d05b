/**
 * Builds the card's module (lib/page/card-chunk.ts) as one ES module for the content script to import()
 * when a card first opens: WXT bundles content scripts as single IIFE files, so this one is built apart,
 * with the same Preact preset, and handed to WXT as a generated file of the build (see wxt.config.ts).
 */
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';

export async function buildCardChunk(root: string): Promise<string> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact({ prerender: { enabled: false } })],
    build: {
      write: false,
      minify: true,
      lib: { entry: 'lib/page/card-chunk.ts', formats: ['es'], fileName: 'card' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  })) as Rollup.RollupOutput[];
  const chunk = result[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('the card module was not built');
  return chunk.code;
}
