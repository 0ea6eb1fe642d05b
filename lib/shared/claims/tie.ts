/**
 * Whether the incident's people, named in a cue's sentence, are tied to the cue: named in its clause, not in an aside or a frame of time
 * or likeness that leaves the cue outside, not someone else's (my brother, başqa iki qardaş); or pointed back to from the cue's clause.
 */

import { foldText } from '../fold';
import { STANCE, wordsBetween } from '../matcher';
import type { ClaimContext } from './context';
import type { Span } from './types';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const holds = (a: Span, b: Span) => b.start >= a.start && b.end <= a.end;
/** Punctuation that parts a phrase from what follows it. */
const PARTED = /[,;:—–()"«»“”]/;

/** The clause a span stands in within its sentence: semicolons part a sentence's clauses. */
function clauseAround(text: string, sentence: Span, s: Span): Span {
  const head = text.lastIndexOf(';', s.start - 1);
  const tail = text.indexOf(';', s.end);
  return { start: head >= sentence.start ? head + 1 : sentence.start, end: tail >= 0 && tail < sentence.end ? tail : sentence.end };
}

/** The asides of a sentence: what a pair of dashes or brackets sets off ("— including the many who travelled to the brothers' funeral —"). */
function asidesOf(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  for (let k = sentence.start; k < sentence.end; k++) {
    const ch = text.charAt(k);
    const close = ch === '(' ? ')' : ch === '—' || ch === '–' ? ch : '';
    if (!close) continue;
    const end = text.indexOf(close, k + 1);
    if (end < 0 || end >= sentence.end) continue;
    out.push({ start: k, end: end + 1 });
    k = end;
  }
  return out;
}

/**
 * The frame of time or likeness (each language's `frames`) a name stands in, if any: a frame word before it, two
 * words before at most, with no punctuation between ("Since the deaths of the Safarov brothers, …", «после гибели братьев …», «как и …»;
 * the frame runs to the name, or, where it opens its clause, to the comma that closes it); or one right after it, or after the noun it
 * possesses ("Qardaşlar kimi …", "Qardaşların ölüm-ü-n-dən sonra …"; not "qardaşlar ölümdən əvvəl … məruz qalıblar", the brothers …
 * before death). A cue in the frame is tied to the name ("After the brothers were beaten, …"), one outside it not. `m` is the name with what it overlaps
 * ("deaths of the Safarov brothers" holds "brothers"), `own` the name itself.
 */
export function frameOf(ctx: ClaimContext, clause: Span, m: Span, own: Span): Span | null {
  const { text, wordsOf } = ctx;
  const frames = ctx.matcher.spec.frames;
  if (!frames) return null;
  const phrase = (words: [number, number][], i: number, j: number) =>
    words
      .slice(i, j + 1)
      .map(([a, b]) => foldText(text.slice(a, b)))
      .join(' ');
  const before = wordsOf(Math.max(clause.start, m.start - 200), m.start);
  for (let j = before.length - 1; j >= 0 && before.length - 1 - j <= 2; j--) {
    if (PARTED.test(text.slice(before[j]![1], m.start))) break;
    // (The longest phrase first: "on the day", not "the day" within it.)
    for (let i = Math.max(0, j - 2); i <= j; i++) {
      if (!frames.before.includes(phrase(before, i, j))) continue;
      const opens = !/\S/.test(text.slice(clause.start, before[i]![0]).replace(/.*,/s, ''));
      const comma = text.indexOf(',', m.end);
      const end = opens ? (comma >= 0 && comma < clause.end ? comma : clause.end) : m.end;
      return { start: before[i]![0], end };
    }
  }
  // (Or a phrase of time that opens a clause of its own, further before it in that clause with no punctuation between: "… came in the same
  // week that Baku called off Overchuk's visit over the Safarov deaths"; the frame runs over that clause, to the comma that closes it.)
  const clauses = frames.clauses ?? [];
  for (let j = before.length - 1; clauses.length && j >= 0 && before.length - 1 - j <= 12; j--) {
    if (PARTED.test(text.slice(before[j]![1], m.start))) break;
    for (let i = Math.max(0, j - 2); i <= j; i++) {
      if (!clauses.includes(phrase(before, i, j))) continue;
      const comma = text.indexOf(',', m.end);
      return { start: before[i]![0], end: comma >= 0 && comma < clause.end ? comma : clause.end };
    }
  }
  const { participles = [], times = [], genitives = [] } = frames;
  const after = wordsOf(own.end, Math.min(clause.end, own.end + 200)).slice(0, 7);
  for (let k = 0; k <= 1 && k < after.length; k++) {
    if (PARTED.test(text.slice(own.end, after[k]![0]))) break;
    if (k === 1 && !frames.possessed.some((x) => foldText(text.slice(after[0]![0], after[0]![1])).endsWith(x))) break;
    // (After the noun the name possesses, or a name that ends with it, a measure of time may stand before it, a count and a time noun: "Qardaşların ölümündən bir ay
    // sonra …", a month after the brothers' deaths.)
    const possessed = (k === 1 ? foldText(text.slice(after[0]![0], after[0]![1])) : foldText(text.slice(own.start, own.end))).split(' ').at(-1)!;
    const from =
      frames.possessed.some((x) => possessed.endsWith(x)) &&
      k + 2 < after.length &&
      times.includes(foldText(text.slice(after[k + 1]![0], after[k + 1]![1]))) &&
      !PARTED.test(text.slice(after[k]![1], after[k + 2]![0]))
        ? k + 2
        : k;
    for (const start of from > k ? [k, from] : [k])
      for (let j = start; j < after.length && j - start < 3; j++) if (frames.after.includes(phrase(after, start, j))) return { start: own.start, end: after[j]![1] };
  }
  // (Or a time noun right after a participle a word or two after the name in the genitive, its subject: "Qardaşların dəfn olunduğu gün …",
  // "Qardaşların öldüyü həftə …"; not "Qardaşlar dəfn olunduğu gün döyülüb", the brothers were beaten on the day of a burial.)
  const genitive = genitives.some((x) => foldText(text.slice(own.start, own.end)).endsWith(x));
  for (let k = 0; genitive && k <= 1 && k + 1 < after.length; k++) {
    if (PARTED.test(text.slice(own.end, after[k + 1]![0]))) break;
    const word = foldText(text.slice(after[k]![0], after[k]![1]));
    if (participles.some((x) => word.endsWith(x)) && times.includes(foldText(text.slice(after[k + 1]![0], after[k + 1]![1])))) return { start: own.start, end: after[k + 1]![1] };
  }
  return null;
}

/**
 * Whether a name or a word for the incident's people (`m`) possesses a person of their circle, who stands for it (`kin`): that person's noun
 * right after it ("One of the brothers' uncles", "Qardaşların dayısı"), or right before it, or a link or two before it ("uncles of the
 * brothers", «один из дядей Сафаровых», "a neighbour from the brothers' old courtyard"): the cue is that person's. Not one who speaks in the
 * cue's clause, a word of saying or denial a word or two after them or after the cue, which reports it ("The brothers' father says they
 * were beaten", "Qardaşların atası onların döyüldüyünü deyir").
 */
export function kinOf(ctx: ClaimContext, sentence: Span, cue: Span, m: Span): boolean {
  const { nouns = [] } = ctx.matcher.spec.kin ?? {};
  if (!nouns.length) return false;
  const { text, hiddenIn, ownVoice } = ctx;
  const clause = clauseAround(text, sentence, cue);
  const speaks = (a: number, b: number) =>
    hiddenIn(sentence).some((v) => ctx.reports(v) && holds(clause, v) && !ownVoice(v) && v.start >= a && (wordsBetween(text, b, v.start) <= 2 || v.start >= cue.end));
  return kinNounsOf(ctx, sentence, m).some(([a, b]) => !speaks(a, b));
}

/** The nouns of `kin` that a name or a word for the incident's people (`m`) possesses, right beside it or a link or two before it (see kinOf). */
function kinNounsOf(ctx: ClaimContext, sentence: Span, m: Span): [number, number][] {
  const { nouns = [], links = [] } = ctx.matcher.spec.kin ?? {};
  const { text, wordsOf } = ctx;
  const words = wordsOf(sentence.start, sentence.end);
  return words.filter(([a, b]) => {
    if (!nouns.includes(foldText(text.slice(a, b)))) return false;
    if (a >= m.end) return wordsBetween(text, m.end, a) === 0 && !/[,;:—–()]/.test(text.slice(m.end, a));
    if (b > m.start || /[,;:—–()]/.test(text.slice(b, m.start))) return false;
    const between = words.filter(([x, y]) => x >= b && y <= m.start);
    return !between.length || (between.length <= 2 && links.includes(foldText(text.slice(between[0]![0], between[0]![1]))));
  });
}

/**
 * Whether the incident's people named in the sentence (`people`: names and words for them) are tied to the cue, and so put it in scope:
 * one of them in the cue's clause (a semicolon parts clauses), not in an aside the cue stands outside (or one it stands in while they do
 * not), not in a frame of time or likeness that leaves the cue outside ("Since the deaths of the Safarov brothers, …", «после гибели
 * братьев …», "Qardaşlar kimi …"), and not someone else ("my brother", "his own brother", «у моей мамы», "başqa iki qardaş … hər ikisi",
 * «Торговец рассказал, что его младший брат …»); or, one so named in another clause, pointed back to by a word in the cue's ("The
 * Safarov brothers did not simply die in a cell; they were killed there").
 */
export function peopleTied(ctx: ClaimContext, sentence: Span, people: Span[], cue: Span): boolean {
  if (!people.length) return false;
  if (people.some((m) => overlaps(m, cue))) return true;
  const { text, wordsOf, targets, hiddenIn, mentionsIn, ownVoice, sideOf } = ctx;
  const { anaphors = [], others = [], possessives = [], complementizers = [] } = ctx.matcher.spec;
  const asides = asidesOf(text, sentence);
  const clause = clauseAround(text, sentence, cue);
  const words = wordsOf(sentence.start, sentence.end);
  const folded = words.map(([a, b]) => foldText(text.slice(a, b)));
  /** A name with the names and words it overlaps ("deaths of the Safarov brothers" holds "brothers"). */
  const whole = (m: Span) => {
    let s = { start: m.start, end: m.end };
    for (let grew = true; grew; ) {
      grew = false;
      for (const o of people)
        if (overlaps(o, s) && (o.start < s.start || o.end > s.end)) {
          s = { start: Math.min(s.start, o.start), end: Math.max(s.end, o.end) };
          grew = true;
        }
    }
    return s;
  };
  /** Whether a span stands a word or two after a word at `b`, nothing parting them. */
  const right = (b: number, m: Span) => b <= m.start && wordsBetween(text, b, m.start) <= 2 && !/[,;:—–()]/.test(text.slice(b, m.start));
  /**
   * Whether the possessive at words[k], right before `m` (an adjective between), stands in what a saying reports whose speaker opens the
   * sentence and is none of the incident's people nor a party: «Торговец фруктами рассказал, что его младший брат умер от инфаркта …».
   */
  const speakersKin = (m: Span, k: number) => {
    const [a, b] = words[k]!;
    if (!possessives.includes(folded[k]!) || b > m.start || wordsBetween(text, b, m.start) > 1 || /[,;:—–()]/.test(text.slice(b, m.start))) return false;
    const saying = hiddenIn(sentence).find((v) => targets[v.target]!.stance === STANCE.says && v.start >= sentence.start && v.end <= a && !ownVoice(v));
    return (
      !!saying &&
      !people.some((o) => o.end <= saying.start) &&
      !mentionsIn(sentence).some((o) => o.start >= sentence.start && o.end <= saying.start && sideOf(o) >= 0) &&
      wordsOf(saying.end, a).some(([x, y]) => complementizers.includes(foldText(text.slice(x, y))))
    );
  };
  /**
   * Whether a name or a word stands for someone else: a word (or phrase) of `others` a word or two before it ("my brother", "his own brother", «у моей
   * мамы»), or, for one that points back ("hər ikisi", «оба»), before it in its clause with none of the incident's people named between
   * outside an aside ("başqa iki qardaş (Səfərovlarla … yoxdur) … hər ikisinin döyüldüyünü"); or the kin of a speaker (speakersKin).
   */
  const elsewhere = (m: Span) =>
    unrelatedTo(m) ||
    words.some(([a, b], k) => {
      if (speakersKin(m, k)) return true;
      // (A phrase of two or three words ending at the word, too: «ещё один Сафаров», another Safarov.)
      if (b > m.start || ![1, 2, 3].some((n) => k + 1 >= n && others.includes(folded.slice(k + 1 - n, k + 1).join(' ')))) return false;
      if (right(b, m)) return true;
      const points = words.some(([x, y], j) => x >= m.start && y <= m.end && anaphors.includes(folded[j]!));
      return points && a >= clauseAround(text, sentence, m).start && !people.some((o) => o.start >= b && o.end <= m.start && !asides.some((s) => holds(s, o)) && !right(b, o));
    });
  /**
   * Whether a phrase that says someone is no kin of them stands right before a name or a word (a word between: "no relation to the
   * brothers", «не имеющий отношения к братьям») or right after it ("qardaşlarla heç bir qohumluğu olmayan"): they are named as whom a
   * namesake is not.
   */
  const { before: unrelatedBefore = [], after: unrelatedAfter = [] } = ctx.matcher.spec.unrelatedTo ?? {};
  const unrelatedTo = (m: Span) => {
    const last = words.findLastIndex(([, b]) => b <= m.start);
    for (let j = last; j >= 0 && j >= last - 1 && !PARTED.test(text.slice(words[j]![1], m.start)); j--)
      for (let i = Math.max(0, j - 6); i <= j; i++) if (unrelatedBefore.includes(folded.slice(i, j + 1).join(' '))) return true;
    const next = words.findIndex(([a]) => a >= m.end);
    if (next < 0 || PARTED.test(text.slice(m.end, words[next]![0]))) return false;
    for (let j = next; j < words.length && j < next + 4; j++) if (unrelatedAfter.includes(folded.slice(next, j + 1).join(' '))) return true;
    return false;
  };
  const wholes = new Map(people.map((m) => [m, whole(m)]));
  const named = people.filter((m) => {
    const w = wholes.get(m)!;
    return !asides.some((a) => holds(a, w) !== holds(a, cue)) && !elsewhere(m) && !kinOf(ctx, sentence, cue, w);
  });
  const own = named.map((m) => frameOf(ctx, clauseAround(text, sentence, wholes.get(m)!), wholes.get(m)!, m));
  // (A word that a later word of its name follows stands in that word's frame: "Səfərov" in "Səfərov qardaşlarının ölümündən on gün sonra".)
  const frames = own.map((f, k) => {
    if (f) return f;
    const m = named[k]!;
    const j = named.findIndex((o, i) => !!own[i] && o.start >= m.end && holds(wholes.get(m)!, o));
    return j < 0 ? null : { start: m.start, end: own[j]!.end };
  });
  if (named.some((m, k) => holds(clause, m) && (!frames[k] || holds(frames[k]!, cue)))) return true;
  /** Whether a word in the cue's clause points back to the people: one so named elsewhere, or the word right after a frame one stands in. */
  const pointing = (a: number, b: number, k: number) => a >= clause.start && b <= clause.end && !people.some((m) => overlaps(m, { start: a, end: b })) && anaphors.includes(folded[k]!);
  return words.some(
    ([a, b], k) =>
      pointing(a, b, k) &&
      // (A name in a frame is pointed back to only by the word that follows the frame, "After the Safarov brothers were detained, they were
      // tortured"; not "Like the brothers, tens of thousands of Azerbaijanis have built their lives …".)
      // (And only back: a name in a later clause is no antecedent of a word before it, "… beaten outside his shop …; the men who attacked
      // him were never caught".)
      named.some((m, j) => m.end <= a && (!frames[j] || /^[\s,]*$/.test(text.slice(frames[j]!.end, a)))),
  );
}

/**
 * Whether someone's kin, a possessive right before a noun of `kin` (or after it and a link: "a neighbour of hers"), is the subject of the
 * cue, a few words before it in its clause with nothing parting them and no word of saying or denial between ("her father had a heart
 * attack on the day the brothers' deaths were announced", «её отец перенёс инфаркт», "onun atası infarkt keçirib"): the cue is that
 * person's, whoever else the sentence names. Not where the incident's people (`people`) are named before the possessive, whose kin it may
 * be ("Ziyaddin's daughter said her father had been beaten"), unless only as the possessors of someone of their circle ("A cousin of the
 * Safarov brothers … said a neighbour of hers died of a heart attack").
 */
export function kinSubject(ctx: ClaimContext, sentence: Span, cue: Span, people: Span[]): boolean {
  const { nouns = [], links = [] } = ctx.matcher.spec.kin ?? {};
  const { possessives = [] } = ctx.matcher.spec;
  if (!nouns.length || !possessives.length) return false;
  const { text, wordsOf, hiddenIn } = ctx;
  const clause = clauseAround(text, sentence, cue);
  const words = wordsOf(clause.start, cue.start);
  const folded = words.map(([a, b]) => foldText(text.slice(a, b)));
  return words.some(([a, b], k) => {
    // (The possessive before the noun, "her father", «её соседа»; or after it and a link, "a neighbour of hers".)
    const after = possessives.includes(folded[k]!) && nouns.includes(folded[k + 1] ?? '') ? k + 1 : -1;
    const linked = nouns.includes(folded[k]!) && links.includes(folded[k + 1] ?? '') && possessives.includes(folded[k + 2] ?? '') ? k + 2 : -1;
    const last = words[Math.max(after, linked)];
    if (!last || /[,;:—–()"«»“”]/.test(text.slice(b, last[0])) || wordsBetween(text, last[1], cue.start) > 3 || /[,;:—–()"«»“”]/.test(text.slice(last[1], cue.start))) return false;
    // (The incident's people named before it may be whose kin it is, "Ziyaddin's daughter said her father had been beaten"; not where they
    // are named only as the possessors of someone of their circle, who speaks: «Родственница Сафаровых … рассказала, что её соседа …».)
    // (A name with what it overlaps: "brothers" in "the Safarov brothers".)
    const possessor = (m: Span) => people.some((o) => overlaps(o, m) && kinNounsOf(ctx, sentence, o).length > 0);
    return !people.some((m) => m.end <= a && !possessor(m)) && !hiddenIn(sentence).some((v) => ctx.reports(v) && v.start >= last[1] && v.end <= cue.start);
  });
}
