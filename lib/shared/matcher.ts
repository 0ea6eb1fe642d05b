/**
 * The name matcher: compiled once from the packs' aliases into a trie over folded text, then run in one
 * pass over any text, whatever the number of names. Pure code: the content script, the scan command and
 * the benchmark all use this same module.
 */
import { BREAK, IGNORABLE, SPACE, WORD, charClass, classes, foldCode, folded, foldText } from './fold';
import { inflections, pluralForms } from './forms';

/** The names to find, as packs give them (lib/pack/matcher-spec.ts). */
export interface NameSpec {
  /** Entities that can be found, by index. */
  entities: { id: string; name: string }[];
  /** Each written name and the entities (indexes) it may mean. */
  names: {
    text: string;
    entities: number[];
    /** The name may mean several entities, or someone else: resolve from the page or leave unmarked. */
    ambiguous?: boolean;
    /** A family name: its plural forms mean these entities. */
    family?: boolean;
    /** For an ambiguous name: entities whose clear mention on the page confirms its (single) candidate. */
    context?: number[];
  }[];
  /** Phrases that are never mentions (an airport named after a person); they hide the names inside them. */
  never: string[];
}

/**
 * The names prepared once on the extension's side — folded, inflected, every spelling given one target —
 * small plain data sent to each page, where `compileMatcher` only has to build the trie.
 */
export interface MatcherSpec {
  entities: { id: string; name: string }[];
  targets: Target[];
  /** Folded written forms, and the target each one means. */
  forms: string[];
  formTargets: number[];
}

/** One name found in a text, before ambiguity is resolved. */
export interface RawMention {
  start: number;
  end: number;
  /** Index into the compiled target list. */
  target: number;
  /** For a name inside a longer one ("Ukraine" in "invasion of Ukraine"): the index of the outer mention. */
  within?: number;
}

/** What a written form means: a name meaning some entities, or a phrase that hides a name. */
export interface Target {
  entities: number[];
  ambiguous: boolean;
  block: boolean;
  /** For an ambiguous name with one candidate: entities whose clear mention on the page confirms it. */
  context?: number[];
}

export function prepareMatcher(names: NameSpec): MatcherSpec {
  const targets: Target[] = [];
  const targetOf = new Map<string, number>();
  const target = (t: Target) => {
    const key = `${t.block ? 'b' : t.ambiguous ? 'a' : 'n'}:${t.entities.join(',')}:${t.context?.join(',') ?? ''}`;
    let i = targetOf.get(key);
    if (i === undefined) {
      i = targets.push(t.context?.length ? t : { entities: t.entities, ambiguous: t.ambiguous, block: t.block }) - 1;
      targetOf.set(key, i);
    }
    return i;
  };
  const meaning = new Map<string, number>();
  const add = (form: string, t: number) => {
    if (!form) return;
    const prev = meaning.get(form);
    // Two names with one spelling: the spelling becomes ambiguous between them, never silently one of them.
    if (prev !== undefined && prev !== t) {
      const a = targets[prev]!;
      const b = targets[t]!;
      if (a.block || b.block) meaning.set(form, a.block ? prev : t);
      else meaning.set(form, target({ entities: [...new Set([...a.entities, ...b.entities])].sort((x, y) => x - y), ambiguous: true, block: false }));
    } else meaning.set(form, t);
  };
  for (const name of names.names) {
    const folded = foldText(name.text);
    const entities = [...name.entities].sort((a, b) => a - b);
    const t = target({ entities, ambiguous: !!name.ambiguous || entities.length > 1, block: false, context: name.context });
    for (const form of inflections(folded)) add(form, t);
    if (name.family) for (const form of pluralForms(folded)) add(form, target({ entities, ambiguous: false, block: false }));
  }
  const blockTarget = target({ entities: [], ambiguous: false, block: true });
  for (const phrase of names.never) for (const form of inflections(foldText(phrase))) add(form, blockTarget);
  // Sorted here, once, so each page builds its trie in one pass over already-ordered forms.
  const forms = [...meaning.keys()].sort();
  return { entities: names.entities, targets, forms, formTargets: forms.map((f) => meaning.get(f)!) };
}

