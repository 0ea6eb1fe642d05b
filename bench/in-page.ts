/**
 * The benchmark's page side, bundled by bench/run.ts into one script: each variant scans the page once and
 * reports its time, its longest task, and what it found. mark.js is loaded by the page as a global.
 */
import { createHighlights } from '../lib/page/highlight';
import { CLAIM_WINDOW_CHARS, createPageScanner, FIRST_CHUNK_CHARS, MAX_CHUNK_CHARS } from '../lib/page/scanner';
import { locate, readAll } from '../lib/page/text';
import { claimSteps, findClaims } from '../lib/shared/claims';
import { clearEntities, compileMatcher, type MatcherSpec } from '../lib/shared/matcher';

declare const Mark: new (
  ctx: Element | Element[],
) => {
  mark(terms: string[], options: Record<string, unknown>): void;
  markRegExp(re: RegExp, options: Record<string, unknown>): void;
};

export interface RunResult {
  ms: number;
  /** The longest task the variant ran (its own slices for Backstory; the whole call for synchronous ones). */
  longestTaskMs: number;
  /** Time spent in the variant's own tasks (for Backstory, the sum of its slices; else the whole run). */
  workMs: number;
  /** Tasks over 50 ms the browser reported while it ran (PerformanceObserver 'longtask'). */
  longTasks: number;
  /** Whether the browser reports long tasks at all (Firefox does not). */
  longTasksSeen: boolean;
  count: number;
  /** Mentions inside one text node whose text is an alias as written (case aside): what every variant can find. */
  plain: Record<string, number>;
  batchMs: number;
}

const longTasks: number[] = [];
const longTasksSeen = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
if (longTasksSeen) new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });

function tally(texts: Iterable<string>, aliases: Set<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of texts) {
    const k = t.toLowerCase();
    if (aliases.has(k)) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Fifty paragraphs like the page's own, as an infinite-scroll feed appends them (`append`, to time it apart). */
function appendBatch(append = true): HTMLElement {
  const feed = document.createElement('section');
  const source = document.querySelectorAll('article p');
  for (let i = 0; i < 50; i++) feed.append(source[(i * 37) % source.length]!.cloneNode(true));
  if (append) document.querySelector('article')!.append(feed);
  return feed;
}

const settle = () => new Promise((r) => setTimeout(r, 50));
/** Until the browser has painted what the first scan changed: the batch should not pay for that. */
const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

async function lowerBound(aliases: string[]): Promise<RunResult> {
  const re = combinedRegExp(aliases);
  const lower = new Set(aliases.map((a) => a.toLowerCase()));
  const found: string[] = [];
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[0]);
  }
  const ms = performance.now() - t0;
  return { ms, longestTaskMs: ms, workMs: ms, longTasks: 0, longTasksSeen, count: found.length, plain: tally(found, lower), batchMs: NaN };
}

