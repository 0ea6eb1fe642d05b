/** Sentences and the words in them: where a sentence starts and ends, what is quoted, which words stand near a span. */

import { BREAK, IGNORABLE, SPACE, WORD, charClass, foldText } from '../fold';
import type { MatcherSpec } from '../matcher';
import type { Span } from './types';

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]) => words.map(literal).join('|');
const clauseJoins = new WeakMap<MatcherSpec, RegExp>();
const adversativeWords = new WeakMap<MatcherSpec, RegExp>();
const NEVER = /(?!)/;

/**
 * A comma and a conjunction, or a conjunction of a language without a comma before it, that opens a clause of its own ("…
 * were tortured, and no talk of weak hearts will change that", «…, и никакие сказки …», "… öldürüb və heç bir … nağılı …"):
 * from the languages' `clauseJoins`, made once per spec.
 */
export function clauseJoin(spec: MatcherSpec): RegExp {
  let re = clauseJoins.get(spec);
  if (!re) {
    const { afterComma = [], bare = [] } = spec.clauseJoins ?? {};
    const parts = [...(afterComma.length ? [`,\\s*(?:${alternatives(afterComma)})\\s`] : []), ...(bare.length ? [`\\s(?:${alternatives(bare)})\\s`] : [])];
    re = parts.length ? new RegExp(parts.join('|'), 'iu') : NEVER;
    clauseJoins.set(spec, re);
  }
  return re;
}

/** The conjunction of "not X but Y" (but, а, но) at a word's start, from the languages' `adversatives`, made once per spec. */
export function adversative(spec: MatcherSpec): RegExp {
  let re = adversativeWords.get(spec);
  if (!re) {
    const words = spec.adversatives ?? [];
    re = words.length ? new RegExp(`(?:^|[\\s,])(?:${alternatives(words)})\\s`, 'iu') : NEVER;
    adversativeWords.set(spec, re);
  }
  return re;
}

export const isDot = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** Closing quotes and brackets that may follow a sentence's last dot. */
export const CLOSERS = '"\'»”’)]';
/** Opening quotes and brackets that may start a sentence. */
const OPENERS = '"\'«“„‘([';

/**
 * Where the closing quotes, brackets and footnote markers after a sentence's last dot end, from `j`: an encyclopedia's markers stand
 * right after the full stop ("….[16] Next", "….[citation needed] Next", «….[источник не указан]»), short and in square brackets.
 */
function pastClosers(text: string, j: number): number {
  for (;;) {
    while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
    const m = text.charAt(j) === '[' ? /^\[[^[\]\u2029\n]{1,40}\]/.exec(text.slice(j, j + 42)) : null;
    if (!m) return j;
    j += m[0].length;
  }
}

/**
 * Whether a sentence ends right after the dot at `k`: closing quotes may follow, then white space, then a
 * capital, a digit or an opening quote; the word before the dot is no abbreviation (Mr., г.) and no initial (A.).
 */