export interface Matcher {
  spec: MatcherSpec;
  targets: Target[];
  /** Every name in `text[from, to)`: the longest at each position, and names nested inside it, left to right. */
  scan(text: string, from?: number, to?: number): RawMention[];
}

/**
 * Builds the trie of a prepared spec (what the content script does once per page). The trie is flat —
 * typed arrays of nodes, each with its first child and next sibling — and built in one pass over the
 * forms in sorted order, so a page pays no per-node objects or maps.
 */
export function compileMatcher(spec: MatcherSpec): Matcher {
  const targets = spec.targets;
  const order = spec.forms.map((_, i) => i).sort((x, y) => (spec.forms[x]! < spec.forms[y]! ? -1 : spec.forms[x]! > spec.forms[y]! ? 1 : 0));
  const size = spec.forms.reduce((n, f) => n + f.length, 1);
  const code = new Uint16Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const lastChild = new Int32Array(size).fill(-1);
  const nextSibling = new Int32Array(size).fill(-1);
  const accept = new Int32Array(size).fill(-1);
  let nodes = 1; // node 0 is the root
  const path: number[] = [0];
  let previous = '';
  for (const f of order) {
    const form = spec.forms[f]!;
    let shared = 0;
    while (shared < form.length && shared < previous.length && form.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    let node = path[shared]!;
    for (let d = shared; d < form.length; d++) {
      const n = nodes++;
      code[n] = form.charCodeAt(d);
      // Sorted input: a new child always comes after its siblings.
      if (lastChild[node]! < 0) firstChild[node] = n;
      else nextSibling[lastChild[node]!] = n;
      lastChild[node] = n;
      path[d + 1] = n;
      node = n;
    }
    if (form.length) accept[node] = spec.formTargets[f]!;
    previous = form;
  }
  /** The child of `node` reached by folded code `c`, or -1 (siblings are in code order). */
  const child = (node: number, c: number): number => {
    for (let k = firstChild[node]!; k >= 0; k = nextSibling[k]!) {
      const kc = code[k]!;
      if (kc === c) return k;
      if (kc > c) return -1;
    }
    return -1;
  };

  const SPACE_CODE = 0x20;
  /** The root's children for Latin and Cyrillic first letters, by folded code. */
  const FIRST_FAST = 0x500;
  const firstFast = new Int32Array(FIRST_FAST).fill(-1);
  /** First two folded letters of every name, hashed into a bitmap (false positives only cost a walk). */
  const pairs = new Uint8Array(0x10000);
  for (let k = firstChild[0]!; k >= 0; k = nextSibling[k]!) {
    if (code[k]! < FIRST_FAST) firstFast[code[k]!] = k;
    for (let k2 = firstChild[k]!; k2 >= 0; k2 = nextSibling[k2]!) pairs[(code[k]! * 31 + code[k2]!) & 0xffff] = 1;
  }
  const MAX_ACCEPTS = 64;
  const acceptEnds = new Int32Array(MAX_ACCEPTS);
  const acceptTargets = new Int32Array(MAX_ACCEPTS);
  const sameEntities = (a: Target, b: Target) => a.entities.length === b.entities.length && a.entities.every((e, k) => e === b.entities[k]);

  /**
   * Walks the trie from a word start at `i` (its first letter already matched by `node`); records in the
   * accept buffers, shortest first, every name that ends at a word boundary. Kept apart from the scan loop
   * so that loop stays small (the engine optimises it sooner on a fresh page).
   */
  function walk(text: string, i: number, to: number, start: number): number {
    let node = start;
    let accepts = 0;
    let j = i + 1;
    let lastWasWord = true;
    for (;;) {
      if (accept[node]! >= 0) {
        let k = j;
        while (k < to && charClass(text.charCodeAt(k)) === IGNORABLE) k++;
        if ((!lastWasWord || k >= to || charClass(text.charCodeAt(k)) !== WORD) && accepts < MAX_ACCEPTS) {
          acceptEnds[accepts] = j;
          acceptTargets[accepts++] = accept[node]!;
        }
      }
      if (j >= to) break;
      const c = text.charCodeAt(j);
      const cl = charClass(c);
      if (cl === IGNORABLE) {
        j++;
        continue;
      }
      if (cl === BREAK) break;
      if (cl === SPACE) {
        const next = child(node, SPACE_CODE);
        if (next < 0) break;
        while (j < to && (charClass(text.charCodeAt(j)) === SPACE || charClass(text.charCodeAt(j)) === IGNORABLE)) j++;
        node = next;
        lastWasWord = false;
        continue;
      }
      const next = child(node, foldCode(c));
      if (next < 0) break;
      node = next;
      lastWasWord = cl === WORD;
      j++;
    }
    return accepts;
  }

  function scan(text: string, from = 0, to = text.length): RawMention[] {
    const out: RawMention[] = [];
    let prevWord = false;
    /** The outermost mention the scan is inside, and where it ends. */
    let coverIndex = -1;
    let coverEnd = -1;
    /** Where the last nested mention ends. */
    let nestedEnd = -1;
    const cls_ = classes;
    const fold = folded;
    // The hot loop: one table lookup per character; a trie walk only where a word starts like a name.
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let cls = cls_[code]!;
      if (cls === 255) cls = charClass(code);
      if (cls !== WORD) {
        if (cls !== IGNORABLE) prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      const f = fold[code]!;
      const node = f < FIRST_FAST ? firstFast[f]! : child(0, f);
      if (node < 0) continue;
      // Most words share a first letter with some name but not the second: a bitmap of first pairs says so.
      if (accept[node]! < 0 && i + 1 < to) {
        const next = text.charCodeAt(i + 1);
        const nc = cls_[next]!;
        if (nc === WORD && !pairs[(f * 31 + fold[next]!) & 0xffff]) continue;
      }
      const accepts = walk(text, i, to, node);
      if (accepts === 0) continue;
      let top = accepts - 1;
      if (coverEnd <= i) {
        // The longest name here wins and covers what follows until its end.
        coverIndex = out.push({ start: i, end: acceptEnds[top]!, target: acceptTargets[top]! }) - 1;
        coverEnd = acceptEnds[top]!;
        top--;
      }
      // A name inside the covering one is kept as nested: the longest that fits and means something else.
      // One level only: a name inside an earlier nested one ("Overchuk" in "Alexei Overchuk") is not kept.
      const outer = targets[out[coverIndex]!.target]!;
      if (outer.block) continue;
      for (let a = top; a >= 0; a--) {
        const inner = targets[acceptTargets[a]!]!;
        if (acceptEnds[a]! > coverEnd || inner.block || inner.ambiguous || sameEntities(inner, outer)) continue;
        if (acceptEnds[a]! <= nestedEnd) break;
        out.push({ start: i, end: acceptEnds[a]!, target: acceptTargets[a]!, within: coverIndex });
        nestedEnd = acceptEnds[a]!;
        break;
      }
    }
    // Phrases that are never mentions are consumed by the walk above and dropped here.
    if (!out.some((m) => targets[m.target]!.block)) return out;
    const kept: RawMention[] = [];
    const newIndex = new Map<number, number>();
    out.forEach((m, k) => {
      if (targets[m.target]!.block) return;
      newIndex.set(k, kept.length);
      kept.push(m.within === undefined ? m : { ...m, within: newIndex.get(m.within)! });
    });
    return kept;
  }

  return { spec, targets, scan };
}

/** A mention whose entity is known. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  /** Index (in the same list) of the mention this one is inside. */
  within?: number;
}

