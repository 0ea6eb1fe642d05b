/** Parties' accounts: a noun of account beside a party ("Moscow's version") is a cue of that party's side. */

import { foldText } from '../fold';
import type { RawMention } from '../matcher';
import type { ClaimContext } from './context';
import { wholeCue } from './cues';
import type { Span } from './types';
import { STANCE } from '../matcher';

/** `topics.relative`'s phrases split into their words, once a list. */
const relativeSplit = new WeakMap<string[], string[][]>();
const relativeWords = (list: string[]) => {
  let words = relativeSplit.get(list);
  if (!words) {
    words = list.map((p) => p.split(' '));
    relativeSplit.set(list, words);
  }
  return words;
};

/**
 * Whether a noun of account has a topic of its own that is not the incident: a word of topic right after it ("statement on gas prices",
 * «заявление о ценах на газ») or, in a language that puts it after its noun, right before it ("qaz qiymətləri barədə bəyanat"), or a
 * relative clause after a comma that spells out what it holds ("…, which holds that …", `topics.relative`), or what a colon right after it
 * spells out (unless `colons` is false), and in the few words it governs (up to six, within the clause; commas allowed: «о том, что
 * …») no cue, word for the incident or its people, event word, account or pointer back. Not a name or a date after the word ("Moscow's
 * statement on Tuesday": capitalised or a number).
 */
