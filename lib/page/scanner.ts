/**
 * Finds mentions on a live page and keeps them current: reads the page's text in slices that yield to the
 * page, runs the matcher once over each slice, highlights mentions with the CSS Custom Highlight API
 * (no element is inserted into the page), and rescans only what changes later. Everything it starts stops
 * with `stop()`.
 */
import type { claimSteps, Stance } from '../shared/claims';
import { BLOCK_BREAK } from '../shared/fold';
import { ambiguityOf, clearEntities, namedSpans, namesParty, pageContext, pickEntity, type Ambiguity, type Matcher, type RawMention, type Resolvable, type Scanned } from '../shared/matcher';
import type { Density } from '../shared/settings';
import { AREA_SELECTOR, blockOf, isOwnUi, createReader, isReadable, locate, readSome, readingArea, type Block, type Reader, type TextChunk } from './text';

/** The entity of a mention that is gone (its block was rescanned or removed). */
const DEAD = -2;
/** The entity of a claim flag (it has `claim` instead). */
export const CLAIM = -3;

export interface PageMention {
  /** The entity's index in the matcher, or -1 while an ambiguous name is unresolved. */
  entity: number;
  /** Which reading of the page found it. */
  pass: number;
  range: StaticRange;
  block: Block;
  /** The text nodes it spans. */
  nodes: Text[];
  /** For a name that may mean several entities: its candidates, and whether the text makes it someone else's. */
  ambiguity?: Ambiguity;
  /** Inside a longer name ("Ukraine" in "invasion of Ukraine"). */
  nested?: boolean;
  /** A claim flag: its range is the cue; the claim it echoes, how, and the sentence that carries it. */
  claim?: { index: number; stance: Stance; sentence: string };
  /** The highlight it is shown in, if any. */
  shownIn?: HighlightSet | null;
}

/** What the scanner needs of a CSS Highlight (the real one, or a stand-in where the API is missing). */
export interface HighlightSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  /** Clears it, and its `recent` set too. */
  clear(): void;
  /**
   * A second set in the same style, if the caller has one: each reading's marks go into the main sets or into these, whichever hold
   * fewer marks when the reading starts. Firefox sorts a highlight's ranges again at its first change after the page changes, a cost of
   * every range in it (page (a)'s 1,150 marks: ~0.6 ms), so paragraphs the page adds after its first reading pay for the smaller of
   * the two, not the whole page's. A mention stays in its reading's choice whenever it is shown again, so names nested in one another
   * in one style share one highlight (two would paint their overlap twice).
   */
  recent?: HighlightSet;
}

export type ClaimFinder = typeof claimSteps;

export interface ScannerOptions {
  matcher: Matcher;
  highlight: HighlightSet;
  /** Where claim flags are shown (their own, quieter style); without it, claims are not looked for. */
  claimHighlight?: HighlightSet;
  /**
   * Gives the claim finder (lib/shared/claims.ts, `claimSteps`). The content script loads it as a module of its own the first time
   * a reading of the page holds a cue or a party's name, so a page that names neither never loads it; without it, claims are not
   * looked for.
   */
  claims?: () => Promise<ClaimFinder>;
  /** Where a context entity's later mentions are shown (a thin underline); without it, like its first. */
  laterHighlight?: HighlightSet;
  /** Which mentions are marked (default `first`: story entities always, context entities fully only at their first). */
  density?: Density;
  /** Told the reading area when it is found, and when it changes. */
  onArea?: (area: Element[]) => void;
  /** Called after a reading that changed the mentions (or claim flags), and only then. */
  onChange?: () => void;
  /** Called for each open shadow root found, so the caller can style highlights inside it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** How long one slice may read, in ms; then the scanner yields to the page. */
  sliceMs?: number;
  maxChunkChars?: number;
  /** Told how long each slice ran, in ms (the benchmark's measure of the scanner's longest task). */
  onSlice?: (ms: number) => void;
}

/** Whether an element makes a line of its own (its own block). */
const isBlockElement = (el: Element) => blockOf(el) === el;

