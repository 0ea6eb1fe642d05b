/**
 * npm run bench: Backstory's scanning against mark.js, side by side, in headless Chromium and then headless
 * Firefox (both driven by puppeteer-core), on (a) a generated 1 MB article of ~10,000 text nodes and (b) the
 * sample page made from a seed document. Prints a table of medians and the ratios per browser, and writes
 * them to bench/RESULTS.md. `BENCH_BROWSERS=chromium` (or firefox) runs one browser only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureBrowser, type BrowserName } from '../e2e/support/browsers';
import { buildDir } from '../e2e/support/drivers';
import { samplePage } from '../e2e/support/sample-page';
import { serveFixtures } from '../e2e/support/server';
import { namesFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { prepareMatcher, type NameSpec } from '../lib/pack/prepare';
import type { RunResult } from './in-page';
import { generateArticle, syntheticNames } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
/** mark.js's array mode takes seconds a run on page (a): fewer runs of it. */
const SLOW_RUNS = Math.min(RUNS, 3);
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
const variants = ['lower-bound', 'backstory', 'backstory-10x', 'mark-regex', 'mark-array'] as const;
type Variant = (typeof variants)[number];

/** The median; NaN for none (a figure a variant has not, sent back as null). */
const median = (xs: (number | null)[]) => {
  const s = xs.filter((x): x is number => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const shuffle = <T>(xs: T[]) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
};

async function main() {
  console.log('Building the extension (for entrypoint sizes)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });

  const names = namesFromPacks([seedPack]);
  const spec = prepareMatcher(names);
  const aliases = [...new Set(names.names.filter((n) => !n.ambiguous).map((n) => n.text))];
  // Ten times the names: the pack's own plus generated ones that the page never mentions.
  const extra = syntheticNames(aliases.length * 9);
  const names10: NameSpec = {
    ...names,
    entities: [...names.entities, ...extra.map((text, i) => ({ id: `synthetic-${i}`, name: text }))],
    names: [...names.names, ...extra.map((text, i) => ({ text, entities: [names.entities.length + i] }))],
  };
  const spec10 = prepareMatcher(names10);

  const article = generateArticle(aliases);
  const bundle = (await build({ entryPoints: ['bench/in-page.ts'], bundle: true, write: false, format: 'iife', minify: true })).outputFiles[0]!.text;
  const markJs = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
  const withScripts = (html: string) => html.replace('</body>', '<script src="/mark.min.js"></script><script src="/bench.js"></script></body>');
  const server = await serveFixtures({
    '/long.html': () => withScripts(article.html),
    '/sample.html': () => withScripts(samplePage()),
    '/bench.js': () => bundle,
    '/mark.min.js': () => markJs,
  });

  const pages = [
    { id: 'a', title: `(a) generated article: ${(article.textChars / 1e6).toFixed(2)} MB of text, ${article.textNodes.toLocaleString('en')} text nodes`, path: '/long.html' },
    { id: 'b', title: '(b) the sample page (seed document 000)', path: '/sample.html' },
  ];
  const runs: Record<string, BrowserRun> = {};
  for (const name of BROWSERS) runs[name] = await runBrowser(name, pages, server.url, { spec, spec10, aliases });
  await server.close();

  const lines: string[] = [];
  const out = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  const label: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };
  out(`# Benchmark: Backstory against mark.js`);
  out();
  out(
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · headless ${BROWSERS.map((b) => `${label[b]} ${runs[b]!.version}`).join(' and ')} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
  );
  out(
    `Medians of ${RUNS} runs per variant (mark.js array mode: ${SLOW_RUNS}), variants in random order, a fresh page for each run. ${aliases.length} aliases (the seed pack's); "10×" adds ${extra.length} generated ones.`,
  );
  out(`Planted on page (a): ${article.planted.toLocaleString('en')} mentions (${article.plantedKinds}), plus ${article.decoys.toLocaleString('en')} decoys that must not match.`);
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
  for (const b of BROWSERS) {
    const { results, longTasksSeen } = runs[b]!;
    for (const p of pages) {
      const r = results[p.id]!;
      const m = (v: Variant, f: (x: RunResult) => number) => median(r[v].map(f));
      out();
      out(`## ${label[b]}: ${p.title}`);
      out();
      out('| variant | scan + highlight (ms) | of which its own work (ms) | longest task (ms) | tasks > 50 ms | 50-paragraph batch (ms) | mentions found |');
      out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const v of variants) {
        const long = longTasksSeen ? String(m(v, (x) => x.longTasks)) : '–';
        out(
          `| ${variantNames[v]} | ${fmt(m(v, (x) => x.ms))} | ${fmt(m(v, (x) => x.workMs))} | ${fmt(m(v, (x) => x.longestTaskMs))} | ${long} | ${fmt(m(v, (x) => x.batchMs))} | ${m(v, (x) => x.count)} |`,
        );
      }
      const bs = m('backstory', (x) => x.ms);
      const lb = m('lower-bound', (x) => x.ms);
      const regex = m('mark-regex', (x) => x.ms);
      out();
      out(`- mark.js single regex ÷ Backstory: **${(regex / bs).toFixed(2)}×**; mark.js array ÷ Backstory: **${(m('mark-array', (x) => x.ms) / bs).toFixed(1)}×**`);
      out(
        `- Backstory ÷ read-only lower bound: **${(bs / lb).toFixed(2)}×** (its own work: ${(m('backstory', (x) => x.workMs) / lb).toFixed(2)}×); Backstory 10× aliases ÷ Backstory: **${(m('backstory-10x', (x) => x.ms) / bs).toFixed(2)}×**`,
      );
      const comparable = p.id === 'a' ? new Set(article.comparable.map((n) => n.toLowerCase())) : undefined;
      out(`- Agreement where the rules agree (${p.id === 'a' ? 'names planted whole in one text node' : 'an alias as written, in one text node'}): ${agreement(r, comparable)}`);
      if (p.id !== 'a') continue;
      const own = m('backstory', (x) => x.workMs);
      const checks: [string, boolean, string][] = [
        ['all highlights ≤ 2 × the read-only lower bound', bs <= 2 * lb, `${(bs / lb).toFixed(2)}×`],
        ['its own work ≤ 1.5 × the read-only lower bound', own <= 1.5 * lb, `${(own / lb).toFixed(2)}×`],
        ['at least 1.5 × faster than mark.js single regex', regex >= 1.5 * bs, `${(regex / bs).toFixed(2)}×`],
        ['10 × the aliases costs ≤ 1.3 × the time', m('backstory-10x', (x) => x.ms) <= 1.3 * bs, `${(m('backstory-10x', (x) => x.ms) / bs).toFixed(2)}×`],
        ['no Backstory task over 20 ms during the first scan', m('backstory', (x) => x.longestTaskMs) <= 20, `${m('backstory', (x) => x.longestTaskMs).toFixed(1)} ms`],
        ['a 50-paragraph batch under 4 ms', m('backstory', (x) => x.batchMs) < 4, `${m('backstory', (x) => x.batchMs).toFixed(2)} ms`],
      ];
      if (longTasksSeen) checks.push(['no task over 50 ms (longtask observer)', m('backstory', (x) => x.longTasks) === 0, `${m('backstory', (x) => x.longTasks)}`]);
      out();
      out(`Targets on page (a), ${label[b]}${b === 'firefox' ? ' (the issue asks these ratios reported, aiming at the same)' : ''}:`);
      out();
      for (const [what, met, value] of checks) out(`- ${met ? 'met' : '**not met**'}: ${what} (${value})`);
    }
  }
  out();
  out('## Where Backstory’s time goes on page (a)');
  out();
  out('Each stage alone, in order, on a fresh page (medians), as the scanner runs them. The scanner does the same');
  out('work in slices of a few ms; the difference between "scan + highlight" and "its own work" above is the');
  out('page’s time between slices. The heap is what the page holds after a scan, less what it held before.');
  out();
  out(`| stage | ${BROWSERS.map((b) => label[b]).join(' | ')} |`);
  out(`| --- | ${BROWSERS.map(() => '---:').join(' | ')} |`);
  // The two stages measured first on a fresh page (on alternate runs) head the table, side by side.
  const stageNames = [...new Set(runs[BROWSERS[0]!]!.profiles.flatMap((p) => Object.keys(p)))].sort((a, b) => Number(b.includes('first on the page')) - Number(a.includes('first on the page')));
  const stage = (b: BrowserName, name: string) => median(runs[b]!.profiles.map((p) => p[name] ?? NaN));
  for (const name of stageNames) out(`| ${name} | ${BROWSERS.map((b) => fmt(stage(b, name))).join(' | ')} |`);
  const held = stage(BROWSERS[0]!, 'heap held after a scan (MB)');
  if (!Number.isNaN(held))
    out(`\nThe heap held after a scan of page (a), per MB of its text: ${(held / (article.textChars / 1e6)).toFixed(2)} MB (${label[BROWSERS[0]!]}; Firefox gives a page no heap figure).`);
  out();
  out('## Built entrypoints (minified, not compressed)');
  out();
  out('| entrypoint | Chrome MV3 | Firefox |');
  out('| --- | ---: | ---: |');
  const size = (b: 'chromium' | 'firefox', f: string) => `${(statSync(`${buildDir(b)}/${f}`).size / 1000).toFixed(1)} kB`;
  const popupChunk = (b: 'chromium' | 'firefox') => readFileSync(`${buildDir(b)}/popup.html`, 'utf8').match(/src="\/(chunks\/popup-[^"]+\.js)"/)?.[1];
  out(`| content script (every page) | ${size('chromium', 'content-scripts/content.js')} | ${size('firefox', 'content-scripts/content.js')} |`);
  out(`| claim finder (a page that may hold a claim) | ${size('chromium', 'content-scripts/claims.js')} | ${size('firefox', 'content-scripts/claims.js')} |`);
  out(`| card (when a card first opens) | ${size('chromium', 'content-scripts/card.js')} | ${size('firefox', 'content-scripts/card.js')} |`);
  out(`| background | ${size('chromium', 'background.js')} | ${size('firefox', 'background.js')} |`);
  const pc = popupChunk('chromium');
  const pf = popupChunk('firefox');
  if (pc && pf) out(`| popup | ${size('chromium', pc)} | ${size('firefox', pf)} |`);
  const content = statSync(`${buildDir('chromium')}/content-scripts/content.js`).size;
  out();
  out(`- ${content <= 60_000 ? 'met' : '**not met**'}: the content script at most 60 kB (${(content / 1000).toFixed(1)} kB)`);
  writeFileSync('bench/RESULTS.md', `${lines.join('\n')}\n`);
  console.log('\nWritten to bench/RESULTS.md');
}