export function combinedRegExp(aliases: string[]): RegExp {
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

async function backstory(spec: MatcherSpec, aliases: string[]): Promise<RunResult> {
  const lower = new Set(aliases.map((a) => a.toLowerCase()));
  let longest = 0;
  let work = 0;
  const before = longTasks.length;
  const t0 = performance.now();
  const matcher = compileMatcher(spec);
  const compileMs = performance.now() - t0;
  const highlights = createHighlights(document);
  // As the content script runs it (lib/page/backstory.ts): names, context entities' later mentions, claim flags.
  const scanner = createPageScanner(document, {
    matcher,
    highlight: highlights.mentions,
    claimHighlight: highlights.claims,
    // (The content script loads the claim finder as a module of its own when a page may hold a claim; here it is at hand.)
    claims: async () => claimSteps,
    laterHighlight: highlights.later,
    onSlice: (ms) => {
      longest = Math.max(longest, ms);
      work += ms;
    },
  });
  scanner.start();
  await scanner.idle();
  const ms = performance.now() - t0;
  // Its own work and longest task are the first scan's: the batch below adds to the same counts.
  const workMs = work + compileMs;
  const longestTaskMs = Math.max(longest, compileMs);
  const mentions = scanner.mentions();
  const texts = mentions.filter((m) => !m.nested && m.range.startContainer === m.range.endContainer).map((m) => (m.range.startContainer as Text).data.slice(m.range.startOffset, m.range.endOffset));
  const count = mentions.length;
  await settle();
  await painted();
  const longTaskCount = longTasks.length - before;
  // A batch: time from the paragraphs' arrival to their mentions being highlighted. The page's mutation observer tells
  // the scanner in a microtask; a timer here would also wait for whatever the browser does first (Firefox repaints the
  // whole page before it, ~8 ms on page (a)), which is not Backstory's time.
  const feed = appendBatch(false);
  const b0 = performance.now();
  document.querySelector('article')!.append(feed);
  await Promise.resolve();
  await scanner.idle();
  const batchMs = performance.now() - b0;
  scanner.stop();
  highlights.remove();
  return { ms, longestTaskMs, workMs, longTasks: longTaskCount, longTasksSeen, count, plain: tally(texts, lower), batchMs };
}

async function markjs(aliases: string[], mode: 'array' | 'regex'): Promise<RunResult> {
  const lower = new Set(aliases.map((a) => a.toLowerCase()));
  const before = longTasks.length;
  const run = (ctx: Element) =>
    new Promise<number>((resolve) => {
      const options = { accuracy: 'exactly', separateWordSearch: false, done: resolve };
      if (mode === 'array') new Mark(ctx).mark(aliases, options);
      else new Mark(ctx).markRegExp(combinedRegExp(aliases), { done: resolve });
    });
  const t0 = performance.now();
  const count = await run(document.body);
  const ms = performance.now() - t0;
  const texts = [...document.querySelectorAll('mark')].filter((m) => m.childNodes.length === 1).map((m) => m.textContent ?? '');
  await settle();
  const longTaskCount = longTasks.length - before;
  const feed = appendBatch();
  const b0 = performance.now();
  await run(feed);
  const batchMs = performance.now() - b0;
  return { ms, longestTaskMs: ms, workMs: ms, longTasks: longTaskCount, longTasksSeen, count, plain: tally(texts, lower), batchMs };
}

/** Until the browser has painted what was just changed, in ms from `t0`. */
const paintedAfter = (t0: number) => painted().then(() => performance.now() - t0);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** The JS heap in use (Chromium with --enable-precise-memory-info), after a full collection where the page may ask for one. */
const heap = () => {
  gc();
  return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
};

/**
 * Where Backstory's time goes on a fresh page: each stage run once, alone and in order, as the scanner
 * would run them (cold code, as on a real page), next to the lower bound's own two parts; then what
 * repainting the highlights costs, in one update or in ten; then the heap a whole scan holds.
 */
async function profile(spec: MatcherSpec, aliases: string[], walkFirst: boolean): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  /** A bare walk over the text nodes, reading each one's text: what the lower bound does before its regex. */
  const bareWalk = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let x = w.nextNode(); x; x = w.nextNode()) n += (x as Text).data.length;
    return n;
  };
  // Whatever touches the page's nodes first pays for their first use (the engine's wrappers of them): on
  // alternate runs the bare walk or Backstory's reading goes first, and each is reported from the runs where
  // it did. The other stages run in the same order either way.
  if (walkFirst) {
    const t = performance.now();
    bareWalk();
    out['lower bound, walk + read text nodes only (first on the page)'] = performance.now() - t;
  }
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const r = f();
    out[name] = performance.now() - t;
    return r;
  };
  const matcher = time('compile the names (trie)', () => compileMatcher(spec));
  const chunk = time(walkFirst ? 'read the page’s text, after the bare walk' : 'read the page’s text (TreeWalker, lines, offsets; first on the page)', () => readAll(document.body));
  // As the scanner meets the text: a first small chunk, then larger ones.
  const pieces: [number, number][] = [];
  for (let i = 0, size = FIRST_CHUNK_CHARS; i < chunk.text.length; size = Math.min(MAX_CHUNK_CHARS, size * 2)) {
    const next = chunk.text.indexOf('\u2029', Math.min(chunk.text.length, i + size));
    const end = next < 0 ? chunk.text.length : next;
    pieces.push([i, end]);
    i = end;
  }
  const matchAll = () => pieces.flatMap(([a, b]) => matcher.scan(chunk.text, a, b));
  const raw = time('match, first run (cold code)', matchAll);
  time('match, second run (optimised code)', matchAll);
  // Claim flags on what the matcher found, as the scanner finds them: in windows of the reading's slices, CLAIM_WINDOW_CHARS at least
  // (the words read near a cue or a party included); the matching itself is not timed again.
  const windows: [number, number][] = [];
  for (const [a, b] of pieces) {
    const last = windows.at(-1);
    if (last && last[1] - last[0] < CLAIM_WINDOW_CHARS) last[1] = b;
    else windows.push([a, b]);
  }
  const scans = windows.map(([a, b]) => {
    const text = chunk.text.slice(a, b);
    return { text, scanned: matcher.scanAll(text) };
  });
  const known = clearEntities(
    matcher,
    scans.flatMap((p) => p.scanned.mentions),
  );
  time('claim flags, first run (cold code)', () => scans.reduce((n, p) => n + findClaims(matcher, p.text, p.scanned, known).length, 0));
  const ranges: StaticRange[] = [];
  time('ranges for every mention', () => {
    for (const r of raw) {
      const a = locate(chunk, r.start);
      const b = locate(chunk, r.end, true);
      ranges.push(new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }));
    }
  });
  time('lower bound, walk + read text nodes only (again)', bareWalk);
  const re = combinedRegExp(aliases);
  time('lower bound, the regex over the same text', () => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(chunk.text)) n++;
    return n;
  });
  // Repainting, less a frame's own wait (the time to the next paint with nothing changed): every range in one
  // update of the highlight; half of them in one update; all of them again in ten updates, one a frame.
  const highlight = new Highlight();
  CSS.highlights.set('bench', highlight);
  const frame = async () => {
    await painted();
    const t = performance.now();
    return paintedAfter(t);
  };
  const idle = Math.min(await frame(), await frame(), await frame());
  const paintOf = async (add: () => void) => {
    await painted();
    const t = performance.now();
    add();
    return (await paintedAfter(t)) - idle;
  };
  out['a frame with nothing changed (ms to painted)'] = idle;
  out['restyle + paint: every range in one update'] = await paintOf(() => {
    for (const r of ranges) highlight.add(r);
  });
  highlight.clear();
  out['restyle + paint: half the ranges in one update'] = await paintOf(() => {
    for (let j = 0; j < ranges.length; j += 2) highlight.add(ranges[j]!);
  });
  highlight.clear();
  let ten = 0;
  for (let k = 0; k < 10; k++) {
    ten += await paintOf(() => {
      for (let j = k; j < ranges.length; j += 10) highlight.add(ranges[j]!);
    });
  }
  out['restyle + paint: every range in ten updates (sum)'] = ten;
  CSS.highlights.delete('bench');
  // The heap a scan holds: the scanner's mentions, ranges and indexes, the matcher and its trie.
  const before = heap();
  const held = await (async () => {
    const highlights = createHighlights(document);
    const scanner = createPageScanner(document, { matcher: compileMatcher(spec), highlight: highlights.mentions });
    scanner.start();
    await scanner.idle();
    return { scanner, highlights };
  })();
  out['heap held after a scan (MB)'] = (heap() - before) / 1e6;
  held.scanner.stop();
  held.highlights.remove();
  return out;
}

(globalThis as { bench?: unknown }).bench = {
  profile,
  run(variant: string, spec: MatcherSpec, aliases: string[]): Promise<RunResult> {
    if (variant === 'lower-bound') return lowerBound(aliases);
    if (variant.startsWith('backstory')) return backstory(spec, aliases);
    return markjs(aliases, variant === 'mark-array' ? 'array' : 'regex');
  },
};