/** A reading's first slice reads this much text (the matcher's code is still cold), then twice as much each slice up to MAX_CHUNK_CHARS. */
export const FIRST_CHUNK_CHARS = 500;
export const MAX_CHUNK_CHARS = 64_000;
/**
 * Claims are looked for in a reading's whole text, as `scan --claims` reads a page, so that who "the brothers" are, a headline and its
 * story, or the paragraph before a sentence are read across the slices the names were read in; in windows of this much text at least on a
 * page longer (a window is the reading's slices up to it, each flagged in steps that yield to the page).
 */
export const CLAIM_WINDOW_CHARS = 32_000;

/** A reading's text that claims are looked for in: its slices, where each starts in the joined text, and whether any may hold a claim. */
interface ClaimWindow {
  chunks: TextChunk[];
  /** What the matcher found in each slice (no name runs across slices: they end between lines). */
  scans: Scanned[];
  offsets: number[];
  parts: string[];
  length: number;
  mayHold: boolean;
  pass: number;
}

/** How long found mentions may wait before they are shown, on a page still being read. */
const FLUSH_MS = 250;

/**
 * The most mentions (names and claim flags) kept for one page: past it, the rest of the page is not matched
 * (what the page adds or changes later is, while removals leave room). A news article has a few hundred at most.
 * Each change to a highlight costs the browser's next frame time for every range in it (Chromium: ~40 ms at
 * 20,000, ~190 ms at 100,000), so a page naming the story tens of thousands of times is marked up to here.
 * README, "Hostile pages".
 */
export const MAX_MENTIONS = 10_000;

/** The slices' scans as one of their joined text, each slice's found words moved to where it starts (`within` to the joined list). */
function joinScans(scans: Scanned[], offsets: number[]): Scanned {
  if (scans.length === 1) return scans[0]!;
  const mentions: RawMention[] = [];
  const hidden: RawMention[] = [];
  scans.forEach((scan, k) => {
    const at = offsets[k]!;
    const base = mentions.length;
    for (const m of scan.mentions)
      mentions.push(m.within === undefined ? { start: m.start + at, end: m.end + at, target: m.target } : { start: m.start + at, end: m.end + at, target: m.target, within: m.within + base });
    for (const h of scan.hidden) hidden.push({ start: h.start + at, end: h.end + at, target: h.target });
  });
  return { mentions, hidden };
}

