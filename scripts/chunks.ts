/**
 * Builds a module the content script imports only when a page needs it — the card's (lib/page/card-chunk.ts), when a
 * card first opens, and the claim finder's (lib/page/claims-chunk.ts), when a page may hold a claim — as one ES module
 * each: WXT bundles content scripts as single IIFE files, so these are built apart, with the same Preact preset, and
 * handed to WXT as generated files of the build (see wxt.config.ts).
 */
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';

export async function buildChunk(root: string, entry: string): Promise<string> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact({ prerender: { enabled: false } })],
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'chunk' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  })) as Rollup.RollupOutput[];
  const chunk = result[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`${entry} was not built`);
  return chunk.code;
}