const variantNames: Record<Variant, string> = {
  'lower-bound': 'read-only lower bound (TreeWalker + one regex, no highlighting)',
  backstory: 'Backstory (matcher + Custom Highlights)',
  'backstory-10x': 'Backstory, 10× aliases',
  'mark-regex': 'mark.js markRegExp, one combined regex',
  'mark-array': 'mark.js mark(array), exactly',
};

interface BrowserRun {
  version: string;
  results: Record<string, Record<Variant, RunResult[]>>;
  profiles: Record<string, number>[];
  /** Whether the browser reports long tasks (Chromium does; Firefox has no 'longtask' entries). */
  longTasksSeen: boolean;
}

/** Every page × variant in one browser, a fresh tab each run, then the profile of page (a). */
async function runBrowser(
  name: BrowserName,
  pages: { id: string; title: string; path: string }[],
  url: (path: string) => string,
  data: { spec: unknown; spec10: unknown; aliases: string[] },
): Promise<BrowserRun> {
  const browser = await puppeteer.launch(
    name === 'chromium'
      ? {
          browser: 'chrome',
          executablePath: ensureBrowser('chromium'),
          headless: true,
          // Heap figures to the byte, and gc() for the page to collect before it measures.
          args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
        }
      : {
          browser: 'firefox',
          executablePath: ensureBrowser('firefox'),
          headless: true,
          // Timers to ~20 µs, not the 1 ms Firefox rounds a page's to by default: a 50-paragraph batch of 3–4 ms read on a 1 ms
          // clock comes out as 3.00, 4.00 or 5.00.
          extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
        },
  );
  const evaluate = async <T>(path: string, expression: string): Promise<T> => {
    const page = await browser.newPage();
    await page.goto(url(path));
    const r = (await page.evaluate(expression)) as T;
    await page.close();
    return r;
  };
  const call = (fn: string, ...args: unknown[]) => `globalThis.bench.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
  const results: BrowserRun['results'] = {};
  let longTasksSeen = false;
  for (const p of pages) {
    results[p.id] = Object.fromEntries(variants.map((v) => [v, []])) as unknown as Record<Variant, RunResult[]>;
    const order = shuffle(variants.flatMap((v) => Array.from({ length: v === 'mark-array' && p.id === 'a' ? SLOW_RUNS : RUNS }, () => v)));
    process.stdout.write(`${name} ${p.title}: ${order.length} runs `);
    for (const variant of order) {
      const r = await evaluate<RunResult>(p.path, call('run', variant, variant === 'backstory-10x' ? data.spec10 : data.spec, data.aliases));
      longTasksSeen ||= r.longTasksSeen;
      results[p.id]![variant].push(r);
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  }
  // Where Backstory's time goes on page (a): each stage alone, on a fresh page each time.
  const profiles: Record<string, number>[] = [];
  process.stdout.write(`${name} profile of page (a): `);
  for (let i = 0; i < RUNS; i++) {
    profiles.push(await evaluate<Record<string, number>>('/long.html', call('profile', data.spec, data.aliases, i % 2 === 0)));
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const version = (await browser.version()).replace(/^[^/]*\//, '');
  await browser.close();
  return { version, results, profiles, longTasksSeen };
}

/**
 * Whether every variant found the same mentions where their rules agree — names planted whole in one text
 * node, as written or possessive (not split across tags, not inflected) — by name; where not, how.
 */
function agreement(r: Record<Variant, RunResult[]>, comparable?: Set<string>): string {
  const only = (o: Record<string, number>) => (comparable ? Object.fromEntries(Object.entries(o).filter(([k]) => comparable.has(k))) : o);
  const reference = only(r['lower-bound'][0]?.plain ?? {});
  const total = Object.values(reference).reduce((a, b) => a + b, 0);
  const diffs: string[] = [];
  for (const v of variants) {
    const plain = only(r[v][0]?.plain ?? {});
    const keys = new Set([...Object.keys(reference), ...Object.keys(plain)]);
    const differing = [...keys].filter((k) => (plain[k] ?? 0) !== (reference[k] ?? 0)).map((k) => `“${k}” ${plain[k] ?? 0} vs ${reference[k] ?? 0}`);
    if (differing.length) diffs.push(`${v}: ${differing.slice(0, 4).join(', ')}${differing.length > 4 ? ', …' : ''}`);
  }
  return diffs.length ? `${total} for the lower bound; differences — ${diffs.join('; ')}` : `all variants agree (${total} mentions)`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
