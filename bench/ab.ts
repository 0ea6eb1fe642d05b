/**
 * npm run bench:ab -- [REV] — the working tree against a git revision (default HEAD), on page (a) in headless
 * Chromium: each run a fresh page, the two in turn, so the machine's noise falls on both alike. Prints the
 * medians of the whole first scan (`bench.run('backstory')`) or, with STAGES=1, of each stage of the profile.
 * For telling whether a change helps; `npm run bench` is the measure. RUNS=n sets the runs a side (default 12).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../e2e/support/browsers';
import { serveFixtures } from '../e2e/support/server';
import type { MatcherSpec } from '../lib/shared/matcher';
import { generateArticle } from './page';

const RUNS = Number(process.env.RUNS ?? 12);
const STAGES = !!process.env.STAGES;

/** The seed pack's prepared spec and the bench's page script, from a source tree (each side prepares its own). */
async function side(tree: string): Promise<{ spec: MatcherSpec; aliases: string[]; bundle: string }> {
  const { prepareMatcher } = await import(join(tree, 'lib/pack/prepare.ts'));
  const { namesFromPacks } = await import(join(tree, 'lib/pack/matcher-spec.ts'));
  const { seedPack } = await import(join(tree, 'lib/pack/seed.ts'));
  const names = namesFromPacks([seedPack]);
  const aliases = [...new Set<string>(names.names.filter((n: { ambiguous?: boolean }) => !n.ambiguous).map((n: { text: string }) => n.text))];
  const bundle = (await build({ entryPoints: [join(tree, 'bench/in-page.ts')], bundle: true, write: false, format: 'iife', minify: true })).outputFiles[0]!.text;
  return { spec: prepareMatcher(names), aliases, bundle };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

async function main() {
  const rev = process.argv[2] ?? 'HEAD';
  const dir = mkdtempSync(join(tmpdir(), 'backstory-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', '-q', dir, rev]);
  try {
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
    const labels = [rev, 'working tree'];
    const sides = [await side(dir), await side(process.cwd())];
    const article = generateArticle([]);
    const routes: Record<string, () => string> = {};
    sides.forEach((s, k) => {
      routes[`/p${k}.html`] = () => article.html.replace('</body>', `<script src="/b${k}.js"></script></body>`);
      routes[`/b${k}.js`] = () => s.bundle;
    });
    const server = await serveFixtures(routes);
    const browser = await puppeteer.launch({ executablePath: ensureBrowser('chromium'), headless: true, args: CHROMIUM_ARGS });
    const figures: Record<string, number[]>[] = [{}, {}];
    for (let r = 0; r < RUNS; r++) {
      for (const k of r % 2 ? [1, 0] : [0, 1]) {
        const page = await browser.newPage();
        await page.goto(server.url(`/p${k}.html`));
        const { spec, aliases } = sides[k]!;
        const out = (await page.evaluate(
          (s, a, stages) => {
            const bench = (
              globalThis as unknown as {
                bench: { run: (v: string, s: unknown, a: string[]) => Promise<{ ms: number; workMs: number }>; profile: (s: unknown, a: string[], w: boolean) => Promise<Record<string, number>> };
              }
            ).bench;
            return stages ? bench.profile(s, a, false) : bench.run('backstory', s, a).then((x) => ({ 'all highlights (ms)': x.ms, 'its own work (ms)': x.workMs }));
          },
          spec,
          aliases,
          STAGES,
        )) as Record<string, number>;
        for (const [name, v] of Object.entries(out)) {
          figures[k]![name] ??= [];
          figures[k]![name]!.push(v);
        }
        await page.close();
      }
      process.stdout.write('.');
    }
    console.log(`\n${RUNS} fresh pages a side, page (a), Chromium; medians:`);
    console.log(`${''.padEnd(62)}${labels.map((l) => l.slice(0, 14).padStart(16)).join('')}`);
    for (const name of Object.keys(figures[0]!))
      console.log(
        `${name.slice(0, 60).padEnd(62)}${figures
          .map((f) =>
            median(f[name] ?? [NaN])
              .toFixed(2)
              .padStart(16),
          )
          .join('')}`,
      );
    await browser.close();
    await server.close();
  } finally {
    if (existsSync(join(dir, 'node_modules'))) rmSync(join(dir, 'node_modules'));
    execFileSync('git', ['worktree', 'remove', '--force', dir]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