/**
 * Capitalised words that may stand before a bare family name without making it someone else's full name:
 * titles, and the words that most often open an English sentence.
 */
const titles = new Set(
  ('president mr mrs ms dr minister prime deputy general prosecutor premier leader chairman spokesman spokeswoman brothers brother ' +
    'the and but or so yet when while after before since as if on in at by for from with without of to then now later meanwhile ' +
    'also still however though although because once today yesterday here there this that these those what why how where which ' +
    'who whom mr. both neither either only even').split(' '),
);

/** The word just before `start`, when only spaces separate it (same block), with its first letter's case. */
function previousWord(text: string, start: number): { word: string; capital: boolean } | null {
  let j = start - 1;
  let sawSpace = false;
  while (j >= 0 && charClass(text.charCodeAt(j)) === SPACE && text.charCodeAt(j) !== 0x2d) {
    sawSpace = true;
    j--;
  }
  if (!sawSpace || j < 0 || charClass(text.charCodeAt(j)) !== WORD) return null;
  const end = j + 1;
  while (j >= 0 && (charClass(text.charCodeAt(j)) === WORD || charClass(text.charCodeAt(j)) === IGNORABLE)) j--;
  const word = text.slice(j + 1, end);
  const first = word.charAt(0);
  return { word: foldText(word), capital: first !== first.toLowerCase() };
}

