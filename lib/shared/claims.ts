/**
 * Claim flags: a sentence on the page that states one side of a dispute. The cues (torture, сердечный
 * приступ, döyülərək) are words of the same trie as the names, found in the same pass (Matcher.scanAll);
 * here each cue is given its sentence, kept only where that sentence is about the incident, and told
 * whether the sentence asserts the claim in its own voice, attributes it to someone, or reports a denial.
 */
import { BREAK, IGNORABLE, SPACE, WORD, charClass, foldText } from './fold';
import { clearEntities, wordsBetween, type Matcher, type RawMention, type Scanned } from './matcher';

export type Stance = 'asserts' | 'attributes' | 'denies';

/** A sentence that echoes one side of a dispute. */
export interface RawClaim {
  /** The sentence. */
  start: number;
  end: number;
  /** The cue that carries the claim. */
  cueStart: number;
  cueEnd: number;
  /** Index into the matcher's claims: the claim the sentence echoes (the first cue's, for its side). */
  claim: number;
  stance: Stance;
}

/**
 * A comma and a conjunction, or a conjunction of a language without a comma before it, that opens a clause of its own ("…
 * were tortured, and no talk of weak hearts will change that", «…, и никакие сказки …», "… öldürüb və heç bir … nağılı …").
 */
const CLAUSE_JOIN = /,\s*(?:and|but|и|а|но)\s|\s(?:və|amma|lakin|ancaq)\s/iu;

const isDot = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** Closing quotes and brackets that may follow a sentence's last dot. */
const CLOSERS = '"\'»”’)]';
/** Opening quotes and brackets that may start a sentence. */
const OPENERS = '"\'«“„‘([';

/**
 * Whether a sentence ends right after the dot at `k`: closing quotes may follow, then white space, then a
 * capital, a digit or an opening quote; the word before the dot is no abbreviation (Mr., г.) and no initial (A.).
 */
function endsSentence(text: string, k: number, abbreviations: Set<string>): boolean {
  let j = k + 1;
  while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
  if (j < text.length && charClass(text.charCodeAt(j)) !== SPACE) return false;
  while (j < text.length && charClass(text.charCodeAt(j)) === SPACE) j++;
  while (j < text.length && OPENERS.includes(text.charAt(j))) j++;
  if (j < text.length) {
    const next = text.charAt(j);
    if (next === next.toLowerCase() && !/\d/.test(next)) return false;
  }
  if (text.charCodeAt(k) !== 0x2e) return true;
  // The word before a full stop: an initial or an abbreviation keeps the sentence going.
  let w = k - 1;
  while (w >= 0 && (charClass(text.charCodeAt(w)) === WORD || text.charCodeAt(w) === 0x2e)) w--;
  const word = text.slice(w + 1, k);
  if (word.length === 1 && word !== word.toLowerCase()) return false;
  return !abbreviations.has(foldText(word));
}

/** The sentence around `pos`: from after the previous sentence's end (or block start) to its own end. */
export function sentenceAt(text: string, pos: number, abbreviations: Set<string>): { start: number; end: number } {
  let start = pos;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (charClass(c) === BREAK || (isDot(c) && endsSentence(text, start - 1, abbreviations))) break;
    // A dateline's dash ends it: "YEKATERINBURG, Russia (AP) — ".
    if (c === 0x2014 && start >= 3 && text.charAt(start - 3) === ')') break;
    start--;
  }
  let end = pos;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (charClass(c) === BREAK) break;
    if (isDot(c) && endsSentence(text, end, abbreviations)) {
      end++;
      while (end < text.length && CLOSERS.includes(text.charAt(end))) end++;
      break;
    }
    end++;
  }
  // Trim white space and ignorables at both ends.
  while (start < end && (charClass(text.charCodeAt(start)) === SPACE || charClass(text.charCodeAt(start)) === IGNORABLE)) start++;
  while (end > start && (charClass(text.charCodeAt(end - 1)) === SPACE || charClass(text.charCodeAt(end - 1)) === IGNORABLE)) end--;
  return { start, end };
}

/** Whether a position is inside quotation marks that open and close within its sentence. */
function quoted(text: string, start: number, pos: number): boolean {
  let open = 0;
  for (let k = start; k < pos; k++) {
    const ch = text.charAt(k);
    if (ch === '«' || ch === '“' || ch === '„') open++;
    else if ((ch === '»' || ch === '”') && open > 0) open--;
    else if (ch === '"') open = open ? 0 : 1;
  }
  return open > 0;
}

/** The words around [from, to) within its sentence: up to `n` before, those it spans, up to `n` after. */
function wordsNear(text: string, from: number, to: number, n: number, sentence: { start: number; end: number }): [number, number][] {
  const isWord = (k: number) => charClass(text.charCodeAt(k)) === WORD;
  const out: [number, number][] = [];
  let a = from;
  while (a > sentence.start && isWord(a - 1)) a--;
  let b = to;
  while (b < sentence.end && isWord(b)) b++;
  out.push([a, b]);
  for (let k = a, left = n; left > 0 && k > sentence.start; left--) {
    while (k > sentence.start && !isWord(k - 1)) k--;
    const e = k;
    while (k > sentence.start && isWord(k - 1)) k--;
    if (e > k) out.push([k, e]);
  }
  for (let k = b, left = n; left > 0 && k < sentence.end; left--) {
    while (k < sentence.end && !isWord(k)) k++;
    const s = k;
    while (k < sentence.end && isWord(k)) k++;
    if (k > s) out.push([s, k]);
  }
  return out;
}

/**
 * What `scanAll` found, with the words claims read only nearby (`Matcher.context`: words of saying, pronouns…) added
 * where a claim can be: in each paragraph that holds a cue or an event's word, and in the paragraph after it (a pronoun
 * there points back to it); and in each sentence that names a party, where a pronoun or a noun of account can give that
 * party's side ("Baku rejected that", "Moscow's version"; where it holds such a noun, its paragraph and the next are read
 * too, as for a cue). A sentence never runs across paragraphs, so each sentence a flag can come from has all its words,
 * and a page with no claim pays for none of them.
 */
function withNearWords(matcher: Matcher, text: string, found: Scanned): Scanned {
  const { targets } = matcher;
  const parties = new Set(matcher.spec.claims.flatMap((c) => c.parties ?? []));
  const partyAt: number[] = [];
  for (const m of found.mentions) if (targets[m.target]!.entities.some((e) => parties.has(e))) partyAt.push(m.start);
  if (!found.hidden.length && !partyAt.length) return found;
  partyAt.sort((a, b) => a - b);
  /** The end of the paragraph at `pos`: its break, or the text's end. */
  const paragraphEnd = (pos: number) => {
    pos = Math.min(pos, text.length);
    while (pos < text.length && charClass(text.charCodeAt(pos)) !== BREAK) pos++;
    return pos;
  };
  /** Each anchor's paragraph and the next, as [from, to) in text order. */
  const paragraphsOf = (anchors: number[]) => {
    const out: [number, number][] = [];
    let own = -1;
    for (const at of anchors) {
      if (at < own) continue;
      let start = at;
      while (start > 0 && charClass(text.charCodeAt(start - 1)) !== BREAK) start--;
      own = paragraphEnd(at);
      out.push([start, paragraphEnd(own + 1)]);
    }
    return out;
  };
  const sentences: [number, number][] = [];
  for (const at of partyAt) {
    if (sentences.length && at < sentences[sentences.length - 1]![1]) continue;
    const s = sentenceAt(text, at, matcher.abbreviations);
    sentences.push([s.start, s.end]);
  }
  const read = union([...paragraphsOf(found.hidden.map((w) => w.start)), ...sentences]);
  let near = read.flatMap(([from, to]) => matcher.context(text, from, to));
  // A party's sentence with a noun of account (an account of the party's, a cue then): its paragraph and the next too.
  const accounts = near.filter((w) => targets[w.target]!.stance === 4).map((w) => w.start);
  if (accounts.length) {
    const more = subtract(union(paragraphsOf(accounts)), read);
    if (more.length) near = [...near, ...more.flatMap(([from, to]) => matcher.context(text, from, to))].sort((x, y) => x.start - y.start || x.end - y.end);
  }
  if (!near.length) return found;
  // Both lists in text order, merged (at one start, the shorter word first, as one trie gives them).
  const hidden: RawMention[] = [];
  let a = 0;
  let b = 0;
  while (a < found.hidden.length || b < near.length) {
    const x = found.hidden[a];
    const y = near[b];
    if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end <= y.end)))) hidden.push(found.hidden[a++]!);
    else hidden.push(near[b++]!);
  }
  return { mentions: found.mentions, hidden };
}