export function aboutOther(ctx: ClaimContext, w: RawMention, sentence: Span, colons = true): boolean {
  const { text, conflicts, targets, hiddenIn, mentionsIn, topics, wordsOf } = ctx;
  const { events } = ctx.matcher.spec;
  const ofScope = (entities: number[]) => entities.some((e) => conflicts.some((c) => c.scope.includes(e)));
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
    // (Nor past a comma, but one that opens what is said or asked: «о том, что …», «о том, как погибли …»; "for the cancelled flights, the
    // second row in a week".)
    const complementizers = [...(ctx.matcher.spec.complementizers ?? []), ...(ctx.matcher.spec.questions?.interrogatives ?? []), ...(ctx.matcher.spec.questions?.embedded ?? [])];
    for (const comma of text.slice(prep[1], end).matchAll(/,/g)) {
      const at = prep[1] + comma.index!;
      const next = wordsOf(at, end)[0];
      if (!next || !complementizers.includes(foldText(text.slice(next[0], next[1])))) {
        end = at;
        break;
      }
    }
    range = { start: prep[1], end };
  }
  // (Or a relative clause after a comma that spells out what the account holds: "Baku's account, which holds that a Russian missile hit the
  // plane", «версия Баку, согласно которой самолёт поразила ракета».)
  const relative = topics.relative ? relativeWords(topics.relative) : [];
  if (!range && relative.length && /^\s*,\s*$/.test(text.slice(w.end, after[0]?.[0] ?? w.end))) {
    const folded = after.map(([a, b]) => foldText(text.slice(a, b)));
    const phrase = relative.find((parts) => parts.every((x, k) => folded[k] === x) && after.slice(1, parts.length).every(([a], k) => /^\s+$/.test(text.slice(after[k]![1], a))));
    if (phrase) {
      const from = after[phrase.length - 1]![1];
      const stop = text.slice(from, sentence.end).search(/[,;:—–()]/);
      range = { start: from, end: stop < 0 ? sentence.end : from + stop };
    }
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
  // (Or what a colon right after it, a word or two on, spells out: «излагает позицию Баку: лайнер поразила российская ракета» gives Baku's
  // position on the airliner.)
  const colon = range || !colons ? -1 : text.indexOf(':', w.end);
  if (colon >= 0 && colon < sentence.end && !/[,;—–()"«»“”.!?]/.test(text.slice(w.end, colon)) && wordsOf(w.end, colon).length <= 2) {
    const stop = text.slice(colon + 1, sentence.end).search(/;/);
    range = { start: colon + 1, end: stop < 0 ? sentence.end : colon + 1 + stop };
  }
  if (!range || range.end <= range.start) return false;
  const r = range;
  const inRange = (m: RawMention) => m.start >= r.start && m.end <= r.end;
  const incident =
    hiddenIn(sentence).some((h) => {
      if (!inRange(h)) return false;
      const t = targets[h.target]!;
      return !!(
        t.cues ||
        t.scope ||
        // (A head of an event of the incident's, not of another: «о причинах сокращения транзита газа», «о переносе визита».)
        t.heads?.some((e) => ofScope(targets[events[e]!.target]!.entities)) ||
        t.words ||
        (t.stance && ([STANCE.account, STANCE.pointedBack, STANCE.pointerLast, STANCE.pointerObject, STANCE.charge, STANCE.people] as number[]).includes(t.stance))
      );
    }) || mentionsIn(sentence).some((m) => inRange(m) && ofScope(targets[m.target]!.entities));
  return !incident;
}

/**
 * The parties that a word of `pairs` joins to a party, one after another, with nothing else between: "Baku and Moscow", «Баку и Москвы»,
 * "Bakı ilə Moskvanın".
 */
function pairedWith(ctx: ClaimContext, party: RawMention, sentence: Span): RawMention[] {
  const pairs = ctx.matcher.spec.pairs ?? [];
  if (!pairs.length) return [];
  const { text, mentionsIn, within, sideOf, wordsOf } = ctx;
  const joins = (a: Span, b: Span) => {
    const gap = wordsOf(a.end, b.start);
    return gap.length === 1 && pairs.includes(foldText(text.slice(gap[0]![0], gap[0]![1]))) && !/[,;:—–()"«»“”]/.test(text.slice(a.end, b.start));
  };
  const out: RawMention[] = [];
  const others = mentionsIn(sentence).filter((m) => within(m, sentence) && sideOf(m) >= 0 && m !== party);
  for (let grew = true, group: Span[] = [party]; grew; ) {
    grew = false;
    for (const m of others)
      if (!out.includes(m) && group.some((g) => (m.end <= g.start ? joins(m, g) : g.end <= m.start && joins(g, m)))) {
        out.push(m);
        group = [...group, m];
        grew = true;
      }
  }
  return out;
}

/**
 * Whether a party a few words from a noun of account is the agent of a participle that qualifies the noun (`agents`): "the version of
 * events put forward by Moscow" (a word of agent right before the party, or before it and an article), «версию событий, изложенную
 * Москвой» (a participle right before the party in the instrumental, after a comma), "Moskvanın irəli sürdüyü hadisə versiyası" (a
 * participle between the party and the noun). No other stop between them, five words at most, and no word of denial or negation: the
 * version "rejected by Baku", "Azərbaycan tərəfinin qəbul etmədiyi versiya" is the other side's.
 */
function agentOf(ctx: ClaimContext, party: RawMention, w: RawMention): boolean {
  const agents = ctx.matcher.spec.agents;
  if (!agents) return false;
  const { text, wordsOf } = ctx;
  const after = party.start >= w.end;
  const gap = after ? { start: w.end, end: party.start } : { start: party.end, end: w.start };
  const between = text.slice(gap.start, gap.end);
  if (/[;:—–()"«»“”.!?]/.test(between) || (between.match(/,/g)?.length ?? 0) > 1) return false;
  const words = wordsOf(gap.start, gap.end).map(([a, b]) => foldText(text.slice(a, b)));
  if (!words.length || words.length > 5) return false;
  const refused = (h: RawMention) => (ctx.targets[h.target]!.stance === STANCE.denies || ctx.targets[h.target]!.stance === STANCE.negates) && h.start < gap.end && h.end > gap.start;
  if (ctx.hiddenIn(ctx.sentenceOf(w.start)).some(refused)) return false;
  const participle = (word: string) => agents.participles.some((e) => word.length > e.length + 2 && word.endsWith(e));
  // (Before the noun, the participle right before it or a word before it: "Moskvanın irəli sürdüyü hadisə versiyası", the version of events;
  // not "Moskvanın irəli sürdüyü qaz qiyməti versiyası", the gas price version.)
  if (!after) return !between.includes(',') && (participle(words.at(-1)!) || (words.length >= 2 && participle(words.at(-2)!)));
  // (After it, "by" right before the party or its article, and a participle of giving an account before that: "put forward", "given"; not
  // "challenged by Azerbaijan".)
  const by = words.findLastIndex((word) => agents.words.includes(word));
  if (by >= words.length - 2 && by >= 1) return !between.includes(',') && agents.verbs.includes(words[by - 1]!);
  const own = wordsOf(party.start, party.end).at(-1);
  return !!own && participle(words.at(-1)!) && agents.cases.some((e) => foldText(text.slice(own[0], own[1])).endsWith(e));
}

/** Finds the parties' accounts named by a noun of account (`ctx.accounts`), cues of that party's side. */
export function findAccounts(ctx: ClaimContext): void {
  const { text, claims, targets, scanned, firstFrom, hiddenIn, mentionsIn, pointedBack, sentenceOf, within, distance, sideOf, accounts } = ctx;
  // A party's account named by a noun of account beside it is a cue of that party's side ("the explanation Russia gave",
  // "Rusiyanın verdiyi izahat", «версия Москвы»): the party stands within two words before the noun, or right after it,
  // with no saying between them ("Moscow dismissed this version" is no account of Moscow's).
  for (const w of scanned.hidden) {
    const charge = targets[w.target]!.stance === STANCE.charge;
    if (targets[w.target]!.stance !== STANCE.account && !charge) continue;
    if (pointedBack.some((d) => d.start <= w.start && d.end >= w.end)) continue;
    // Most such nouns ("statement") have no party beside them: passed over before their sentence is looked for.
    let near = false;
    for (let k = firstFrom(scanned.mentions, w.start - 300); k < scanned.mentions.length && scanned.mentions[k]!.start <= w.end + 300 && !near; k++) {
      const m = scanned.mentions[k]!;
      near = sideOf(m) >= 0 && (distance(m, w) <= 2 || (distance(m, w) <= 5 && agentOf(ctx, m, w)));
    }
    if (!near) continue;
    const sentence = sentenceOf(w.start);
    // (A statement on another topic is no account of the incident: "It rejected Moscow's statement on gas prices as baseless".)
    if (aboutOther(ctx, w, sentence)) continue;
    // (A party's charge or statement is its account only where a denial a few words from it rejects it: "Aparıcılar Rusiya istintaqının
    // açıqlamasını isə həqiqəti gizlətmək cəhdi kimi təqdim edirlər", "Baku dismissed Moscow's statement as a cover-up".)
    if (
      charge &&
      !hiddenIn(sentence).some(
        (h) => targets[h.target]!.stance === STANCE.denies && within(h, sentence) && distance(h, w) <= 3 && !/[,;:—–()]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))),
      )
    )
      continue;
    const gapOf = (m: RawMention) => (m.end <= w.start ? { start: m.end, end: w.start } : { start: w.end, end: m.start });
    // A noun a cue names is that cue's account ("Bakı infarkt versiyasını rədd edib": the heart-attack version). (Not a word of a cue whose
    // companion words are missing, «версию Москвы о гибели братьев»: a death is no cue without a word of violence. One that only lacks its
    // binding to the incident still names the account's kind, «обвинение в убийстве».)
    const partial = (h: RawMention) => !!targets[h.target]!.needs?.some((g) => g >= 0) && !wholeCue(ctx, h);
    if (hiddenIn(sentence).some((h) => targets[h.target]!.cues && within(h, sentence) && distance(h, w) <= 2 && !partial(h))) continue;
    // (The parties that are the agent of a participle qualifying the noun, found once: see agentOf.)
    const agented = new Set<RawMention>();
    const parties = mentionsIn(sentence).filter((m) => {
      if (!within(m, sentence) || sideOf(m) < 0 || (m.start < w.end && m.end > w.start)) return false;
      if (agentOf(ctx, m, w)) return !!agented.add(m);
      const gap = gapOf(m);
      if (/[,;:—–()]/.test(text.slice(gap.start, gap.end))) return false;
      if (hiddenIn(sentence).some((h) => ctx.reports(h) && h.start >= gap.start && h.end <= gap.end)) return false;
      return distance(m, w) <= 2;
    });
    // The party before the noun is its owner ("Rusiyanın verdiyi izahat Bakını …": Russia's), else the one right after it;
    // both sides' accounts at once («версии Баку и Москвы») are no one side's. (Only where the two are joined: the nearer one of two
    // in a row owns it, the other is the subject: "Bakı Rusiya istintaqının nəticələrini rədd etdi", Baku rejected the Russian
    // investigation's findings.)
    // (Not a bare name before the noun where another stands right after it, the owner in the genitive: «Баку версию Москвы … отвергает», Baku
    // rejects Moscow's version. Only a name that shows its genitive, «Москвы», «России»: not a nominative, «Россия», nor an indeclinable
    // one, «Баку», which may be a dative, «свою версию Баку изложила», nor a place or a dative in another language; review.)
    const genitives = ctx.matcher.spec.genitives ?? [];
    const owner = parties.find((m) => m.start >= w.end && distance(m, w) === 0 && genitives.some((x) => foldText(text.slice(m.start, m.end)).endsWith(x)));
    const before = parties.filter((m) => m.end <= w.start && (!owner || agented.has(m)));
    const group = before.length ? before : owner ? [owner] : parties;
    const party = group.sort((a, b) => distance(a, w) - distance(b, w))[0];
    const joint = group.filter((m) => m === party || (m.end <= party!.start ? ctx.joinedIn(m.end, party!.start) : m.start >= party!.end && ctx.joinedIn(party!.end, m.start)));
    // (So is one the owner's pair, however far from the noun: "Baku and Moscow give conflicting accounts", "Bakı ilə Moskvanın versiyaları".)
    if (party) joint.push(...pairedWith(ctx, party, sentence));
    // (An owner after the noun is part of it: what a word of topic after the owner names is the account's topic, «объяснение Москвы о причинах
    // сокращения транзита газа», "the explanation given by Moscow for the cancelled flights".)
    if (party && party.start >= w.end && aboutOther(ctx, { ...w, end: party.end }, sentence)) continue;
    if (party && (before.length || distance(party, w) === 0 || agented.has(party)) && new Set(joint.map((m) => claims[sideOf(m)]!.side)).size === 1) accounts.set(w, sideOf(party));
  }
}