/**
 * For a name that may mean several entities: its candidates, and whether a capitalised word just before it
 * makes it someone else's full name ("Ramiz Aliyev"). Null for a name that means one entity.
 */
export interface Ambiguity {
  candidates: number[];
  someoneElse: boolean;
  context?: number[];
}

export function ambiguityOf(matcher: Matcher, text: string, m: RawMention): Ambiguity | null {
  const t = matcher.targets[m.target]!;
  if (!t.ambiguous) return null;
  const prev = previousWord(text, m.start);
  return { candidates: t.entities, someoneElse: prev !== null && prev.capital && !titles.has(prev.word), context: t.context };
}

/**
 * The entity an ambiguous name means: the one candidate the page names clearly; or, for a name with one
 * candidate and a declared context, that candidate when the page names its context. Else none.
 */
export function pickEntity(a: Ambiguity, known: Set<number>): number | null {
  if (a.someoneElse) return null;
  const named = a.candidates.filter((e) => known.has(e));
  if (named.length === 1) return named[0]!;
  if (named.length === 0 && a.candidates.length === 1 && a.context?.some((e) => known.has(e))) return a.candidates[0]!;
  return null;
}

/**
 * Gives each mention of one whole text (a file, for the scan command) its entity. A name that may mean
 * several entities takes the one of them that the text names unambiguously, and is left out otherwise.
 * (The page scanner resolves the same way, with pickEntity, over the whole page as it grows.)
 */
export function resolveMentions(matcher: Matcher, text: string, raw: RawMention[]): Mention[] {
  const clear = clearEntities(matcher, raw);
  const mentions: Mention[] = [];
  const index = new Map<number, number>();
  raw.forEach((m, k) => {
    const amb = ambiguityOf(matcher, text, m);
    const entity = amb ? pickEntity(amb, clear) : matcher.targets[m.target]!.entities[0]!;
    if (entity === null || entity === undefined) return;
    const within = m.within === undefined ? undefined : index.get(m.within);
    index.set(k, mentions.push(within === undefined ? { start: m.start, end: m.end, entity } : { start: m.start, end: m.end, entity, within }) - 1);
  });
  return mentions;
}

/** The entities a text names without ambiguity: what resolves ambiguous names elsewhere on the page. */
export function clearEntities(matcher: Matcher, raw: RawMention[]): Set<number> {
  const into = new Set<number>();
  for (const m of raw) {
    const t = matcher.targets[m.target]!;
    if (!t.ambiguous && t.entities.length === 1) into.add(t.entities[0]!);
  }
  return into;
}

/** A mention as tools report it: where, what text, which entity. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  entityName: string;
  /** Set for a name inside a longer one: the longer name's entity. */
  within?: string;
}

/** Every mention in one text, resolved: what the scan command prints. */
export function findMentions(matcher: Matcher, text: string): FoundMention[] {
  const mentions = resolveMentions(matcher, text, matcher.scan(text));
  return mentions.map((m) => {
    const entity = matcher.spec.entities[m.entity]!;
    const found: FoundMention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), entityId: entity.id, entityName: entity.name };
    if (m.within !== undefined) found.within = matcher.spec.entities[mentions[m.within]!.entity]!.id;
    return found;
  });
}