function endsSentence(text: string, k: number, abbreviations: Set<string>): boolean {
  let j = pastClosers(text, k + 1);
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
  // (Nor does a list item's number that opens its paragraph: "3. "Two brothers tortured …"".)
  if (/^\d{1,2}$/.test(word) && (w < 0 || charClass(text.charCodeAt(w)) === BREAK)) return false;
  // (The end of a word after an apostrophe is no abbreviation, whatever it folds to: "The account is Russia's." ends, though "ş." is one.)
  if (w >= 0 && /['’]/.test(text.charAt(w)) && w > 0 && charClass(text.charCodeAt(w - 1)) === WORD) return true;
  return !abbreviations.has(foldText(word));
}

/** A caption's or a live blog's time stamp: "02:37", "1:02:33". */
const TIME = '\\d{1,2}(?::\\d\\d){1,2}';
/** A time stamp that opens a paragraph, a letter right after it (see sentenceAt). */
const OPENING_STAMP = new RegExp(`^${TIME}[ \\t]+(?=\\p{L})`, 'u');
const STAMP_ALONE = new RegExp(`^\\s*${TIME}\\s*$`);
/** Whether a stretch of text is a time stamp alone. */
export const isTimeStamp = (s: string) => STAMP_ALONE.test(s);

/** The sentence around `pos`: from after the previous sentence's end (or block start) to its own end. */
export function sentenceAt(text: string, pos: number, abbreviations: Set<string>): { start: number; end: number } {
  let start = pos;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (charClass(c) === BREAK) break;
    if (isDot(c) && endsSentence(text, start - 1, abbreviations)) {
      // (The footnote markers after the dot belong to neither sentence: "[citation needed]" says nothing.)
      const past = pastClosers(text, start);
      if (past <= pos && text.slice(start, past).includes('[')) start = past;
      break;
    }
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
  // (A caption's time stamp that opens its paragraph, a letter right after it, is no part of the sentence: "02:37 in other words, moscow's
  // version …", "04:15 Bakı Moskvanın … versiyasına etiraz edib".)
  if (start === 0 || charClass(text.charCodeAt(start - 1)) === BREAK) {
    const stamp = OPENING_STAMP.exec(text.slice(start, Math.min(end, start + 12)));
    if (stamp && start + stamp[0].length <= pos) start += stamp[0].length;
  }
  return { start, end };
}

/** Whether a position is inside quotation marks that open and close within its sentence. */
export function quoted(text: string, start: number, pos: number): boolean {
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
export function wordsNear(text: string, from: number, to: number, n: number, sentence: { start: number; end: number }): [number, number][] {
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

/** The quotation a cue stands in within its sentence, its marks included ("…", «…», “…”, „…“), or null. */
export function quotationOf(text: string, sentence: Span, cue: Span): Span | null {
  const pairs: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };
  for (let k = cue.start - 1; k >= sentence.start; k--) {
    const close = pairs[text.charAt(k)];
    if (close === undefined) continue;
    // (A straight quote opens only where an even number of them stands before it in the sentence.)
    if (close === '"' && (text.slice(sentence.start, k).split('"').length - 1) % 2 === 1) continue;
    const end = text.indexOf(close, cue.end);
    return end >= 0 && end < sentence.end ? { start: k, end: end + 1 } : null;
  }
  return null;
}

/**
 * Whether a line is a byline of a name, a short day and a time ("Rebecca Hall · Tue 09:10", «Ирина Петрова · Пн, 10:15»): a post's, in a
 * thread of several (a day of four letters at most: not a place, "Moscow 14:05").
 */
export const dayByline = (line: string) => /^\p{Lu}[^\s·•!?]*(?:\s[^\s·•!?]+)?\s[·•]\s[\p{L}.]{1,4},?\s\d{1,2}:\d\d$/u.test(line.trim());

/**
 * The label of the paragraph from `start` to `end` that names who speaks what follows: a line of its own, a few words that end in a colon,
 * in capitals or a name and a comma ("GUEST:", «ГОСТЬ:», "CLIP — SPOKESMAN, PROSECUTOR'S OFFICE:", "Leyla, London:"), or a commenter's
 * nickname, a middle dot and a time ("Rustam_1979 · 10:10"); or (`inline`) capitals before a colon that open a paragraph of words
 * ("A: …", "GUEST: …"). Its first word, folded, and whether it is in capitals; undefined if none.
 */
export function labelOf(text: string, start: number, end: number, inline: boolean): [string, boolean] | undefined {
  const line = text.slice(start, end).trim();
  // (A forum post's byline, a handle, its day and its time, "caspian_tern · Mon 08:47", «nargiz_b · Пн, 09:40»; not a reporter's name or a
  // section, "Leyla Karimova · Tue 14:05", "Dünya · Ç., 09:12", review: an article's own.)
  // (An embedded post's byline, a line of its own that ends in the author's handle, a display name and a badge before it at most: "@leyla_g",
  // "Embassy of Russia ✓ @ru_embassy", "Rauf A. · journalist ✓ @rauf_reports": the post under it is the author's words.)
  const handle = inline ? null : /^(?:[^.!?:@]{0,60}\s)?(@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)$/u.exec(line);
  if (handle) return [foldText(handle[1]!), false];
  const head = inline
    ? /^([^:.!?]{1,40}):\s+\S/.exec(line)?.[1]
    : /^[^.!?]{1,60}:$/.test(line)
      ? line.slice(0, -1)
      : (/^[\p{L}@][^\s·•!?]*(?:\s[^\s·•!?]+)?\s[·•]\s\d/u.exec(line)?.[0] ?? /^(?:@|\p{Ll}|[^\s·•!?]*[_\d])[^\s·•!?]*\s[·•]\s[\p{L}.]{1,4},?\s\d/u.exec(line)?.[0]);
  if (!head) return undefined;
  const words = head.split(/\s+/);
  const bare = head.replace(/\([^)]*\)/g, '');
  if (words.length > 8 || !/\p{L}/u.test(bare)) return undefined;
  const capitals = bare === bare.toUpperCase();
  if (inline ? !capitals || words.length > 3 : !capitals && !/^\p{Lu}[\p{L}'’-]*,/u.test(head) && !/[·•]/.test(head)) return undefined;
  return [foldText(words[0]!.replace(/[^\p{L}\p{N}_'’-]+$/u, '')), capitals];
}

/** The paragraphs of a text, in order, each [start, end) between block breaks (an empty one too). */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  for (let p = 0, k = 0; k <= text.length; k++)
    if (k === text.length || charClass(text.charCodeAt(k)) === BREAK) {
      out.push({ start: p, end: k });
      p = k + 1;
    }
  return out;
}

/**
 * The bodies of the official documents a page prints whole, each under its header: a paragraph in capitals that names the issuing body
 * ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF AZERBAIJAN", «СЛЕДСТВЕННЫЕ ОРГАНЫ РОССИЙСКОЙ ФЕДЕРАЦИИ"), then a short date line that
 * closes with a place and a time ("Statement of the Press Service. Baku, this week.", «Пресс-релиз. Баку, 12 марта.»), a word of
 * `documents.kinds` in the one or the other (statement, нота, bəyanat). Its body, the paragraphs after the date line, is the body's words,
 * as a speaker's label makes a transcript's lines (see labelOf), up to an editor's note (`documents.notes`: "Editor's note", «От
 * редакции», "Redaksiyadan") or the next heading. (Not a headline in capitals over the outlet's story, "BAKU DEMANDS ANSWERS OVER
 * DEATHS": a lede follows it, no date line of a document.)
 */
export function documentBodies(text: string, documents: MatcherSpec['documents']): Span[] {
  const out: Span[] = [];
  if (!documents?.kinds.length) return out;
  const paragraphs = paragraphsOf(text).filter((s) => /\S/.test(text.slice(s.start, s.end)));
  const line = (s: Span) => text.slice(s.start, s.end).trim();
  const kind = (w: string | undefined) => !!w && documents.kinds.includes(foldText(w));
  /**
   * Whether a document's kind opens or closes the date line's first sentence ("Statement of the Press Service. Baku, this week.", "Official
   * communiqué. …", «Заявление пресс-службы. …», "Mətbuat xidmətinin bəyanatı. …"), or opens the header ("APPEAL OF …"), or closes it in a
   * possessive ("… TƏŞKİLATLARININ BİRGƏ MÜRACİƏTİ"). Not a kind elsewhere in a headline: "KREMLIN DISMISSES BAKU STATEMENT", "EXPERTS NOTE
   * RISING TENSIONS", «НОВОЕ СООБЩЕНИЕ ИЗ ЕКАТЕРИНБУРГА» over "Moscow, July 1." are the outlet's own stories (review).
   */
  const kindOf = (head: string, date: string) => {
    const lead = /^([^.!?]+)[.!?]\s+\p{Lu}/u.exec(date)?.[1];
    const leadWords = lead?.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const headWords = head.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const last = headWords.at(-1);
    return kind(leadWords[0]) || kind(leadWords.at(-1)) || kind(headWords[0]) || (!!last && /[ıiuü]$/iu.test(last) && kind(last));
  };
  const heading = (s: string) => !/[.!?…:;"'»”’)\]]$/.test(s);
  const note = (s: string) => {
    const start = foldText(s.replace(/^[^\p{L}]+/u, '').slice(0, 30));
    return documents.notes.some((n) => start.startsWith(n));
  };
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const head = line(paragraphs[i]!);
    // (The cheap test first: a short paragraph in capitals, of two words or more.)
    if (head.length > 120 || head !== head.toUpperCase() || head === head.toLowerCase() || !heading(head) || !/\S\s+\S/.test(head)) continue;
    const date = line(paragraphs[i + 1]!);
    if (date.length > 100 || !/(?:^|[.!?]\s+)\p{Lu}[^.!?,]*,\s[^.!?,]{1,30}\.$/u.test(date) || !kindOf(head, date)) continue;
    let j = i + 2;
    while (j < paragraphs.length && !heading(line(paragraphs[j]!)) && !note(line(paragraphs[j]!))) j++;
    if (j > i + 2) out.push({ start: paragraphs[i + 2]!.start, end: paragraphs[j - 1]!.end });
    i = j - 1;
  }
  return out;
}
