/** The words claims read only near a cue or a party (`Matcher.context`), added to what `scanAll` found. */

import { BREAK, WORD, charClass } from '../fold';
import { namesParty, STANCE, type Matcher, type RawMention, type Scanned } from '../matcher';
import { sentenceAt } from './sentences';

/**
 * What `scanAll` found, with the words claims read only nearby (`Matcher.context`: words of saying, pronouns…) added
 * where a claim can be: in each paragraph that holds a cue or an event's word, in the paragraph before it (a word for
 * the people there makes a bare noun in it theirs; context.ts, `namedBefore`) and in the paragraph after it (a pronoun
 * there points back to it); and in each sentence that names a party where a pronoun or a noun of account can give that
 * party's side without a cue (`givesSide`: "Baku rejected that", "Moscow's version"; where it holds such a noun, that
 * paragraph and the ones around it are read too, as for a cue). A sentence never runs across paragraphs, so each
 * sentence a flag can come from has all its words, and a page with no claim pays for none of them.
 */
export function withNearWords(matcher: Matcher, text: string, found: Scanned): Scanned {
  const { targets } = matcher;
  const partyAt: number[] = [];
  for (const m of found.mentions) if (namesParty(matcher, m)) partyAt.push(m.start);
  if (!found.hidden.length && !partyAt.length) return found;
  partyAt.sort((a, b) => a - b);
  /** The end of the paragraph at `pos`: its break, or the text's end. */
  const paragraphEnd = (pos: number) => {
    pos = Math.min(pos, text.length);
    while (pos < text.length && charClass(text.charCodeAt(pos)) !== BREAK) pos++;
    return pos;
  };
  /** The start of the paragraph at `pos`. */
  const paragraphStart = (pos: number) => {
    while (pos > 0 && charClass(text.charCodeAt(pos - 1)) !== BREAK) pos--;
    return pos;
  };
  /** Each anchor's paragraph, with the one before and the one after, as [from, to) in text order. */
  const paragraphsOf = (anchors: number[]) => {
    const out: [number, number][] = [];
    let own = -1;
    for (const at of anchors) {
      if (at < own) continue;
      let before = paragraphStart(at);
      while (before > 0 && charClass(text.charCodeAt(before - 1)) === BREAK) before--;
      own = paragraphEnd(at);
      out.push([paragraphStart(before), paragraphEnd(own + 1)]);
    }
    return out;
  };
  const sentences: [number, number][] = [];
  let lastEnd = -1;
  for (const at of partyAt) {
    if (at < lastEnd) continue;
    const s = sentenceAt(text, at, matcher.abbreviations);
    lastEnd = s.end;
    if (givesSide(matcher, text, s)) sentences.push([s.start, s.end]);
  }
  const read = union([...paragraphsOf(found.hidden.map((w) => w.start)), ...sentences]);
  let near = read.flatMap(([from, to]) => matcher.context(text, from, to));
  // A party's sentence with a noun of account (an account of the party's, a cue then): its paragraph and the next too.
  const accounts = near.filter((w) => targets[w.target]!.stance === STANCE.account).map((w) => w.start);
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

/**
 * Whether a sentence naming a party may give that party's side with no cue in it, by its words of saying, denial, account and
 * charge (`Matcher.reporting`): a noun of account ("Moscow's version"); a charge with a word of saying or denial ("Baku
 * dismissed Moscow's statement"); or a word of saying or denial with a pronoun that points back as its object, its last word
 * ("nobody is buying that") or one right before it («Баку это отрицает»). The pronouns are common little words: only those
 * two places are looked at, not the whole sentence (claims/point-back.ts asks no more of them).
 */
function givesSide(matcher: Matcher, text: string, s: { start: number; end: number }): boolean {
  const { targets } = matcher;
  const reporting: RawMention[] = [];
  let charge = false;
  for (const w of matcher.reporting(text, s.start, s.end)) {
    const stance = targets[w.target]!.stance;
    if (stance === STANCE.account) return true;
    if (stance === STANCE.charge) charge = true;
    else if (stance === STANCE.says || stance === STANCE.denies) reporting.push(w);
  }
  if (!reporting.length) return false;
  if (charge) return true;
  const isPointer = (from: number, to: number, stance: number) => matcher.context(text, from, to).some((p) => p.start === from && targets[p.target]!.stance === stance);
  // The last word of the sentence (its start, at a word's start after a non-word).
  let end = s.end;
  while (end > s.start && charClass(text.charCodeAt(end - 1)) !== WORD) end--;
  let start = end;
  while (start > s.start && charClass(text.charCodeAt(start - 1)) === WORD) start--;
  if (start < end && isPointer(start, s.end, STANCE.pointerLast)) return true;
  // The word right before each word of saying or denial.
  return reporting.some((w) => {
    let b = w.start;
    while (b > s.start && charClass(text.charCodeAt(b - 1)) !== WORD) b--;
    let a = b;
    while (a > s.start && charClass(text.charCodeAt(a - 1)) === WORD) a--;
    return a < b && isPointer(a, w.start, STANCE.pointerObject);
  });
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
