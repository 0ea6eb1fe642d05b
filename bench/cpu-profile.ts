/**
 * npm run bench:profile — where the first scan's time goes, by function and by source line: runs the
 * bench's Backstory variant on page (a) (PAGE=b: the sample page) in headless Chromium under the DevTools CPU profiler (unminified,
 * so the names are the source's) and prints self time per function and the hottest lines. For finding
 * what to speed up; `npm run bench` is the measure.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../e2e/support/browsers';
import { samplePage } from '../e2e/support/sample-page';
import { serveFixtures } from '../e2e/support/server';
import { namesFromPacks } from '../lib/pack/matcher-spec';
import { prepareMatcher } from '../lib/pack/prepare';
import { seedPack } from '../lib/pack/seed';
import type { RunResult } from './in-page';
import { generateArticle } from './page';

/** The parts of a DevTools CPU profile read here. */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; positionTicks?: { line: number; ticks: number }[] }[];
  samples: number[];
  timeDeltas: number[];
}

const RUNS = Number(process.env.RUNS ?? 5);
/** Which bench page: (a) the generated 1 MB article, or (b) the sample page, where a page's fixed costs show. */
const PAGE = process.env.PAGE === 'b' ? '/sample.html' : '/long.html';

async function main() {
  const names = namesFromPacks([seedPack]);
  const spec = prepareMatcher(names);
  const aliases = [...new Set(names.names.filter((n) => !n.ambiguous).map((n) => n.text))];
  const article = generateArticle(aliases);
  const bundle = (await build({ entryPoints: ['bench/in-page.ts'], bundle: true, write: false, format: 'iife', minify: false })).outputFiles[0]!.text;
  const server = await serveFixtures({
    '/long.html': () => article.html.replace('</body>', '<script src="/bench.js"></script></body>'),
    '/sample.html': () => samplePage().replace('</body>', '<script src="/bench.js"></script></body>'),
    '/bench.js': () => bundle,
  });
  const browser = await chromium.launch({ executablePath: ensureBrowser('chromium'), headless: true, args: CHROMIUM_ARGS });
  const byFunction = new Map<string, number>();
  const byLine = new Map<number, number>();
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.goto(server.url(PAGE));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const r = (await page.evaluate(([s, a]) => (globalThis as unknown as { bench: { run: (v: string, s: unknown, a: string[]) => Promise<RunResult> } }).bench.run('backstory', s, a), [
      spec,
      aliases,
    ] as const)) as RunResult;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    console.log(`run ${run + 1}: all highlights ${r.ms.toFixed(1)} ms, own work ${r.workMs.toFixed(1)} ms, longest task ${r.longestTaskMs.toFixed(1)} ms`);
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const f = nodes.get(id)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000 / RUNS);
    });
    for (const n of profile.nodes) {
      if (!n.callFrame.url.endsWith('bench.js')) continue;
      for (const t of n.positionTicks ?? []) byLine.set(t.line, (byLine.get(t.line) ?? 0) + t.ticks / RUNS);
    }
    await page.close();
  }
  await browser.close();
  await server.close();
  console.log('\nSelf time per function (ms a run; "(program)" is the browser’s own work, "(idle)" waiting):');
  for (const [k, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(2).padStart(9)}  ${k}`);
  console.log('\nHottest lines (samples a run, every 0.1 ms):');
  const source = bundle.split('\n');
  for (const [line, ticks] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ticks.toFixed(0).padStart(6)}  ${line}: ${source[line - 1]?.trim().slice(0, 110)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
