/**
 * npm run bench: Backstory's scanning against mark.js, side by side in one run of headless Chromium, on
 * (a) a generated 1 MB article of ~10,000 text nodes and (b) the sample page made from a seed document.
 * Prints a table of medians and the mark.js ÷ Backstory ratios, and writes them to bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../e2e/support/browsers';
import { buildDir } from '../e2e/support/drivers';
import { samplePage } from '../e2e/support/sample-page';
import { serveFixtures } from '../e2e/support/server';
import { namesFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { prepareMatcher, type NameSpec } from '../lib/pack/prepare';
import type { RunResult } from './in-page';
import { generateArticle, syntheticNames } from './page';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const variants = ['lower-bound', 'backstory', 'backstory-10x', 'mark-regex', 'mark-array'] as const;
type Variant = (typeof variants)[number];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
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

  const browser = await chromium.launch({
    executablePath: ensureBrowser('chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pages = [
    { id: 'a', title: `(a) generated article: ${(article.textChars / 1e6).toFixed(2)} MB of text, ${article.textNodes.toLocaleString('en')} text nodes`, path: '/long.html' },
    { id: 'b', title: '(b) the sample page (seed document 000)', path: '/sample.html' },
  ];
  const results: Record<string, Record<Variant, RunResult[]>> = {};
  for (const p of pages) {
    results[p.id] = Object.fromEntries(variants.map((v) => [v, []])) as unknown as Record<Variant, RunResult[]>;
    const order = shuffle(variants.flatMap((v) => Array.from({ length: RUNS }, () => v)));
    process.stdout.write(`${p.title}: ${order.length} runs `);
    for (const variant of order) {
      const page = await browser.newPage();
      await page.goto(server.url(p.path));
      const r = (await page.evaluate(([v, s, a]) => (globalThis as unknown as { bench: { run: (v: string, s: unknown, a: string[]) => Promise<unknown> } }).bench.run(v, s, a), [
        variant,
        variant === 'backstory-10x' ? spec10 : spec,
        aliases,
      ] as const)) as RunResult;
      results[p.id]![variant].push(r);
      await page.close();
      process.stdout.write('.');
    }
    process.stdout.write('\n');
  }
  // Where Backstory's time goes on page (a): each stage alone, on a fresh page each time.
  const profiles: Record<string, number>[] = [];
  process.stdout.write('profile of page (a): ');
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(server.url('/long.html'));
    profiles.push(
      (await page.evaluate(([s, a]) => (globalThis as unknown as { bench: { profile: (s: unknown, a: string[]) => Record<string, number> } }).bench.profile(s, a), [spec, aliases] as const)) as Record<
        string,
        number
      >,
    );
    await page.close();
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  const version = browser.version();
  await browser.close();
  await server.close();

  const lines: string[] = [];
  const out = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  out(`# Benchmark: Backstory against mark.js`);
  out();
  out(
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · headless Chromium ${version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
  );
  out(`Medians of ${RUNS} runs per variant, variants in random order, a fresh page for each run. ${aliases.length} aliases (the seed pack's); "10×" adds ${extra.length} generated ones.`);
  out(`Planted on page (a): ${article.planted.toLocaleString('en')} mentions (${article.plantedKinds}), plus ${article.decoys.toLocaleString('en')} decoys that must not match.`);
  for (const p of pages) {
    const r = results[p.id]!;
    const m = (v: Variant, f: (x: RunResult) => number) => median(r[v].map(f));
    out();
    out(`## ${p.title}`);
    out();
    out('| variant | scan + highlight (ms) | of which its own work (ms) | longest task (ms) | tasks > 50 ms | 50-paragraph batch (ms) | mentions found |');
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const names: Record<Variant, string> = {
      'lower-bound': 'read-only lower bound (TreeWalker + one regex, no highlighting)',
      backstory: 'Backstory (matcher + Custom Highlights)',
      'backstory-10x': 'Backstory, 10× aliases',
      'mark-regex': 'mark.js markRegExp, one combined regex',
      'mark-array': 'mark.js mark(array), exactly',
    };
    for (const v of variants) {
      const fmt = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
      out(
        `| ${names[v]} | ${fmt(m(v, (x) => x.ms))} | ${fmt(m(v, (x) => x.workMs))} | ${fmt(m(v, (x) => x.longestTaskMs))} | ${m(v, (x) => x.longTasks)} | ${fmt(m(v, (x) => x.batchMs))} | ${m(v, (x) => x.count)} |`,
      );
    }
    const bs = m('backstory', (x) => x.ms);
    out();
    out(`- mark.js array ÷ Backstory: **${(m('mark-array', (x) => x.ms) / bs).toFixed(1)}×**; mark.js single regex ÷ Backstory: **${(m('mark-regex', (x) => x.ms) / bs).toFixed(2)}×**`);
    out(`- Backstory ÷ read-only lower bound: **${(bs / m('lower-bound', (x) => x.ms)).toFixed(2)}×**; Backstory 10× aliases ÷ Backstory: **${(m('backstory-10x', (x) => x.ms) / bs).toFixed(2)}×**`);
    const comparable = p.id === 'a' ? new Set(article.comparable.map((n) => n.toLowerCase())) : undefined;
    out(`- Agreement where the rules agree (${p.id === 'a' ? 'names planted whole in one text node' : 'an alias as written, in one text node'}): ${agreement(r, comparable)}`);
    if (p.id === 'a') {
      const lb = m('lower-bound', (x) => x.ms);
      const checks: [string, boolean, string][] = [
        ['scan + highlight ≤ 1.5 × the read-only lower bound', bs <= 1.5 * lb, `${(bs / lb).toFixed(2)}×`],
        ['at least 2 × faster than mark.js single regex', m('mark-regex', (x) => x.ms) >= 2 * bs, `${(m('mark-regex', (x) => x.ms) / bs).toFixed(2)}×`],
        ['around 100 × faster than mark.js array mode', m('mark-array', (x) => x.ms) >= 80 * bs, `${(m('mark-array', (x) => x.ms) / bs).toFixed(0)}×`],
        ['10 × the aliases costs ≤ 1.3 × the time', m('backstory-10x', (x) => x.ms) <= 1.3 * bs, `${(m('backstory-10x', (x) => x.ms) / bs).toFixed(2)}×`],
        ['no Backstory task over 20 ms during the first scan', m('backstory', (x) => x.longestTaskMs) <= 20, `${m('backstory', (x) => x.longestTaskMs).toFixed(1)} ms`],
        ['no task over 50 ms (longtask observer)', m('backstory', (x) => x.longTasks) === 0, `${m('backstory', (x) => x.longTasks)}`],
        ['a 50-paragraph batch under 4 ms', m('backstory', (x) => x.batchMs) < 4, `${m('backstory', (x) => x.batchMs).toFixed(2)} ms`],
      ];
      out();
      out('Targets on page (a):');
      out();
      for (const [what, met, value] of checks) out(`- ${met ? 'met' : '**not met**'}: ${what} (${value})`);
    }
  }
  out();
  out('## Where Backstory’s time goes on page (a)');
  out();
  out('Each stage alone, in order, on a fresh page (medians). The scanner does the same work in 6 ms slices; the');
  out('difference between "scan + highlight" and "its own work" above is the page’s time between slices.');
  out();
  out('| stage | ms |');
  out('| --- | ---: |');
  const stage = (name: string) => median(profiles.map((p) => p[name]!));
  for (const name of Object.keys(profiles[0] ?? {})) out(`| ${name} | ${stage(name).toFixed(1)} |`);
  const read = stage('read the page’s text (TreeWalker, lines, offsets)');
  const walk = stage('lower bound, walk + read text nodes only');
  const cold = stage('match, first run (cold code)');
  const warm = stage('match, second run (optimised code)');
  out();
  const regexJoined = stage('lower bound, the regex over the same text');
  const wall = median(results.a!.backstory.map((x) => x.ms));
  const own = median(results.a!.backstory.map((x) => x.workMs));
  out(
    `What stands in the way of the 1.5× target: reading the text into lines with offsets costs ${read.toFixed(0)} ms, ` +
      `${(read / walk).toFixed(1)}× a bare walk over the same text nodes (${walk.toFixed(0)} ms); matching costs ${cold.toFixed(0)} ms ` +
      `on a fresh page, where the code is still cold (${warm.toFixed(0)} ms once optimised — itself faster than the lower bound's ` +
      `regex over the same joined text, ${regexJoined.toFixed(0)} ms); and of the ${wall.toFixed(0)} ms until every mention is ` +
      `highlighted, ${(wall - own).toFixed(0)} ms is the page's own work between Backstory's slices (mostly restyling and repainting ` +
      'for the highlights), which the read-only lower bound, doing no highlighting in one blocking task, never pays.',
  );
  out();
  out('## Built entrypoints (minified, not compressed)');
  out();
  out('| entrypoint | Chrome MV3 | Firefox |');
  out('| --- | ---: | ---: |');
  const size = (b: 'chromium' | 'firefox', f: string) => `${(statSync(`${buildDir(b)}/${f}`).size / 1000).toFixed(1)} kB`;
  const popupChunk = (b: 'chromium' | 'firefox') => readFileSync(`${buildDir(b)}/popup.html`, 'utf8').match(/src="\/(chunks\/popup-[^"]+\.js)"/)?.[1];
  out(`| content script | ${size('chromium', 'content-scripts/content.js')} | ${size('firefox', 'content-scripts/content.js')} |`);
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
