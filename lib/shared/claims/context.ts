/** The per-call context of `findClaims`: the text, what was scanned, the lookups its steps share. */

import { BLOCK_BREAK, BREAK, SPACE, WORD, charClass, foldCode, foldText } from '../fold';
import { ambiguityOf, namedSpans, wordsBetween, type Matcher, type RawMention, type Scanned, STANCE } from '../matcher';
import { withNearWords } from './near';
import { CLOSERS, dayByline, documentBodies, labelOf, paragraphsOf, sentenceAt, wordsNear } from './sentences';
import type { RawClaim, Span } from './types';

/**
 * What every step of one `findClaims` call shares: the text, what was scanned in it, the lookups made once per call
 * (each cached: a span's words and names, a sentence, a question), and the flags given so far.
 */
export interface ClaimContext {
  matcher: Matcher;
  text: string;
  /** Entities the whole page names clearly. */
  known: Set<number>;
  claims: Spec['claims'];
  conflicts: Spec['conflicts'];
  negatives: Spec['negatives'];
  targets: Matcher['targets'];
  abbreviations: Set<string>;
  /** What `scanAll` found, with the words read near cues and parties; words of stance of several parts only whole. */
  scanned: Scanned;
  /** The index of the first item of a list in text order that starts at or after `pos`. */
  firstFrom: (list: { start: number }[], pos: number) => number;
  /** The items of a list in text order that lie within a span. */
  slice: (list: RawMention[], s: Span) => RawMention[];
  /** The words kept aside (cues, words of saying…) in a span, found once per span. */
  hiddenIn: (s: Span) => RawMention[];
  /** The names in a span, found once per span. */
  mentionsIn: (s: Span) => RawMention[];
  /** Where the first word after `pos` starts, before the end of its block; -1 if none. */
  nextWordAt: (pos: number) => number;
  /** The outlet's own words (stance 8). */
  ownVoices: RawMention[];
  /** Where the paragraph of `pos` starts. */
  paragraphStart: (pos: number) => number;
  /** Whether a paragraph of the page opens with a label of the outlet's staff ("ANCHOR:", "Q: …", see labelOf): a transcript or an interview. */
  staffed: () => boolean;
  /** Whether the page holds two bylines of a name, a day and a time or more (see dayByline): a thread of posts, each its author's. */
  threaded: () => boolean;
  /** Whether `pos` lies in the body of an official document the page prints under its header (see documentBodies), found once a page. */
  documented: (pos: number) => boolean;
  /** Whether the paragraph [start, end) is a heading over readers' comments (see commentsHeading below). */
  commentsHeading: (start: number, end: number) => boolean;
  /** Whether a conjunction that opens a clause of its own stands among the words of [from, to). */
  joinedIn: (from: number, to: number) => boolean;
  /** Whether a word closes its clause right before `to`'s. */
  closesClause: (w: { end: number }, to: number) => boolean;
  /** Entities that speak for a side (Baku, Moscow, the Prosecutor General). */
  partyEntities: Set<number>;
  /** Accounts pointed back to (stance 5: that version, эту версию). */
  pointedBack: RawMention[];
  /** The sentence at `pos`, found once. */
  sentenceOf: (pos: number) => Span;
  /** Whether a sentence (or a quotation in one) is a question that asks yes or no, found once. */
  asksWhether: (sentence: Span) => boolean;
  /** The flags given so far, in text order. */
  out: RawClaim[];
  /** Whether a flag already given starts at or after `from` and fits. */
  flaggedSince: (from: number, fits: (c: RawClaim) => boolean) => boolean;
  /** Clause and conflict (`clause:conflict`) of each cue's flag given so far. */
  flagged: Set<string>;
  within: (m: RawMention, s: Span) => boolean;
  /** Where a sentence's last word ends (before its full stop and closing quotes). */
  lastWordEndOf: (s: Span) => number;
  /** Words between two spans; 0 where they overlap. */
  distance: (a: Span, b: Span) => number;
  /** Whether a word of saying or negation is the outlet's own. */
  ownVoice: (w: Span) => boolean;
  /** Whether a word found is one of saying or of denial (`STANCE.says`, `STANCE.denies`). */
  reports: (w: { target: number }) => boolean;
  /** Whether a mention names the incident or its people of conflict `c` (of any conflict without it), not a party. */
  incidentNamed: (m: { target: number }, c?: number) => boolean;
  /** The first claim of the side a party speaks for (Baku: Azerbaijan's), or -1. */
  sideOf: (m: RawMention) => number;
  /**
   * The negative affixes of a sentence's language, if it negates inside its verbs, and so puts its verb last (Azerbaijani: its
   * letters tell it); found once a sentence.
   */
  negativeIn: (sentence: Span) => NonNullable<Spec['negatives']>[number] | undefined;
  topics: Spec['topics'];
  /** The words of [from, to), as [start, end) pairs. */
  wordsOf: (from: number, to: number) => [number, number][];
  /** Nouns of account that name a party's account, and the claim of that party's side (filled by findAccounts). */
  accounts: Map<RawMention, number>;
  /** Whether a party opens its sentence with a word of point of view beside it. */
  viewOf: (m: RawMention, sentence: Span) => boolean;
  /** The claims a cue (or a party's account) gives. */
  cuesOf: (h: RawMention) => number[];
  /** Whether a mention names one of the entities in `list`. */
  names: (m: RawMention, list: number[]) => boolean;
  /** othersIn's answers, by the sentence's start. */
  othersCache: Map<number, boolean>;
  /**
   * Whether a sentence speaks of many cases, of a kind or of another time: a word of `generic` ("every year", "the risk of"), or a
   * year (in 2012, «в 2021 году», "2020-ci ildə"); found once a sentence.
   */
  ofKind: (sentence: Span) => boolean;
  /**
   * Whether a word for the incident's people (of `scope`) stands for conflict c's people: a common noun (men, задержанные, kişilər) only
   * where a determiner makes it definite ("the men", «один из задержанных», "kişilərdən biri"), or, in a language without articles, bare
   * in a sentence of no kind.
   */
  forPeople: (w: RawMention, conflict: number) => boolean;
  /** Whether a name (or a word inside one) qualifies a noun of affair ("the Safarov case", «дело Сафаровых», "Səfərovlar işi"): it names the affair, not its people. */
  affair: (m: Span) => boolean;
  /** Whether a sentence holds a word that points back to people named before it (he, one, the other, он, второй, o, biri). */
  linksBack: (sentence: Span) => boolean;
  /** Whether a position lies in an entry of a list whose label names nothing of the incident ("2017, Saransk. A builder died …"): the entry's people are its own. */
  entryOf: (pos: number) => boolean;
  /** Whether the most recent group of people introduced at a position is others, not the incident's people (`firm`: others introduced by their ages or their name). */
  othersAt: (pos: number, firm?: boolean) => boolean;
  /** The word for the people an event with no name in it is built on, if any. */
  eventWord: (m: RawMention) => RawMention | undefined;
  /**
   * Whether [from, to) of a sentence holds a capitalised word, past the sentence's first, that no name of the pack's covers: someone or
   * somewhere of another story ("The torture allegation made by a Kazan student …", "A placard at the Kazan rally read: …").
   */
  namesStranger: (sentence: Span, from?: number, to?: number) => boolean;
}

type Spec = Matcher['spec'];