/** Spans [from, to) merged where they overlap or touch, in order. */
function union(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The parts of `spans` outside `taken` (both merged and in order). */
function subtract(spans: [number, number][], taken: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  for (let [from, to] of spans) {
    while (k < taken.length && taken[k]![1] <= from) k++;
    for (let j = k; j < taken.length && taken[j]![0] < to; j++) {
      if (taken[j]![0] > from) out.push([from, taken[j]![0]]);
      from = Math.max(from, taken[j]![1]);
    }
    if (from < to) out.push([from, to]);
  }
  return out;
}

/**
 * The claim flags of one text, from what `scanAll` found in it. `known`: entities the whole page names
 * clearly, which lets a word for the incident's people (the brothers) put a sentence in scope.
 * A sentence is flagged once per conflict (per clause, where a semicolon parts them), for the side of its
 * first cue: the side of its main clause ("Moscow rejected claims of torture, saying one brother had heart
 * failure" denies the torture).
 */
export function findClaims(matcher: Matcher, text: string, scannedAll: Scanned, known: Set<number>): RawClaim[] {
  const { claims, conflicts, negatives } = matcher.spec;
  if (!claims.length) return [];
  const found = withNearWords(matcher, text, scannedAll);
  const targets = matcher.targets;
  const abbreviations = matcher.abbreviations;
  // A word of stance in several parts ("holding … responsible", "put … down to", "kimi … göstərir") counts only with each of
  // its other parts before it in its sentence, within a few words.
  const companionBefore = (w: RawMention, g: number) => found.hidden.some((c) => targets[c.target]!.companion?.includes(g) && c.end <= w.start && wordsBetween(text, c.end, w.start) <= 8);
  const scanned: Scanned = {
    mentions: found.mentions,
    hidden: found.hidden.filter((w) => !targets[w.target]!.stance || (targets[w.target]!.needs ?? []).every((g) => companionBefore(w, g))),
  };
  // What a sentence holds is asked many times for each cue: found once per span by binary search (both lists are in text
  // order), so a long chunk with thousands of words of saying costs its words, not their square.
  const spans = new Map<string, { hidden: RawMention[]; mentions: RawMention[] }>();
  /** The index of the first item of a list in text order that starts at or after `pos`. */
  const firstFrom = (list: RawMention[], pos: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const slice = (list: RawMention[], s: { start: number; end: number }) => {
    const inside: RawMention[] = [];
    for (let k = firstFrom(list, s.start); k < list.length && list[k]!.start < s.end; k++) if (list[k]!.end <= s.end) inside.push(list[k]!);
    return inside;
  };
  const span = (s: { start: number; end: number }) => {
    const key = `${s.start}:${s.end}`;
    let found = spans.get(key);
    if (!found) {
      found = { hidden: slice(scanned.hidden, s), mentions: slice(scanned.mentions, s) };
      spans.set(key, found);
    }
    return found;
  };
  /** The words kept aside (cues, words of saying…) in a span, and the names in it. */
  const hiddenIn = (s: { start: number; end: number }) => span(s).hidden;
  const mentionsIn = (s: { start: number; end: number }) => span(s).mentions;
  const ofStance = (n: number) => scanned.hidden.filter((w) => targets[w.target]!.stance === n);
  /** Where the first word after `pos` starts, before the end of its block; -1 if none. */
  const nextWordAt = (pos: number) => {
    for (let j = pos; j < text.length; j++) {
      const cls = charClass(text.charCodeAt(j));
      if (cls === WORD) return j;
      if (cls === BREAK) return -1;
    }
    return -1;
  };
  const ownVoices = ofStance(8);
  /** Where the paragraph of `pos` starts. */
  const paragraphStart = (pos: number) => {
    while (pos > 0 && charClass(text.charCodeAt(pos - 1)) !== BREAK) pos--;
    return pos;
  };
  const conjunctions = new Set(matcher.spec.conjunctions ?? []);
  /** Whether a conjunction that opens a clause of its own stands among the words of [from, to), a gap of a few words. */
  const joinedIn = (from: number, to: number) => {
    for (let k = from; k < to; ) {
      if (charClass(text.charCodeAt(k)) !== WORD) {
        k++;
        continue;
      }
      const a = k;
      while (k < to && charClass(text.charCodeAt(k)) === WORD) k++;
      if (conjunctions.has(foldText(text.slice(a, k)))) return true;
    }
    return false;
  };
  /**
   * Whether a word closes its clause right before `to`'s: a comma right after it, then a conjunction that opens the next clause (not a
   * parenthetical one with a comma after it: "Baku said, though, that …").
   */
  const closesClause = (w: { end: number }, to: number) => {
    const skipSpace = (k: number) => {
      while (k < to && charClass(text.charCodeAt(k)) === SPACE) k++;
      return k;
    };
    const a = skipSpace(w.end);
    if (a >= to || text.charAt(a) !== ',') return false;
    const from = skipSpace(a + 1);
    let b = from;
    while (b < to && charClass(text.charCodeAt(b)) === WORD) b++;
    return b > from && conjunctions.has(foldText(text.slice(from, b))) && text.charAt(skipSpace(b)) !== ',';
  };
  /** Entities that speak for a side (Baku, Moscow, the Prosecutor General). */
  const partyEntities = new Set(claims.flatMap((c) => c.parties ?? []));
  const pointedBack = ofStance(5);
  /** Sentences, found once each. */
  const sentenceCache = new Map<number, { start: number; end: number }>();
  const sentenceOf = (pos: number) => {
    let s = sentenceCache.get(pos);
    if (!s) {
      s = sentenceAt(text, pos, abbreviations);
      sentenceCache.set(pos, s);
    }
    return s;
  };
  const { questions } = matcher.spec;
  const asking = new Map<number, boolean>();
  /**
   * Whether a sentence is a question that asks yes or no: it ends in a question mark, and an opener starts it or the part after a
   * lead-in's colon or dash ("Fact check: Did Russia say …?"), a particle stands in it («Правда ли, что …?», "məgər", "doğrudanmı"),
   * its last word ends in a suffix of one ("… deyibmi?"), or any word in it in the particle on a predicate or an adverb ("… deyibmi,
   * yoxsa …?"). Not one that asks why or how ("Why does Azerbaijan accuse Russia …?"), which takes the account as given.
   */
  const asksWhether = (sentence: { start: number; end: number }) => {
    let asks = asking.get(sentence.start);
    if (asks !== undefined) return asks;
    asks = false;
    let end = sentence.end;
    while (end > sentence.start && CLOSERS.includes(text.charAt(end - 1))) end--;
    if (questions && text.charAt(end - 1) === '?') {
      const words: { word: string; opens: boolean }[] = [];
      let opens = true;
      for (let k = sentence.start; k < end; ) {
        const cls = charClass(text.charCodeAt(k));
        if (cls !== WORD) {
          if (':—–'.includes(text.charAt(k))) opens = true;
          k++;
          continue;
        }
        const a = k;
        while (k < end && charClass(text.charCodeAt(k)) === WORD) k++;
        const word = foldText(text.slice(a, k));
        // (A live blog's time, "09:30 —", opens nothing.)
        if (/\p{L}/u.test(word)) {
          words.push({ word, opens });
          opens = false;
        }
      }
      const last = words.at(-1)?.word ?? '';
      asks =
        words.some(({ word, opens }) => (opens && questions.openers.includes(word)) || questions.particles.includes(word)) ||
        questions.suffixes.some((x) => last.length >= x.length + 3 && last.endsWith(x)) ||
        // (Or the particle on a predicate or an adverb that is not the last word: "… doğrudanmı … işlədib?".)
        !!questions.endings?.some((x) => words.some(({ word }) => word.length >= x.length + 2 && word.endsWith(x)));
    }
    asking.set(sentence.start, asks);
    return asks;
  };
  const out: RawClaim[] = [];
  /** Whether a flag already given starts at or after `from` and fits: flags come in text order, so only the last few are read. */
  const flaggedSince = (from: number, fits: (c: RawClaim) => boolean) => {
    for (let k = out.length - 1; k >= 0 && out[k]!.start >= from; k--) if (fits(out[k]!)) return true;
    return false;
  };
  const flagged = new Set<string>();
  const within = (m: RawMention, s: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
  /** Where a sentence's last word ends (before its full stop and closing quotes). */
  const lastWordEndOf = (s: { start: number; end: number }) => {
    let end = s.end;
    while (end > s.start && charClass(text.charCodeAt(end - 1)) !== WORD) end--;
    return end;
  };
  const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    b.start >= a.end ? wordsBetween(text, a.end, b.start) : a.start >= b.end ? wordsBetween(text, b.end, a.start) : 0;
  /**
   * Whether a word of saying or negation is the outlet's own ("Qeyd edək ki", «напомним»), or a source's wish not to be named
   * ("who asked not to be named", «попросивший не называть его имени»): it reports and negates nothing.
   */
  const ownVoice = (w: { start: number; end: number }) => ownVoices.some((v) => v.start <= w.start && v.end >= w.end);
  /** The first claim of the side a party speaks for (Baku: Azerbaijan's), or -1. */
  const sideOf = (m: RawMention) => claims.findIndex((c) => c.parties?.some((e) => targets[m.target]!.entities.includes(e)));
  const topics = matcher.spec.topics;
  /** The words of [from, to) in the sentence, as [start, end) pairs. */
  const wordsOf = (from: number, to: number) => {
    const list: [number, number][] = [];
    for (let k = from; k < to; ) {
      if (charClass(text.charCodeAt(k)) !== WORD) {
        k++;
        continue;
      }
      const a = k;
      while (k < to && charClass(text.charCodeAt(k)) === WORD) k++;
      list.push([a, k]);
    }
    return list;
  };
  /**
   * Whether a noun of account has a topic of its own that is not the incident: a word of topic right after it ("statement on gas prices",
   * «заявление о ценах на газ») or, in a language that puts it after its noun, right before it ("qaz qiymətləri barədə bəyanat"), and in
   * the few words it governs (up to six, within the clause; commas allowed: «о том, что …») no cue, word for the incident or its people,
   * event word, account or pointer back. Not a name or a date after the word ("Moscow's statement on Tuesday": capitalised or a number).
   */
  const aboutOther = (w: RawMention, sentence: { start: number; end: number }) => {
    if (!topics) return false;
    let range: { start: number; end: number } | null = null;
    const after = wordsOf(w.end, Math.min(sentence.end, w.end + 200)).slice(0, 7);
    const before = wordsOf(Math.max(sentence.start, w.start - 200), w.start).slice(-7);
    const prep = after[0];
    if (prep && /^\s+$/.test(text.slice(w.end, prep[0])) && topics.after.includes(foldText(text.slice(prep[0], prep[1])))) {
      const rest = after.slice(1);
      const first = rest[0];
      if (!first || /[;:—–()]/.test(text.slice(prep[1], first[0]))) return false;
      const initial = text.charAt(first[0]);
      if (initial !== initial.toLowerCase() || /\d/.test(initial)) return false;
      let end = rest.at(-1)![1];
      const stop = /[;:—–()]/.exec(text.slice(prep[1], end));
      if (stop) end = prep[1] + stop.index;
      range = { start: prep[1], end };
    }
    const post = before.at(-1);
    if (!range && post && /^\s+$/.test(text.slice(post[1], w.start)) && topics.before.includes(foldText(text.slice(post[0], post[1])))) {
      const rest = before.slice(0, -1);
      if (!rest.length) return false;
      let start = rest[0]![0];
      const head = text.slice(start, post[0]);
      const stop = Math.max(...[';', ':', '—', '–', '('].map((c) => head.lastIndexOf(c)));
      if (stop >= 0) start += stop + 1;
      range = { start, end: post[0] };
    }
    if (!range || range.end <= range.start) return false;
    const r = range;
    const inRange = (m: RawMention) => m.start >= r.start && m.end <= r.end;
    const incident =
      hiddenIn(sentence).some((h) => {
        if (!inRange(h)) return false;
        const t = targets[h.target]!;
        return !!(t.cues || t.scope || t.heads || t.words || (t.stance && [4, 5, 6, 7, 10, 11].includes(t.stance)));
      }) || mentionsIn(sentence).some((m) => inRange(m) && targets[m.target]!.entities.some((e) => conflicts.some((c) => c.scope.includes(e))));
    return !incident;
  };
  // A party's account named by a noun of account beside it is a cue of that party's side ("the explanation Russia gave",
  // "Rusiyanın verdiyi izahat", «версия Москвы»): the party stands within two words before the noun, or right after it,
  // with no saying between them ("Moscow dismissed this version" is no account of Moscow's).
  const accounts = new Map<RawMention, number>();
  for (const w of scanned.hidden) {
    const charge = targets[w.target]!.stance === 10;
    if (targets[w.target]!.stance !== 4 && !charge) continue;
    if (pointedBack.some((d) => d.start <= w.start && d.end >= w.end)) continue;
    // Most such nouns ("statement") have no party beside them: passed over before their sentence is looked for.
    let near = false;
    for (let k = firstFrom(scanned.mentions, w.start - 300); k < scanned.mentions.length && scanned.mentions[k]!.start <= w.end + 300 && !near; k++) {
      const m = scanned.mentions[k]!;
      near = sideOf(m) >= 0 && distance(m, w) <= 2;
    }
    if (!near) continue;
    const sentence = sentenceOf(w.start);
    // (A statement on another topic is no account of the incident: "It rejected Moscow's statement on gas prices as baseless".)
    if (aboutOther(w, sentence)) continue;
    // (A party's charge or statement is its account only where a denial a few words from it rejects it: "Aparıcılar Rusiya istintaqının
    // açıqlamasını isə həqiqəti gizlətmək cəhdi kimi təqdim edirlər", "Baku dismissed Moscow's statement as a cover-up".)
    if (
      charge &&
      !hiddenIn(sentence).some(
        (h) => targets[h.target]!.stance === 2 && within(h, sentence) && distance(h, w) <= 3 && !/[,;:—–()]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))),
      )
    )
      continue;
    const gapOf = (m: RawMention) => (m.end <= w.start ? { start: m.end, end: w.start } : { start: w.end, end: m.start });
    // A noun a cue names is that cue's account ("Bakı infarkt versiyasını rədd edib": the heart-attack version).
    if (hiddenIn(sentence).some((h) => targets[h.target]!.cues && within(h, sentence) && distance(h, w) <= 2)) continue;
    const parties = mentionsIn(sentence).filter((m) => {
      if (!within(m, sentence) || sideOf(m) < 0 || (m.start < w.end && m.end > w.start)) return false;
      const gap = gapOf(m);
      if (/[,;:—–()]/.test(text.slice(gap.start, gap.end))) return false;
      if (hiddenIn(sentence).some((h) => (targets[h.target]!.stance === 1 || targets[h.target]!.stance === 2) && h.start >= gap.start && h.end <= gap.end)) return false;
      return distance(m, w) <= 2;
    });
    // The party before the noun is its owner ("Rusiyanın verdiyi izahat Bakını …": Russia's), else the one right after it;
    // both sides' accounts at once («версии Баку и Москвы») are no one side's.
    const before = parties.filter((m) => m.end <= w.start);
    const group = before.length ? before : parties;
    const party = group.sort((a, b) => distance(a, w) - distance(b, w))[0];
    if (party && (before.length || distance(party, w) === 0) && new Set(group.map((m) => claims[sideOf(m)]!.side)).size === 1) accounts.set(w, sideOf(party));
  }
  /** Whether a party opens its sentence with a word of point of view beside it ("For Baku, …", "Bakı üçün …"). */
  const viewOf = (m: RawMention, sentence: { start: number; end: number }) =>
    within(m, sentence) &&
    sideOf(m) >= 0 &&
    hiddenIn(sentence).some(
      (w) =>
        targets[w.target]!.stance === 9 &&
        within(w, sentence) &&
        (w.end <= m.start
          ? wordsBetween(text, sentence.start, w.start) === 0 && wordsBetween(text, w.end, m.start) <= 2
          : m.end <= w.start && wordsBetween(text, sentence.start, m.start) <= 1 && wordsBetween(text, m.end, w.start) === 0),
    );
  const cuesOf = (h: RawMention) => targets[h.target]!.cues ?? (accounts.has(h) ? [accounts.get(h)!] : []);
  /**
   * Whether a cue bound to the incident (group -1 - c, lib/pack/prepare.ts) has a mention of conflict c's incident or people
   * (not a party) as its object: right after it ("the killing of the brothers", «виновной в гибели Сафаровых», "responsible
   * for the deaths"), or right before it, a genitive or possessive ("qardaşların qətlinə görə məsuliyyət"); not a few words
   * before it ("questioned the Safarovs about a 2001 killing"). One without is no cue at all, not even another cue's rival.
   */
  const bound = (cue: RawMention) => {
    const needs = targets[cue.target]!.needs;
    if (!needs?.some((g) => g < 0)) return true;
    const sentence = sentenceOf(cue.start);
    // (Or one that closes, as its predicate, a clause that a pronoun opens at the start of the sentence or of a quotation, a word or two
    // before it: "It was murder," an official said; «Это было убийство, и мы это докажем»: the pronoun is what befell the people the page
    // is about. Not a demonstrative before its noun, "This murder shook the city", nor a cue that goes on, "This brutal murder was …".)
    if (
      /^\s*(?:[,;:!?…—–"»”)]|\.(?!\d)|$)/.test(text.slice(cue.end, sentence.end)) &&
      hiddenIn(sentence).some((p) => {
        if (targets[p.target]!.stance !== 6 || !within(p, sentence) || p.end > cue.start) return false;
        const gap = wordsBetween(text, p.end, cue.start);
        return (
          gap >= 1 && gap <= 2 && !/[,;:—–()"«»“”]/.test(text.slice(p.end, cue.start)) && (wordsBetween(text, sentence.start, p.start) === 0 || /["«“„]\s*$/.test(text.slice(sentence.start, p.start)))
        );
      })
    )
      return true;
    return needs.every(
      (g) =>
        g >= 0 ||
        mentionsIn(sentence).some(
          (m) =>
            within(m, sentence) &&
            targets[m.target]!.entities.some((e) => conflicts[-1 - g]!.scope.includes(e) && !partyEntities.has(e)) &&
            (m.start >= cue.start
              ? // (A name of the incident the cue itself heads reaches its people across a clause it joins to another ("… 2001-ci
                // ildə baş vermiş qətlin araşdırılması çərçivəsində keçirilib və Səfərovlar da …"): that is no object of the cue's.)
                m.start < cue.end
                ? !CLAUSE_JOIN.test(text.slice(cue.end, m.end)) && !/[,;:—–()]/.test(text.slice(cue.end, m.end))
                : wordsBetween(text, cue.end, m.start) <= 2
              : m.end <= cue.start
                ? wordsBetween(text, m.end, cue.start) <= 1
                : wordsBetween(text, m.start, cue.start) <= 1),
        ),
    );
  };
  /**
   * Whether a cue has other people than the incident's as its object, right beside it: after it, or before it in a language
   * that puts its verb last ("police beating demonstrators", «полицейские избивают участников акции», "polisin etirazçıları
   * döydüyü"): it tells of their violence, not the incident's. One such is no cue at all.
   */
  const othersBeside = (cue: RawMention) => {
    const sentence = sentenceOf(cue.start);
    const verbLast = negatives?.some((n) => [...n.letters].some((l) => text.slice(sentence.start, sentence.end).includes(l)));
    return hiddenIn(sentence).some(
      (w) =>
        targets[w.target]!.stance === 14 &&
        within(w, sentence) &&
        (verbLast ? w.end <= cue.start && wordsBetween(text, w.end, cue.start) <= 1 : w.start >= cue.end && wordsBetween(text, cue.end, w.start) <= 1) &&
        !/[,;:—–()]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))),
    );
  };
  /**
   * Whether a cue tells of another named person than the incident's, its bearer right beside it: a person's name (two capitalised
   * words, or one with a possessive 's) before it, within two words or opening a clause of its own after a comma ("Heydar Aliyev,
   * who had long suffered from heart problems", "Aliyev's heart condition", «у Гейдара Алиева был инфаркт»; not with a preposition
   * between: "blamed Vladimir Putin for the violence" blames him); or right after it, a genitive or a participle's subject
   * («страдавшего болезнью сердца Гейдара Алиева», "ürək xəstəliyindən əziyyət çəkən Heydər Əliyevin"; not with a preposition
   * between: "heart failure in Nizhny Tagil" is a place). Not where a word of saying or of account, the incident or its people, a
   * party or another cue stands between (a speaker's name: "Ivan Petrov said one brother had a heart attack"), not for a cue bound
   * to the incident, and not in a Title Case headline, which capitalises every word.
   */
  const sufferedByOther = (cue: RawMention) => {
    const initial = text.charAt(cue.start);
    // (A cue bound to the incident has its people for its object: a name beside it is whom it blames, «возложили на Владимира Путина
    // ответственность за гибель братьев».)
    if (initial !== initial.toLowerCase() || targets[cue.target]!.needs?.some((g) => g < 0)) return false;
    const sentence = sentenceOf(cue.start);
    // (What stands a few words around the cue, found by binary search: a long sentence costs no more than a short one.)
    const wide = wordsNear(text, cue.start, cue.end, 10, sentence);
    const region = { start: Math.min(...wide.map(([a]) => a)), end: Math.max(...wide.map(([, b]) => b)) };
    const hidden = slice(scanned.hidden, region);
    const mentions = slice(scanned.mentions, region);
    const own = new Set(
      (targets[cue.target]!.cues ?? []).flatMap((k) => {
        const c = conflicts[claims[k]!.conflict]!;
        return [...c.scope, ...c.near];
      }),
    );
    const ours = (m: RawMention) => targets[m.target]!.entities.some((e) => own.has(e) || partyEntities.has(e));
    /** A word of a person's name: capitalised, no acronym, no title or sentence opener, none of the incident's or the parties' names. */
    const nameWord = ([a, b]: [number, number]) => {
      const word = text.slice(a, b);
      if (word.charAt(0) === word.charAt(0).toLowerCase() || word === word.toUpperCase() || matcher.titles.has(foldText(word))) return false;
      return (
        !mentions.some((m) => m.start < b && m.end > a && ours(m)) &&
        !hidden.some((h) => h.start < b && h.end > a && (targets[h.target]!.scope || targets[h.target]!.stance || targets[h.target]!.cues))
      );
    };
    /** Whether what stands between a name and the cue keeps them apart. */
    const apart = (from: number, to: number) =>
      hidden.some((h) => {
        const t = targets[h.target]!;
        return h.start >= from && h.end <= to && (t.scope || t.cues || t.stance === 1 || t.stance === 2 || t.stance === 4 || t.stance === 10);
      }) || mentions.some((m) => m.start >= from && m.end <= to && ours(m));
    // (A cue that names an account, a noun of saying or account right beside it, has for its name the account's owner: "Ilham
    // Aliyev's torture claim", «версия об инфаркте Ивана Петрова».)
    if (
      hidden.some((h) => {
        const t = targets[h.target]!.stance;
        return (
          (h.start >= cue.end && (t === 1 || t === 4 || t === 10) && wordsBetween(text, cue.end, h.start) === 0) ||
          (h.end <= cue.start && (t === 4 || t === 10) && wordsBetween(text, h.end, cue.start) <= 1)
        );
      })
    )
      return false;
    const near = wordsNear(text, cue.start, cue.end, 7, sentence).slice(1);
    const before = near.filter(([, b]) => b <= cue.start);
    const after = near.filter(([a]) => a >= cue.end).slice(0, 4);
    const k = before.findIndex(nameWord);
    if (k >= 0) {
      const [a, b] = before[k]!;
      const prior = before[k + 1];
      const possessive = /^['’]s\b/.test(text.slice(b, b + 3));
      const run = possessive || (!!prior && nameWord(prior) && /^ +$/.test(text.slice(prior[1], a)));
      const gap = text.slice(b, cue.start).replace(/^['’]s/, '');
      if (
        run &&
        !apart(b, cue.start) &&
        !/[;:—–()"«»“”]/.test(gap) &&
        (/^\s*,[^,]*$/.test(gap)
          ? wordsBetween(text, b, cue.start) <= 6
          : !gap.includes(',') && wordsBetween(text, b, cue.start) <= 2 && !before.slice(0, k).some(([x, y]) => matcher.titles.has(foldText(text.slice(x, y)))))
      )
        return true;
    }
    const j = after.findIndex(nameWord);
    if (j >= 0 && j + 1 < after.length && nameWord(after[j + 1]!) && /^ +$/.test(text.slice(after[j]![1], after[j + 1]![0]))) {
      const start = after[j]![0];
      const between = after.slice(0, j);
      if (j <= 2 && !/[^\s\p{L}\p{N}-]/u.test(text.slice(cue.end, start)) && !between.some(([a, b]) => matcher.titles.has(foldText(text.slice(a, b)))) && !apart(cue.end, start)) return true;
    }
    return false;
  };
  /** Whether a sentence holds a cue of violence against other people than the incident's (see othersBeside), found once per sentence. */
  const othersCache = new Map<number, boolean>();
  const othersIn = (sentence: { start: number; end: number }) => {
    let has = othersCache.get(sentence.start);
    if (has === undefined) {
      has = hiddenIn(sentence).some((h) => targets[h.target]!.cues && within(h, sentence) && othersBeside(h));
      othersCache.set(sentence.start, has);
    }
    return has;
  };
  /** Whether a word names the incident's people: a mention of a conflict's incident or people, or a word for them. */
  const ofPeople = (m: RawMention) => !!targets[m.target]!.scope || targets[m.target]!.entities.some((e) => conflicts.some((c) => c.scope.includes(e)) && !partyEntities.has(e));
  /**
   * Whether a word stands in a figure of speech that names a place or a core, no body ("at the heart of the quarrel", «в самом сердце
   * союза», "qarşıdurmanın ürəyində … dayanır": the will that stands at the heart of the confrontation): not where the incident's people
   * are its object, within three words after it or (a genitive) right before it ("the heart of one of the brothers", "qardaşın ürəyində").
   */
  const figurative = (h: RawMention) => {
    const sentence = sentenceOf(h.start);
    return hiddenIn(sentence).some((f) => {
      if (targets[f.target]!.stance !== 20 || f.start > h.start || f.end < h.end || !within(f, sentence)) return false;
      const near = (m: RawMention) => within(m, sentence) && ofPeople(m) && (m.start >= f.end ? wordsBetween(text, f.end, m.start) <= 3 : m.end <= f.start && wordsBetween(text, m.end, f.start) === 0);
      return !mentionsIn(sentence).some(near) && !hiddenIn(sentence).some(near);
    });
  };
  // A cue of several parts counts only with each of its other parts in the sentence; one without is no cue at all, not even another
  // cue's rival («российскую версию гибели братьев отвергли»: гибели is no cue without «действия полиции»). (A part in a figure of
  // speech is none: "qarşıdurmanın ürəyində" is no heart of "ürəy- … dayan-".)
  const whole = (h: RawMention) => {
    const needs = targets[h.target]!.needs;
    if (!needs) return true;
    const sentence = sentenceOf(h.start);
    return needs.every((g) => g < 0 || hiddenIn(sentence).some((w) => targets[w.target]!.companion?.includes(g) && within(w, sentence) && !figurative(w)));
  };
  // The longest cue at a place speaks first ("torture and murder" before "torture").
  const cueHits = scanned.hidden
    .filter((h) => ((targets[h.target]!.cues && whole(h) && bound(h)) || accounts.has(h)) && !(targets[h.target]!.cues && (othersBeside(h) || sufferedByOther(h) || figurative(h))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const cue of cueHits) {
    const { needs } = targets[cue.target]!;
    const cues = cuesOf(cue);
    const sentence = sentenceOf(cue.start);
    // A party's account counts where the sentence names the incident's people ("… on the brothers' deaths").
    if (
      accounts.has(cue) &&
      !mentionsIn(sentence).some((m) => within(m, sentence) && targets[m.target]!.entities.some((e) => conflicts[claims[accounts.get(cue)!]!.conflict]!.scope.includes(e))) &&
      !hiddenIn(sentence).some((w) => within(w, sentence) && targets[w.target]!.scope?.includes(claims[accounts.get(cue)!]!.conflict)) &&
      // (Or, for one the sentence denies, the sentence right before it in its paragraph was flagged for the dispute: it rebuts the account
      // it goes on about.)
      !(
        hiddenIn(sentence).some((h) => targets[h.target]!.stance === 2 && within(h, sentence)) &&
        flaggedSince(
          paragraphStart(sentence.start),
          (c) => c.end <= sentence.start && /^\s*$/.test(text.slice(c.end, sentence.start)) && claims[c.claim]!.conflict === claims[accounts.get(cue)!]!.conflict,
        )
      )
    )
      continue;
    // A lead-in before a colon that says what follows is unrelated ("15:10 — Unrelated: a fan who suffered a heart attack …",
    // "Səfərovlar işi ilə bağlı deyil: …"): nothing after it is about the incident, whatever it names.
    const unrelated = hiddenIn(sentence).find((w) => targets[w.target]!.stance === 13 && w.start >= sentence.start && w.end <= cue.start);
    if (unrelated && /:\s/.test(text.slice(unrelated.end, cue.start))) continue;
    // A question that asks yes or no reports nothing: it asks whether ("Fact check: Did Russia say both brothers died of heart attacks?",
    // «Правда ли, что …?», "… deyibmi?"). One with a word of denial denies by asking, and keeps its flag.
    if (asksWhether(sentence) && !hiddenIn(sentence).some((w) => targets[w.target]!.stance === 2 && within(w, sentence))) continue;
    // The sentences before, in the same paragraph: a pronoun's antecedent is usually there.
    let p = sentence.start - 1;
    while (p > 0 && charClass(text.charCodeAt(p)) !== BREAK) p--;
    const before = p < sentence.start - 1 ? { start: p === 0 && charClass(text.charCodeAt(0)) !== BREAK ? 0 : p + 1, end: sentence.start } : null;
    const otherCues = cueHits.filter((h) => h !== cue && within(h, sentence));
    // (Not one inside a word of saying: "Russia's version has not changed", «не отказывается от обвинений» keep to an account;
    // nor one that is a word of saying itself, read with a suffix: "deyilənə görə", what is said, is no "deyil", is not.)
    const insideSaying = (w: { start: number; end: number }) => hiddenIn(sentence).some((v) => targets[v.target]!.stance === 1 && v.start <= w.start && v.end >= w.end);
    // (Nor one right before a phrase of the outlet's own or of being called to account: «никто так и не ответил за пытки» negates the
    // answering, not the torture.)
    const negationWords = hiddenIn(sentence).filter(
      (w) =>
        targets[w.target]!.stance === 3 &&
        within(w, sentence) &&
        !ownVoice(w) &&
        !insideSaying(w) &&
        !ownVoices.some((v) => v.start >= w.end && v.end <= sentence.end && wordsBetween(text, w.end, v.start) === 0),
    );
    const lastWordEnd = lastWordEndOf(sentence);
    /** Where the clause of a position starts: a semicolon parts a sentence's clauses. */
    const clauseOf = (pos: number) => Math.max(sentence.start, text.lastIndexOf(';', pos));
    const denialWords = hiddenIn(sentence).filter((w) => targets[w.target]!.stance === 2 && within(w, sentence));
    /** How near a cue stands to the nearest word of denial in its sentence (outside it); a comma or dash between them puts it far. */
    const toDenial = (c: RawMention) =>
      Math.min(
        ...denialWords.filter((w) => !(w.start >= c.start && w.end <= c.end)).map((w) => distance(c, w) + (/[,;:()—–]/.test(text.slice(Math.min(c.end, w.end), Math.max(c.start, w.start))) ? 100 : 0)),
      );
    /**
     * Whether a negation right before a cue is its own ("not a heart condition", «не больное сердце»), nearer to it than to any
     * other cue, and in its clause (a comma parts "təbii səbəbdən deyil, işgəncədən": the negation there is the cue's before it).
     */
    const negatedBefore = (c: RawMention) =>
      negationWords.some(
        (w) =>
          w.end <= c.start &&
          wordsBetween(text, w.end, c.start) <= 1 &&
          !/[,;:—–]/.test(text.slice(w.end, c.start)) &&
          !cueHits.some((h) => h !== c && within(h, sentence) && w.start >= h.start && w.end <= h.end),
      );
    /** Whether the sentence's language puts its verb last and negates inside its verbs (its letters tell it). */
    const verbLast = !!negatives?.some((n) => [...n.letters].some((l) => text.slice(sentence.start, sentence.end).includes(l)));
    /**
     * Whether a cue is the one set aside in "not X but Y", before a later cue `h`: a negation a few words before it, no
     * word of saying between, and "but" (а, но) between it and `h` ("did not die of natural causes but were tortured"); or,
     * in a language that puts its verb last, a negation right after it that a comma or dash parts from `h` ("təbii
     * səbəbdən deyil, işgəncədən ölüblər").
     */
    const setAside = (c: RawMention, h: RawMention) =>
      negationWords.some((w) => {
        if (cueHits.some((o) => o !== c && within(o, sentence) && w.start >= o.start && w.end <= o.end)) return false;
        if (w.end <= c.start)
          return (
            wordsBetween(text, w.end, c.start) <= 3 &&
            !/[,;:—–()]/.test(text.slice(w.end, c.start)) &&
            !hiddenIn(sentence).some((v) => (targets[v.target]!.stance === 1 || targets[v.target]!.stance === 2) && v.start >= w.end && v.end <= c.start) &&
            /(?:^|[\s,])(?:but|а|но)\s/iu.test(text.slice(c.end, h.start)) &&
            wordsBetween(text, c.end, h.start) <= 4
          );
        return (
          verbLast &&
          w.start >= c.end &&
          w.end <= h.start &&
          wordsBetween(text, c.end, w.start) <= 1 &&
          !/[,;:—–()]/.test(text.slice(c.end, w.start)) &&
          /^\s*[,—–]/.test(text.slice(w.end, h.start)) &&
          wordsBetween(text, w.end, h.start) <= 2
        );
      });
    /**
     * A participial phrase, subordinate to the main clause: one that opens the sentence, up to its first comma ("Rejecting Baku's
     * allegations of torture, Russian investigators repeated …", «Отвергая обвинения Баку в пытках, российские следователи …»), or, in
     * a language that puts its verb last, one that its participle closes before the subject ("Bakının işgəncə ittihamlarını rədd edən
     * Rusiya müstəntiqləri …"). Null if none.
     */
    const subordinate = (() => {
      for (const w of hiddenIn(sentence)) {
        if (targets[w.target]!.stance !== 18 || !within(w, sentence)) continue;
        if (verbLast) {
          const head = text.slice(sentence.start, w.start);
          return { start: sentence.start + Math.max(0, ...[',', ';', ':', '—', '–'].map((c) => head.lastIndexOf(c) + 1)), end: w.end };
        }
        const comma = text.indexOf(',', w.end);
        if (wordsBetween(text, sentence.start, w.start) === 0 && comma > 0 && comma < sentence.end) return { start: w.start, end: comma };
      }
      return null;
    })();
    /** Whether a word stands in the subordinate phrase while the cue stands after it: the phrase's words are not the main clause's. */
    const aside = (w: { start: number; end: number }) => !!subordinate && cue.start >= subordinate.end && w.start >= subordinate.start && w.end <= subordinate.end;
    for (const k of cues) {
      const claim = claims[k]!;
      const conflict = conflicts[claim.conflict]!;
      // Once per conflict in each clause: "Baku says they were tortured; Moscow says one had a heart attack" gives both sides.
      const key = `${clauseOf(cue.start)}:${claim.conflict}`;
      if (flagged.has(key)) continue;
      // A cue of one word right beside the other side's cue of several is its verb, that cue its subject ("a heart attack
      // killed one of the men", «одного из мужчин убил сердечный приступ»): it gives way to that cue, which carries the sentence.
      if (
        !/\s/.test(text.slice(cue.start, cue.end)) &&
        otherCues.some(
          (h) =>
            (h.end <= cue.start || h.start >= cue.end) &&
            /\s/.test(text.slice(h.start, h.end)) &&
            distance(h, cue) === 0 &&
            !/[,;:—–()]/.test(text.slice(Math.min(cue.end, h.end), Math.max(cue.start, h.start))) &&
            cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
        )
      )
        continue;
      // "Not a weak heart but police violence": a negated cue gives way to a later one of the other side, which carries the sentence.
      if (
        otherCues.some(
          (h) => h.start >= cue.end && (negatedBefore(cue) || setAside(cue, h)) && !negatedBefore(h) && cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
        )
      )
        continue;
      // A cue in a subordinate participial phrase gives way to one of the other side in the main clause, which carries the sentence
      // ("Rejecting Baku's allegations of torture, Russian investigators repeated that one of the brothers had died of heart failure").
      if (
        subordinate &&
        cue.start >= subordinate.start &&
        cue.end <= subordinate.end &&
        otherCues.some((h) => h.start >= subordinate.end && cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side))
      )
        continue;
      // A denial is of the account it stands beside, and that account is the main clause's: "Baku, insisting that the
      // men were tortured, rejects Moscow's heart-attack version" denies the heart attack, whichever cue comes first.
      // (Not one in a subordinate phrase before the cue's main clause: that phrase's denial is of its own cue.)
      if (
        denialWords.length &&
        otherCues.some(
          (h) =>
            !aside(h) &&
            clauseOf(h.start) === clauseOf(cue.start) &&
            toDenial(h) < toDenial(cue) &&
            // (Not one the sentence negates itself, set aside after the cue: "… died of a heart attack, not of torture as Baku's
            // propaganda claims": the denial is of what is set aside, and the cue's clause the main one.)
            !(h.start >= cue.end && negatedBefore(h)) &&
            // (Not one in a clause joined after the cue's: the cue's clause is the main one, the later one its rebuttal of the other.)
            !(h.start >= cue.end && CLAUSE_JOIN.test(text.slice(cue.end, h.start))) &&
            cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
        )
      )
        continue;
      // So is a denial beside an account pointed back to ("this version", «эту версию», "bu izahı"): a cue past a comma from it
      // gives the denier's reasons («Азербайджанская сторона эту версию отвергает, говоря о насилии»), and the pass below
      // gives the sentence the side of the account pointed back to.
      // (Or a cue after it that a saying of the denier's own introduces: "… has rejected that version outright and insists the men died
      // as a result of torture".)
      if (
        denialWords.some(
          (w) =>
            (/[,;:—–]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) ||
              (w.end <= cue.start && hiddenIn(sentence).some((v) => targets[v.target]!.stance === 1 && within(v, sentence) && v.start >= w.end && v.end <= cue.start && !ownVoice(v)))) &&
            hiddenIn(sentence).some(
              (b) =>
                targets[b.target]!.stance === 5 &&
                within(b, sentence) &&
                !(cue.start < b.end && b.start < cue.end) &&
                distance(b, w) <= 1 &&
                !/[,;:—–]/.test(text.slice(Math.min(b.end, w.end), Math.max(b.start, w.start))),
            ),
        )
      )
        continue;
      const names = (m: RawMention, list: number[]) => targets[m.target]!.entities.some((e) => list.includes(e));
      let stance: Stance = quoted(text, sentence.start, cue.start) ? 'attributes' : 'asserts';
      // A headline's "Baku: the brothers were tortured" attributes what follows the colon to who comes before it.
      // So does "Russia's Investigative Committee stands by its account: …", a colon within a few words of a party that opens the sentence.
      // And a dash standing for the verb of a party that opens the sentence, the cue right after it: «Москва — об инфаркте».
      const opensWith = (m: RawMention) => {
        const colon = text.indexOf(':', m.end);
        if (colon > 0 && colon < cue.start && wordsBetween(text, m.end, colon) <= 4) return true;
        const dash = /^\s*[—–]\s/.exec(text.slice(m.end, cue.start));
        return !!dash && wordsBetween(text, m.end + dash[0].length, cue.start) <= 1;
      };
      // (A live blog's time, "12:40 СК России: …", comes first.)
      if (mentionsIn(sentence).some((m) => m.start >= sentence.start && m.end < cue.start && wordsBetween(text, sentence.start, m.start) <= 3 && opensWith(m))) stance = 'attributes';
      // So does a lead-in of a word or two that names who speaks, right before the colon ("Russian side: heart attack killed …",
      // «Следствие: у одного из братьев остановилось сердце»).
      if (
        hiddenIn(sentence).some(
          (w) => targets[w.target]!.stance === 16 && within(w, sentence) && wordsBetween(text, sentence.start, w.start) <= 1 && w.end <= cue.start && /^\s*:/.test(text.slice(w.end, cue.start)),
        )
      )
        stance = 'attributes';
      // "For Azerbaijan's Prosecutor General, the two men were …", «Для Москвы …», "Rəsmi Bakı üçün …": a party's point of view.
      if (mentionsIn(sentence).some((m) => m.end <= cue.start && viewOf(m, sentence))) stance = 'attributes';
      // And a headline's "Rus polisi qardaşları döyərək öldürüb – Bakı": who closes the sentence after a dash says what comes before it.
      if (
        mentionsIn(sentence).some(
          (m) => m.start >= cue.end && m.end <= sentence.end && (m.end >= lastWordEnd || wordsBetween(text, m.end, lastWordEnd) <= 1) && /[—–-]$/.test(text.slice(cue.end, m.start).trimEnd()),
        )
      )
        stance = 'attributes';
      const speech: RawMention[] = [];
      let nearNoun = false;
      // A word of denial that is itself negated denies nothing; it reports the account ("Moscow has not denied that …",
      // «Москва не отрицает …», "biz bunu ört-basdır etməyəcəyik": we will not cover it up): a negation right before it, or,
      // in a language that negates inside its verbs, a negative verb right after it.
      /** The negative affixes of the sentence's language, if it negates inside its verbs (its letters tell it). */
      const negative = negatives?.find((n) => [...n.letters].some((l) => text.slice(sentence.start, sentence.end).includes(l)));
      const notDenied = (w: RawMention) => {
        // (One that carries its own negation is not negated again by a negative pronoun before it: «никто не верит», nobody believes.)
        if (negationWords.some((n) => n.start >= w.start && n.end <= w.end)) return false;
        // (Nor one whose earlier part carries it: «назвали не соответствующими действительности», called untrue.)
        const parts = targets[w.target]!.needs ?? [];
        if (
          parts.length &&
          negationWords.some((n) => hiddenIn(sentence).some((c) => parts.some((g) => targets[c.target]!.companion?.includes(g)) && c.end <= w.start && n.start >= c.start && n.end <= c.end))
        )
          return false;
        if (negationWords.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) <= 1 && !/[,;:—–]/.test(text.slice(n.end, w.start)))) return true;
        const at = nextWordAt(w.end);
        if (!negative || at < 0 || at >= sentence.end || /[^\s-]/.test(text.slice(w.end, at))) return false;
        let b = at;
        while (b < sentence.end && charClass(text.charCodeAt(b)) === WORD) b++;
        const folded = foldText(text.slice(at, b));
        return negative.affixes.some((x) => folded.includes(x, x.length >= 4 ? 2 : 3));
      };
      // A negation belongs to the cue nearest to it; one inside a cue is that cue's own («сердце не выдержало», "no signs of violence").
      // Between two cues at the same distance, it negates the one it comes before ("a heart condition, not violence").
      // A comma or dash between them parts their clauses: "… tortured to death, it is no longer a consular matter".
      // (One after the cue past a relative pronoun opens a clause of its own: "… killed by Russian police and that no one had answered for it".)
      const negates = (w: { start: number; end: number }) =>
        distance(cue, w) <= 2 &&
        !/[,;:—–]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) &&
        !(w.start >= cue.end && hiddenIn(sentence).some((r) => targets[r.target]!.stance === 12 && r.start >= cue.end && r.end <= w.start)) &&
        // (Nor one past a conjunction that opens a clause of its own: "… had been killed by police and would not let the matter drop".)
        !(w.start >= cue.end && joinedIn(cue.end, w.start)) &&
        // (Nor one that reaches only forward: "… down to heart failure without publishing the findings".)
        !(w.start >= cue.end && hiddenIn(sentence).some((f) => targets[f.target]!.stance === 19 && f.start === w.start && f.end === w.end)) &&
        !otherCues.some((h) => (w.start >= h.start && w.end <= h.end) || distance(h, w) < distance(cue, w) || (distance(h, w) === distance(cue, w) && h.start >= w.end && cue.end <= w.start));
      for (const w of hiddenIn(sentence)) {
        const s = targets[w.target]!.stance;
        if (!s || s >= 5 || !within(w, sentence) || ((s === 1 || s === 3) && ownVoice(w)) || aside(w)) continue;
        // The first part of a compound is no word of its own ("talk-show hosts in Baku" hold no talk of anything).
        if (text.charAt(w.end) === '-' && charClass(text.charCodeAt(w.end + 1)) === WORD) continue;
        // A cue's own words of denial or negation name its state, not a denial of it («смерть … не подтверждается»).
        if ((s === 2 || s === 3) && w.start >= cue.start && w.end <= cue.end) continue;
        // A denial (or a saying, a noun of account) in a clause joined after the cue's, nearer the other side's cue there, is of
        // that one («Сафаровых убили …, и никакие сказки про больное сердце этого не отменят»): it rebuts the other account, it
        // neither denies nor reports this one.
        if (
          s !== 3 &&
          w.start >= cue.end &&
          CLAUSE_JOIN.test(text.slice(cue.end, w.start)) &&
          otherCues.some(
            (h) =>
              h.start >= cue.end &&
              CLAUSE_JOIN.test(text.slice(cue.end, h.start)) &&
              !/[,;:—–]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))) &&
              cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
          )
        )
          continue;
        // So does a saying or a denial with no party in a clause joined after the cue's that points back to it ("… were tortured, and
        // calling it anything else is a lie", «…, и называть это как-то иначе значит лгать», "… və bunu başqa cür adlandırmaq yalan
        // olardı"): the outlet speaks of what its main clause says, which keeps its own stance. (A party there denies or reports
        // it: "…, and Baku refuses to accept it".)
        if ((s === 1 || s === 2) && w.start >= cue.end) {
          const join = CLAUSE_JOIN.exec(text.slice(cue.end, w.start));
          const joined = join ? cue.end + join.index + join[0].length : -1;
          if (
            join &&
            hiddenIn(sentence).some((b) => (targets[b.target]!.stance === 6 || targets[b.target]!.stance === 7) && within(b, sentence) && b.start >= joined && distance(b, w) <= 3) &&
            !mentionsIn(sentence).some((m) => within(m, sentence) && m.start >= joined && sideOf(m) >= 0)
          )
            continue;
        }
        if (s === 3) {
          if (negationWords.includes(w) && !(w.start >= cue.start && w.end <= cue.end) && negates(w)) stance = 'denies';
          continue;
        }
        // A word of saying in a clause after the cue's, past a comma, reports no one's account of it where it is the other
        // side's cue's ("… were tortured, and no talk of weak hearts will change that") or is negated («…, и это не версия, а факт», "not a finding").
        // (So does a denial there, nearer a cue of the other side that the sentence itself sets aside: "… of a heart attack, not of torture
        // as Baku's propaganda claims".)
        if (
          w.start >= cue.end &&
          /[,;—–]/.test(text.slice(cue.end, w.start)) &&
          (otherCues.some(
            (h) =>
              (s !== 2 || (h.start >= cue.end && negatedBefore(h))) &&
              !(w.start >= h.start && w.end <= h.end) &&
              distance(h, w) <= (h.start >= cue.end && negatedBefore(h) ? 4 : 2) &&
              distance(h, w) < distance(cue, w) &&
              !/[,;:—–]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))) &&
              cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
          ) ||
            (s !== 2 && negationWords.some((n) => n.start >= cue.end && n.end <= w.start && wordsBetween(text, n.end, w.start) <= 1 && !/[,;:—–]/.test(text.slice(n.end, w.start)))))
        )
          continue;
        // A word of fact opening an apposition after the cue's clause holds the cue true: a saying or a denial after it tells who
        // ignores the fact ("… died of heart failure, a fact Baku's propagandists would rather ignore"), no report of a denial.
        if (s !== 3 && w.start >= cue.end) {
          const gap = text.slice(cue.end, w.start);
          const p = cue.end + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('—'), gap.lastIndexOf('–'));
          if (p >= cue.end && hiddenIn(sentence).some((f) => targets[f.target]!.stance === 15 && within(f, sentence) && f.start > p && f.end <= w.start && wordsBetween(text, p + 1, f.start) <= 3))
            continue;
        }
        // A denial in an apposition after the cue's clause is of the account the noun names, which the main clause reports:
        // "Investigators said the heart gave out, a version that Baku refuses to accept", «…, версия, которую Баку отвергает»,
        // "… bildiriblər – Bakının qəbul etmədiyi versiya" (a noun with its relative clause, or one that ends the sentence after it).
        if (s === 2 && w.start >= cue.end) {
          const gap = text.slice(cue.end, w.start);
          const p = cue.end + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('—'), gap.lastIndexOf('–'));
          if (
            p >= cue.end &&
            hiddenIn(sentence).some(
              (n) =>
                (targets[n.target]!.stance === 4 || targets[n.target]!.stance === 10) &&
                within(n, sentence) &&
                n.start > p &&
                !/[,;:—–]/.test(text.slice(p + 1, n.start)) &&
                (n.end <= w.start
                  ? hiddenIn(sentence).some((r) => targets[r.target]!.stance === 12 && r.start >= n.end && r.end <= w.start && wordsBetween(text, n.end, r.start) <= 1) ||
                    // (Or a party right after the noun, with no relative pronoun: "…, a charge Moscow has not accepted".)
                    mentionsIn(sentence).some((m) => within(m, sentence) && sideOf(m) >= 0 && m.start >= n.end && m.end <= w.start && wordsBetween(text, n.end, m.start) === 0)
                  : n.end === lastWordEnd && !/[,;:—–]/.test(text.slice(w.end, n.start))),
            ) &&
            hiddenIn(sentence).some((v) => targets[v.target]!.stance === 1 && within(v, sentence) && v.end <= p && !ownVoice(v) && !(v.start >= cue.start && v.end <= cue.end))
          )
            continue;
        }
        // A saying or a denial that closes its clause before a comma and a conjunction reports that clause, not a cue in the next one
        // ("Neither death has been fully explained, though one of the men is known to have died of heart failure").
        if ((s === 1 || s === 2) && w.end <= cue.start && closesClause(w, cue.start)) continue;
        if (s === 4 && distance(cue, w) <= 3) nearNoun = true;
        speech.push(w);
        // A saying negated before it reports a denial: "Nobody in Baku believes …", "Nor has Moscow endorsed …".
        // So does a negative subject that opens the sentence, a few words before it ("Nothing in the findings so far points to …").
        const unsaid =
          s === 1 &&
          w.end <= cue.start &&
          negationWords.some(
            (n) =>
              n.end <= w.start &&
              (wordsBetween(text, n.end, w.start) <= 2 ||
                (wordsBetween(text, sentence.start, n.start) === 0 && wordsBetween(text, n.end, w.start) <= 5 && !/[,;:—–]/.test(text.slice(n.end, w.start)))) &&
              !negates(n) &&
              // (Not one that is part of a saying of its own before it: «не отказывается от обвинений», keeps to its charges.)
              !hiddenIn(sentence).some((v) => v !== w && targets[v.target]!.stance === 1 && v.start <= n.start && v.end >= n.end && v.end <= w.start && v.end > n.end),
          ) &&
          // (Nor one whose clause a comma closes before another saying that reports the cue: "have not said what killed him, saying only
          // that it remains under investigation", «не назвали причину, ограничившись словами о том, что …»: the later one speaks.)
          !hiddenIn(sentence).some(
            (v) => targets[v.target]!.stance === 1 && within(v, sentence) && v.start >= w.end && v.end <= cue.start && /[,;—–]/.test(text.slice(w.end, v.start)) && !ownVoice(v),
          );
        if (stance !== 'denies') stance = (s === 2 && !notDenied(w)) || unsaid ? 'denies' : 'attributes';
      }
      // A party's statement or charge a few words before the cue reports it ("runs the investigators' statement that a heart
      // attack killed one of the men", «заявление СК о том, что …»): the party right before the noun, or right after it.
      if (
        stance === 'asserts' &&
        hiddenIn(sentence).some(
          (n) =>
            (targets[n.target]!.stance === 4 || targets[n.target]!.stance === 10) &&
            within(n, sentence) &&
            n.end <= cue.start &&
            wordsBetween(text, n.end, cue.start) <= 8 &&
            !/[;:—–()]/.test(text.slice(n.end, cue.start)) &&
            mentionsIn(sentence).some(
              (m) =>
                within(m, sentence) &&
                sideOf(m) >= 0 &&
                !/[,;:—–()]/.test(text.slice(Math.min(m.end, n.end), Math.max(m.start, n.start))) &&
                (m.end <= n.start ? wordsBetween(text, m.end, n.start) <= 1 : m.start >= n.end && m.end <= cue.start && wordsBetween(text, n.end, m.start) === 0),
            ),
        )
      )
        stance = 'attributes';
      // An account or a charge that opens the sentence, naming the cue, with a negation after the cue that is not the cue's own:
      // what is said of the account denies it ("The claim that the pair were murdered is a political weapon, not a finding
      // of fact", «Разговоры о пытках — не более чем …», "İşgəncə iddiaları … deyil"); not where someone else is said to
      // speak («Данные однозначны: …», — сказал собеседник, попросивший не называть его имени).
      // (Or one the cue names right before it, opening the sentence: "The torture story, however loudly it is repeated in Baku, is not
      // borne out by anything …".)
      const subject = hiddenIn(sentence).find(
        (n) =>
          (targets[n.target]!.stance === 4 || targets[n.target]!.stance === 10) &&
          within(n, sentence) &&
          ((wordsBetween(text, sentence.start, n.start) <= 1 && n.end <= cue.start && wordsBetween(text, n.end, cue.start) <= 5) ||
            (n.start >= cue.end && n.start - cue.end <= 2 && /^[\s-]*$/.test(text.slice(cue.end, n.start)) && wordsBetween(text, sentence.start, cue.start) <= 1)),
      );
      const subjectQuoted = !!subject && quoted(text, sentence.start, subject.start);
      if (
        stance !== 'denies' &&
        subject &&
        // (A saying negated right before it is that denial itself: «Рассказы про слабое сердце … никого не убеждают». So is one
        // outside the quotation that holds the account and what is said of it: «Версия с больным сердцем не выдерживает никакой
        // критики», — сказал источник: the source says the denial.)
        !speech.some(
          (w) =>
            (w.end <= subject.start || w.start >= subject.end) &&
            !negationWords.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) === 0 && !/[,;:—–]/.test(text.slice(n.end, w.start))) &&
            !(subjectQuoted && !quoted(text, sentence.start, w.start)),
        ) &&
        negationWords.some((w) => w.start >= cue.end && clauseOf(w.start) === clauseOf(cue.start) && !otherCues.some((h) => w.start >= h.start && w.end <= h.end))
      )
        stance = 'denies';
      // A verb that carries its own negation (döyülməyib, aşkarlanmadığını), at or next to the cue.
      if (negative && stance !== 'denies') {
        for (const [a, b] of wordsNear(text, cue.start, cue.end, 2, sentence)) {
          // A cue of several parts names a state ("not yet established"): its own negation is part of it.
          // So does a cue of several words («ürəyi dözməyib», the heart gave out); a one-word cue may carry it (döyülməyib).
          if ((needs || /\s/.test(text.slice(cue.start, cue.end))) && a >= cue.start && b <= cue.end) continue;
          const word = text.slice(a, b);
          // (Nor a word of saying that holds a negation: "mövqeyini dəyişməyib", its position has not changed, keeps to an account.)
          if (word.charAt(0) !== word.charAt(0).toLowerCase() || ownVoice({ start: a, end: b }) || insideSaying({ start: a, end: b })) continue;
          // After the word's first three letters; a long affix after two, for a root of two (öl-mədiyini, ol-madığını).
          const folded = foldText(word);
          if (negative.affixes.some((x) => folded.includes(x, x.length >= 4 ? 2 : 3)) && negates({ start: a, end: b })) stance = 'denies';
        }
      }
      /**
       * A party that speaks: a word of saying or denying within a few words of it ("Baku speaks of", "Officials in Baku
       * dismissed"), not across the cue from it (a place in a clause before the cue is no speaker of a saying after it).
       * In a language that puts its verb last (the one that carries negation inside its verbs, Azerbaijani), a party that
       * opens the sentence speaks through the verb that closes it, however far ("Bakı … rədd edir").
       */
      // (A cue right before the verb is that verb's object: "Bakı qardaşların döyüldüyünü bildirir". In a language that puts its
      // verb last, the party that speaks through it opens the sentence; one further in is a place in the object's clause:
      // "Qonşulardan biri … o günlərdə də Bakıda günahsız insanların öldürüldüyünü deyir".)
      const across = (m: RawMention, w: RawMention) =>
        (m.end <= cue.start &&
          w.start >= cue.end &&
          (!/^[\s-]*$/.test(text.slice(cue.end, w.start)) || (!!negative && wordsBetween(text, sentence.start, m.start) > 2 && /[^\s-]/.test(text.slice(m.end, cue.start))))) ||
        (w.end <= cue.start && m.start >= cue.end && !/^[\s-]*$/.test(text.slice(w.end, cue.start)));
      // A saying that closes the sentence after a comma has its own subject there (", the home club said", ", witnesses said",
      // «…, сообщила его пресс-служба»): a party before that comma is a place in what is reported, not who reports it.
      const saidByOther = (m: RawMention, w: RawMention) => {
        if (m.end > w.start || wordsBetween(text, w.end, lastWordEnd) > 2) return false;
        const gap = text.slice(m.end, w.start);
        const p = m.end + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('—'), gap.lastIndexOf('–'));
        // (Or its subject right after it: «…, сообщил клуб», "…, said the club"; a party there is caught as such itself.)
        return p >= m.end && (wordsBetween(text, p + 1, w.start) >= 1 || (w.end < lastWordEnd && !mentionsIn(sentence).some((o) => o.start >= w.end && sideOf(o) >= 0)));
      };
      /**
       * Whether punctuation parts [from, to) into clauses; not a comma right after a negation, which sets one thing aside for the next
       * in one clause ("Moskva isə bunun zorakılıq deyil, ürək tutması olduğunu iddia edir": not violence, a heart attack).
       */
      const parted = (from: number, to: number) => {
        for (let k = from; k < to; k++) {
          const ch = text.charAt(k);
          if (!',;:—–'.includes(ch)) continue;
          if (ch === ',' && negationWords.some((n) => n.end <= k && n.start >= from && /^\s*$/.test(text.slice(n.end, k)))) continue;
          return true;
        }
        return false;
      };
      const speaks = (m: RawMention) =>
        speech.some(
          (w) =>
            (distance(m, w) <= 5 && !across(m, w) && !saidByOther(m, w)) ||
            (!!negative && m.end <= w.start && wordsBetween(text, sentence.start, m.start) <= 2 && wordsBetween(text, w.end, lastWordEnd) <= 1 && !parted(m.end, w.start)),
        );
      /** A party's point of view that opens the sentence, and the clause it opens holds the cue (a comma may close the view itself). */
      const viewReaches = (m: RawMention) => viewOf(m, sentence) && !/[,;:—–]/.test(text.slice(m.end, cue.start).replace(/^\s*,/, ''));
      const pageAbout = conflict.scope.some((e) => known.has(e));
      const inScope =
        mentionsIn({ start: before?.start ?? sentence.start, end: sentence.end }).some((m) => names(m, conflict.scope) && (within(m, sentence) || (before !== null && within(m, before)))) ||
        (pageAbout &&
          // An account someone gives, named beside the cue: "the heart-attack version".
          (nearNoun ||
            // A sentence that goes on from the one right before it in its paragraph, flagged for this dispute, with a word of saying or
            // denial of its own ("Officials here reject the version of a natural death. Representatives of the authorities openly speak
            // of torture and murder.").
            (before !== null &&
              speech.some((w) => (targets[w.target]!.stance === 1 || targets[w.target]!.stance === 2) && !(w.start >= cue.start && w.end <= cue.end)) &&
              flaggedSince(before.start, (c) => c.end <= sentence.start && /^\s*$/.test(text.slice(c.end, sentence.start)) && claims[c.claim]!.conflict === claim.conflict)) ||
            // A word for the incident's people in the sentence, or in one before it in its paragraph ("Qardaşların cənazələri …
            // Ailəyə təqdim olunan rəydə … xəsarətlər qeyd olunub").
            hiddenIn(sentence).some((w) => targets[w.target]!.scope?.includes(claim.conflict) && within(w, sentence)) ||
            (before !== null && hiddenIn(before).some((w) => targets[w.target]!.scope?.includes(claim.conflict) && within(w, before))) ||
            // A party counts as the one who says or denies it ("Baku speaks of torture"), not as a place; so does one that
            // opens the sentence before a colon or a dash ("Moscow — a heart attack"), and one whose point of view opens it, for
            // a cue in the clause it opens ("For Moscow, it was heart failure"), not in a later one («Для многих в Азербайджане
            // кадры … перекликаются с памятью о 1990 годе, когда войска убили …»).
            mentionsIn(sentence).some(
              (m) => names(m, conflict.near) && within(m, sentence) && (speaks(m) || (m.end < cue.start && ((wordsBetween(text, sentence.start, m.start) <= 3 && opensWith(m)) || viewReaches(m)))),
            ) ||
            // A paragraph that opens with "They", «Их», "Onları" a few words before the cue goes on about the people the page is
            // about ("They were beaten, and they died of it."); after a sentence of its own paragraph the pronoun is that one's.
            // (After a sentence of its paragraph, too, where that one was flagged for this dispute: the pronoun goes on about the people it
            // is about, "The heart-failure story is … an alibi. They were tortured, …"; or where it opens a quotation that opens the sentence,
            // a speaker's words about the people after a line that introduced the speaker: "«Их пытали», — сказал он".)
            hiddenIn(sentence).some(
              (w) =>
                targets[w.target]!.stance === 11 &&
                within(w, sentence) &&
                w.end <= cue.start &&
                wordsBetween(text, w.end, cue.start) <= 4 &&
                (before === null
                  ? // (Or one that opens a quotation after a colon: "An official said: "They did not just die, …"".)
                    wordsBetween(text, sentence.start, w.start) === 0 || /:\s*["«“„]$/.test(text.slice(sentence.start, w.start))
                  : /^\s*["«“„]$/.test(text.slice(sentence.start, w.start)) ||
                    (wordsBetween(text, sentence.start, w.start) === 0 &&
                      flaggedSince(before.start, (c) => c.end <= sentence.start && /^\s*$/.test(text.slice(c.end, sentence.start)) && claims[c.claim]!.conflict === claim.conflict))),
            )));
      if (!inScope) continue;
      /**
       * Whether the incident or a word for its people is named in the sentence, starting before `pos` if given. (With `pos` a word of
       * custody in general, a word for people right before it is qualified by it, people of its kind, no one case: «в пытках задержанных
       * в отделах полиции», "torture of detainees in police stations".)
       */
      const tied = (pos = sentence.end) =>
        mentionsIn(sentence).some((m) => within(m, sentence) && m.start < pos && names(m, conflict.scope)) ||
        hiddenIn(sentence).some(
          (w) =>
            targets[w.target]!.scope?.includes(claim.conflict) &&
            within(w, sentence) &&
            w.start < pos &&
            !(pos < sentence.end && w.end <= pos && wordsBetween(text, w.end, pos) <= 1 && !/[,;:—–()]/.test(text.slice(w.end, pos))),
        );
      // A sentence that tells of violence against other people ("riot police beating demonstrators … as an example of impunity for
      // violence by officers") tells of theirs: its other cues count only where it names the incident or its people too.
      if (othersIn(sentence) && !tied()) continue;
      // One that speaks of custody in general, of places of detention in the plural or of its deaths and complaints as a kind ("complaints
      // of torture in penal colonies in both countries", "deaths in custody are often put down to heart failure"): its cues count only
      // with the incident or its people named before that word (one after it is the places' own: «в колониях обеих стран»).
      const places = hiddenIn(sentence).find((w) => targets[w.target]!.stance === 17 && within(w, sentence));
      if (places && !tied(places.start)) continue;
      // A party's account named with nothing said of it ("Russia's explanation barely gets a hearing here") states no side:
      // no other cue says what it holds, no word of saying or denial but its own noun, no quotation, no party opening the
      // sentence for it.
      if (
        stance !== 'denies' &&
        !otherCues.length &&
        (accounts.has(cue) || hiddenIn(sentence).some((n) => targets[n.target]!.stance === 4 && n.start >= cue.start && n.end <= cue.end)) &&
        speech.every((w) => w.start >= cue.start && w.end <= cue.end) &&
        !quoted(text, sentence.start, cue.start) &&
        !mentionsIn(sentence).some((m) => m.end <= cue.start && (opensWith(m) || viewOf(m, sentence)))
      )
        continue;
      flagged.add(key);
      // Clauses of one sentence that give the same side ("… died of heart failure; the cause of his brother's death is still
      // being established") make one flag.
      if (flaggedSince(sentence.start, (c) => c.start === sentence.start && claims[c.claim]!.conflict === claim.conflict && claims[c.claim]!.side === claim.side)) continue;
      out.push({ start: sentence.start, end: sentence.end, cueStart: cue.start, cueEnd: cue.end, claim: k, stance });
    }
  }
  // "Baku has rejected that version outright": an account pointed back to (5: that version, эту версию, bu izahı; 6: a
  // pronoun alone, "nobody is buying that") is the one the sentence right before it gave, in its paragraph or ending the
  // paragraph before; a sentence that reports or rejects it takes that sentence's side. With no such sentence, the
  // party that rejects it names the account: Baku rejects Moscow's, Moscow Baku's.
  for (const back of scanned.hidden) {
    const kind = targets[back.target]!.stance;
    if (kind !== 5 && kind !== 6 && kind !== 7) continue;
    // Common words ("that", "it") mostly stand where they point nowhere: passed over before their sentence is looked for.
    // (6 must end its sentence: no word follows before a full stop or the block's end; 7 must stand right before a word of
    // saying or denial.)
    if (kind === 6) {
      let j = back.end;
      while (j < text.length && charClass(text.charCodeAt(j)) !== WORD && charClass(text.charCodeAt(j)) !== BREAK && !isDot(text.charCodeAt(j))) j++;
      if (j < text.length && charClass(text.charCodeAt(j)) === WORD) continue;
    } else if (kind === 7) {
      const at = nextWordAt(back.end);
      let verb = false;
      // (Not a noun of account that is also a word of saying: «между этими версиями» is a demonstrative before its noun, and
      // "these versions" may be both sides' at once.)
      let noun = false;
      for (let k = at < 0 ? scanned.hidden.length : firstFrom(scanned.hidden, at); k < scanned.hidden.length && scanned.hidden[k]!.start === at; k++) {
        const s = targets[scanned.hidden[k]!.target]!.stance;
        verb ||= s === 1 || s === 2;
        noun ||= s === 4;
      }
      if (!verb || noun) continue;
    }
    const sentence = sentenceOf(back.start);
    if (out.some((c) => c.start === sentence.start)) continue;
    // A question that points back asks for an account and gives none ("How does Baku answer that?", «Как на это отвечают в Баку?»).
    if (text.charAt(sentence.end - 1) === '?') continue;
    const words = hiddenIn(sentence).filter(
      (w) => within(w, sentence) && !(w.start >= back.start && w.end <= back.end) && (targets[w.target]!.stance === 2 || (targets[w.target]!.stance === 1 && !ownVoice(w))),
    );
    if (!words.length) continue;
    // A pronoun that ends the sentence is the object of a word of saying or denial a few words before it ("nobody is buying
    // that"), not of some other verb ("… no longer takes instructions from it").
    if (kind === 6 && !words.some((w) => w.end <= back.start && wordsBetween(text, w.end, back.start) <= 3)) continue;
    const lastWordEnd = lastWordEndOf(sentence);
    // A pronoun alone points back where it ends the sentence ("… buying that.") or, an object form, stands right before
    // its verb («Баку это отрицает»); not where it opens the sentence ("That said, …") or a clause ("denied that the crash …").
    if (
      kind !== 5 &&
      (wordsBetween(text, sentence.start, back.start) === 0 || !(kind === 6 ? back.end === lastWordEnd : words.some((w) => w.start >= back.end && wordsBetween(text, back.end, w.start) === 0)))
    )
      continue;
    // "Nobody is buying that", "Nor does Moscow accept this": a saying negated before it is a denial.
    const negations = hiddenIn(sentence).filter((w) => targets[w.target]!.stance === 3 && within(w, sentence));
    const stance: Stance = words.some((w) => targets[w.target]!.stance === 2 || negations.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) <= 2)) ? 'denies' : 'attributes';
    let gap = sentence.start;
    while (gap > 0 && (charClass(text.charCodeAt(gap - 1)) === SPACE || charClass(text.charCodeAt(gap - 1)) === BREAK)) gap--;
    let claim = out.filter((c) => c.end === gap).at(-1)?.claim;
    if (claim === undefined) {
      // A party within a few words of the verb, on a page about the incident: its side's claim, or for a denial the other side's.
      const party = mentionsIn(sentence).find(
        (m) => within(m, sentence) && words.some((w) => distance(m, w) <= 5) && claims.some((c) => c.parties?.some((e) => targets[m.target]!.entities.includes(e))),
      );
      const own = party && claims.findIndex((c) => c.parties?.some((e) => targets[party.target]!.entities.includes(e)));
      if (own === undefined || own < 0 || !conflicts[claims[own]!.conflict]!.scope.some((e) => known.has(e))) continue;
      claim = stance === 'denies' ? claims.findIndex((c) => c.conflict === claims[own]!.conflict && c.side !== claims[own]!.side) : own;
      if (claim < 0) continue;
    }
    out.push({ start: sentence.start, end: sentence.end, cueStart: back.start, cueEnd: back.end, claim, stance });
  }
  return out;
}

/** A claim flag as tools report it (`scan --claims`). */
export interface FoundClaim {
  kind: 'claim';
  start: number;
  end: number;
  text: string;
  conflictId: string;
  claimId: string;
  stance: Stance;
}

/**
 * Every claim flag in one whole text (a file): what `scan --claims` prints. `known`: what the page names,
 * when the text is a part of one (by default, what the text itself names).
 */
export function findClaimFlags(matcher: Matcher, text: string, known?: Set<number>): FoundClaim[] {
  const scanned = matcher.scanAll(text);
  return findClaims(matcher, text, scanned, known ?? clearEntities(matcher, scanned.mentions)).map((c) => {
    const claim = matcher.spec.claims[c.claim]!;
    return { kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), conflictId: matcher.spec.conflicts[claim.conflict]!.id, claimId: claim.id, stance: c.stance };
  });
}