/** Lets the page run before the next slice (scheduler.yield where there is one). */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createPageScanner(doc: Document, options: ScannerOptions) {
  const { matcher, highlight } = options;
  const sliceMs = options.sliceMs ?? 6;
  const maxChunkChars = options.maxChunkChars ?? MAX_CHUNK_CHARS;
  /** The first slices read little: the matcher's code is still cold, and a cold slice must stay short. */
  let chunkChars = Math.min(maxChunkChars, FIRST_CHUNK_CHARS);
  /** Mentions by the text nodes they touch (for hit-testing) and by block (for rescans). */
  let byNode = new WeakMap<Text, PageMention[]>();
  const byBlock = new Map<Block, PageMention[]>();
  /** Entities named unambiguously on the page, with how many times. */
  const clearCounts = new Map<number, number>();
  /**
   * The mentions of names that may mean several entities: what a reading's end resolves again, with `clearCounts`,
   * instead of every mention on the page (a batch of paragraphs on a long page would otherwise pay for all of them).
   */
  const ambiguous = new Set<PageMention>();
  const queue: Node[] = [];
  const observed = new Set<Node>();
  let reader: Reader | null = null;
  let running = false;
  let pass = 0;
  let needsSweep = false;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  /** Whether claims are looked for, and the finder once loaded. */
  let claimsWanted = !!options.claimHighlight && !!options.claims && matcher.spec.claims.length > 0;
  let claimFinder: ClaimFinder | null = null;
  /** Whether the claim finder has flagged a window on this page already. */
  let finderWarm = false;
  /**
   * When the task the scanner runs in began: set when a run starts and after each yield. A slice's budget counts from it, so readings
   * and claims windows that follow one another in one task share one budget (a page that adds twenty paragraphs one by one gets no
   * task of twenty readings).
   */
  let taskBegan = 0;
  const pause = async () => {
    await yieldToPage();
    taskBegan = performance.now();
  };
  /** The reading's text so far, for claims, and the windows closed and waiting for the finder. */
  let claimWindow: ClaimWindow | null = null;
  let waitingWindows: ClaimWindow[] = [];
  const observer = new MutationObserver((records) => onMutations(records));

  /**
   * Ranges wait here and reach the highlight together when a reading ends (or every FLUSH_MS): each change
   * to a highlight repaints the page, so one change per reading instead of one per slice.
   */
  const pending = new Map<AbstractRange, HighlightSet>();
  let lastFlush = 0;
  let density: Density = options.density ?? 'first';
  /** Each context entity's first mention in page order: the one fully marked. */
  const firsts = new Map<number, PageMention>();
  /** Context entities whose first mention left the page: found again when a reading ends. */
  const lostFirsts = new Set<number>();
  const isContext = (entity: number) => !!matcher.spec.entities[entity]?.context;
  /** The readings (by pass) whose marks go to the `recent` sets, and how many marks the main sets and the recent ones hold. */
  const recentPasses = new Set<number>();
  const shownCount = { main: 0, recent: 0 };
  const recentSets = new Set([highlight.recent, options.laterHighlight?.recent, options.claimHighlight?.recent].filter((s) => !!s));
  const countShown = (set: HighlightSet | null | undefined, by: number) => {
    if (set) shownCount[recentSets.has(set) ? 'recent' : 'main'] += by;
  };
  function styleOf(m: PageMention): HighlightSet {
    if (m.claim) return options.claimHighlight!;
    if (density === 'every' || !options.laterHighlight || !isContext(m.entity) || firsts.get(m.entity) === m) return highlight;
    return options.laterHighlight;
  }
  function setOf(m: PageMention): HighlightSet | null {
    if (density === 'none') return null;
    const set = styleOf(m);
    return (recentPasses.has(m.pass) && set.recent) || set;
  }
  const show = (m: PageMention) => {
    const set = setOf(m);
    m.shownIn = set;
    countShown(set, 1);
    if (set) pending.set(m.range, set);
  };
  const hide = (m: PageMention) => {
    if (!pending.delete(m.range)) m.shownIn?.delete(m.range);
    countShown(m.shownIn, -1);
    m.shownIn = null;
  };
  /** Whether a comes before b in the page. */
  const before = (a: PageMention, b: PageMention) => {
    const s = a.range.startContainer;
    const t = b.range.startContainer;
    return s === t ? a.range.startOffset < b.range.startOffset : !!(s.compareDocumentPosition(t) & 4);
  };
  const inPageOrder = (list: PageMention[]) => list.sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
  /** A newly shown mention of a context entity: the first, if nothing shown comes before it. */
  function considerFirst(m: PageMention) {
    const current = firsts.get(m.entity);
    if (current && current.entity === m.entity && !before(m, current)) return;
    firsts.set(m.entity, m);
    if (current && current.entity === m.entity) {
      hide(current);
      show(current);
    }
  }
  /** Finds the first mention again for entities that lost theirs. */
  function refindFirsts() {
    if (!lostFirsts.size) return;
    const found = new Map<number, PageMention>();
    for (const list of byBlock.values()) {
      for (const m of list) {
        if (!lostFirsts.has(m.entity) || m.claim) continue;
        const f = found.get(m.entity);
        if (!f || before(m, f)) found.set(m.entity, m);
      }
    }
    for (const e of lostFirsts) firsts.delete(e);
    for (const [e, m] of found) {
      firsts.set(e, m);
      hide(m);
      show(m);
    }
    lostFirsts.clear();
  }
  /** Shows a mention, after taking note whether it is its entity's first. */
  const reveal = (m: PageMention) => {
    if (m.entity >= 0 && !m.claim && isContext(m.entity)) considerFirst(m);
    show(m);
  };
  /**
   * Puts the waiting ranges in their highlights until `deadline`; true when none is left waiting. An add is
   * cheap but not free (Firefox, through its Xray wrappers: 20,000 of them were a 35 ms task), so thousands
   * of mentions are added over several tasks, never in one.
   */
  function flush(deadline = Infinity): boolean {
    lastFlush = performance.now();
    let n = 0;
    for (const [r, set] of pending) {
      set.add(r);
      pending.delete(r);
      if ((++n & 3) === 0 && performance.now() >= deadline) break;
    }
    return !pending.size;
  }

  function shown(m: PageMention): boolean {
    return m.entity >= 0 || (!!m.claim && m.entity === CLAIM);
  }

  /** Whether the mentions changed since onChange was last told (a ticking clock on a page changes none). */
  let changed = false;
  /** How many mentions are kept (MAX_MENTIONS at most). */
  let kept = 0;
  let toldFull = false;

  function addMention(m: PageMention) {
    changed = true;
    kept++;
    for (const n of m.nodes) {
      const list = byNode.get(n);
      if (list) list.push(m);
      else byNode.set(n, [m]);
    }
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
    if (shown(m)) reveal(m);
    if (m.ambiguity) ambiguous.add(m);
    else if (m.entity >= 0) clearCounts.set(m.entity, (clearCounts.get(m.entity) ?? 0) + 1);
  }

  function dropBlock(block: Block) {
    const list = byBlock.get(block);
    if (!list) return;
    byBlock.delete(block);
    changed = true;
    kept -= list.length;
    // Each text node's list is filtered once for the whole block: a paragraph of thousands of names stays linear.
    const gone = new Set(list);
    const nodes = new Set<Text>();
    for (const m of list) for (const n of m.nodes) nodes.add(n);
    for (const n of nodes) {
      const on = byNode.get(n)?.filter((x) => !gone.has(x));
      if (on?.length) byNode.set(n, on);
      else byNode.delete(n);
    }
    for (const m of list) {
      hide(m);
      if (m.ambiguity) ambiguous.delete(m);
      else if (m.entity >= 0) {
        const left = (clearCounts.get(m.entity) ?? 1) - 1;
        if (left > 0) clearCounts.set(m.entity, left);
        else clearCounts.delete(m.entity);
      }
      if (m.entity >= 0 && firsts.get(m.entity) === m) lostFirsts.add(m.entity);
      m.entity = DEAD;
    }
  }

  /** Drops mentions whose text has left the page. */
  function sweep() {
    for (const [block, list] of byBlock) {
      if (!block.isConnected || list.some((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected)) dropBlock(block);
    }
  }

  /** A found span's range, the text nodes it spans, and its block. */
  const rangeIn = (chunk: TextChunk, start: number, end: number) => {
    const a = locate(chunk, start);
    const b = locate(chunk, end, true);
    return {
      range: new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset }),
      nodes: chunk.nodes.slice(a.index, b.index + 1),
      block: chunk.blocks[a.index]!,
    };
  };

  /** Adds a chunk of the reading to its claims window (a slice that ends inside a long text node goes on in the next one). */
  function toWindow(chunk: TextChunk, scanned: Scanned) {
    claimWindow ??= { chunks: [], scans: [], offsets: [], parts: [], length: 0, mayHold: false, pass };
    const w = claimWindow;
    const last = w.chunks.at(-1);
    if (last && last.nodes.at(-1) !== chunk.nodes[0]) {
      w.parts.push(BLOCK_BREAK);
      w.length++;
    }
    w.offsets.push(w.length);
    w.chunks.push(chunk);
    w.scans.push(scanned);
    w.parts.push(chunk.text);
    w.length += chunk.text.length;
    // A chunk with a cue or an event's word, or naming a party (Baku, Moscow), may hold a claim.
    w.mayHold ||= scanned.hidden.length > 0 || scanned.mentions.some((m) => namesParty(matcher, m));
  }

  /** Closes the reading's claims window: it waits for the finder if it may hold a claim. */
  function closeWindow() {
    if (claimWindow?.mayHold) waitingWindows.push(claimWindow);
    claimWindow = null;
  }

  /**
   * Loads the claim finder, once, and flags the windows that waited for it (if it fails, the page keeps its names). Each window is read
   * in steps, in slices that yield to the page: the finder's first steps on a page run cold code.
   */
  async function flagWindows() {
    try {
      claimFinder ??= await options.claims!();
    } catch (error) {
      console.warn('Backstory could not load its claim finder:', error);
      claimsWanted = false;
    }
    const windows = waitingWindows;
    waitingWindows = [];
    if (!claimFinder) return;
    for (const w of windows) {
      // A window waits for a task of its own, unless the finder has run on this page (its code warm) and the task that
      // read the window has used less than half its time: a few paragraphs added later are flagged in the task that read them
      // (the task's time so far counts against the finder's slice).
      const goOn = finderWarm && w === windows[0] && performance.now() - taskBegan < sliceMs / 2;
      if (!goOn) await pause();
      finderWarm = true;
      if (stopped) return;
      let began = performance.now();
      const text = w.parts.join('');
      const scanned = joinScans(w.scans, w.offsets);
      // What the page names so far and the window itself (a page about the incident lets "the brothers" count).
      const known = new Set(clearCounts.keys());
      for (const e of clearEntities(matcher, scanned.mentions)) known.add(e);
      const steps = claimFinder(matcher, text, scanned, known);
      let step = steps.next();
      while (!step.done) {
        if (performance.now() - taskBegan >= sliceMs) {
          options.onSlice?.(performance.now() - began);
          await pause();
          if (stopped) return;
          began = performance.now();
        }
        step = steps.next();
      }
      let k = 0;
      for (const c of step.value) {
        if (kept >= MAX_MENTIONS) break;
        while (k + 1 < w.offsets.length && w.offsets[k + 1]! <= c.cueStart) k++;
        const chunk = w.chunks[k]!;
        const at = w.offsets[k]!;
        const { range, nodes, block } = rangeIn(chunk, c.cueStart - at, c.cueEnd - at);
        addMention({ entity: CLAIM, pass: w.pass, range, block, nodes, claim: { index: c.claim, stance: c.stance, sentence: text.slice(c.start, c.end) } });
      }
      options.onSlice?.(performance.now() - began);
    }
  }

  /** Runs the matcher over a chunk and records its mentions (and its claim flags, or keeps it for them). */
  function processChunk(chunk: TextChunk) {
    // A block read again replaces what an earlier reading found in it (even if its text is now empty).
    for (const block of chunk.touched) {
      const old = byBlock.get(block);
      if (old && old[0]!.pass !== pass) dropBlock(block);
    }
    if (!chunk.text) return;
    if (kept >= MAX_MENTIONS) {
      if (!toldFull) console.info(`Backstory marks at most ${MAX_MENTIONS} mentions on a page: the rest of this one is not marked.`);
      toldFull = true;
      return;
    }
    const scanned = matcher.scanAll(chunk.text);
    const raw = scanned.mentions;
    if (claimsWanted) toWindow(chunk, scanned);
    // Where the names start and end, for ambiguous names' neighbours: made only if some name needs it.
    let names: ReturnType<typeof namedSpans> | undefined;
    for (const r of raw) {
      if (kept >= MAX_MENTIONS) break;
      const { range, nodes, block } = rangeIn(chunk, r.start, r.end);
      const t = matcher.targets[r.target]!;
      let amb: Ambiguity | null = null;
      if (t.ambiguous || t.family) {
        names ??= namedSpans(raw);
        amb = ambiguityOf(matcher, chunk.text, r, names);
      }
      const nested = r.within !== undefined;
      if (amb) addMention({ entity: -1, pass, range, block, nodes, ambiguity: amb, nested });
      else addMention({ entity: t.entities[0]!, pass, range, block, nodes, nested });
    }
  }

  /** Gives ambiguous names their entity from what the whole page names clearly, or takes it away. */
  function resolveAmbiguous() {
    // Claim flags (entity CLAIM) name nobody; a resolved ambiguous name counts by its ambiguity, not its entity.
    if (!ambiguous.size) return;
    const names: Resolvable[] = [...clearCounts.keys()].map((entity) => ({ entity }));
    for (const m of ambiguous) names.push({ entity: -1, ambiguity: m.ambiguity });
    const { known, candidates } = pageContext(names);
    for (const m of ambiguous) {
      const entity = pickEntity(m.ambiguity!, known, candidates);
      if (entity === m.entity) continue;
      if (m.entity >= 0) {
        hide(m);
        if (firsts.get(m.entity) === m) lostFirsts.add(m.entity);
      }
      m.entity = entity ?? -1;
      if (m.entity >= 0) reveal(m);
      changed = true;
    }
  }

  /** The reading area (text.ts readingArea): the article, else the main content, else the body. */
  let area: Element[] = [];
  /** Whether a node is in the reading area, through shadow roots' hosts. */
  const inArea = (node: Node) => {
    for (let n: Node | null = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null) {
      if (area.some((a) => a.contains(n))) return true;
    }
    return false;
  };
  /** Whether the reading area may have changed: an article or main element came or went. */
  let areaDirty = true;
  /** Looks for the reading area again (a single-page app may render its article late): what was read outside it goes. */
  function updateArea() {
    if (!areaDirty && area.every((a) => a.isConnected)) return;
    areaDirty = false;
    const next = readingArea(doc);
    if (next.length === area.length && next.every((a, i) => a === area[i])) return;
    area = next;
    options.onArea?.(area);
    for (const block of [...byBlock.keys()]) if (!inArea(block)) dropBlock(block);
    for (const a of area) if (!queue.some((q) => q === a || q.contains(a))) queue.push(a);
  }

  function nextReader(): Reader | null {
    while (queue.length) {
      const root = queue.shift()!;
      if (!root.isConnected || !isReadable(root)) continue;
      if (!inArea(root)) {
        // A root around the reading area (the body) is read as the area's parts it holds; one beside it, not at all.
        for (const a of area) if (root.contains(a) && !queue.includes(a)) queue.push(a);
        continue;
      }
      pass++;
      // The root's own line is read afresh: what it held before goes, even if no text is left in it.
      const own = blockOf(root);
      if (own === root) dropBlock(own);
      // Its marks go where fewer are (the main sets on the page's first reading, where both hold none).
      if (recentSets.size && shownCount.recent < shownCount.main) recentPasses.add(pass);
      return createReader(root);
    }
    return null;
  }

  async function run() {
    if (running) return;
    running = true;
    taskBegan = performance.now();
    try {
      updateArea();
      // What the page removed goes first: on a page at MAX_MENTIONS, the room it frees is for what it added.
      if (needsSweep) {
        needsSweep = false;
        sweep();
      }
      while (!stopped) {
        if (!reader || reader.done) {
          if (reader) {
            for (const shadow of reader.shadowRoots) watchShadowRoot(shadow);
            // The page removed the node a slice stopped at: read that root again from its start.
            if (reader.interrupted) queue.push(reader.root);
          }
          reader = nextReader();
          if (!reader) break;
        }
        const began = performance.now();
        const deadline = taskBegan + sliceMs;
        // Found mentions are shown every FLUSH_MS while a long page is read, within the slice's time.
        if (began - lastFlush > FLUSH_MS) flush(began + sliceMs / 2);
        const chunk = readSome(reader, deadline, chunkChars);
        chunkChars = Math.min(maxChunkChars, chunkChars * 2);
        processChunk(chunk);
        options.onSlice?.(performance.now() - began);
        // A reading's claims are looked for once it is read (or a window of it is): an interrupted one is read again whole.
        if (reader.interrupted) claimWindow = null;
        else if (claimWindow && (reader.done || claimWindow.length >= CLAIM_WINDOW_CHARS)) closeWindow();
        if (waitingWindows.length) await flagWindows();
        if (performance.now() >= taskBegan + sliceMs || !reader.done) {
          await pause();
        }
      }
      if (!stopped) {
        if (needsSweep) {
          needsSweep = false;
          sweep();
        }
        let began = performance.now();
        resolveAmbiguous();
        refindFirsts();
        // What is left to show goes in slices too (20,000 mentions would otherwise be one long task).
        while (!flush(taskBegan + sliceMs) && !stopped) {
          options.onSlice?.(performance.now() - began);
          await pause();
          began = performance.now();
        }
        if (changed && !stopped) {
          changed = false;
          options.onChange?.();
        }
        options.onSlice?.(performance.now() - began);
      }
    } finally {
      running = false;
      if (!stopped && queue.length) void run();
      else {
        const waiters = idleWaiters;
        idleWaiters = [];
        waiters.forEach((w) => w());
      }
    }
  }

  function enqueue(root: Node) {
    if (stopped) return;
    if (queue.some((q) => q === root || q.contains(root))) return;
    queue.push(root);
    void run();
  }

  function watchShadowRoot(root: ShadowRoot) {
    if (observed.has(root)) return;
    observed.add(root);
    options.onShadowRoot?.(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    enqueue(root);
  }

  function onMutations(records: MutationRecord[]) {
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === 1 && isOwnUi(target as Element)) continue;
      if (record.type === 'characterData') {
        const block = blockOf(target);
        if (block) enqueue(block);
        continue;
      }
      // Removed blocks take their mentions with them (the sweep); removed text or inline content changes
      // the line it was part of, which is read again.
      let lineChanged = false;
      for (const removed of record.removedNodes) {
        needsSweep = true;
        if (removed.nodeType === 3 || (removed.nodeType === 1 && !isBlockElement(removed as Element))) lineChanged = true;
      }
      for (const added of record.addedNodes) {
        if (added.nodeType === 1 && isOwnUi(added as Element)) continue;
        if (!areaDirty && added.nodeType === 1 && ((added as Element).matches(AREA_SELECTOR) || (added as Element).querySelector(AREA_SELECTOR))) areaDirty = true;
        // A new block stands alone; new inline content changes the line it joins.
        if (added.nodeType === 1 && isBlockElement(added as Element)) enqueue(added);
        else if (added.nodeType === 3 || added.nodeType === 1) lineChanged = true;
      }
      if (lineChanged) {
        const block = blockOf(target);
        // Inline content added straight into <body> is read on its own, not with the whole page.
        if (block && block !== doc.body && block !== doc.documentElement) enqueue(block);
        else for (const added of record.addedNodes) if (added.nodeType === 1 || added.nodeType === 3) enqueue(added);
      }
    }
    // A removed block takes its mentions with it even when nothing else is to be read.
    if (needsSweep && !stopped) void run();
  }

  return {
    start(root: Node = doc.body ?? doc.documentElement) {
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      enqueue(root);
    },
    /** The mention at a position in a text node, if any; inside a longer name, the innermost one. */
    mentionAt(node: Node, offset: number): PageMention | null {
      const list = byNode.get(node as Text);
      if (!list) return null;
      let found: PageMention | null = null;
      for (const m of list) {
        if (!shown(m) || m.range.collapsed) continue;
        const r = m.range;
        const afterStart = node !== r.startContainer || offset >= r.startOffset;
        const beforeEnd = node !== r.endContainer || offset < r.endOffset;
        // A name wins over a claim's cue, a nested name over the one around it.
        if (afterStart && beforeEnd && (!found || found.claim || (m.nested && !m.claim))) found = m;
      }
      return found;
    },
    /** Every found mention of a name, in no particular order. */
    mentions(): PageMention[] {
      return [...byBlock.values()].flat().filter((m) => m.entity >= 0);
    },
    /** Every found mention of a name, in page order (the keyboard's path through the page). */
    mentionsInOrder(): PageMention[] {
      return inPageOrder(this.mentions());
    },
    /** Whether a mention is marked on the page (with density `none`, nothing is). */
    isMarked(m: PageMention): boolean {
      return !!m.shownIn;
    },
    /** Marks the page's mentions anew for another density. */
    setDensity(next: Density) {
      if (next === density) return;
      density = next;
      // Every mark goes at once (one change to each highlight) and comes back in slices, as after a reading.
      highlight.clear();
      options.laterHighlight?.clear();
      options.claimHighlight?.clear();
      pending.clear();
      shownCount.main = shownCount.recent = 0;
      for (const list of byBlock.values()) {
        for (const m of list) {
          m.shownIn = null;
          if (shown(m)) show(m);
        }
      }
      if (!flush(performance.now() + sliceMs)) void run();
    },
    /** Every claim flag, in page order. */
    claims(): PageMention[] {
      return inPageOrder([...byBlock.values()].flat().filter((m) => m.claim && m.entity === CLAIM));
    },
    /** Resolves when nothing is queued or being read. */
    idle(): Promise<void> {
      if (!running && !queue.length) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stop() {
      stopped = true;
      observer.disconnect();
      queue.length = 0;
      pending.clear();
      claimWindow = null;
      waitingWindows = [];
      highlight.clear();
      options.laterHighlight?.clear();
      options.claimHighlight?.clear();
      shownCount.main = shownCount.recent = 0;
      firsts.clear();
      byBlock.clear();
      kept = 0;
      byNode = new WeakMap();
      clearCounts.clear();
      ambiguous.clear();
      idleWaiters.forEach((w) => w());
      idleWaiters = [];
    },
  };
}

export type PageScanner = ReturnType<typeof createPageScanner>;