/** The context of one call: what `scanAll` found (`scannedAll`) with the words read near cues and parties, and its lookups. */
export function claimContext(matcher: Matcher, text: string, scannedAll: Scanned, known: Set<number>): ClaimContext {
  const { claims, conflicts, negatives } = matcher.spec;
  const found = withNearWords(matcher, text, scannedAll);
  const targets = matcher.targets;
  const abbreviations = matcher.abbreviations;
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
  const conjunctions = new Set(matcher.spec.conjunctions ?? []);
  /** Whether a conjunction that opens a clause of its own stands among the words of [from, to), a gap of a few words. */
  const joinedIn = (from: number, to: number) => wordsOf(from, to).some(([a, b]) => conjunctions.has(foldText(text.slice(a, b))));
  // A word of stance in several parts ("holding … responsible", "put … down to", "kimi … göstərir") counts only with each of
  // its other parts before it in its sentence, within a few words, in one clause: no semicolon between them, nor a comma and a conjunction
  // that opens a clause ("Nothing surprised her, and the autopsy proves …"; an "and" in a phrase keeps it: "holds Moscow and its police
  // responsible").
  const companionBefore = (w: RawMention, g: number) =>
    found.hidden.some((c) => targets[c.target]!.companion?.includes(g) && c.end <= w.start && wordsBetween(text, c.end, w.start) <= 8 && !clauseBreakIn(c.end, w.start));
  /** Whether a semicolon, or a comma with a conjunction that opens a clause right after it, stands in [from, to). */
  const clauseBreakIn = (from: number, to: number) => {
    const gap = text.slice(from, to);
    if (gap.includes(';')) return true;
    for (const m of gap.matchAll(/,\s*(\p{L}+)/gu)) if (conjunctions.has(foldText(m[1]!))) return true;
    return false;
  };
  // A family name that a given name of someone else's opens is a namesake's ("Elnur Safarov", «Тимур Сафаров», "Rəşad Səfərov",
  // "Another Safarov"), as the names themselves resolve it (ambiguityOf): neither the name nor the word for the people at its place
  // stands for the incident's people.
  const named = namedSpans(found.mentions);
  // (So is one that a word of an occupation or a title opens, initials between: "cardiologist Safarov", "Dr A. Safarov", «кардиохирург Э.
  // Сафаров»: the incident's people held none.)
  const occupations = new Set(matcher.spec.occupations ?? []);
  const held = (m: RawMention) => {
    const word = /(\p{L}+)\.?[ \t]+(?:\p{Lu}\.[ \t]*){0,2}$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return !!word && occupations.has(foldText(word[1]!));
  };
  /** A word's first letter as names are keyed (З z, Г h, Ş s). */
  const keyInitial = (word: string) => {
    const c = foldText(word.charAt(0));
    return (matcher.spec.romanised[c] ?? c).charAt(0);
  };
  // (So is one that initials open, none of them the first letter of a name of the people it may mean, nor a title: "T. Safarov", «Студента
  // Т. Сафарова», "N. Səfərova"; not "Z. Safarov", «Г. Сафаров».)
  const initialled = (m: RawMention) => {
    const initials = /(?:^|[^\p{L}.])((?:\p{Lu}\p{Ll}?\.[ \t]*){1,2})$/u.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!initials) return false;
    // (A family's plural, "Г. и З. Сафаровых": the people whose names end in the family's.)
    const { entities } = matcher.spec;
    const families = targets[m.target]!.entities.map((e) => entities[e]!.name.split(' ')[0]);
    const own = new Set(entities.filter((e, k) => targets[m.target]!.entities.includes(k) || families.includes(e.name.split(' ').at(-1))).map((e) => keyInitial(e.name)));
    return [...initials[1]!.matchAll(/\p{Lu}\p{Ll}?/gu)].every(([x]) => !own.has(keyInitial(x)) && !matcher.titles.has(foldText(x)));
  };
  // (And a later mention of a name that a namesake so introduced bore where his own sentence says he is no kin of them, before or after the
  // name: "Rauf Safarov, who is no relation of the brothers, …", «депутат Рамиль Сафаров … к братьям отношения не имеет: «Просто
  // однофамилец»», then "Сафаров сказал", "Səfərovun fikrincə": still his.)
  const { before: unrelatedBefore = [], after: unrelatedAfter = [] } = matcher.spec.unrelatedTo ?? {};
  const unrelatedPhrases = [...unrelatedBefore, ...unrelatedAfter];
  const disowned = new Set<number>();
  const disowns = (m: RawMention) => {
    const s = sentenceAt(text, m.start, abbreviations);
    const said = ` ${foldText(text.slice(s.start, s.end))
      .split(/[^\p{L}\p{N}]+/u)
      .join(' ')} `;
    return unrelatedPhrases.some((x) => said.includes(` ${x} `));
  };
  const namesakeMentions = found.mentions.filter((m) => {
    const t = targets[m.target]!;
    if (!t.ambiguous && !t.family) return false;
    if (disowned.has(m.target)) return true;
    const other = ambiguityOf(matcher, text, m, named)?.someoneElse || held(m) || initialled(m);
    if (other && t.ambiguous && disowns(m)) disowned.add(m.target);
    return other;
  });
  const namesakes = new Set(namesakeMentions.map((m) => `${m.start}:${m.end}`));
  // (And an event that such a name opens, "N. Səfərova … ölümünü": the namesake's.)
  const namesakeStarts = new Set(namesakeMentions.map((m) => m.start));
  // A word of negation that is, whole, a particle that asks ("Yoxsa …?", or else) negates nothing.
  const particles = matcher.spec.questions?.particles ?? [];
  const asks = (w: RawMention) => targets[w.target]!.stance === STANCE.negates && particles.includes(foldText(text.slice(w.start, w.end)));
  // A noun of account inside a phrase of the outlet's own or of being called to account ("Who will answer for these beatings?", answer
  // for) is no account anyone gives.
  const ownSpans = found.hidden.filter((w) => targets[w.target]!.stance === STANCE.ownVoice);
  const answering = (w: RawMention) => targets[w.target]!.stance === STANCE.account && ownSpans.some((v) => v.start <= w.start && v.end >= w.end);
  const scanned: Scanned = {
    mentions: namesakes.size ? found.mentions.filter((m) => !namesakeStarts.has(m.start)) : found.mentions,
    hidden: found.hidden.filter(
      (w) =>
        (!targets[w.target]!.stance || (targets[w.target]!.needs ?? []).every((g) => companionBefore(w, g))) &&
        !(targets[w.target]!.scope && namesakes.has(`${w.start}:${w.end}`)) &&
        !asks(w) &&
        !answering(w),
    ),
  };
  // What a sentence holds is asked many times for each cue: found once per span by binary search (both lists are in text
  // order), so a long chunk with thousands of words of saying costs its words, not their square.
  const spans = new Map<string, { hidden: RawMention[]; mentions: RawMention[] }>();
  /** The index of the first item of a list in text order that starts at or after `pos`. */
  const firstFrom = (list: { start: number }[], pos: number) => {
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
  /** Whether an item of a list in text order overlaps [a, b): looked for from a few hundred characters before it, not over the whole list. */
  const overlaps = (list: RawMention[], a: number, b: number) => {
    for (let k = firstFrom(list, a - 300); k < list.length && list[k]!.start < b; k++) if (list[k]!.end > a) return true;
    return false;
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
  const ownVoices = ofStance(STANCE.ownVoice);
  /** Where the paragraph of `pos` starts. */
  const paragraphStart = (pos: number) => {
    while (pos > 0 && charClass(text.charCodeAt(pos - 1)) !== BREAK) pos--;
    return pos;
  };
  /** The paragraphs of the page that a speaker's label opens or makes up (see labelOf), with it, in text order. */
  let labelled: { start: number; label: [string, boolean]; inline: boolean }[] | undefined;
  const labels = () => {
    if (labelled) return labelled;
    labelled = [];
    for (const { start, end } of paragraphsOf(text)) {
      const own = labelOf(text, start, end, false);
      const label = own ?? labelOf(text, start, end, true);
      if (label) labelled.push({ start, label, inline: !own });
    }
    return labelled;
  };
  const staffed = () => labels().some((l) => (matcher.spec.staff ?? []).includes(l.label[0]));
  let threads: boolean | undefined;
  const threaded = () => (threads ??= paragraphsOf(text).filter(({ start, end }) => dayByline(text.slice(start, end))).length >= 2);
  let bodies: Span[] | undefined;
  const documented = (pos: number) => {
    if (!bodies) bodies = documentBodies(text, matcher.spec.documents);
    return bodies.some((b) => b.start <= pos && pos < b.end);
  };
  /**
   * Whether a paragraph is a heading over readers' comments: no closing punctuation, a word of `comments` and at most one other word, numbers
   * aside ("Selected comments", «Избранные комментарии», "Seçilmiş şərhlər", "COMMENTS (5)"). Not a headline that says someone gave none:
   * «В Кремле отказались от комментариев», "Moscow declines comments".
   */
  const commentsHeading = (start: number, end: number) => {
    const comments = matcher.spec.comments ?? [];
    // (A short line only: a paragraph's words are not read for it.)
    if (!comments.length || end - start > 40) return false;
    const words = wordsOf(start, end).filter(([a, b]) => !/^\d+$/.test(text.slice(a, b)));
    return words.length <= 2 && !/[.!?:"»”]\s*$/.test(text.slice(start, end)) && words.some(([a, b]) => comments.includes(foldText(text.slice(a, b))));
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
  const partyEntities = matcher.parties;
  const pointedBack = ofStance(STANCE.pointedBack);
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
  const negativeCache = new Map<number, NonNullable<Spec['negatives']>[number] | undefined>();
  const negativeIn = (sentence: Span) => {
    if (negativeCache.has(sentence.start)) return negativeCache.get(sentence.start);
    const words = text.slice(sentence.start, sentence.end);
    // (A short sentence may hold none of its language's telling letters, "Heç bir infarkta inanmıram": then the text around it tells.)
    const around = text.slice(Math.max(0, sentence.start - 300), Math.min(text.length, sentence.end + 300));
    const short = wordsOf(sentence.start, sentence.end).length <= 8;
    const found = negatives?.find((n) => [...n.letters].some((l) => words.includes(l))) ?? (short ? negatives?.find((n) => [...n.letters].some((l) => around.includes(l))) : undefined);
    negativeCache.set(sentence.start, found);
    return found;
  };
  const { questions } = matcher.spec;
  const asking = new Map<string, boolean>();
  /** Whether a noun of account starts at `first` or at `second` (the two words after a word that asks to choose). */
  const picksAccount = (first: number, second: number, sentence: Span) => hiddenIn(sentence).some((w) => (w.start === first || w.start === second) && targets[w.target]!.stance === STANCE.account);
  /**
   * Whether a sentence is a question that asks yes or no: it ends in a question mark, and an opener starts it or the part after a
   * lead-in's colon or dash ("Fact check: Did Russia say …?"), a particle stands in it («Правда ли, что …?», "məgər", "doğrudanmı"),
   * its last word ends in a suffix of one ("… deyibmi?"), or any word in it in the particle on a predicate or an adverb ("… deyibmi,
   * yoxsa …?"). Not one that asks why or how ("Why does Azerbaijan accuse Russia …?"), which takes the account as given.
   */
  const asksWhether = (sentence: { start: number; end: number }) => {
    const key = `${sentence.start}:${sentence.end}`;
    let asks = asking.get(key);
    if (asks !== undefined) return asks;
    asks = false;
    let end = sentence.end;
    while (end > sentence.start && CLOSERS.includes(text.charAt(end - 1))) end--;
    // (Not one that a tag closes after a comma, «Очень удобный инфаркт, не находите?», "Çox əlverişli infarktdır, elə deyilmi?": it asks to
    // agree with what it states.)
    const comma = text.lastIndexOf(',', end);
    if (questions && text.charAt(end - 1) === '?' && !(comma > sentence.start && (matcher.spec.tags ?? []).includes(foldText(text.slice(comma + 1, end - 1))))) {
      const words: { word: string; opens: boolean; joined: boolean; at: number }[] = [];
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
          // (A word joined to the next or the one before by a hyphen, «кого-то», is no word that asks.)
          const joined = /^-\p{L}/u.test(text.slice(k, k + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, a - 2), a));
          words.push({ word, opens, joined, at: a });
          opens = false;
        }
      }
      const last = words.at(-1)?.word ?? '';
      asks =
        words.some(({ word, opens }) => (opens && questions.openers.includes(word)) || questions.particles.includes(word)) ||
        questions.suffixes.some((x) => last.length >= x.length + 3 && last.endsWith(x)) ||
        // (Or the particle on a predicate or an adverb that is not the last word: "… doğrudanmı … işlədib?".)
        !!questions.endings?.some((x) => words.some(({ word }) => word.length >= x.length + 2 && word.endsWith(x))) ||
        // (Or a word that asks to choose an account, a noun of account in the two words after it: "which story …?", "hansı versiyanın …?"; not
        // one that asks which of something else, which takes the account as given: «Какую оценку правительство дало пыткам, которым …?». Or
        // none that asks for something: «А у кого-то из братьев … были проблемы с сердцем?».)
        words.some(({ word }, k) => questions.choices.includes(word) && picksAccount(words[k + 1]?.at ?? end, words[k + 2]?.at ?? end, sentence)) ||
        (questions.interrogatives.length > 0 && !words.some(({ word, joined }) => !joined && questions.interrogatives.includes(word)));
    }
    asking.set(key, asks);
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
  const reports = (w: { target: number }) => targets[w.target]!.stance === STANCE.says || targets[w.target]!.stance === STANCE.denies;
  /** The entities of every conflict's incident or its people that are no party (asked for each name on a page: one lookup). */
  const incidentEntities = new Set(conflicts.flatMap((x) => x.scope).filter((e) => !partyEntities.has(e)));
  const incidentNamed = (m: { target: number }, c?: number) =>
    targets[m.target]!.entities.some((e) => (c === undefined ? incidentEntities.has(e) : conflicts[c]!.scope.includes(e) && !partyEntities.has(e)));
  /** The first claim of the side a party speaks for (Baku: Azerbaijan's), or -1. */
  const sideOf = (m: RawMention) => claims.findIndex((c) => c.parties?.some((e) => targets[m.target]!.entities.includes(e)));
  const topics = matcher.spec.topics;
  /** Nouns of account that name a party's account, and the claim of that party's side (filled by findAccounts, accounts.ts). */
  const accounts = new Map<RawMention, number>();
  /** Whether a party opens its sentence with a word of point of view beside it ("For Baku, …", "Bakı üçün …"). */
  const viewOf = (m: RawMention, sentence: { start: number; end: number }) =>
    within(m, sentence) &&
    sideOf(m) >= 0 &&
    hiddenIn(sentence).some(
      (w) =>
        targets[w.target]!.stance === STANCE.viewpoint &&
        within(w, sentence) &&
        (w.end <= m.start
          ? wordsBetween(text, sentence.start, w.start) === 0 && wordsBetween(text, w.end, m.start) <= 2
          : m.end <= w.start && wordsBetween(text, sentence.start, m.start) <= 1 && wordsBetween(text, m.end, w.start) === 0),
    );
  const cuesOf = (h: RawMention) => targets[h.target]!.cues ?? (accounts.has(h) ? [accounts.get(h)!] : []);
  /** Whether a mention names one of the entities in `list`. */
  const names = (m: RawMention, list: number[]) => targets[m.target]!.entities.some((e) => list.includes(e));
  /** Whether a sentence holds a cue of violence against other people (othersIn, cues.ts), by the sentence's start. */
  const othersCache = new Map<number, boolean>();
  // (A year is four digits from 1600 to 2099, a word of its own: "2020-ci ildə" too.)
  const kindCache = new Map<number, boolean>();
  /**
   * Whether the year at `a` is the date of a citation: it closes the sentence after a quotation and a comma, and the quoted headline names a
   * party or the incident ([6] Digest, "Moscow dismisses torture claims", news report, 2025): it dates the headline, not what the headline
   * tells. (One that names neither may tell of then: [5] Ural Daily, "Detainee beaten to death in Perm police station", news report, 2019.)
   */
  const cited = (sentence: Span, a: number) => {
    if (!/^[\s.)\]]*$/.test(text.slice(a + 4, sentence.end))) return false;
    const close = /["»”]\s*,[^"«»“”„]*$/.exec(text.slice(sentence.start, a));
    if (!close) return false;
    const q = sentence.start + close.index;
    const open = Math.max(text.lastIndexOf('"', q - 1), text.lastIndexOf('«', q), text.lastIndexOf('“', q));
    const quote = { start: open + 1, end: q };
    return open >= sentence.start && mentionsIn(quote).some((m) => within(m, quote) && targets[m.target]!.entities.some((e) => partyEntities.has(e) || incidentEntities.has(e)));
  };
  const yearCache = new Map<number, boolean>();
  /** Whether a sentence names a year (four digits from 1600 to 2099, a word of its own: "2020-ci ildə" too), not a citation's (see cited). */
  const ofYear = (sentence: Span) => {
    let year = yearCache.get(sentence.start);
    if (year === undefined) {
      year = wordsOf(sentence.start, sentence.end).some(([a, b]) => b - a === 4 && /^(?:1[6-9]|20)\d\d$/.test(text.slice(a, b)) && !cited(sentence, a));
      yearCache.set(sentence.start, year);
    }
    return year;
  };
  const ofKind = (sentence: Span) => {
    let kind = kindCache.get(sentence.start);
    if (kind === undefined) {
      kind = hiddenIn(sentence).some((w) => targets[w.target]!.stance === STANCE.generic && within(w, sentence)) || ofYear(sentence);
      kindCache.set(sentence.start, kind);
    }
    return kind;
  };
  const { determiners, anaphors, affairs } = matcher.spec;
  /** The folded words before `pos` in its sentence, nearest first, at most `n`, up to the first punctuation that parts them. */
  const wordsBefore = (pos: number, n: number) => {
    const sentence = sentenceOf(pos);
    const out: string[] = [];
    for (const [a, b] of wordsNear(text, pos, pos, n, sentence).slice(1)) {
      if (b > pos) break;
      if (/[,;:—–()"«»“”]/.test(text.slice(b, pos))) break;
      out.push(foldText(text.slice(a, b)));
    }
    return out;
  };
  /** The folded words after `pos` in its sentence, nearest first, at most `n`, up to the first punctuation that parts them. */
  const wordsAfter = (pos: number, n: number) => {
    const sentence = sentenceOf(pos);
    const out: string[] = [];
    for (const [a, b] of wordsNear(text, pos, pos, n, sentence).slice(1)) {
      if (a < pos) continue;
      if (/[,;:—–()"«»“”]/.test(text.slice(pos, a))) break;
      out.push(foldText(text.slice(a, b)));
    }
    return out;
  };
  /** Whether one of `phrases` ends right before `pos`, or one word before it (the detained men, «одного из задержанных»). */
  const phraseBefore = (pos: number, phrases: string[], skip: number) => {
    if (!phrases.length) return false;
    const words = wordsBefore(pos, 4);
    for (let k = 0; k <= skip; k++)
      for (let n = 1; n <= 3 && k + n <= words.length; n++) {
        const phrase = words
          .slice(k, k + n)
          .reverse()
          .join(' ');
        if (phrases.includes(phrase)) return true;
      }
    return false;
  };
  /** Whether a determiner makes a word definite: right before it or a word before it ("the detained men"), or right after it ("kişilərdən biri"). */
  /** (Or a phrase of several words right after it: "Ölümlərdən ən azı biri", at least one of the deaths.) */
  const determined = (w: Span) => {
    const after = determiners?.after ?? [];
    const next = wordsAfter(w.end, 3);
    return phraseBefore(w.start, determiners?.before ?? [], 1) || next.some((x, k) => k <= 1 && after.includes(x)) || after.includes(next.join(' '));
  };
  /**
   * Whether a word for people stands for people of a kind: inside a word that speaks of a population in general («мужчины за шестьдесят»)
   * or of many («каждый второй»), or counted by a word of many right before it ("yüz minlərlə soydaşımız", hundreds of thousands of our compatriots).
   */
  const ofAKind = (w: RawMention) =>
    hiddenIn(sentenceOf(w.start)).some((g) => {
      const s = targets[g.target]!.stance;
      // (Or inside one of many, a share of everyone: «Каждый второй …», every second one.)
      if (s === STANCE.generic && g.start < w.start && g.end >= w.end) return true;
      if (s === STANCE.general) return g.start <= w.start && g.end >= w.end && (g.start < w.start || g.end > w.end);
      return s === STANCE.generic && g.end <= w.start && wordsBetween(text, g.end, w.start) === 0 && !/[,;:—–()]/.test(text.slice(g.end, w.start));
    });
  /** Whether a word of supposition stands before a word in its clause, no punctuation between («Если задержанный жалуется …»): anyone. */
  const supposed = (w: RawMention) => {
    const sentence = sentenceOf(w.start);
    return wordsOf(sentence.start, w.start).some(([a, b]) => !!determiners?.supposing?.includes(foldText(text.slice(a, b))) && !/[,;:—–()]/.test(text.slice(b, w.start)));
  };
  /**
   * Whether the clause of `w` reports someone's account: a word of saying or denial not the outlet's own, or a noun of account or of a
   * charge. (A semicolon parts a sentence's clauses: «… умер административно арестованный; по предварительным данным, у него остановилось
   * сердце» reports only the second.)
   */
  const reportsIn = (w: Span) => {
    const sentence = sentenceOf(w.start);
    const head = text.lastIndexOf(';', w.start);
    const tail = text.indexOf(';', w.end);
    const clause = { start: Math.max(sentence.start, head + 1), end: tail >= 0 && tail < sentence.end ? tail : sentence.end };
    return hiddenIn(sentence).some((v) => {
      const s = targets[v.target]!.stance;
      return within(v, clause) && ((reports(v) && !ownVoice(v)) || s === STANCE.account || s === STANCE.charge);
    });
  };
  /**
   * Whether what comes right before `sentence`, in its paragraph or the paragraph before it, names conflict c's incident or people (a name,
   * or a word for them that is no common noun). (Not an ordinal that counts a part, a turn or a case: "the bill's second reading", «во
   * втором чтении», "ikinci oxunuşda" names no one.)
   */
  const namedBefore = (sentence: Span, c: number) => namedWithin(sentence, c, 1);
  /** Whether the incident or its people are named in the paragraphs before `sentence`, `n` of them at most, or in its own before it. */
  const namedWithin = (sentence: Span, c: number, n: number) => {
    let from = paragraphStart(sentence.start);
    for (let k = 0; k < n && from > 0; k++) {
      let p = from;
      while (p > 0 && charClass(text.charCodeAt(p - 1)) === BREAK) p--;
      from = paragraphStart(p);
    }
    const before = { start: from, end: sentence.start };
    return (
      before.start < before.end &&
      (mentionsIn(before).some((m) => incidentNamed(m, c)) || hiddenIn(before).some((h) => !!targets[h.target]!.scope?.includes(c) && !targets[h.target]!.common && !countsParts(h) && !instance(h)))
    );
  };
  /** Whether a pronoun for people stands before a word in its sentence, naming whom it belongs to: «Их пытали, и следы на телах …». */
  const pointedTo = (w: RawMention) => {
    const sentence = sentenceOf(w.start);
    return hiddenIn(sentence).some((p) => targets[p.target]!.stance === STANCE.people && p.start >= sentence.start && p.end <= w.start);
  };
  const { instances = [] } = matcher.spec;
  /**
   * Whether a word for people ends a phrase in which an ordinal names a case, not a person: "in the second", «во втором», "ikincidə" (the
   * word alone, or with the word right before it).
   */
  const instance = (w: RawMention) => {
    if (!instances.length) return false;
    const own = foldText(text.slice(w.start, w.end));
    const prior = wordsBefore(w.start, 1)[0];
    return instances.includes(own) || (prior !== undefined && instances.includes(`${prior} ${own}`));
  };
  /** The `n` characters of its paragraph after `pos`, and before it: what is set beside a word ends with its paragraph. */
  const ahead = (pos: number, n: number) => text.slice(pos, pos + n).split(BLOCK_BREAK, 1)[0]!;
  const behind = (pos: number, n: number) =>
    text
      .slice(Math.max(0, pos - n), pos)
      .split(BLOCK_BREAK)
      .at(-1)!;
  /**
   * Whether a bare noun for people has an age or a measure written in digits right before it («41-летнего мужчины», a 41-year-old man):
   * it introduces someone by what they are, not people already named.
   */
  const aged = (w: RawMention) => /\d+-\p{L}+\s+$/u.test(behind(w.start, 30));
  const ordinals = new Set(matcher.spec.ordinals?.words ?? []);
  const parts = new Set(matcher.spec.ordinals?.parts ?? []);
  /**
   * Whether a word for people is an ordinal right before a noun of a part, a turn or a time ("the second half", «второй тайм», "ikinci
   * hissə"), or right before a cue: it counts those, not people.
   */
  const countsParts = (w: RawMention) => {
    if (!ordinals.has(foldText(text.slice(w.start, w.end)))) return false;
    const next = wordsAfter(w.end, 1)[0];
    // (Or a cue of its own right after it, its noun: a repeated event, "a second heart attack", «второй инфаркт», "ikinci infarktı"; not
    // part of a cue that needs another, a verb: «гибели второго выясняются».)
    return (
      (next !== undefined && parts.has(next)) ||
      hiddenIn(sentenceOf(w.start)).some((h) => h.start > w.end && cuesOf(h).length > 0 && !targets[h.target]!.needs && /^\s+$/.test(text.slice(w.end, h.start)))
    );
  };
  /** The sentence right before `sentence` in its paragraph, or null where it opens the paragraph. */
  const priorSentence = (sentence: Span): Span | null => {
    let k = sentence.start;
    while (k > 0 && charClass(text.charCodeAt(k - 1)) === SPACE) k--;
    return k > 0 && charClass(text.charCodeAt(k - 1)) !== BREAK ? sentenceOf(k - 1) : null;
  };
  const kinNouns = new Set(matcher.spec.kin?.nouns ?? []);
  const pointsToOthers = new Map<number, boolean>();
  /**
   * Whether a word for people that points back ("оба", "hər ikisi", both) points back to other people: the sentence right before it in its
   * paragraph names someone else (a word of `otherVictims`, a noun of `kin`) and none of the incident's people or words for them («… гостевых
   * фанатов били ногами. Оба госпитализированы …»).
   */
  const othersBefore = (w: RawMention) => {
    let has = pointsToOthers.get(w.start);
    if (has !== undefined) return has;
    has = false;
    const prior = priorSentence(sentenceOf(w.start));
    if (prior && wordsOf(w.start, w.end).some(([a, b]) => anaphorWords.has(foldText(text.slice(a, b))))) {
      has =
        (hiddenIn(prior).some((h) => targets[h.target]!.stance === STANCE.otherVictims && within(h, prior)) ||
          wordsOf(prior.start, prior.end).some(([a, b]) => kinNouns.has(foldText(text.slice(a, b))))) &&
        !mentionsIn(prior).some((m) => within(m, prior) && incidentNamed(m)) &&
        !hiddenIn(prior).some((h) => within(h, prior) && !!targets[h.target]!.scope);
    }
    pointsToOthers.set(w.start, has);
    return has;
  };
  const counters = new Set(matcher.spec.counters ?? []);
  const pointsToCounted = new Map<number, boolean>();
  /**
   * Whether a word for people that points back ("one of them", "the second", «второй», "onlardan biri") points back to a counted noun
   * phrase of others: the nearest numeral of two or both before it (`counters`), in its sentence or the one before it in its paragraph,
   * with the words after it up to punctuation (three at most), holds no word for the people and no name of theirs, and none stands
   * between it and the word but another that points back ("Two former inmates gave evidence. One of them said guards had beaten him; the
   * second described …", "Both compensation bills were approved; the second covers …"). (Not "Two Azerbaijani men …; one of them …".)
   */
  const countedOthers = (w: RawMention): boolean => {
    if (!counters.size) return false;
    let has = pointsToCounted.get(w.start);
    if (has !== undefined) return has;
    has = false;
    const points = ([a, b]: [number, number]) => anaphorWords.has(foldText(text.slice(a, b)));
    // (Or a definite word for the people, "Both men", "the brothers", "The two", after a sentence before it in its paragraph that opens
    // such a phrase: "Two cousins were detained on 3 March. Both men say officers beat them …"; only there, not "Two days later the
    // brothers …".)
    const pointing = wordsOf(w.start, w.end).some(points);
    const opener = wordsOf(w.start, w.end)[0];
    if (pointing || determined(w) || (!!opener && (determiners?.before ?? []).includes(foldText(text.slice(opener[0], opener[1]))))) {
      const sentence = sentenceOf(w.start);
      const from = priorSentence(sentence)?.start ?? sentence.start;
      const before = wordsOf(from, pointing ? w.start : sentence.start);
      const theirs = (span: Span, numeral: [number, number] | undefined): boolean =>
        mentionsIn(span).some((m) => m.start < span.end && m.end > span.start && incidentNamed(m)) ||
        hiddenIn(span).some(
          (h) =>
            h.start < span.end &&
            h.end > span.start &&
            (h.start !== w.start || h.end !== w.end) &&
            !!targets[h.target]!.scope &&
            !(numeral && h.end === numeral[1]) &&
            !wordsOf(h.start, h.end).some(points) &&
            // (Nor one before it that points back to the counted others itself: "Two cousins … . The two men say officers beat them".)
            !(h.start < w.start && countedOthers(h)),
        );
      for (let j = before.length - 1; j >= 0; j--) {
        const numeral = before[j]!;
        if (!counters.has(foldText(text.slice(numeral[0], numeral[1])))) continue;
        let end = numeral[1];
        for (let n = j + 1; n < before.length && n <= j + 3 && !/[,;:—–()"«»“”.!?]/.test(text.slice(end, before[n]![0])); n++) end = before[n]![1];
        if (end === numeral[1]) continue;
        has = !theirs({ start: numeral[0], end }, numeral) && !theirs({ start: end, end: w.start }, undefined);
        break;
      }
    }
    pointsToCounted.set(w.start, has);
    return has;
  };
  const numerals = new Set(matcher.spec.numerals?.words ?? []);
  const governed = matcher.spec.numerals?.endings ?? [];
  /**
   * Whether a word for people is a numeral right before a noun it governs (a possessive between): «пострадали двое охранников», «двое его
   * соседей». It counts that noun's people; not a noun that is a word for the people itself («двое задержанных», «оба брата»), nor one of
   * persons in general («двоих людей»).
   */
  const countsOthers = (w: RawMention) => {
    if (!numerals.has(foldText(text.slice(w.start, w.end)))) return false;
    const sentence = sentenceOf(w.start);
    const next = wordsOf(w.end, Math.min(sentence.end, w.end + 60)).slice(0, 2);
    const [a, b] = next[0] && (matcher.spec.possessives ?? []).includes(foldText(text.slice(next[0][0], next[0][1]))) ? (next[1] ?? [0, 0]) : (next[0] ?? [0, 0]);
    const noun = foldText(text.slice(a, b));
    return (
      noun.length >= 4 &&
      /^[\s\p{L}]*$/u.test(text.slice(w.end, a)) &&
      governed.some((x) => noun.endsWith(x)) &&
      !matcher.spec.numerals!.persons.includes(noun) &&
      !hiddenIn(sentence).some((h) => h.start === a && !!targets[h.target]!.scope) &&
      !mentionsIn(sentence).some((m) => m.start === a)
    );
  };
  const genitives = matcher.spec.frames?.genitives ?? [];
  /**
   * Whether a word for people in a possessed form of the singular ("qardaşı", his brother; "hər ikisi") has someone else's genitive right
   * before it, no name, no word for the people and no possessive pronoun ("Saxlanılan şəxsin qardaşı", the detainee's brother;
   * "azarkeşlərin hər ikisi"): it is that one's, not the incident's people. (Not a plural's "-ları", which may be an object: "polisin
   * qardaşları döydüyü".)
   */
  const possessedByOther = (w: RawMention) => {
    if (!genitives.length || !/[ıiuü]$/u.test(foldText(text.slice(w.start, w.end))) || /l[ae]r[ıi]$/u.test(foldText(text.slice(w.start, w.end)))) return false;
    const sentence = sentenceOf(w.start);
    const prior = wordsOf(Math.max(sentence.start, w.start - 40), w.start).at(-1);
    if (!prior || !/^\s+$/.test(text.slice(prior[1], w.start))) return false;
    const [a, b] = prior;
    const word = foldText(text.slice(a, b));
    return (
      genitives.some((x) => word.length >= x.length + 3 && word.endsWith(x)) &&
      !(matcher.spec.possessives ?? []).includes(word) &&
      !mentionsIn(sentence).some((m) => m.start < b && m.end > a) &&
      !hiddenIn(sentence).some((h) => h.start < b && h.end > a && !!targets[h.target]!.scope)
    );
  };
  const groups = matcher.spec.groups;
  const groupCounters = new Set(groups?.counters ?? []);
  const startsWithAny = (word: string, stems: string[]) => stems.some((x) => word.startsWith(x));
  const numeralStarts = new Set([...groupCounters, ...counters].map((x) => x.charCodeAt(0)));
  /** Whether a sentence names the incident or its people. */
  const namesIncident = (s: Span) => mentionsIn(s).some((m) => within(m, s) && incidentNamed(m) && !countedEvent(m));
  const eventTargets = new Set(matcher.spec.events.map((e) => e.target));
  /**
   * The word for the people an event is built on, where no name stands in it ("two brothers accused of killing a neighbour", "ölüm …
   * qardaşları"): it stands for whom that word stands for (forPeople), and a headline's own such group gives way to its item's (othersAt).
   */
  const eventWord = (m: RawMention) => (eventTargets.has(m.target) && !mentionsIn(m).some((n) => n !== m && within(n, m)) ? hiddenIn(m).find((h) => !!targets[h.target]!.scope) : undefined);
  /**
   * Whether an event opens with a word for the people that a numeral counts, right before it with no determiner before that ("the trial of two
   * brothers accused of killing a neighbour", «над двумя братьями, которых обвиняют в убийстве»): people introduced (groupsOf), not named. (Not
   * one whose head comes first, which tells what befell them: "the killing of two brothers", «после гибели двух братьев».)
   */
  const countedEvent = (m: RawMention) => {
    const w = eventWord(m);
    const prior = w?.start === m.start && wordsOf(Math.max(0, w.start - 20), w.start).at(-1);
    return !!prior && /^\s+$/.test(text.slice(prior[1], w.start)) && groupCounters.has(foldText(text.slice(prior[0], prior[1]))) && !phraseBefore(prior[0], determiners?.before ?? [], 0);
  };
  /**
   * Whether a word for the people has ages beside it in digits: set after it between commas ("The brothers, 31 and 27, …", "One of them, a
   * 61-year-old …", «брата, 67-летнего Т. А.»), or a word of age after them right after it («Братьев 29 и 34 лет») or right before it ("31 və 27
   * yaşlı qardaşlar", «41-летнего мужчины»). (Not "The elder Safarov brother, 36, …": a name, which is the incident's.)
   */
  const agedWord = (w: RawMention) => {
    // Each way needs a digit within 30 characters before the word or 40 after it: most words have none, and are not read further.
    if (!digitIn(w.start - 30, w.start) && !digitIn(w.end, w.end + 40)) return false;
    const ages = groups?.ages ?? [];
    const after = /^\s+\d{1,3}(?:\s+\p{L}{1,3}\s+\d{1,3})?[\s-]+(\p{L}+)/u.exec(ahead(w.end, 30));
    const before = /\d{1,3}(?:\s+\p{L}{1,3}\s+\d{1,3})?[\s-]+(\p{L}+)(?:-\p{L}+)?\s+$/u.exec(behind(w.start, 30));
    // (Not where the word between it and the comma is a noun of kin, whose age it is: "qardaşların bibisi, 67 yaşlı Sevda Səfərova", the
    // brothers' aunt; nor where a noun of kin stands right before it, the word its genitive: «тётя братьев, 67 лет».)
    const set = /^(?:\s+(\p{L}+))?\s*,\s*(?:\p{L}{1,2}\s+)?\d{1,3}(?:\s*[,)]|-\p{L}+|\s+\p{L}+)/u.exec(ahead(w.end, 40));
    const kinBefore = kinNouns.has(wordsBefore(w.start, 1)[0] ?? '');
    return (
      (!!set && !(set[1] && kinNouns.has(foldText(set[1]))) && !kinBefore) ||
      // (Or a word of age between that comma and the digits: "two brothers, aged 22 and 26, …".)
      startsWithAny(foldText(/^\s*,\s*(\p{L}+)\s+\d{1,3}\b/u.exec(ahead(w.end, 40))?.[1] ?? ' '), ages) ||
      (!!after && startsWithAny(foldText(after[1]!), ages)) ||
      (!!before && startsWithAny(foldText(before[1]!), ages)) ||
      (!!targets[w.target]!.common && aged(w))
    );
  };
  const digitIn = (from: number, to: number) => {
    for (let k = Math.max(0, from); k < to && k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) return true;
    }
    return false;
  };
  /**
   * Whether a word for the people that is no common noun has someone else's family name right beside it, only spaces between ("the Guliyev
   * brothers", «братьев Алиевых», "Məmmədov qardaşları", "the brothers Elchin and Rauf Guliyev"): a capitalised word, no acronym, no title,
   * numeral, determiner or word found (no name the matcher knows, no cue), in its sentence; one before it not its sentence's first word (see
   * afterWord). It introduces another family, and is theirs: a group of others (groupsOf) as firm as one introduced by its ages. (Not an
   * ordinal, which names what it counts: "Birinci Kanal", Channel One, is an outlet.)
   */
  const surnamed = (w: RawMention) => {
    const sentence = sentenceOf(w.start);
    const own = text.slice(w.start, w.end);
    if (targets[w.target]!.common || ordinals.has(foldText(own)) || !/^\p{L}+$/u.test(own) || (own.charAt(0) !== own.charAt(0).toLowerCase() && wordsBetween(text, sentence.start, w.start) > 0))
      return false;
    const before = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(behind(w.start, 40));
    const after = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(ahead(w.end, 40));
    const other = (a: number, word: string, first: boolean) => {
      const b = a + word.length;
      const folded = foldText(word);
      const ok =
        a >= sentence.start &&
        b <= sentence.end &&
        (!first || families.has(folded) || afterWord(a)) &&
        !matcher.titles.has(folded) &&
        !groupCounters.has(folded) &&
        !counters.has(folded) &&
        !(determiners?.before ?? []).includes(folded) &&
        !overlaps(scanned.hidden, a, b) &&
        !overlaps(found.mentions, a, b);
      if (ok) families.add(folded);
      return ok;
    };
    return (!!before && other(w.start - before[0].length, before[1]!, true)) || (!!after && other(w.end + after[0].length - after[1]!.length, after[1]!, false));
  };
  const families = new Set<string>();
  /** Words of others (other, another, başqa): before a word for the people (markedOther) or a count (groupsOf). */
  const othersWords = new Set(matcher.spec.others ?? []);
  /**
   * Whether a word for the people that is no common noun has a word of others right before it, only spaces between, in an item that names
   * nothing of the incident (see itemNames) ("Двоюродные братья из Ленкорани …", cousins; "başqa qardaşlar", other brothers): it introduces
   * another family, as firmly as a family name does (see surnamed).
   */
  const markedOther = (w: RawMention) => {
    // (Not one that holds a party, who speaks for a side: "another official in Baku".)
    if (!othersWords.size || targets[w.target]!.common || slice(found.mentions, w).some((m) => targets[m.target]!.entities.some((e) => partyEntities.has(e)))) return false;
    const sentence = sentenceOf(w.start);
    const prior = wordsOf(Math.max(sentence.start, w.start - 40), w.start).slice(-2);
    const last = prior.at(-1);
    if (!last || !/^[ \t]+$/.test(text.slice(last[1], w.start))) return false;
    const one = foldText(text.slice(last[0], last[1]));
    const two = prior.length === 2 && /^[ \t]+$/.test(text.slice(prior[0]![1], last[0])) ? `${foldText(text.slice(prior[0]![0], prior[0]![1]))} ${one}` : '';
    return (othersWords.has(one) || (!!two && othersWords.has(two))) && !namesIncident(sentence) && !itemNames(w.start);
  };
  // (Possessives of one person: not one that is a determiner too, "their".)
  const ownerWords = new Set((matcher.spec.possessives ?? []).filter((x) => !(determiners?.before ?? []).includes(x)));
  /**
   * Whether a word for one of the people that is no common noun opens its sentence possessed by a pronoun of one person, no name of the
   * incident in the sentence nor in the three paragraphs before it (namedWithin): "His brother, who flew to Moscow for the body, …", «Его брат, прилетевший
   * …», "Onun qardaşı …" after a paragraph about a driver who died in a police station. It is the kin of whoever the page was telling of,
   * another family, as firm a group of others as one introduced by its ages. (Not within three paragraphs of a sentence that names them,
   * "Huseyn Safarov was detained first. Neighbours describe him as quiet. His brother …"; not "their", which points to a pair.)
   */
  const ownersKin = (w: RawMention) => {
    if (!ownerWords.size || targets[w.target]!.common) return false;
    const sentence = sentenceOf(w.start);
    // (Only a word a word or two into its sentence: most words for the people stand further in.)
    if (w.start - sentence.start > 24) return false;
    const first = wordsOf(sentence.start, w.end)[0];
    if (!first || !/^[\s"«“„]*$/.test(text.slice(sentence.start, first[0])) || !ownerWords.has(foldText(text.slice(first[0], first[1])))) return false;
    // (The possessive inside the word, "his brother", or right before it, "Onun qardaşı".)
    const second = wordsOf(first[1], w.end)[0];
    if (!second || second[1] !== w.end || (w.start !== first[0] && w.start !== second[0]) || !/^[ \t]+$/.test(text.slice(first[1], second[0]))) return false;
    return !namesIncident(sentence) && !targets[w.target]!.scope!.some((c) => namedWithin(sentence, c, 3));
  };
  const pairs = new Set(matcher.spec.pairs ?? []);
  /**
   * Whether a capitalised word before a word for the people follows a word of its sentence in lower case, only spaces or a comma between, or a given
   * name a word of a pair opens ("Vüqar və Samir Məmmədov qardaşlarını"): not a sentence's first word, capitalised anyway, nor the family
   * name of a full name, someone's ("Səbinə Hüseynova qardaşlardan birinin …"); or one the page has already so given.
   */
  const afterWord = (a: number) => {
    const prior = wordsOf(Math.max(sentenceOf(a).start, a - 60), a).slice(-2);
    const [x, y] = prior.at(-1) ?? [a, a];
    if (x === a || !/^,?[ \t]+$/.test(text.slice(y, a))) return false;
    const word = text.slice(x, y);
    return word.charAt(0) === word.charAt(0).toLowerCase() || (prior.length === 2 && /^[ \t]+$/.test(text.slice(prior[0]![1], x)) && pairs.has(foldText(text.slice(prior[0]![0], prior[0]![1]))));
  };
  let items: { start: number; entry: boolean; names?: boolean }[] | undefined;
  /**
   * Whether the item of `pos` names the incident or its people: the headline at or before its paragraph (a paragraph of one sentence with no
   * closing punctuation, see afterHeadline) and the paragraphs under it, up to the next headline. Text before any headline is no item: it
   * counts as naming them (a part of a page may name them elsewhere). An entry of a list opens an item of its own too: a paragraph whose
   * first sentence is its label, a few parts that commas part and a date last ("Two brothers from Osh, Kazan, 11 March 2023.", «Двое братьев
   * из Оша, Казань, 11 марта 2023 года.», "Oşdan iki qardaş, Kazan, 11 mart 2023."), up to the next entry or headline.
   */
  const entryLabel = (sentence: Span) => {
    const words = wordsOf(sentence.start, sentence.end);
    const [a, b] = words.at(-1) ?? [0, 0];
    const commas = text.slice(sentence.start, sentence.end).match(/,/g)?.length ?? 0;
    return (
      words.length <= 12 &&
      /^\.\s*$/.test(text.slice(b, sentence.end)) &&
      ((commas >= 2 && ofYear({ start: words.at(-2)?.[0] ?? a, end: b })) || (commas >= 1 && words.length <= 4 && ofYear({ start: words[0]![0], end: words[0]![1] })))
    );
  };
  /** Where the paragraph after that of `pos` starts (the text's end if none). */
  const nextParagraph = (pos: number) => {
    while (pos < text.length && charClass(text.charCodeAt(pos)) !== BREAK) pos++;
    while (pos < text.length && charClass(text.charCodeAt(pos)) === BREAK) pos++;
    return pos;
  };
  const itemAt = (pos: number) => {
    if (!items) {
      items = [];
      // (A headline right under another, a label or a byline, "Verdict: Unproven", "By the Verification Desk", belongs to its item.)
      let heading = false;
      for (let p = 0; p < text.length; p = nextParagraph(p)) {
        if (charClass(text.charCodeAt(p)) !== BREAK) {
          const entry = entryLabel(sentenceOf(p));
          // (Nor is a speaker's label on a line of its own, a post's byline: "@leyla_g" opens a post, not a story of its own.)
          const head = !entry && afterHeadline(sentenceOf(p)) >= 0 && !labelOf(text, p, sentenceOf(p).end, false);
          if (entry || (head && !heading)) items.push({ start: p, entry });
          heading = head;
        }
      }
    }
    const k = firstFrom(items, pos + 1) - 1;
    return { k, item: items[k] };
  };
  /**
   * Where the colon is that closes a rubric opening the text at `from`, one of `words` (folded) and `limit` characters at most before it, in
   * one sentence ("Read also:", "Photo:"); -1 if none.
   */
  const rubricAt = (from: number, words: string[] | undefined, limit: number) => {
    const colon = words?.length ? text.indexOf(':', from) : -1;
    return colon > from && colon - from <= limit && !/[\u2029.!?]/.test(text.slice(from, colon)) && words!.includes(foldText(text.slice(from, colon)).trim()) ? colon : -1;
  };
  /**
   * Whether the paragraph at `p` opens with a rubric of the outlet's links to its own stories before a colon ("Read also: …", «Читайте
   * также: …», "Həmçinin oxuyun: …"): the headline after it is the outlet's coverage of what the page is about.
   */
  const linkRubric = (p: number) => rubricAt(p, matcher.spec.links, 24) >= 0;
  const itemNames = (pos: number) => {
    const { k, item } = itemAt(pos);
    if (!item || !items) return true;
    // (A link of the outlet's own under a rubric, "Read also: Two brothers beaten in Russian custody", names what the page names: it is no
    // story of its own, whose counted people would be new. Its line only: a teaser under it, "In Makhachkala, two brothers say …", is the
    // linked story's own.)
    if (linkRubric(item.start) && pos < nextParagraph(item.start)) return true;
    // (An event built on a word for the people, "the brothers' deaths", names no one by itself: the item's people are whom the word stands for.)
    // (A numbered item of a round-up, "3. "Two brothers tortured to death …"", names what its lead names, its headline and the paragraph
    // under it: a name in passing further on, "Some readers took the post to be about the Safarov brothers", does not make it theirs.)
    let end = items[k + 1]?.start ?? text.length;
    if (/^\d{1,2}[.)]\s/.test(text.slice(item.start, item.start + 4))) {
      let lead = item.start;
      do lead = nextParagraph(lead);
      while (lead < text.length && afterHeadline(sentenceOf(lead)) >= 0);
      end = Math.min(end, nextParagraph(lead));
    }
    const span = { start: item.start, end };
    item.names ??= mentionsIn(span).some((m) => within(m, span) && incidentNamed(m) && !eventWord(m));
    return item.names;
  };
  let groupEvents: { start: number; others: boolean; aged?: boolean; marked?: boolean; word?: boolean; share?: boolean; single?: boolean }[] | undefined;
  /**
   * Whether a capitalised word at `a` is a given name before a family name's initial ("Andrei K.", «Андрея К.», "Andrey K."): a word no
   * name the matcher knows and no cue overlaps, and no title.
   */
  const initialledName = (a: number, word: string) => {
    const b = a + word.length;
    return text.slice(a, b) === word && !matcher.titles.has(foldText(word)) && !found.mentions.some((n) => n.start < b && n.end > a) && !scanned.hidden.some((h) => h.start < b && h.end > a);
  };
  /** One or two initials that stand for names ("E.", "Sh.", "E. and M."), a word of a pair between two; then a comma before a word in lower case or an age, if any (not a signature's "V. K., Yekaterinburg"). */
  const initialsRe = new RegExp(
    `(?<![\\p{L}\\p{N}.])(\\p{Lu}\\p{Ll}?\\.(?:[ \\t]+(?:${[...pairs].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})[ \\t]+\\p{Lu}\\p{Ll}?\\.)?)(,[ \\t]+(?=[\\p{Ll}\\d]))?`,
    'gu',
  );
  /** The first letters of the given names of the incident's people: the persons whose family name a scope entity's name opens ("Safarov brothers": Ziyaddin and Huseyn Safarov). */
  const ownInitials = (() => {
    const { entities } = matcher.spec;
    const familyNames = new Set(conflicts.flatMap((c) => c.scope).map((e) => entities[e]!.name.split(' ')[0]));
    return new Set(entities.filter((e) => e.name.includes(' ') && familyNames.has(e.name.split(' ').at(-1)!)).map((e) => keyInitial(e.name)));
  })();
  /** Whether initials at `a` open their sentence, none of them a title ("Dr."). */
  const opensSentence = (a: number) => sentenceOf(a).start === a && ![...text.slice(a, a + 12).matchAll(/\p{Lu}\p{Ll}?(?=\.)/gu)].slice(0, 2).some(([x]) => matcher.titles.has(foldText(x)));
  /** Where a word for the people starts that initials at `a` stand right after, no name of the incident holding it ("qardaşlar E. və M."); -1 if none. */
  const peopleBefore = (a: number) => {
    const prior = wordsOf(Math.max(0, a - 40), a).at(-1);
    if (!prior || !/^[ \t]+$/.test(text.slice(prior[1], a))) return -1;
    const [x, y] = prior;
    return scanned.hidden.some((h) => h.start <= x && h.end >= y && !!targets[h.target]!.scope) && !found.mentions.some((m) => m.start <= x && m.end >= y && incidentNamed(m)) ? x : -1;
  };
  const partitives = matcher.spec.partitives;
  /** Whether word `k` of `words` is a count in digits, three or more, that takes a share out of a group ("19 of them", «19 из них», "onlardan 19-u"). */
  const shareAt = (words: [number, number][], k: number) => {
    const [a, b] = words[k]!;
    // (Most words open with no digit: passed over without slicing them.)
    const first = text.charCodeAt(a);
    if (!partitives || first < 48 || first > 57 || !/^\d+$/.test(text.slice(a, b)) || Number(text.slice(a, b)) < 3) return false;
    /** Whether the words from `n` on, one after another with spaces alone between them (backwards with `step` -1), spell one of `phrases`. */
    const spells = (n: number, step: 1 | -1, phrases: string[]) =>
      phrases.some((phrase) => {
        const parts = phrase.split(' ');
        const span = parts.map((_, d) => words[n + step * d]);
        if (span.some((w) => !w)) return false;
        const ordered = (step === 1 ? span : [...span].reverse()) as [number, number][];
        const edge = step === 1 ? [b, ordered[0]![0]] : [ordered.at(-1)![1], a];
        return /^\s+$/.test(text.slice(edge[0], edge[1])) && ordered.every(([x, y], d) => foldText(text.slice(x, y)) === parts[d] && (d === 0 || /^\s+$/.test(text.slice(ordered[d - 1]![1], x))));
      });
    return spells(k + 1, 1, partitives.after) || spells(k - 1, -1, partitives.before);
  };
  /**
   * The groups of people the text introduces, in text order: the incident's people where a name of the incident or its people stands; others
   * where a word for the people has ages beside it, or where a counted phrase of people opens in a sentence that names nothing of the incident: a numeral (`groups.counters`), no
   * determiner before it, then within three words a noun of people (a stem of `groups.nouns`, kin, other victims, a word for the people:
   * "Two police sergeants …", "three cousins", «Двое сотрудников полиции», "iki əməkdaşı", "two brothers"), or a definite numeral (both,
   * оба, hər iki) before a noun of people that is no word for the people ("Both women", «Обе сестры», "Hər iki bacı"). Not a numeral that
   * opens a word for the people itself ("two Azerbaijanis", «двух азербайджанцев», "iki nəfər"). In an item that names nothing of the
   * incident (itemNames), a word for the people that is no common noun counts as such a noun ("Two brothers from a village …").
   */
  const groupsOf = () => {
    if (groupEvents) return groupEvents;
    const list: { start: number; others: boolean; aged?: boolean; marked?: boolean; word?: boolean; share?: boolean; single?: boolean }[] = [];
    // (Nor a name in passing in an item whose lead names nothing of the incident, see itemNames: the item keeps its own people.)
    for (const m of scanned.mentions) if (incidentNamed(m) && (itemNames(m.start) || (!!eventWord(m) && !countedEvent(m)))) list.push({ start: m.start, others: false, word: !!eventWord(m) });
    // (Not a word for the people inside a name of the incident: "Safarov Case Cuts to the Heart of …" names no other family.)
    // (A name that holds the word starts at most a name's length before it: looked for there, not over every name of the page.)
    const insideName = (h: RawMention) => {
      for (let k = firstFrom(scanned.mentions, h.start - 200); k < scanned.mentions.length && scanned.mentions[k]!.start <= h.start; k++) {
        const m = scanned.mentions[k]!;
        if (m.end >= h.end && incidentNamed(m)) return true;
      }
      return false;
    };
    for (const h of scanned.hidden)
      if (targets[h.target]!.scope && !insideName(h)) {
        if (agedWord(h) || surnamed(h)) list.push({ start: h.start, others: true, aged: true });
        else if (markedOther(h) || ownersKin(h)) list.push({ start: h.start, others: true, aged: true, marked: true });
      }
    // (So does a noun of people with an age right before it in an item that names nothing of the incident, see itemNames: "A 58-year-old
    // supporter", «58-летний болельщик», "57 yaşlı azarkeş", a word between too, "A 29-year-old construction worker"; or an initial, someone
    // named by it: «29-летнего А. Т.», "29 yaşlı S. N.".)
    if (groups) {
      // (Or an age of one word that stands for its noun, a comma after it: "the 41-year-old, held on fraud charges, …".)
      for (const m of text.matchAll(/\d{1,3}[\s-]+(\p{L}+)(-\p{L}+)?(?:\s+(\p{L}+)(\.)?(?:[ \t]+(\p{L}+))?|(?=,))/gu))
        if (
          startsWithAny(foldText(m[1]!), groups.ages) &&
          (m[3]
            ? startsWithAny(foldText(m[3]), groups.nouns) ||
              (m[4] && /^\p{Lu}$/u.test(m[3])) ||
              (!m[4] &&
                !!m[5] &&
                (startsWithAny(foldText(m[5]), groups.nouns) ||
                  (/^\p{Lu}$/u.test(m[5]) && text.charAt(m.index! + m[0].length) === '.' && initialledName(m.index! + m[0].length - m[5].length - 1 - m[3].length, m[3]))))
            : !!m[2] && /^\d+-/.test(m[0])) &&
          !itemNames(m.index!)
        )
          list.push({ start: m.index!, others: true, aged: true });
      // (Or a given name and the initial of a family name with an age right after it, as a crime report names someone it keeps anonymous:
      // "Andrei K., 43, was found …", «Андрея К., 43 лет, нашли …»; before it above, "43 yaşlı Andrey K."; or heading an entry, a colon
      // after it: "Denis M., 29: a heart attack in a police station".)
      for (const m of text.matchAll(/(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\.,[ \t]*\d{1,3}(?:[ \t]*[,):]|[ \t]+(\p{L}+))/gu))
        if ((!m[2] || startsWithAny(foldText(m[2]), groups.ages)) && initialledName(m.index!, m[1]!) && !itemNames(m.index!)) list.push({ start: m.index!, others: true, aged: true, single: true });
      // (Or a full name the pack does not know with an age right after it, as news and obituaries introduce someone: "Rasim Gulaliyev, 81:
      // beaten in a Soviet camp …", "Lankaran midfielder Ramil Huseynli, 29, dies after heart attack", «Рамиль Гусейнли, 29 лет, …»; or in
      // brackets, "Rasim Gülalıyev (81): …".)
      for (const m of text.matchAll(/(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)(?:,[ \t]*|[ \t]*\()\d{1,3}(?:[ \t]*[,):]|[ \t]+(\p{L}+))/gu)) {
        const family = m.index! + m[1]!.length + m[0].slice(m[1]!.length).search(/\S/);
        if ((!m[3] || startsWithAny(foldText(m[3]), groups.ages)) && initialledName(m.index!, m[1]!) && initialledName(family, m[2]!) && !itemNames(m.index!))
          list.push({ start: m.index!, others: true, aged: true, single: true });
      }
      // (Or initials alone for names, as a newsletter's case notes keep people anonymous: opening a sentence, a comma after them, "E. and
      // M., two brothers who sell fruit, …", «Э. и М., братья из …»; or right after a word for the people, "qardaşlar E. və M. deyirlər".)
      for (const m of text.matchAll(initialsRe)) {
        // (Not the incident's own people's initials: "Z., the elder brother, had bruises …, and H. was beaten …".)
        if ([...m[1]!.matchAll(/\p{Lu}/gu)].every(([x]) => ownInitials.has(keyInitial(x)))) continue;
        const a = m.index! + m[0].indexOf(m[1]!);
        // (The group starts at the word for the people before them: it, too, stands for them.)
        const at = m[2] ? (opensSentence(a) ? a : -1) : peopleBefore(a);
        if (at >= 0) list.push({ start: at, others: true, aged: true });
      }
      const words = wordsOf(0, text.length);
      const scopeOver = (sentence: Span, [a, b]: [number, number]) => hiddenIn(sentence).find((h) => h.start <= a && h.end >= b && !!targets[h.target]!.scope);
      /** The words of others that mark a count right after its numeral ("two other"; no counter, no possessive) and right before it ("another two"). */
      const possessives = matcher.spec.possessives ?? [];
      const othersAfter = new Set([...anaphorWords].filter((x) => !counters.has(x) && !possessives.includes(x)));
      for (let k = 0; k < words.length; k++) {
        const [a, b] = words[k]!;
        // (A count of three or more taken out of a group, "19 of them", «19 из них», "onlardan 19-u", is a share of many people, not of the
        // incident's pair: "41 deaths in custody …", then "19 of them were officially attributed to heart failure".)
        if (shareAt(words, k)) list.push({ start: a, others: true, share: true });
        // (Most words begin with no numeral's first letter: passed over without folding them.)
        if (!numeralStarts.has(foldCode(text.charCodeAt(a)))) continue;
        const word = foldText(text.slice(a, b));
        if (!groupCounters.has(word) && !counters.has(word)) continue;
        const sentence = sentenceOf(a);
        // (Nor one in an entry's label: the entry's own group, see below.)
        const item = itemAt(a).item;
        // (Nor one in a headline after a rubric of the outlet's links, its coverage of what the page is about: "Read also: How two brothers
        // were beaten to death in Russian custody …".)
        if (namesIncident(sentence) || (item?.start === sentence.start && item.entry) || linkRubric(paragraphStart(a))) continue;
        // (A numeral that opens a word for the people itself, "two Azerbaijanis", «две смерти», "two deaths", counts them: new people only in
        // an item that names nothing of the incident, no determiner before it: "It records two deaths last year in a detention centre", then
        // "Relatives of both men …".)
        if (hiddenIn(sentence).some((h) => h.start === a && h.end > b && !!targets[h.target]!.scope)) {
          // (Not in a language that negates inside its verbs, whose bare numeral opens the incident's people as often: "İki azərbaycanlı … döyülərək
          // öldürülüb".)
          if (groupCounters.has(word) && !itemNames(a) && !phraseBefore(a, determiners?.before ?? [], 0) && !negativeIn(sentence)) list.push({ start: a, others: true });
          continue;
        }
        // (A numeral with a determiner before it points back to a pair already named: "ties between the two neighbours"; not in an item that
        // names nothing of the incident, a headline and the paragraphs under it: "The two miners found dead …" are new there.)
        const pointing = groupCounters.has(word) && phraseBefore(a, determiners?.before ?? [], 0);
        // (A count that gives a range, another numeral right after it or a short word after it, "two or three siblings", «двое или трое
        // братьев», "iki-üç qardaş": people of a kind, as many as it may be, never the incident's, wherever it stands.)
        const range = [1, 2].find((d) => {
          const x = words[k + d];
          return (
            !!x && x[1] <= sentence.end && groupCounters.has(foldText(text.slice(x[0], x[1]))) && !/[,;:()"«»“”.!?]/.test(text.slice(b, x[0])) && (d === 1 || words[k + 1]![1] - words[k + 1]![0] <= 3)
          );
        });
        // (So are those a word of others marks, right after the numeral or right before it, "two other brothers", "another two brothers",
        // "başqa iki qardaş", wherever they stand; not a common noun, "six other Azerbaijani men", after whom "the brothers" are still ours.)
        const marked = (n: number, list: Set<string>) => {
          const x = words[n];
          return !!x && x[1] <= sentence.end && x[0] >= sentence.start && /^\s+$/.test(text.slice(Math.min(b, x[1]), Math.max(a, x[0]))) && list.has(foldText(text.slice(x[0], x[1])));
        };
        const other = (marked(k + 1, othersAfter) && !!words[k + 1] && !scopeOver(sentence, words[k + 1]!)) || marked(k - 1, othersWords);
        const apart = !!range || !itemNames(a);
        if (pointing && !apart && !other) continue;
        // (A definite numeral stands right before its noun or an adjective of it, "Both former officers"; not a verb's agent further on:
        // «Оба были избиты полицейскими».)
        for (
          let n = k + (range ?? 0) + 1;
          n <= k + (range ?? 0) + (groupCounters.has(word) ? 3 : 2) && n < words.length && words[n]![1] <= sentence.end && !/[,;:—–()"«»“”.!?]/.test(text.slice(words[n - 1]![1], words[n]![0]));
          n++
        ) {
          const noun = foldText(text.slice(words[n]![0], words[n]![1]));
          const scope = scopeOver(sentence, words[n]!);
          // (A word for the people counts them, "two brothers", «двух братьев»: new people only in such an item, no determiner before the
          // numeral and no common noun, "Two brothers from a village … were beaten"; not "Two men were beaten to death in custody".)
          if (scope && !range && ((!apart && !other) || pointing || !!targets[scope.target]!.common)) break;
          if (
            scope ||
            startsWithAny(noun, groups.nouns) ||
            kinNouns.has(noun) ||
            // (Or of an occupation: "Two cardiologists we consulted", «двое кардиологов», "iki kardioloqun".)
            startsWithAny(noun, matcher.spec.occupations ?? []) ||
            hiddenIn(sentence).some((h) => h.start <= words[n]![0] && h.end >= words[n]![1] && targets[h.target]!.stance === STANCE.otherVictims)
          ) {
            list.push({ start: a, others: true });
            break;
          }
        }
      }
    }
    // (An entry of a list whose label names nothing of the incident, "Farrukh Nazarov, Moscow, 14 March 2019.", "Two brothers from Osh, Kazan,
    // 11 March 2023.", introduces its own people, as firmly as by their ages: what it says of "the brothers", "both men" or "the elder" is
    // theirs, flagged or not, until the incident's people are named.)
    itemAt(0);
    for (const item of items!) if (item.entry && !namesIncident(sentenceOf(item.start))) list.push({ start: item.start, others: true, aged: true });
    // (A speaker's label on a line of its own opens a new turn of a transcript or a comment thread, "MÜXBİR (Moskva):", "Oleq, Bakı:",
    // "Rustam_1979 · 10:10": the others an earlier turn introduced, "a 40-year-old man" of another story, are not whom it speaks of.)
    if (list.length) for (const l of labels()) if (!l.inline) list.push({ start: l.start, others: false });
    // (So does a heading over readers' comments, "Comments (5)": a reader's comment on a page about the incident speaks of it, not of the
    // people an earlier item of the page introduced, "the 24-year-old" of a sports story.)
    if (list.length)
      for (let p = 0; p < text.length; p = nextParagraph(p)) {
        let end = p;
        while (end < text.length && end - p <= 40 && charClass(text.charCodeAt(end)) !== BREAK) end++;
        if (commentsHeading(p, end)) list.push({ start: p, others: false });
      }
    list.sort((x, y) => x.start - y.start);
    groupEvents = list;
    return list;
  };
  /**
   * Whether a sentence is a photo's credit line: a word of `credits` before a colon, then names that a slash or © parts ("Photo: Rashad
   * Mammadli / Caspian Press Photo", «Фото: архив / Caspian Press Photo») or three words at most ("Foto: arxiv"). It names who took the
   * picture: no headline, so the caption under the next picture stays in the page's story. (Not a caption after the colon, "Photo: Ziyaddin
   * and Huseyn Safarov, who were beaten …".)
   */
  const creditLine = (sentence: Span) => {
    // (A rubric's slice holds no sentence's end: its colon stands inside the sentence.)
    const colon = rubricAt(sentence.start, matcher.spec.credits, 14);
    if (colon < 0) return false;
    const rest = text.slice(colon + 1, sentence.end);
    return /\s\/\s|©/.test(rest) || rest.trim().split(/\s+/).length <= 3;
  };
  /** Where the paragraph after a headline starts, a paragraph of one sentence with no closing punctuation; -1 if `sentence` is none. */
  const afterHeadline = (sentence: Span) => {
    // (Its last word may close a quotation: a claim quoted as a headline, «Каждый второй умирает от …».)
    if (priorSentence(sentence) || !/[\p{L}\p{N}]["'»”’]*\s*$/u.test(text.slice(sentence.start, sentence.end)) || creditLine(sentence)) return -1;
    let k = sentence.end;
    for (; k < text.length && charClass(text.charCodeAt(k)) !== BREAK; k++) if (!/\s/.test(text.charAt(k))) return -1;
    while (k < text.length && charClass(text.charCodeAt(k)) !== WORD) k++;
    return k < text.length ? k : -1;
  };
  /** Whether a sentence holds a word for the incident's people in the plural (brothers, братья, qardaşlar); not a pronoun, which may be anyone's ("по их словам"). */
  const pluralIn = (sentence: Span) =>
    hiddenIn(sentence).some((w) => {
      const t = targets[w.target]!;
      if (!t.scope) return false;
      const word = foldText(text.slice(w.start, w.end));
      return (matcher.spec.plurals ?? []).some((x) => word.endsWith(x));
    });
  /**
   * Whether the most recent group of people introduced at `pos` is others (groupsOf): a definite word for the people there stands for them,
   * across paragraphs, until the incident's people are named again. A headline with none of its own belongs to the group its following
   * paragraph's first sentence introduces ("THE BROTHERS AND THE PAWNSHOP", then "The brothers, 31 and 27, are accused …").
   */
  const othersAt = (pos: number, firm = false) => {
    const list = groupsOf();
    let k = firstFrom(list, pos + 1) - 1;
    // (A share taken out of a group, "19 of them", stands for others in its own sentence only: "the brothers" after it are who they were
    // before it, "Police detained 28 people, and 26 of them were released. The brothers were beaten in the cell, …".)
    const sentence = sentenceOf(pos);
    while (k >= 0 && list[k]!.share && list[k]!.start < sentence.start) k--;
    // (One person the page introduces by name and age, "Rauf Hasanov, 44, runs an association …", is not whom a word for several people
    // stands for: "the brothers were killed by the police," Hasanov says. Not where the sentence that introduces them names another so.)
    if (k >= 0 && list[k]!.single && pluralIn(sentence)) {
      const own = sentenceOf(list[k]!.start);
      if (!list.some((l, j) => j !== k && l.single && l.start >= own.start && l.start < own.end)) k--;
    }
    // (An event built on a word for the people, "the brothers' deaths", after others introduced firmly in its item, an entry of a list or
    // the paragraphs under a headline, is theirs: it introduces no one.)
    while (k > 0 && list[k]!.word && list[k - 1]!.others && list[k - 1]!.aged) {
      const here = itemAt(list[k]!.start);
      if (!here.item || here.k !== itemAt(list[k - 1]!.start).k) break;
      k--;
    }
    // (So does one whose own is an event built on a word for the people, see eventWord: "… ölüm: …, qardaşları isə döyüldüyünü deyir", then
    // "PERM — … 38 yaşlı kişi …".)
    if (k < 0 || list[k]!.start < sentence.start || list[k]!.word) {
      const after = afterHeadline(sentence);
      const next = after >= 0 ? sentenceOf(after) : null;
      const j = next ? firstFrom(list, next.start) : list.length;
      if (next && j < list.length && list[j]!.start < next.end) k = j;
    }
    // (A sentence flagged for a dispute since a counted group of others came in is about its incident: its people are the group again. Not
    // since people introduced by their ages, "31 və 27 yaşlı qardaşlar", who may be the ones such a sentence speaks of; but since someone
    // a word of others marks, "my brother", "her mother", who cannot be: "Aydan, Baku: I have no doubt that those two brothers were
    // tortured." after "Leyla, Baku: Dr Mammadli put my brother back together …".)
    return k >= 0 && list[k]!.others && ((!!list[k]!.aged && !list[k]!.marked) || (!firm && !flaggedSince(list[k]!.start, (c) => c.end <= sentence.start)));
  };
  const pointing = matcher.spec.pointingPeople?.words ?? [];
  const otherGroups = new Set(matcher.spec.pointingPeople?.others ?? []);
  /** Whether a word is one of `pointingPeople`, with any ending ("bu adamlardan"). */
  const isPointing = (h: RawMention) => {
    const word = foldText(text.slice(h.start, h.end));
    return pointing.some((p) => word.startsWith(p));
  };
  const elsewhereCache = new Map<number, boolean>();
  /**
   * Whether a word for people that points back (`pointingPeople`: эти люди, bu adamlar) has other people named last before it, within a
   * few paragraphs: a word for other victims that a cue stands near (protesters beaten), or a word for people that a word of others opens
   * ("six other detainees", «шестерых других задержанных»), nearer than the incident's name or a word for its people («Очевидцы говорят,
   * что полицейские избивали этих людей» after a paragraph on protesters).
   */
  const pointsElsewhere = (w: RawMention) => {
    if (!pointing.length) return false;
    let found = elsewhereCache.get(w.start);
    if (found !== undefined) return found;
    found = false;
    if (isPointing(w)) {
      const span = { start: Math.max(0, w.start - 800), end: w.start };
      let last = -1;
      for (const h of slice(scanned.hidden, span)) {
        if (h.end > w.start) continue;
        const t = targets[h.target]!;
        // (A word for other victims that a cue stands near, what was done to them: not "Sevinj, a student from Baku, put it simply: …".)
        const victims = t.stance === STANCE.otherVictims && hiddenIn(sentenceOf(h.start)).some((c) => !!targets[c.target]!.cues && distance(c, h) <= 3);
        const prior = t.scope ? wordsBefore(h.start, 1)[0] : undefined;
        if (victims || (!!prior && (othersWords.has(prior) || otherGroups.has(prior)))) [last, found] = [h.start, true];
        else if (t.scope && !isPointing(h)) [last, found] = [h.start, false];
      }
      for (const m of slice(scanned.mentions, span)) if (m.start >= last && incidentNamed(m)) [last, found] = [m.start, false];
    }
    elsewhereCache.set(w.start, found);
    return found;
  };
  /** Whether a word of `determiners.indefinite` stands right before a word (bir kişi, a man), no word of `each` before it (hər bir, each). */
  const indefiniteBefore = (w: RawMention) => {
    const [one, two] = wordsBefore(w.start, 2);
    return !!one && (determiners?.indefinite ?? []).includes(one) && !(two && (determiners?.each ?? []).includes(two));
  };
  const forPeople = (w: RawMention, conflict: number) =>
    !!targets[w.target]!.scope?.includes(conflict) &&
    !instance(w) &&
    !countsParts(w) &&
    !countsOthers(w) &&
    !pointsElsewhere(w) &&
    // (A common noun in a sentence set in another time, a year named in it, stands for people of then, definite or not: "The oldest men at
    // the tea house remember January 1990, when … civilians were killed".)
    // (Bare, it is definite only as what someone's account is about, or as people its paragraph or a pronoun before it has named: «В Москве
    // отрицают, что задержанных избивали», «Их пытали, и следы на телах …»; not in a sentence that reports no one and goes on from no one,
    // «… видео, на которых силовики избивают задержанных дубинками», which tells of other detainees.)
    (!targets[w.target]!.common ||
      // (Or, in a language with articles, one of a kind: "the prisoners themselves … complaints of torture that the authorities routinely
      // left unanswered" are a century's prisoners.)
      (!(targets[w.target]!.common === 'bare' ? ofYear : ofKind)(sentenceOf(w.start)) &&
        (determined(w) ||
          (targets[w.target]!.common === 'bare' &&
            !ofKind(sentenceOf(w.start)) &&
            !supposed(w) &&
            !indefiniteBefore(w) &&
            (reportsIn(w) || namedBefore(sentenceOf(w.start), conflict) || pointedTo(w)))))) &&
    !ofAKind(w) &&
    !othersBefore(w) &&
    !countedOthers(w) &&
    !othersAt(w.start) &&
    !possessedByOther(w);
  /** Whether a span names an affair itself: a noun of affair right after it ("Safarov case", "Səfərovlar işi") or right before it («делом братьев»). */
  const affairHere = (m: Span) =>
    (!!affairs?.after.length && /^(?:['’]s?)?\s+\S/.test(text.slice(m.end, m.end + 4)) && affairs.after.includes(wordsAfter(m.end, 1)[0] ?? '')) || phraseBefore(m.start, affairs?.before ?? [], 0);
  const affair = (m: Span) => {
    if (!affairs) return false;
    const sentence = sentenceOf(m.start);
    // (Or the name it stands in: "Сафаровых" in «делом братьев Сафаровых»; or the name an event found as a head near it opens:
    // "Səfərovlar işi … ölümlərin".)
    // (Not a party's: "Baş Prokurorluq işi … araşdırır" is the case the Prosecutor General investigates.)
    const party = (n: RawMention) => targets[n.target]!.entities.some((e) => partyEntities.has(e));
    return (
      mentionsIn(sentence).some((n) => ((n.start <= m.start && n.end >= m.end) || (n.start === m.start && n.end < m.end)) && !party(n) && affairHere(n)) ||
      (!mentionsIn(sentence).some((n) => n.start === m.start && n.end === m.end && party(n)) && affairHere(m))
    );
  };
  const anaphorWords = new Set(anaphors ?? []);
  const linksBack = (sentence: Span) => {
    const words = wordsOf(sentence.start, sentence.end).map(([a, b]) => foldText(text.slice(a, b)));
    // (Or a definite noun phrase that opens it, "The forensic report speaks of torture", «Эти данные …», "Həmin rəydə …"; or a pronoun that
    // opens it as what befell them, "It was torture".)
    return (
      words.some((w) => anaphorWords.has(w)) ||
      (determiners?.before ?? []).includes(words[0] ?? '') ||
      hiddenIn(sentence).some((p) => targets[p.target]!.stance === STANCE.pointerLast && within(p, sentence) && wordsBetween(text, sentence.start, p.start) === 0)
    );
  };
  return {
    matcher,
    text,
    known,
    claims,
    conflicts,
    negatives,
    targets,
    abbreviations,
    scanned,
    firstFrom,
    slice,
    hiddenIn,
    mentionsIn,
    nextWordAt,
    ownVoices,
    paragraphStart,
    staffed,
    threaded,
    documented,
    commentsHeading,
    joinedIn,
    closesClause,
    partyEntities,
    pointedBack,
    sentenceOf,
    negativeIn,
    asksWhether,
    out,
    flaggedSince,
    flagged,
    within,
    lastWordEndOf,
    distance,
    ownVoice,
    reports,
    incidentNamed,
    sideOf,
    topics,
    wordsOf,
    accounts,
    viewOf,
    cuesOf,
    othersCache,
    names,
    ofKind,
    forPeople,
    othersAt,
    entryOf: (pos: number) => {
      const item = itemAt(pos).item;
      return !!item?.entry && !namesIncident(sentenceOf(item.start));
    },
    affair,
    linksBack,
    eventWord,
    namesStranger: (sentence: Span, from = sentence.start, to = sentence.end) => {
      const first = wordsOf(sentence.start, sentence.end)[0]?.[0];
      return wordsOf(from, to).some(([a, b]) => a !== first && /\p{Lu}/u.test(text.charAt(a)) && !mentionsIn(sentence).some((m) => m.start <= a && m.end >= b));
    },
  };
}
