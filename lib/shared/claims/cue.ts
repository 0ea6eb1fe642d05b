/** One cue's sentence, flagged for each claim the cue gives: the rules that set a cue aside, and whether its sentence is in scope. */

import { BREAK, WORD, charClass, foldText } from '../fold';
import { wordsBetween, type Matcher, type RawMention, STANCE } from '../matcher';
import type { ClaimContext } from './context';
import { aboutOther } from './accounts';
import { othersBeside, othersIn, predicateOf } from './cues';
import { adversative, clauseJoin, isTimeStamp, quotationOf, quoted } from './sentences';
import { laterStance, openingStance, readSpeech } from './stance';
import { frameOf, kinOf, kinSubject, peopleTied } from './tie';
import type { Span, Stance } from './types';

type Claim = Matcher['spec']['claims'][number];

/** What is known of one cue and its sentence, shared by the steps that flag it for each of its claims. */
export interface CueFacts {
  cue: RawMention;
  /** Every cue that counts, in text order. */
  cueHits: RawMention[];
  /** The groups of the cue's other parts, for a cue of several parts. */
  needs: Matcher['targets'][number]['needs'];
  /** The claims the cue gives. */
  cues: number[];
  sentence: Span;
  /** The sentences before the cue's in its paragraph, or null. */
  before: Span | null;
  /** The other cues in the sentence. */
  otherCues: RawMention[];
  insideSaying: (w: Span) => boolean;
  /** The sentence's words of negation that may negate. */
  negationWords: RawMention[];
  lastWordEnd: number;
  clauseOf: (pos: number) => number;
  /** The sentence's words of denial. */
  denialWords: RawMention[];
  /** Whether a word of denial is one of hiding that has a cue for its object ("cover up the violence"): it denies no such cue. */
  hides: (w: Span, c: RawMention) => boolean;
  toDenial: (c: RawMention) => number;
  negatedBefore: (c: RawMention) => boolean;
  verbLast: boolean;
  negative: NonNullable<Matcher['spec']['negatives']>[number] | undefined;
  setAside: (c: RawMention, h: RawMention) => boolean;
  subordinate: Span | null;
  aside: (w: Span) => boolean;
  opensWith: (m: RawMention) => boolean;
  /** Where the outlet's own lead-in ends, the colon after it (see ownLeadInOf), or -1. */
  ownLeadIn: number;
  notDenied: (w: RawMention) => boolean;
  negates: (w: Span) => boolean;
  /** Whether a negation sets one source aside for another: "not from X but from Y". */
  contrastsAfter: (w: Span) => boolean;
}

/** Flags a cue's sentence for each claim the cue gives, where it is about the incident and its sentence reports something. */
export function flagCue(ctx: ClaimContext, cue: RawMention, cueHits: RawMention[]): void {
  const sentence = ctx.sentenceOf(cue.start);
  if (cueSkipped(ctx, cue, sentence) || givenBeforeQuestion(ctx, cue, sentence, cueHits)) return;
  const facts = cueFacts(ctx, cue, cueHits);
  for (const k of facts.cues) flagClaim(ctx, facts, k);
}

/**
 * Whether a cue that names a party's account (one the party's noun of account makes, "Moscow's version", or a noun of account inside it)
 * and opens the sentence (a lead-in a comma closes before it at most) is the subject that denies a cue of the other side after it, a
 * denial or a negation between them and nothing parting them ("Moscow's version leaves no room for torture", "… rules out torture"):
 * that cue's flag says the denial, and this one is no flag of its own side.
 */
function deniesOther(ctx: ClaimContext, cue: RawMention, sentence: Span): boolean {
  const { text, claims, targets, hiddenIn, within, cuesOf, accounts } = ctx;
  const own = cuesOf(cue);
  if (!own.length || !(accounts.has(cue) || holdsAccount(ctx, cue, sentence))) return false;
  // (Or opens it after a lead-in of a few words that a comma closes: "In other words, Moscow's version leaves no room for torture".)
  const before = wordsBetween(text, sentence.start, cue.start);
  if (before > 1 && !(before <= 4 && /^[^,;:—–()"«»“”]*,\s*$/.test(text.slice(sentence.start, cue.start)))) return false;
  return hiddenIn(sentence).some(
    (h) =>
      !!targets[h.target]!.cues &&
      within(h, sentence) &&
      h.start >= cue.end &&
      !/[,;:—–()]/.test(text.slice(cue.end, h.start)) &&
      cuesOf(h).some((j) => own.some((k) => claims[j]!.conflict === claims[k]!.conflict && claims[j]!.side !== claims[k]!.side)) &&
      hiddenIn(sentence).some((d) => (targets[d.target]!.stance === STANCE.denies || targets[d.target]!.stance === STANCE.negates) && d.start >= cue.end && d.end <= h.start),
  );
}

/**
 * Whether a cue stands in what a question that expects no takes as given, a clause a comma closes before a cue of the other side that the
 * question asks about: "With signs of trauma reported on the bodies, does anyone really expect readers to accept heart failure?", "… travma
 * izləri olduğu bildirildiyi halda, doğrudanmı kimsə … ürək çatışmazlığını … qəbul edəcəyini gözləyir?". The question denies that one alone.
 */
function givenBeforeQuestion(ctx: ClaimContext, cue: RawMention, sentence: Span, cueHits: RawMention[]): boolean {
  const { text, claims, cuesOf, within } = ctx;
  const own = cuesOf(cue);
  if (!own.length) return false;
  const other = cueHits.find(
    (h) =>
      h.start >= cue.end &&
      within(h, sentence) &&
      text.slice(cue.end, h.start).includes(',') &&
      cuesOf(h).some((j) => own.some((k) => claims[j]!.conflict === claims[k]!.conflict && claims[j]!.side !== claims[k]!.side)),
  );
  if (!other || !rhetorical(ctx, sentence, other)) return false;
  // (Not a clause of its own that a conjunction joins to the question: "Moscow blames heart failure, yet does anyone really expect the
  // investigators who tortured suspects in the Tver case to be impartial?" asks about something else.)
  const conjunctions = ctx.matcher.spec.conjunctions ?? [];
  const comma = text.indexOf(',', cue.end);
  if (ctx.wordsOf(comma, other.start).some(([a, b]) => conjunctions.includes(foldText(text.slice(a, b))))) return false;
  // (Not where the question is asked before the cue: «Неужели кто-то всерьёз рассчитывает, что читатели примут сердечную недостаточность …,
  // если на телах братьев … были следы травм?» asks about the first.)
  const words = ctx.matcher.spec.questions?.rhetorical ?? [];
  const head = foldedPhrase(ctx, sentence.start, cue.start);
  return !words.some((w) => head.includes(` ${w} `));
}

/** The folded words of [from, to) as one string with a space on each side, for phrases of several words to be found in it (` ${phrase} `). */
const foldedPhrase = (ctx: ClaimContext, from: number, to: number) =>
  ` ${ctx
    .wordsOf(from, to)
    .map(([a, b]) => foldText(ctx.text.slice(a, b)))
    .join(' ')} `;

/** The sentence right after `sentence` in its paragraph, if any. */
function nextInParagraph(ctx: ClaimContext, sentence: Span): Span | null {
  const { text } = ctx;
  let k = sentence.end;
  while (k < text.length && /\s/.test(text.charAt(k)) && charClass(text.charCodeAt(k)) !== BREAK) k++;
  return k >= text.length || charClass(text.charCodeAt(k)) === BREAK ? null : ctx.sentenceOf(k);
}

/** Whether a noun of account stands inside a cue ("Baku's account", «версия Москвы»). */
const holdsAccount = (ctx: ClaimContext, cue: RawMention, sentence: Span) =>
  ctx.hiddenIn(sentence).some((n) => ctx.targets[n.target]!.stance === STANCE.account && n.start >= cue.start && n.end <= cue.end);

/** Whether a cue's sentence is set aside before its claims are read: an account with nothing of the incident, an unrelated lead-in, a question. */
function cueSkipped(ctx: ClaimContext, cue: RawMention, sentence: Span): boolean {
  const { text, claims, conflicts, targets, hiddenIn, mentionsIn, paragraphStart, asksWhether, flaggedSince, within, accounts, sideOf, distance } = ctx;
  // A party's account counts where the sentence names the incident's people ("… on the brothers' deaths").
  if (
    accounts.has(cue) &&
    !mentionsIn(sentence).some((m) => within(m, sentence) && targets[m.target]!.entities.some((e) => conflicts[claims[accounts.get(cue)!]!.conflict]!.scope.includes(e))) &&
    !hiddenIn(sentence).some((w) => within(w, sentence) && targets[w.target]!.scope?.includes(claims[accounts.get(cue)!]!.conflict)) &&
    // (Or, for one the sentence denies, the sentence right before it was flagged for the dispute: it rebuts the account it goes on about;
    // the last of the paragraph before, where the sentence opens its own: "Russian investigators reported a heart attack." ¶ "Baku
    // vigorously disputed Moscow's version.")
    !(
      hiddenIn(sentence).some((h) => targets[h.target]!.stance === STANCE.denies && within(h, sentence)) &&
      flaggedSince(
        paragraphStart(Math.max(0, paragraphStart(sentence.start) - 1)),
        (c) => c.end <= sentence.start && /^\s*$/.test(text.slice(c.end, sentence.start)) && claims[c.claim]!.conflict === claims[accounts.get(cue)!]!.conflict,
      )
    )
  )
    return true;
  // So does a cue of the pack's that holds a noun of account whose topic past it is another matter, as a party's account does (see
  // aboutOther): "That is Baku's account, which holds that a Russian missile hit the plane". (Not by what a colon after it spells out:
  // "Azerbaijan on the Russian account: rejected" says what became of it.)
  if (!accounts.has(cue) && holdsAccount(ctx, cue, sentence) && aboutOther(ctx, cue, sentence, false)) return true;
  // So does a party's account that denies the other side's cue after it: the flag is that cue's (see deniesOther).
  if (deniesOther(ctx, cue, sentence)) return true;
  // A lead-in before a colon that says what follows is unrelated ("15:10 — Unrelated: a fan who suffered a heart attack …",
  // "Səfərovlar işi ilə bağlı deyil: …"): nothing after it is about the incident, whatever it names.
  const unrelated = hiddenIn(sentence).find((w) => targets[w.target]!.stance === STANCE.unrelated && w.start >= sentence.start && w.end <= cue.start);
  if (unrelated && /:\s/.test(text.slice(unrelated.end, cue.start))) return true;
  if (listedApart(ctx, sentence, cue)) return true;
  // So does a question asked inside the sentence, a clause that a word of it opens before the cue ("whether it is also a case of torture is
  // exactly what the two governments dispute"), where no one in that clause is said to hold it ("Whether the deceased were, as Baku
  // claims, tortured …" reports Baku's claim).
  const asked = ctx.matcher.spec.questions?.embedded ?? [];
  if (asked.length && asked.some((q) => text.slice(sentence.start, cue.start).toLowerCase().includes(q))) {
    const head = ctx.wordsOf(sentence.start, cue.start).findLast(([a, b]) => asked.includes(foldText(text.slice(a, b))));
    if (
      head &&
      !/[;:—–()]/.test(text.slice(head[1], cue.start)) &&
      !hiddenIn(sentence).some((w) => ctx.reports(w) && w.start >= head[1] && w.end <= cue.start) &&
      !mentionsIn(sentence).some((m) => sideOf(m) >= 0 && m.start >= head[1] && m.end <= cue.start)
    )
      return true;
  }
  // (Or one that a question particle right after the cue opens, after a comma: «обещают выяснить, применяли ли сотрудники ИВС силу», promise to
  // find out whether the staff used force.)
  const next = ctx.wordsOf(cue.end, Math.min(sentence.end, cue.end + 12))[0];
  if (
    next &&
    /^\s+$/.test(text.slice(cue.end, next[0])) &&
    (ctx.matcher.spec.questions?.particles ?? []).includes(foldText(text.slice(next[0], next[1]))) &&
    /,\s*$/.test(text.slice(sentence.start, cue.start))
  )
    return true;
  // A question that asks yes or no reports nothing: it asks whether ("Fact check: Did Russia say both brothers died of heart attacks?",
  // «Правда ли, что …?», "… deyibmi?"). One with a word of denial denies by asking, and keeps its flag ("Are we supposed to believe …?");
  // not one that asks whether a party denies («Отрицает ли Россия пытки?», "Does Moscow deny …?"): a party beside the word of denial.
  // (So does a quotation that holds the cue and closes on a question mark, whatever saying follows it: ""Was it torture, or was it a heart
  // attack …?" asked a European diplomat", "“İşgəncə, yoxsa ürək çatışmazlığı …?” – deyə … soruşur": the speaker asks.)
  const quote = quotationOf(text, sentence, cue);
  const question = quote && /\?\s*$/.test(text.slice(quote.start, quote.end - 1)) ? { start: quote.start + 1, end: quote.end - 1 } : null;
  if (
    (asksWhether(sentence) || (question !== null && asksWhether(question))) &&
    // (Not one that says who holds what it asks about, in a clause of accord: "Were the brothers tortured, as Azerbaijani prosecutors
    // insist?", «Пытали ли братьев, как утверждает Баку?», "Qardaşlar, Bakının israr etdiyi kimi, … öldürülüblərmi?": it attributes it.)
    !heldAsSaid(ctx, sentence) &&
    // (Nor one that expects no for its answer: see rhetorical.)
    !rhetorical(ctx, sentence, cue) &&
    !hiddenIn(sentence).some(
      (w) =>
        targets[w.target]!.stance === STANCE.denies &&
        within(w, sentence) &&
        // (A noun of account that denies, "a fairy tale", «сказки», "nağıl", is the asker's own word for it, whoever stands beside it:
        // "Doğrudanmı Moskvada kimsə azərbaycanlıların infarkt nağılına inanacağını gözləyir?".)
        (hiddenIn(sentence).some((n) => targets[n.target]!.stance === STANCE.account && n.start === w.start && n.end === w.end) ||
          !mentionsIn(sentence).some((m) => within(m, sentence) && sideOf(m) >= 0 && distance(m, w) <= 2 && !/[,;:—–()]/.test(text.slice(Math.min(m.end, w.end), Math.max(m.start, w.start))))),
    )
  )
    return true;
  return false;
}

/**
 * Whether a cue stands in an item of a list of several that a lead-in's colon opens, and its item names nothing of the incident: a line of
 * contents or a summary ("This week in brief: a death in a police cell, a verdict for a sergeant, a tram emergency and the Safarov row",
 * «Главное за неделю: смерть в изоляторе, …, раскрытое убийство и скандал вокруг братьев Сафаровых», "Həftənin əsas xəbərləri: …, tramvayda
 * infarkt, … və Səfərov qardaşları ətrafında qalmaqal"). Each item is a story of its own, and one that names the incident takes no side
 * through another's cue. (Not where someone says or denies anything in it, "Baku's charges: torture, murder and a cover-up", but for a saying
 * inside an item of a list that semicolons part: that item's own story.)
 */
function listedApart(ctx: ClaimContext, sentence: Span, cue: RawMention): boolean {
  const { text, targets, hiddenIn, mentionsIn, within } = ctx;
  const colon = text.indexOf(':', sentence.start);
  if (colon < 0 || colon >= cue.start) return false;
  const list = { start: colon + 1, end: sentence.end };
  const pairs = ctx.matcher.spec.pairs ?? [];
  // (Five items at least: three commas or semicolons, and the last joined by a word of a pair, "and", «и», "və". A comma right before
  // that word is no item's end: "the brothers were detained on Monday, questioned overnight, and tortured to death" is one story.)
  // (Where semicolons part the items, commas are inside them: "…; a veteran coach, in hospital after a heart attack; and …".)
  const items = text.slice(list.start, list.end);
  const apart = (items.match(/;/g)?.length ?? 0) >= 2;
  const bounds = [...items.matchAll(apart ? /;/g : /[,;]/g)].map((m) => list.start + m.index!);
  if (bounds.length < 2) return false;
  // (The last word of a pair after the second item's end: commas after it are inside the last item, "… and a coach, who was brought back to
  // life", «… и тренер, которого вернули к жизни».)
  const join = ctx.wordsOf(bounds[1]!, list.end).findLast(([a, b]) => pairs.includes(foldText(text.slice(a, b))));
  // (A caption's clauses are no list: "Above: portraits of the brothers, who were tortured …, are carried …".)
  if (!join) return false;
  while (bounds.at(-1)! > join[0]) bounds.pop();
  if (/^[,;]\s*$/.test(text.slice(bounds.at(-1)!, join[0]))) bounds.pop();
  if (bounds.length < 3) return false;
  // (A saying inside an item that semicolons part is that item's own story: "…; and fans who say Russian police beat them in Krasnodar".)
  if (hiddenIn(sentence).some((w) => within(w, sentence) && ctx.reports(w) && !ctx.ownVoice(w) && !(apart && w.start > colon))) return false;
  bounds.push(join[0]);
  const from = Math.max(list.start, ...bounds.filter((k) => k < cue.start));
  const to = Math.min(list.end, ...bounds.filter((k) => k >= cue.end));
  const item = { start: from, end: to };
  return (
    !mentionsIn(sentence).some((m) => within(m, item) && ctx.incidentNamed(m)) &&
    !hiddenIn(sentence).some((w) => within(w, item) && w !== cue && !!targets[w.target]!.scope && !(w.start <= cue.start && w.end >= cue.end))
  );
}

/**
 * Whether a sentence is a question that expects no (or no one) for its answer, a word of `questions.rhetorical` in it ("Does anyone in Moscow
 * seriously expect Azerbaijanis to accept a heart attack as the explanation?", «Кто всерьёз проглотит эту историю про больное сердце?»): it
 * denies what it asks about, whoever it names.
 */
export function rhetorical(ctx: ClaimContext, sentence: Span, cue?: Span): boolean {
  const words = ctx.matcher.spec.questions?.rhetorical ?? [];
  if (!words.length) return false;
  // (Or the quotation that holds the cue and closes on a question mark, whatever saying follows it: "“Does anyone seriously think …?” a
  // reader asked", «"Неужели кто-то всерьёз думает …?" — возмущается читательница».)
  const quote = cue && quotationOf(ctx.text, sentence, cue);
  if (quote && /\?[\s"»”’)]*$/.test(ctx.text.slice(quote.start, quote.end))) sentence = quote;
  else if (!/\?[\s"»”’)]*$/.test(ctx.text.slice(sentence.start, sentence.end))) return false;
  // (A word or a phrase of words: "really expect".)
  const said = foldedPhrase(ctx, sentence.start, sentence.end);
  return words.some((w) => said.includes(` ${w} `)) || wouldDo(ctx, sentence, said, cue) || echoed(ctx, sentence) || (!!cue && (echoedBack(ctx, sentence) || dismissed(ctx, sentence, cue)));
}

/**
 * Whether a question is only a word that asks "what … ?" and the cue, and the sentence right after it in its paragraph holds a negation ("What
 * torture? Nobody touched them.", «Какие пытки? Их никто не трогал.»): it waves the account away. (Not "What heart attack? I was just tired",
 * a coach's joke; review.)
 */
function dismissed(ctx: ClaimContext, sentence: Span, cue: Span): boolean {
  const { text } = ctx;
  const words = wordsPastLabel(ctx, sentence);
  const [first, ...rest] = words;
  if (!first || !rest.length || words.length > 4 || !(ctx.matcher.spec.dismissals ?? []).includes(foldText(text.slice(first[0], first[1])))) return false;
  if (!rest.every(([a, b]) => a >= cue.start && b <= cue.end)) return false;
  const next = nextInParagraph(ctx, sentence);
  return !!next && ctx.hiddenIn(next).some((w) => ctx.targets[w.target]!.stance === STANCE.negates && w.start >= next.start && w.end <= next.end);
}

/** The words of a sentence after its last colon, a speaker's label's, if any: "Leyla_B: Heart attack, really?" */
function wordsPastLabel(ctx: ClaimContext, sentence: Span): [number, number][] {
  const colon = ctx.text.slice(sentence.start, sentence.end).lastIndexOf(':');
  return ctx.wordsOf(colon >= 0 ? sentence.start + colon + 1 : sentence.start, sentence.end);
}

/**
 * Whether a question of a word or three only echoes an account back ("Инфаркт?", "Heart attack?"), and the sentence right after it in its
 * paragraph is a question that expects no (see rhetorical): «Инфаркт? Они нас за дураков держат?», "İnfarkt? Bizi axmaq yerinə qoyurlar?".
 * It echoes the account to mock it. (Not one answered after it: "Heart attack? The autopsy says so.")
 */
function echoedBack(ctx: ClaimContext, sentence: Span): boolean {
  const { text } = ctx;
  const words = wordsPastLabel(ctx, sentence);
  if (words.length > 3 || !/\?[\s"»”’)]*$/.test(text.slice(sentence.start, sentence.end))) return false;
  const next = nextInParagraph(ctx, sentence);
  if (!next) return false;
  // (Up to its question mark, where a saying after the quotation closes the sentence: «… держат?» — возмущается Рафик.)
  const asked = text.slice(next.start, next.end).indexOf('?');
  return next.start > sentence.start && asked >= 0 && rhetorical(ctx, { start: next.start, end: next.start + asked + 1 });
}

/**
 * Whether a question only echoes an account back in disbelief: a few words, then a comma and a word of `questions.echoes` that closes it
 * ("Heart attack, really?", «Инфаркт, серьёзно?», "İnfarkt, doğrudanmı?"). Not a longer one that asks something of its own ("Did they
 * check his heart, really?").
 */
function echoed(ctx: ClaimContext, sentence: Span): boolean {
  const echoes = ctx.matcher.spec.questions?.echoes ?? [];
  if (!echoes.length) return false;
  const words = wordsPastLabel(ctx, sentence);
  if (words.length > 4 || words.length < 2) return false;
  const [a, b] = words.at(-1)!;
  return echoes.includes(foldText(ctx.text.slice(a, b))) && /,\s*$/.test(ctx.text.slice(words.at(-2)![1], a));
}

/**
 * Whether a question asks why someone would do what the cue names: a word that asks why before the cue, and the cue or the word right
 * before or after it a verb of what one would do (`questions.moods`: «Зачем полиции забивать до смерти братьев …?», "… niyə işgəncə
 * versin?", "… nə üçün döyüb öldürsün ki?"). Not one that asks why someone says it («Иначе зачем Генпрокуратуре говорить о
 * посттравматическом шоке?», "Bakı niyə … deyir?"): it takes the account as given.
 */
function wouldDo(ctx: ClaimContext, sentence: Span, said: string, cue?: Span): boolean {
  const { why = [], moods = [] } = ctx.matcher.spec.questions ?? {};
  if (!cue || !why.some((w) => said.includes(` ${w} `))) return false;
  const { text, wordsOf } = ctx;
  const before = wordsOf(sentence.start, cue.start);
  const beside = [...before.slice(-1), ...wordsOf(cue.start, cue.end), ...wordsOf(cue.end, sentence.end).slice(0, 1)];
  // (A word or two: "niyə", "nə üçün".)
  const folded = before.map(([a, b]) => foldText(text.slice(a, b)));
  const asked = folded.some((w, k) => why.includes(w) || (k > 0 && why.includes(`${folded[k - 1]} ${w}`)));
  // (The cue itself may be short: «Зачем бить людей, …?».)
  return asked && beside.some(([a, b]) => moods.some((x) => b - a >= x.length + (a >= cue.start && b <= cue.end ? 1 : 2) && foldText(text.slice(a, b)).endsWith(x)));
}

/**
 * Whether a sentence says who holds something in a clause of accord: a word of saying (not the outlet's own) with a conjunction of accord
 * a few words before it, nothing parting them, that a comma or the sentence's start opens ("…, as the Russian side maintains?", «…, как
 * утверждает Баку?»); or one right after it, in a language that puts its verb last ("Bakının israr etdiyi kimi, …").
 */
function heldAsSaid(ctx: ClaimContext, sentence: Span): boolean {
  const accord = ctx.matcher.spec.accord;
  if (!accord) return false;
  const { text, targets, hiddenIn, within, ownVoice, wordsOf } = ctx;
  return hiddenIn(sentence).some((w) => {
    if (targets[w.target]!.stance !== STANCE.says || !within(w, sentence) || ownVoice(w)) return false;
    const after = wordsOf(w.end, Math.min(sentence.end, w.end + 30))[0];
    if (after && /^\s+$/.test(text.slice(w.end, after[0])) && accord.after.includes(foldText(text.slice(after[0], after[1])))) return true;
    const before = wordsOf(Math.max(sentence.start, w.start - 80), w.start).slice(-5);
    return before.some(([a, b]) => accord.before.includes(foldText(text.slice(a, b))) && /(?:^|,)[\s"«“„]*$/.test(text.slice(sentence.start, a)) && !/[,;:—–()"«»“”]/.test(text.slice(b, w.start)));
  });
}

/** What the steps for each of a cue's claims read of the cue and its sentence: the other cues, negations, denials, clauses. */
function cueFacts(ctx: ClaimContext, cue: RawMention, cueHits: RawMention[]): CueFacts {
  const { text, negativeIn, targets, hiddenIn, nextWordAt, ownVoices, joinedIn, sentenceOf, within, lastWordEndOf, distance, ownVoice, cuesOf } = ctx;
  const { needs } = targets[cue.target]!;
  const cues = cuesOf(cue);
  const sentence = sentenceOf(cue.start);
  // The sentences before, in the same paragraph: a pronoun's antecedent is usually there.
  let p = sentence.start - 1;
  while (p > 0 && charClass(text.charCodeAt(p)) !== BREAK) p--;
  // (Not a caption's time stamp alone, see sentenceAt; an interview's dash before the sentence still counts, review.)
  const before = p < sentence.start - 1 && !isTimeStamp(text.slice(p, sentence.start)) ? { start: p === 0 && charClass(text.charCodeAt(0)) !== BREAK ? 0 : p + 1, end: sentence.start } : null;
  const otherCues = cueHits.filter((h) => h !== cue && within(h, sentence));
  // (Not one inside a word of saying: "Russia's version has not changed", «не отказывается от обвинений» keep to an account;
  // nor one that is a word of saying itself, read with a suffix: "deyilənə görə", what is said, is no "deyil", is not.)
  const insideSaying = (w: { start: number; end: number }) => hiddenIn(sentence).some((v) => targets[v.target]!.stance === STANCE.says && v.start <= w.start && v.end >= w.end);
  // (Nor one right before a phrase of the outlet's own or of being called to account: «никто так и не ответил за пытки» negates the
  // answering, not the torture.)
  const negationWords = hiddenIn(sentence).filter(
    (w) =>
      targets[w.target]!.stance === STANCE.negates &&
      within(w, sentence) &&
      !ownVoice(w) &&
      !insideSaying(w) &&
      !ownVoices.some((v) => v.start >= w.end && v.end <= sentence.end && wordsBetween(text, w.end, v.start) === 0),
  );
  const lastWordEnd = lastWordEndOf(sentence);
  /** Where the clause of a position starts: a semicolon parts a sentence's clauses. */
  const clauseOf = (pos: number) => Math.max(sentence.start, text.lastIndexOf(';', pos));
  const denialWords = hiddenIn(sentence).filter((w) => targets[w.target]!.stance === STANCE.denies && within(w, sentence));
  /** The negative affixes of the sentence's language, if it negates inside its verbs; and so whether it puts its verb last. */
  const negative = negativeIn(sentence);
  const verbLast = !!negative;
  /**
   * Whether a word of denial is one of hiding that has cue `c` for its object, right after it (or right before it, in a language that
   * puts its verb last): "an attempt to cover up the violence", «попытку скрыть насилие», "zorakılığı ört-basdır etmək". Who speaks of
   * hiding it holds it true: the word denies an account it names ("dismissed it as a cover-up"), not what it hides.
   */
  const hides = (w: Span, c: RawMention) =>
    hiddenIn(sentence).some(
      (k) =>
        targets[k.target]!.stance === STANCE.conceals &&
        within(k, sentence) &&
        k.start < w.end &&
        w.start < k.end &&
        (c.start >= k.end
          ? wordsBetween(text, k.end, c.start) <= 2 && !/[,;:—–()]/.test(text.slice(k.end, c.start))
          : verbLast && c.end <= k.start && wordsBetween(text, c.end, k.start) === 0 && !/[,;:—–()]/.test(text.slice(c.end, k.start))),
    );
  /** How near a cue stands to the nearest word of denial in its sentence (outside it, and not one that hides it); a comma or dash between them puts it far. */
  const toDenial = (c: RawMention) =>
    Math.min(
      ...denialWords
        .filter((w) => !(w.start >= c.start && w.end <= c.end) && !hides(w, c))
        .map((w) => distance(c, w) + (/[,;:()—–]/.test(text.slice(Math.min(c.end, w.end), Math.max(c.start, w.start))) ? 100 : 0)),
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
          !hiddenIn(sentence).some((v) => ctx.reports(v) && v.start >= w.end && v.end <= c.start) &&
          adversative(ctx.matcher.spec).test(text.slice(c.end, h.start)) &&
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
      if (targets[w.target]!.stance !== STANCE.participle || !within(w, sentence)) continue;
      if (verbLast) {
        const head = text.slice(sentence.start, w.start);
        return { start: sentence.start + Math.max(0, ...[',', ';', ':', '—', '–'].map((c) => head.lastIndexOf(c) + 1)), end: w.end };
      }
      const comma = text.indexOf(',', w.end);
      if (wordsBetween(text, sentence.start, w.start) === 0 && comma > 0 && comma < sentence.end) return { start: w.start, end: comma };
    }
    // (Or a concessive phrase that opens the sentence, up to its first comma: "Whatever Moscow says about failing hearts, these brothers were
    // beaten …", «Что бы ни говорили в Москве о слабых сердцах, братьев избили …».)
    const opening = ctx.wordsOf(sentence.start, Math.min(sentence.end, sentence.start + 40)).slice(0, 3);
    const comma = text.indexOf(',', sentence.start);
    for (let n = 1; n <= opening.length && comma > 0 && comma < sentence.end; n++) {
      const phrase = opening
        .slice(0, n)
        .map(([a, b]) => foldText(text.slice(a, b)))
        .join(' ');
      if (opening[n - 1]![1] < comma && /^[\s"«“„']*$/.test(text.slice(sentence.start, opening[0]![0])) && ctx.matcher.spec.concessives?.includes(phrase)) return { start: sentence.start, end: comma };
    }
    return null;
  })();
  /** Whether a word stands in the subordinate phrase while the cue stands after it: the phrase's words are not the main clause's. */
  const aside = (w: { start: number; end: number }) => !!subordinate && cue.start >= subordinate.end && w.start >= subordinate.start && w.end <= subordinate.end;
  /** Whether a party opens the sentence before a colon or a dash (see openingStance, stance.ts). */
  const opensWith = (m: RawMention) => {
    // (Not a place joined to another by a dash with no space, a route's name: "Bakı–Şamaxı yolunda qəza: …", the Baku–Shamakhi road.)
    if (/^[-–—]\p{Lu}/u.test(text.slice(m.end, m.end + 2)) || /\p{Lu}\p{L}*[-–—]$/u.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
    const colon = text.indexOf(':', m.end);
    if (colon > 0 && colon < cue.start && wordsBetween(text, m.end, colon) <= 6) return true;
    const dash = /^\s*[—–]\s/.exec(text.slice(m.end, cue.start));
    return !!dash && wordsBetween(text, m.end + dash[0].length, cue.start) <= 1;
  };
  // (A live blog's time, "12:40 СК России: …", comes first.)
  // A word of denial that is itself negated denies nothing; it reports the account ("Moscow has not denied that …",
  // «Москва не отрицает …», "biz bunu ört-basdır etməyəcəyik": we will not cover it up): a negation right before it, or,
  // in a language that negates inside its verbs, a negative verb right after it.
  const notDenied = (w: RawMention) => {
    // (One that carries its own negation is not negated again by a negative pronoun before it: «никто не верит», nobody believes.)
    if (negationWords.some((n) => n.start >= w.start && n.end <= w.end)) return false;
    // (Nor one that carries it inside its verb, in a language that negates there: "heç bir əsas görmürəm", I see no ground at all.)
    if (negative && [...negative.affixes, ...(negative.denials ?? [])].some((x) => foldText(text.slice(w.start, w.end)).includes(x, 3))) return false;
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
  /**
   * Whether a negation sets one source aside for another: a preposition of origin right after it (`origins`), and "but" (а, но) within four
   * words, in its clause, no cue between them ("not from activists but from prosecutors").
   */
  const contrastsAfter = (w: Span) => {
    const next = ctx.wordsOf(w.end, Math.min(sentence.end, w.end + 30))[0];
    if (!next || !/^\s+$/.test(text.slice(w.end, next[0])) || !(ctx.matcher.spec.origins ?? []).includes(foldText(text.slice(next[0], next[1])))) return false;
    const found = adversative(ctx.matcher.spec).exec(text.slice(w.end, Math.min(sentence.end, w.end + 120)));
    if (!found) return false;
    const at = w.end + found.index;
    // (Not where what it sets aside is a part of the cue or a party, the cue's agent: "killed not by police but by other inmates" denies.)
    return (
      wordsBetween(text, w.end, at) <= 4 &&
      !/[;:—–()]/.test(text.slice(w.end, at)) &&
      !hiddenIn(sentence).some((h) => h.start >= w.end && h.start < at && !!(targets[h.target]!.cues || targets[h.target]!.companion)) &&
      !ctx.mentionsIn(sentence).some((m) => m.start >= w.end && m.start < at && ctx.sideOf(m) >= 0)
    );
  };
  // A negation belongs to the cue nearest to it; one inside a cue is that cue's own («сердце не выдержало», "no signs of violence").
  // Between two cues at the same distance, it negates the one it comes before ("a heart condition, not violence").
  // A comma or dash between them parts their clauses: "… tortured to death, it is no longer a consular matter".
  // (One after the cue past a relative pronoun opens a clause of its own: "… killed by Russian police and that no one had answered for it".)
  const negates = (w: { start: number; end: number }) =>
    distance(cue, w) <= 2 &&
    !/[,;:—–]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) &&
    !(w.start >= cue.end && hiddenIn(sentence).some((r) => targets[r.target]!.stance === STANCE.relative && r.start >= cue.end && r.end <= w.start)) &&
    // (Nor one past a conjunction that opens a clause of its own: "… had been killed by police and would not let the matter drop".)
    !(w.start >= cue.end && joinedIn(cue.end, w.start)) &&
    // (Nor one that reaches only forward: "… down to heart failure without publishing the findings".)
    !(w.start >= cue.end && hiddenIn(sentence).some((f) => targets[f.target]!.stance === STANCE.forwardNegation && f.start === w.start && f.end === w.end)) &&
    // (Nor one after it that sets one source aside for another: "The torture allegation comes not from activists but from Azerbaijan's own
    // prosecutors", «… исходит не от правозащитников, а от прокуроров».)
    !(w.start >= cue.end && contrastsAfter(w)) &&
    !otherCues.some((h) => (w.start >= h.start && w.end <= h.end) || distance(h, w) < distance(cue, w) || (distance(h, w) === distance(cue, w) && h.start >= w.end && cue.end <= w.start));
  return {
    ownLeadIn: ownLeadInOf(ctx, sentence, cue),
    cue,
    cueHits,
    needs,
    cues,
    sentence,
    before,
    otherCues,
    insideSaying,
    negationWords,
    lastWordEnd,
    clauseOf,
    denialWords,
    hides,
    toDenial,
    negatedBefore,
    verbLast,
    negative,
    setAside,
    subordinate,
    aside,
    opensWith,
    notDenied,
    negates,
    contrastsAfter,
  };
}

/**
 * Where a lead-in before a colon ends (the colon) that is the outlet's own: one that a word of fact or truth opens ("The truth is simpler
 * than the story coming out of Baku: one man's heart gave out …"), or one that holds a phrase of its own voice ("Our top story tonight:
 * …", "Verilişimizə … xəbərlə başlayırıq: …") and no one else's saying or account (not «Чиновник заявил, что «нет никаких сомнений»: …»).
 * A saying, an account or a name in it reports nothing after the colon. -1 if none.
 */
function ownLeadInOf(ctx: ClaimContext, sentence: Span, cue: RawMention): number {
  const { text, targets, hiddenIn, within, ownVoices, ownVoice } = ctx;
  const colon = text.indexOf(':', sentence.start);
  if (colon < 0 || colon >= cue.start) return -1;
  const opensWithFact = hiddenIn(sentence).some((f) => targets[f.target]!.stance === STANCE.fact && within(f, sentence) && f.end <= colon && wordsBetween(text, sentence.start, f.start) <= 1);
  if (opensWithFact) return colon;
  const others = hiddenIn(sentence).some((w) => {
    const s = targets[w.target]!.stance;
    return (s === STANCE.says || s === STANCE.denies || s === STANCE.account || s === STANCE.charge) && within(w, sentence) && w.end <= colon && !ownVoice(w);
  });
  return !others && ownVoices.some((v) => v.start >= sentence.start && v.end <= colon) ? colon : -1;
}

/** Flags the cue's sentence for claim `k`, once per conflict and clause. */
function flagClaim(ctx: ClaimContext, facts: CueFacts, k: number): void {
  const { claims, out, flaggedSince, flagged } = ctx;
  const { cue, sentence, clauseOf } = facts;
  const claim = claims[k]!;
  // Once per conflict in each clause: "Baku says they were tortured; Moscow says one had a heart attack" gives both sides.
  const key = `${clauseOf(cue.start)}:${claim.conflict}`;
  if (flagged.has(key)) return;
  if (givesWay(ctx, facts, claim)) return;
  const said = readSpeech(ctx, facts, claim, openingStance(ctx, facts));
  // (A question that expects no for its answer denies what it asks about; not one that says who holds it: "Did one brother really die of
  // heart failure, as Russian investigators maintain?")
  const stance = rhetorical(ctx, sentence, cue) && !heldAsSaid(ctx, sentence) ? 'denies' : laterStance(ctx, facts, said.speech, said.stance);
  if (!inScope(ctx, facts, claim, said.speech, said.nearNoun)) return;
  if (!flagHolds(ctx, facts, claim, said.speech, stance)) return;
  flagged.add(key);
  // Clauses of one sentence that give the same side ("… died of heart failure; the cause of his brother's death is still
  // being established") make one flag.
  if (flaggedSince(sentence.start, (c) => c.start === sentence.start && claims[c.claim]!.conflict === claim.conflict && claims[c.claim]!.side === claim.side)) return;
  out.push({ start: sentence.start, end: sentence.end, cueStart: cue.start, cueEnd: cue.end, claim: k, stance });
}

/** Whether the cue gives way to another cue of the other side in its sentence, which carries the sentence. */
function givesWay(ctx: ClaimContext, facts: CueFacts, claim: Claim): boolean {
  const { text, claims, targets, hiddenIn, within, distance, ownVoice, cuesOf } = ctx;
  const { cue, sentence, otherCues, clauseOf, denialWords, hides, toDenial, negatedBefore, negationWords, setAside, subordinate, aside } = facts;
  // A cue of one word right beside the other side's cue of several is its verb, that cue its subject ("a heart attack
  // killed one of the men", «одного из мужчин убил сердечный приступ»): it gives way to that cue, which carries the sentence.
  /** Whether cue `v` is the verb of cue `h` of the other side (see above). */
  const verbOf = (v: RawMention, h: RawMention) =>
    !/\s/.test(text.slice(v.start, v.end)) &&
    (h.end <= v.start || h.start >= v.end) &&
    /\s/.test(text.slice(h.start, h.end)) &&
    distance(h, v) === 0 &&
    !/[,;:—–()]/.test(text.slice(Math.min(v.end, h.end), Math.max(v.start, h.start))) &&
    cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && !cuesOf(v).some((i) => claims[i]!.side === claims[j]!.side));
  if (otherCues.some((h) => verbOf(cue, h))) return true;
  // "Not a weak heart but police violence": a negated cue gives way to a later one of the other side, which carries the sentence.
  if (
    otherCues.some(
      (h) => h.start >= cue.end && (negatedBefore(cue) || setAside(cue, h)) && !negatedBefore(h) && cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
    )
  )
    return true;
  // So does one the sentence negates in its own voice before a semicolon, to a cue of the other side in the clause right after it ("The
  // Safarov brothers were not victims of weak hearts; they were victims of a police force that beats detainees"): "not X; Y" is "not X
  // but Y". (Not where someone says or denies anything in the sentence: "Moscow says they were not beaten; Baku says they were
  // tortured" gives both. A saying outside a quotation that holds both clauses says them as one: ""They did not die of weak hearts;
  // they died of the blows," an official said".)
  const quote = quotationOf(text, sentence, cue);
  if (
    negationWords.some(
      (w) => w.end <= cue.start && wordsBetween(text, w.end, cue.start) <= 3 && !/[,;:—–()]/.test(text.slice(w.end, cue.start)) && !otherCues.some((o) => w.start >= o.start && w.end <= o.end),
    ) &&
    otherCues.some(
      (h) =>
        h.start >= cue.end &&
        clauseOf(h.start) === text.indexOf(';', cue.end) &&
        cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side) &&
        !hiddenIn(sentence).some((v) => ctx.reports(v) && within(v, sentence) && !ownVoice(v) && !(quote && h.end <= quote.end && (v.end <= quote.start || v.start >= quote.end))),
    )
  )
    return true;
  // A cue in a subordinate participial phrase gives way to one of the other side in the main clause, which carries the sentence
  // ("Rejecting Baku's allegations of torture, Russian investigators repeated that one of the brothers had died of heart failure").
  if (
    subordinate &&
    cue.start >= subordinate.start &&
    cue.end <= subordinate.end &&
    otherCues.some((h) => h.start >= subordinate.end && cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side))
  )
    return true;
  // A denial is of the account it stands beside, and that account is the main clause's: "Baku, insisting that the
  // men were tortured, rejects Moscow's heart-attack version" denies the heart attack, whichever cue comes first.
  // (Not one in a subordinate phrase before the cue's main clause: that phrase's denial is of its own cue.)
  if (
    denialWords.length &&
    otherCues.some(
      (h) =>
        !aside(h) &&
        // (Nor one that is the cue's verb, which gives way to it: "I will never believe that a heart attack killed them" denies the heart
        // attack, whichever stands nearer the denial.)
        !verbOf(h, cue) &&
        // (Nor one a word of hiding has for its object: "… rejected the heart-attack explanation as an attempt to cover up violence"
        // denies the explanation; the violence is the rejecter's reason.)
        !denialWords.some((w) => hides(w, h)) &&
        // (Nor a party's account that opens the sentence and denies this cue: it is no flag of its own, see deniesOther.)
        !deniesOther(ctx, h, sentence) &&
        clauseOf(h.start) === clauseOf(cue.start) &&
        toDenial(h) < toDenial(cue) &&
        // (Not one the sentence negates itself, set aside after the cue: "… died of a heart attack, not of torture as Baku's
        // propaganda claims": the denial is of what is set aside, and the cue's clause the main one.)
        !(h.start >= cue.end && negatedBefore(h)) &&
        // (Not one in a clause joined after the cue's: the cue's clause is the main one, the later one its rebuttal of the other.)
        !(h.start >= cue.end && clauseJoin(ctx.matcher.spec).test(text.slice(cue.end, h.start))) &&
        cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
    )
  )
    return true;
  // So is a denial beside an account pointed back to ("this version", «эту версию», "bu izahı"): a cue past a comma from it
  // gives the denier's reasons («Азербайджанская сторона эту версию отвергает, говоря о насилии»), and the pass below
  // gives the sentence the side of the account pointed back to.
  // (Or a cue after it that a saying of the denier's own introduces: "… has rejected that version outright and insists the men died
  // as a result of torture".) (Not a cue before the account: what it points back to is that cue itself, "Səfərov qardaşlarına heç kim işgəncə
  // verməyib, mən bu iddialara inanmıram", Nobody tortured them, I don't believe these claims.)
  if (
    denialWords.some(
      (w) =>
        (/[,;:—–]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) ||
          (w.end <= cue.start && hiddenIn(sentence).some((v) => targets[v.target]!.stance === STANCE.says && within(v, sentence) && v.start >= w.end && v.end <= cue.start && !ownVoice(v)))) &&
        hiddenIn(sentence).some(
          (b) =>
            targets[b.target]!.stance === STANCE.pointedBack &&
            within(b, sentence) &&
            b.end <= cue.start &&
            distance(b, w) <= 1 &&
            !/[,;:—–]/.test(text.slice(Math.min(b.end, w.end), Math.max(b.start, w.start))),
        ),
    )
  )
    return true;
  return false;
}

/** Whether the cue's sentence is about the incident, given what is said in it (`speech`) and whether an account is named beside the cue. */
function inScope(ctx: ClaimContext, facts: CueFacts, claim: Claim, speech: RawMention[], nearNoun: boolean): boolean {
  const { text, known, claims, conflicts, targets, hiddenIn, mentionsIn, flaggedSince, within, distance, sideOf, viewOf, names, ofKind, forPeople, affair, linksBack } = ctx;
  const { cue, sentence, before, negationWords, lastWordEnd, negative, opensWith } = facts;
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
  const complementizers = ctx.matcher.spec.complementizers ?? [];
  /**
   * Whether a party stands in what a saying reports: after the saying and the conjunction that opens its report ("Rights groups say
   * that Russia's police …", «Мемориал утверждает, что в России …», "Hüquq müdafiəçiləri bildirir ki, Rusiya polisinə qarşı …").
   */
  const reported = (m: RawMention, w: RawMention) => {
    if (w.end > m.start) return false;
    const first = ctx.wordsOf(w.end, m.start)[0];
    return !!first && /^[\s,]*$/.test(text.slice(w.end, first[0])) && complementizers.includes(foldText(text.slice(first[0], first[1])));
  };
  /**
   * Whether a saying opens the sentence in a phrase that a comma closes, and the party comes right after that comma: the main clause's
   * subject, who does what the phrase says ("By accusing Russian police of torture …, the Azerbaijani government has chosen …").
   */
  const leadsIn = (m: RawMention, w: RawMention) => {
    if (w.end > m.start || wordsBetween(text, sentence.start, w.start) > 1) return false;
    const comma = text.indexOf(',', w.end);
    return comma >= 0 && comma < m.start && !/[;:—–()]/.test(text.slice(w.end, m.start)) && wordsBetween(text, comma + 1, m.start) <= 2;
  };
  /**
   * Whether a party stands in a clause that commas set off before a saying after it ("A veteran singer, who once had a heart attack on a
   * Moscow stage, told an interviewer …"): the saying's subject stands before that clause, and the party is a place or an attribute in it.
   * (In a language that puts its verb last, one after the cue with more than a word between it and the verb that closes the sentence is
   * in the clause that verb reports: "… səhnəyə qayıtdığını və artıq Rusiyada konsert verməyəcəyini deyir".)
   */
  const setOff = (m: RawMention, w: RawMention) =>
    w.start >= m.end &&
    ((text.slice(sentence.start, m.start).includes(',') && text.slice(m.end, w.start).includes(',')) || (!!negative && m.start >= cue.end && wordsBetween(text, m.end, w.start) > 1));
  /**
   * Whether a saying stands in a clause before the cue's: a semicolon parts what is said from what the outlet adds ("Baku says the jet was
   * downed by a Russian missile; 38 people died in the crash"). (Not one after it, which may rebut it: "Nobody tortured those two; it is
   * propaganda from Baku".)
   */
  const clauseBefore = (w: RawMention) => w.end <= cue.start && text.slice(w.end, cue.start).includes(';');
  const speaks = (m: RawMention) =>
    speech.some(
      (w) =>
        !clauseBefore(w) &&
        // (Not a label that a colon closes, through a saying past that colon: "Photo caption: Sergei Vdovin, accused of …" is whom it labels.)
        ((distance(m, w) <= 5 && !across(m, w) && !saidByOther(m, w) && !reported(m, w) && !setOff(m, w) && !(w.start >= m.end && /^\s*:/.test(text.slice(m.end, m.end + 3)))) ||
          leadsIn(m, w) ||
          (!!negative &&
            m.end <= w.start &&
            // (Or one that opens what a saying before it reports: "… qeyd edir ki, Bakı ölüm səbəbini işgəncə ilə əlaqələndirir".)
            (wordsBetween(text, sentence.start, m.start) <= 2 || speech.some((v) => reported(m, v) && wordsBetween(text, v.end, m.start) <= 1)) &&
            wordsBetween(text, w.end, lastWordEnd) <= 1 &&
            !parted(m.end, w.start))),
    );
  /** A party's point of view that opens the sentence, and the clause it opens holds the cue (a comma may close the view itself). */
  const viewReaches = (m: RawMention) => viewOf(m, sentence) && !/[,;:—–]/.test(text.slice(m.end, cue.start).replace(/^\s*,/, ''));
  const conflict = conflicts[claim.conflict]!;
  // (Not where the page has since introduced other people and not named the incident's again: an item about them, "Inspectors found the
  // cells … overcrowded; their report makes no mention of beatings", is not in scope by the page's topic.)
  const pageTopic = conflict.scope.some((e) => known.has(e));
  const pageAbout = pageTopic && !ctx.othersAt(cue.start);
  /**
   * Whether the sentence right before it (in its paragraph, or the last of the paragraph before) tells of violence against other people and
   * names nothing of the incident: a sentence that names nothing of it either goes on about them, not about the page's topic ("Footage shows
   * riot officers beating supporters …" ¶ "Polis həddindən artıq güc tətbiq etdiyini inkar edir", the same police denying the same force).
   */
  const afterOthers = () => {
    let p = sentence.start;
    while (p > 0 && /\s/.test(text.charAt(p - 1))) p--;
    if (p === 0) return false;
    const prior = ctx.sentenceOf(p - 1);
    return (
      othersIn(ctx, prior) &&
      // (Of this side: "a fan has a heart attack in the stands" ¶ "without the forensic report, 'torture' is a slogan" goes back to the page.)
      hiddenIn(prior).some((h) => within(h, prior) && ctx.cuesOf(h).some((j) => claims[j]!.side === claim.side && claims[j]!.conflict === claim.conflict) && othersBeside(ctx, h)) &&
      !mentionsIn(prior).some((m) => names(m, conflict.scope) && within(m, prior)) &&
      !hiddenIn(prior).some((w) => forPeople(w, claim.conflict) && within(w, prior))
    );
  };
  /** Whether the sentence right before it in its paragraph was flagged for this dispute: it goes on from that one. */
  const goesOn = () => before !== null && flaggedSince(before.start, (c) => c.end <= sentence.start && /^\s*$/.test(text.slice(c.end, sentence.start)) && claims[c.claim]!.conflict === claim.conflict);
  /**
   * A name of the incident or its people, not one that names the affair as a topic ("the Safarov case", «дело Сафаровых», "Səfərovlar işi"),
   * nor an event built on a word for people that stands for others (see eventWord).
   */
  const namesPeople = (m: RawMention, s: Span) => names(m, conflict.scope) && within(m, s) && !affair(m) && ownEvent(ctx, m, claim.conflict);
  /** A word for the incident's people (a common noun only where definite, or bare in a sentence of no kind), not in a name of the affair. */
  const wordFor = (w: RawMention, s: Span) => forPeople(w, claim.conflict) && within(w, s) && !affair(w);
  /**
   * Whether the page has since introduced other people by their ages, their name or a word for the people counted ("Two brothers from
   * Osh, …"), and the sentence goes on about them: it points back, or introduces them itself before the cue with no word for the people
   * ("Prison officials insist the 41-year-old, held in southern Russia on fraud charges, died of heart failure"; not "Baku says the
   * brothers, 31 and 27, were tortured"). A party in it speaks of them, not of the incident.
   */
  let about: boolean | undefined;
  const aboutOthers = () =>
    (about ??=
      ctx.othersAt(cue.start, true) &&
      (linksBack(sentence) || ctx.entryOf(sentence.start) || (!ctx.othersAt(sentence.start, true) && !hiddenIn(sentence).some((w) => within(w, sentence) && !!targets[w.target]!.scope))));
  /** The incident or its people named in the sentence itself: a name, or (on a page about it) a word for them. */
  // (A party of the incident's own, "Investigators" of the case, counts as naming it; not in a sentence about such others, nor one whose
  // title a full name the page gives right after it makes someone's of the page's own story: "state prosecutor Andrei Lapin".)
  const people = [
    ...mentionsIn(sentence).filter(
      (m) => namesPeople(m, sentence) && (ctx.incidentNamed(m, claim.conflict) || (!aboutOthers() && !/^[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+/u.test(text.slice(m.end, m.end + 40)))),
    ),
    ...(pageAbout ? hiddenIn(sentence).filter((w) => wordFor(w, sentence)) : []),
  ];
  // A memory of childhood in the cue's clause ("A school friend remembers Ziyaddin as the boy who … got beaten himself", «в детстве его
  // били», "uşaqlıqda döyülüb") tells of another time, not of the incident.
  const memories = ctx.matcher.spec.memories ?? [];
  if (memories.length) {
    const from = Math.max(sentence.start, text.lastIndexOf(';', cue.start) + 1);
    const next = text.indexOf(';', cue.end);
    const to = next >= 0 && next < sentence.end ? next : sentence.end;
    const clause = foldedPhrase(ctx, from, to);
    if (memories.some((x) => clause.includes(` ${x} `))) return false;
  }
  // So does a phrase of an earlier time in the cue's clause, between the punctuation that parts it, or in the sentence's first clause with no
  // conjunction between that clause and the cue's, where the sentence names none of the incident's people, by a name, a word for them that
  // is no common noun, or a pronoun for several people: «Правозащитники напоминают: в прошлом году в Свердловской области задержанного убила
  // полиция, …», «В прошлом году в Перми задержанный умер в камере, полиция заявила, что у него случился инфаркт». (Not where it tells when
  // they came or what befell them: "A year ago nobody had heard of them; today Baku says they were tortured", «Год назад их забили до смерти
  // в отделе полиции — так считают в Баку»; nor past a conjunction, "Last year's trade figures were the best in a decade, but …"; reviews.)
  const earlier = ctx.matcher.spec.earlier ?? [];
  if (earlier.length) {
    // (The punctuation before the cue, read once: the last mark opens the cue's clause, the first closes the sentence's first clause.)
    const cuts = [...text.slice(sentence.start, cue.start).matchAll(/[,;:—–()]/g)];
    const from = cuts.length ? sentence.start + cuts.at(-1)!.index! + 1 : sentence.start;
    const firstEnd = cuts.length ? sentence.start + cuts[0]!.index! : -1;
    const next = /[,;:—–()]/.exec(text.slice(cue.end, sentence.end));
    const to = next ? cue.end + next.index : sentence.end;
    // (A conjunction that sets what follows against it, "but", «а», "amma"; not one that joins as a pair does, "and", «и», "və", which goes
    // on in the same time, review.)
    const pairs = ctx.matcher.spec.pairs ?? [];
    const against = new Set((ctx.matcher.spec.conjunctions ?? []).filter((x) => !pairs.includes(x)));
    const clause = foldedPhrase(ctx, from, to);
    const firstClause = firstEnd >= 0 ? foldedPhrase(ctx, sentence.start, firstEnd) : '';
    const inFirst = firstEnd >= 0 && earlier.some((x) => firstClause.includes(` ${x} `)) && !ctx.wordsOf(firstEnd, cue.start).some(([a, b]) => against.has(foldText(text.slice(a, b))));
    if (
      (earlier.some((x) => clause.includes(` ${x} `)) || inFirst) &&
      !mentionsIn(sentence).some((m) => within(m, sentence) && ctx.incidentNamed(m, claim.conflict)) &&
      !hiddenIn(sentence).some((w) => within(w, sentence) && (targets[w.target]!.stance === STANCE.people || (!!targets[w.target]!.scope?.includes(claim.conflict) && !targets[w.target]!.common)))
    )
      return false;
  }
  // A line of lettered options, a quiz's or a poll's ("a) Heart failure b) Kidney disease c) Type 2 diabetes", "a) Ürək çatışmazlığı … c) İkinci
  // tip diabet"), is about what its question asks: only a name of the incident in it puts it in scope, not a word for its people («второго
  // типа», "İkinci tip") nor the page's topic.
  if (optionsLine(text, sentence)) return mentionsIn(sentence).some((m) => within(m, sentence) && ctx.incidentNamed(m, claim.conflict));
  const namedHere = peopleTied(ctx, sentence, people, cue);
  // The incident's people named in the cue's clause only as the possessors of someone of their circle ("One of the brothers' uncles had
  // a heart attack", «Один из дядей Сафаровых перенёс инфаркт», "Qardaşların dayısı … infarkt keçirib"): the sentence is about that one.
  const inClause = people.filter((m) => text.lastIndexOf(';', m.start) === text.lastIndexOf(';', cue.start) && text.indexOf(';', m.end) === text.indexOf(';', cue.end));
  if (!namedHere && inClause.length && inClause.every((m) => kinOf(ctx, sentence, cue, m))) return false;
  // Someone's kin as the cue's subject ("her father had a heart attack on the day the brothers' deaths were announced"): the cue is theirs.
  if (kinSubject(ctx, sentence, cue, people)) return false;
  /**
   * Whether what the sentences before it in its paragraph name reaches the cue's sentence: one of them was flagged for this dispute, or
   * the sentence points back to people named there ("The Safarov brothers died in custody. One suffered a heart attack."; not "The
   * Safarov case revived the debate. Smoking raises the risk of a heart attack.").
   */
  const reached = () => before !== null && (linksBack(sentence) || flaggedSince(before.start, (c) => c.end <= sentence.start && claims[c.claim]!.conflict === claim.conflict));
  /**
   * A paragraph that opens with "They", «Их», "Onları" a few words before the cue goes on about the people the page is
   * about ("They were beaten, and they died of it."); after a sentence of its own paragraph the pronoun is that one's.
   * (After a sentence of its paragraph, too, where that one was flagged for this dispute: the pronoun goes on about the people it
   * is about, "The heart-failure story is … an alibi. They were tortured, …"; or where it opens a quotation that opens the sentence,
   * a speaker's words about the people after a line that introduced the speaker: "«Их пытали», — сказал он".)
   */
  // (Past a commenter's handle, a word in lower case or with an underscore, an @ or a digit, and a word or two after it that a colon closes,
  // and a reply's quote marker: "ural_exporter: Nobody tortured them", "Nigar_T replied: > …"; or a commenter's display name, a given name and
  // a family name's initial: "Polina K.: Nobody tortured anybody". Not a dateline's place: "Tbilisi: …".)
  const opening =
    sentence.start +
    (/^\s*(?:(?:@?\p{Ll}[^\s:.!?"«“„]*|[^\s:.!?"«“„]*[_@\d][^\s:.!?"«“„]*)(?:[ \t][^\s:.!?"«“„]+){0,2}:[ \t]+(?:>[ \t]*)?|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.:[ \t]+)?["«“„]?/u.exec(
      text.slice(sentence.start, cue.start),
    )?.[0].length ?? 0);
  /**
   * Where a short opening clause of belief ends, or -1: a conjunction of saying a few words into the sentence (four at most); or one's
   * own word of belief among its first five words, a first-person pronoun (`selves`) before it or nothing but a negation, a conjunction or
   * words set off by a comma or a label's colon, and that word or a conjunction after it eight words in at most: the writer's or a
   * speaker's own belief about the people the page is about ("I am sure that they were tortured", «Я уверен, что их пытали», "Əminəm ki, onlara işgəncə veriblər", "I am convinced they
   * were tortured", "I don't believe for a minute that the police tortured them"; not "Students say riot police beat them").
   */
  let held: number | undefined;
  const heldTo = () => (held ??= heldOf());
  const selves = ctx.matcher.spec.selves ?? [];
  /** Whether that clause of belief is the speaker's own: a first-person pronoun in it ("I believe that …", «Я уверен, что …»). */
  const heldOwn = () => heldTo() >= 0 && ctx.wordsOf(opening, heldTo()).some(([a, b]) => selves.includes(foldText(text.slice(a, b))));
  const heldOf = () => {
    const head = ctx.wordsOf(opening, cue.start).slice(0, 8);
    const conjunctions = ctx.matcher.spec.conjunctions ?? [];
    const own = (k: number) => {
      const before = head.slice(0, k).map(([a, b]) => foldText(text.slice(a, b)));
      return (
        k <= 4 &&
        (before.some((w) => selves.includes(w)) ||
          head.slice(0, k).every(([a, b], j) => /^\s*[,:]/.test(text.slice(b)) || conjunctions.includes(before[j]!) || negationWords.some((n) => n.start <= a && n.end >= b)))
      );
    };
    let says = -1;
    for (let k = 0; k < head.length; k++) {
      const [a, b] = head[k]!;
      if (complementizers.includes(foldText(text.slice(a, b))) && k >= 1 && (k <= 3 || says >= 0)) return b;
      if (says < 0 && hiddenIn(sentence).some((v) => targets[v.target]!.stance === STANCE.says && v.end === b && v.start >= opening && own(ctx.wordsOf(opening, v.start).length))) says = k;
    }
    return says >= 0 ? head[says]![1] : -1;
  };
  /** Whether a pronoun opens what a short opening clause of belief reports (see heldTo). */
  const believed = (w: Span) => {
    const to = heldTo();
    return to >= 0 && w.start >= to && /^[\s,]*$/.test(text.slice(to, w.start));
  };
  /**
   * Whether the sentence (or the quotation that opens it) opens with a short clause of the speaker's own belief and the cue stands in what
   * it reports: "I believe it was the torture that killed them", «Я считаю, что умерли они от пыток». On a page about the incident, a
   * speaker who says what they hold of a cause of death speaks of the incident's (not where the page has since introduced others).
   */
  const ownBelief = () => heldOwn() && heldTo() <= cue.start && !aboutOthers() && believedOfSomeone();
  /**
   * Whether what the belief reports speaks of someone: a word that points back to people ("them", «они», «один из них») or a word for
   * the people. A belief about what a cue is in general ("I was sure heart attacks only happen to the old") speaks of no one's death.
   */
  const believedOfSomeone = () => {
    // (In its own clause, up to the punctuation after the cue: "…, — признаётся он" is who tells it.)
    const stop = /[,;:—–]/.exec(text.slice(cue.end, sentence.end));
    const to = stop ? cue.end + stop.index : sentence.end;
    // (Or anyone at all, the cue's object, where the belief is negated: "I'm not convinced the police tortured anyone", «не уверен, что
    // полиция кого-то пытала»; not "I think a heart attack can strike anyone", review.)
    const universals = negationWords.some((n) => n.start >= opening && n.end <= heldTo()) ? (ctx.matcher.spec.universals ?? []) : [];
    // (A pronoun alone speaks of others where the sentence right before it in its paragraph brings in people of someone's circle or trade, the
    // incident's unnamed there: "Qonşumun iki oğlu keçən ay Sumqayıtda saxlanılıb. Əminəm ki, onları da bölmədə döyüblər"; review.)
    if (before !== null && ofPeople(heldTo(), to, false) && !hiddenIn(sentence).some((w) => within(w, sentence) && !!targets[w.target]!.scope)) {
      // (Kin as written, an occupation by its stem; not the police or deputies spoken of, nor a prefix of another word, "Many", «Другие»; review.)
      const kin = ctx.matcher.spec.kin?.nouns ?? [];
      const trades = ctx.matcher.spec.occupations ?? [];
      // (In a language that negates inside its verbs, which adds its suffixes to a noun too: "Qonşumun".)
      const suffixed = !!ctx.negativeIn(before);
      const named = mentionsIn(before).some((m) => ctx.incidentNamed(m, claim.conflict));
      const others = ctx.wordsOf(before.start, before.end).some(([a, b]) => {
        const w = foldText(text.slice(a, b));
        // (Or an Azerbaijani one with a suffix of its own, "Qonşumun"; not a Russian prefix, «Другие».)
        return kin.includes(w) || (suffixed && kin.some((c) => w.startsWith(c) && w.length <= c.length + 3)) || trades.some((c) => w.startsWith(c) && w.length <= c.length + 3);
      });
      if (others && !named) return false;
    }
    return (
      ofPeople(heldTo(), to, true) ||
      ctx.wordsOf(heldTo(), to).some(([a, b], k, all) => {
        const w = foldText(text.slice(a, b));
        const two = k + 1 < all.length ? `${w} ${foldText(text.slice(all[k + 1]![0], all[k + 1]![1]))}` : w;
        return universals.includes(w) || universals.includes(two);
      })
    );
  };
  const anaphors = ctx.matcher.spec.anaphors ?? [];
  /**
   * Whether [from, to) of the sentence speaks of people: a word that points back to them ("them", «они», «один из них») or a pronoun for
   * them (`STANCE.people`), and with `scope` a word for the incident's people too.
   */
  const ofPeople = (from: number, to: number, scope: boolean) =>
    ctx.wordsOf(from, to).some(([a, b]) => anaphors.includes(foldText(text.slice(a, b)))) ||
    hiddenIn(sentence).some((w) => w.start >= from && w.end <= to && (targets[w.target]!.stance === STANCE.people || (scope && !!targets[w.target]!.scope)));
  const pointsToPeople = () =>
    hiddenIn(sentence).some(
      (w) =>
        targets[w.target]!.stance === STANCE.people &&
        within(w, sentence) &&
        ((w.end <= cue.start &&
          wordsBetween(text, w.end, cue.start) <= 4 &&
          (before === null
            ? // (Or one that opens a quotation after a colon: "An official said: "They did not just die, …""; or one a word or two after the
              // sentence or its quotation opens, a negative subject's object: «Никто их не пытал», "Heç kim onlara işgəncə verməyib".)
              wordsBetween(text, opening, w.start) <= 2 || /:\s*["«“„]$/.test(text.slice(sentence.start, w.start)) || believed(w)
            : /^\s*["«“„]$/.test(text.slice(sentence.start, w.start)) || (wordsBetween(text, sentence.start, w.start) === 0 && goesOn()))) ||
          // (Or, in a paragraph's first sentence, one right after a cue that a word or two open it with, its object: "Nobody laid a hand on
          // them," the source said.)
          // (Or where a short clause of belief opens it, the cue a word or two after it: "I don't believe for a minute that the police tortured them".)
          (before === null &&
            w.start >= cue.end &&
            wordsBetween(text, cue.end, w.start) === 0 &&
            (wordsBetween(text, opening, cue.start) <= 2 || (heldTo() >= 0 && heldTo() <= cue.start && wordsBetween(text, heldTo(), cue.start) <= 2)))),
    );
  /**
   * A pronoun that opens the sentence (or a quotation that opens it) as the subject of the cue, a word or two before it ("It was torture,
   * plain and simple", «Это были пытки», "Bu, açıq-aşkar qətldir"): what it names is what befell the people the page is about, where
   * the paragraph opens with it or goes on from a sentence flagged for this dispute.
   */
  const pointsToIncident = () =>
    (before === null || goesOn()) &&
    hiddenIn(sentence).some(
      (p) => targets[p.target]!.stance === STANCE.pointerLast && within(p, sentence) && p.end <= cue.start && wordsBetween(text, sentence.start, p.start) === 0 && predicateOf(ctx, p, cue),
    );
  /**
   * A headline, a paragraph of one sentence with no closing punctuation, is in scope like any sentence, by what it names itself; or where it
   * stands right above a paragraph whose first sentence names the incident's people, the story it heads ("Beaten to Death in a Russian Cell",
   * then "The Safarov brothers died …"). Not a headline of other news on a page about the incident, in a feed or a list to read next ("Football
   * fan, 54, dies of heart attack in the stands", «Бывший депутат госпитализирован с инфарктом»), nor one with nothing under it, nor one whose
   * cue stands in a label before a colon, a topic or a list of them ("Torture, Hearts and Big Politics: What Lies Behind the Case").
   */
  const headline = () => {
    if (before !== null || !/^\s*$/.test(text.slice(lastWordEnd, sentence.end))) return false;
    let k = sentence.end;
    for (; k < text.length && charClass(text.charCodeAt(k)) !== BREAK; k++) if (!/\s/.test(text.charAt(k))) return false;
    while (k < text.length && /\s/.test(text.charAt(k))) k++;
    const colon = text.indexOf(':', cue.end);
    if (colon >= 0 && colon < sentence.end) return namedPastColon(colon);
    if (k >= text.length) return false;
    const next = ctx.sentenceOf(k);
    // (Nor one above another headline, a paragraph of one sentence with no closing punctuation: a list of stories, "Most read", each its own.)
    let end = next.end;
    while (end < text.length && /[ \t]/.test(text.charAt(end))) end++;
    if (/[\p{L}\p{N}]["'»”’]*\s*$/u.test(text.slice(next.start, next.end)) && (end >= text.length || charClass(text.charCodeAt(end)) === BREAK)) return false;
    return mentionsIn(next).some((m) => namesPeople(m, next)) || hiddenIn(next).some((w) => wordFor(w, next));
  };
  /**
   * Whether a headline whose cue opens it before a colon, no list there, names the incident after the colon as what the headline is about:
   * "Beaten to death in custody: why the Safarov case worries Caspian investors", «Забиты насмерть под стражей: почему дело Сафаровых …»,
   * "Həbsdə döyülərək öldürülüblər: Səfərovlar işi …". Not a name in a frame of time ("Heart failure: man dies in a cell weeks after the
   * Safarov deaths"), nor after a noun of people who come in before it (that man is the headline's); not a list of topics ("Torture, Hearts
   * and Big Politics: …").
   */
  const namedPastColon = (colon: number) => {
    // (Past a rubric of the outlet's links before its own colon: "Həmçinin oxuyun: Həbsdə döyülərək öldürülüblər: …".)
    const first = text.indexOf(':', sentence.start);
    const start = first < cue.start && (ctx.matcher.spec.links ?? []).includes(foldText(text.slice(sentence.start, first)).trim()) ? first + 1 : sentence.start;
    if (/[,;—–()]/.test(text.slice(start, colon))) return false;
    const pairs = ctx.matcher.spec.pairs ?? [];
    if (ctx.wordsOf(start, colon).some(([a, b]) => pairs.includes(foldText(text.slice(a, b))))) return false;
    const nouns = ctx.matcher.spec.groups?.nouns ?? [];
    const people = (from: number, to: number) =>
      ctx.wordsOf(from, to).some(([a, b]) => {
        const w = foldText(text.slice(a, b));
        return nouns.some((n) => w.startsWith(n));
      });
    // (The cue opens it, or a word or two of custody before it, no name and no one: "Həbsdə döyülərək öldürülüblər: …"; not a place,
    // "Kazanda polisdə döyülüb: …", «Избит в отделе в Казани: …», another story.)
    const custody = ctx.matcher.spec.custody ?? [];
    const lead = ctx.wordsOf(start, cue.start);
    if (lead.length > 2 || lead.some(([a, b]) => !custody.includes(foldText(text.slice(a, b)))) || people(start, cue.start)) return false;
    // (Nor a place or a name of its own past the first word, none of the page's: «Избит в отделе в Казани: …».)
    const names = mentionsIn(sentence);
    // (An adjective before its noun is none: "in Russian custody".)
    const known = [...names, ...hiddenIn(sentence)];
    const label = ctx.wordsOf(start, colon);
    if (label.some(([a, b], k) => k > 0 && /^\p{Lu}/u.test(text.slice(a, b)) && !known.some((m) => m.start <= a && m.end >= b) && !/^\p{Ll}/u.test(text.slice(label[k + 1]?.[0] ?? colon))))
      return false;
    const named = names.find((m) => m.start > colon && within(m, sentence) && ctx.incidentNamed(m, claim.conflict));
    // (Nor where someone of a circle or a trade stands past the colon, whose story it is: "… Səfərovlar işini izləyən vəkil yeni müştəri götürüb",
    // «… адвокат по делу Сафаровых взял нового клиента».)
    // (Not the incident's own people's, right beside a name of them: "Tortured in custody: the Safarov brothers' mother speaks".)
    const kin = [...(ctx.matcher.spec.kin?.nouns ?? []), ...(ctx.matcher.spec.staff ?? [])];
    const trades = ctx.matcher.spec.occupations ?? [];
    const circle = ctx.wordsOf(colon + 1, sentence.end).some(([a, b]) => {
      const w = foldText(text.slice(a, b));
      const theirs = names.some((m) => ctx.incidentNamed(m, claim.conflict) && ((m.end <= a && /^['’]?s?\s*$/.test(text.slice(m.end, a))) || (m.start >= b && /^\s+$/.test(text.slice(b, m.start)))));
      return (kin.includes(w) || trades.some((t) => w.startsWith(t))) && !theirs;
    });
    return !!named && !circle && !frameOf(ctx, { start: colon + 1, end: sentence.end }, named, named) && !people(colon + 1, named.start);
  };
  /**
   * Whether someone denies the cue in the sentence itself, a word of denial (or a saying negated right before it) that has for its object
   * the cue or a charge that names it, right beside it with nothing parting them: "I don't buy the claims that they were tortured", «Ни в
   * какие пытки я не верю», "Mən işgəncə iddialarına inanmıram". On a page about the incident, who rejects such an account rejects the
   * incident's (not where someone's circle speaks, see circleSpeaks, nor beside another cue).
   */
  const deniedHere = () => {
    const near = (a: Span, b: Span, n: number) => distance(a, b) <= n && !/[,;:—–()"«»“”]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    const objects: Span[] = [
      cue,
      ...hiddenIn(sentence).filter((n) => targets[n.target]!.stance === STANCE.charge && within(n, sentence) && !(n.start >= cue.start && n.end <= cue.end) && near(n, cue, 3)),
    ];
    // (Or further on past a negative pronoun or particle right after the word, which opens the object's phrase: «не верит ни в какой
    // инфаркт», believes in no heart attack at all.)
    const pastNegative = (w: Span, o: Span) => o.start >= w.end && negationWords.some((n) => n.start >= w.end && n.end <= o.start && near(w, n, 0) && near(n, o, 2));
    // (Or what the object is called, in quotation marks that open right after it: "called the torture allegations "nonsense from start to
    // finish"", «назвал обвинения в пытках «чепухой»», "işgəncə iddialarını "başdan-ayağa cəfəngiyat" adlandırıb".)
    const calledAs = (w: Span, o: Span) => {
      const open = /^\s*["«“„]/.exec(text.slice(o.end, w.start));
      return w.start >= o.end && !!open && distance(o, w) <= 2 && !/[,;:—–()"«»“”]/.test(text.slice(o.end + open[0].length, w.start));
    };
    // (Or in quotation marks that open right after the word, the object's own words, scare quotes: «высмеяла «универсальный московский
    // инфаркт»», "mocked the "all-purpose heart attack"".)
    const scareQuoted = (w: Span, o: Span) => o.start >= w.end && distance(w, o) <= 3 && /^\s*(?:\p{L}+\s+)?["«“„][\s\p{L}\p{N}'’-]*$/u.test(text.slice(w.end, o.start));
    // (Or past a word that points right before it: «Не верю я в этот инфаркт».)
    const pointing = ctx.matcher.spec.determiners?.before ?? [];
    const pastPointer = (w: Span, o: Span) =>
      o.start >= w.end &&
      near(w, o, 2) &&
      pointing.includes(
        ctx
          .wordsOf(w.end, o.start)
          .map(([a, b]) => foldText(text.slice(a, b)))
          .at(-1) ?? '',
      );
    return (
      !circleSpeaks() &&
      // (The sentence's only cue: "Doctors note that a heart attack on its own leaves no signs of violence" tells of the heart attack.)
      // (Not one that shares its words: «сердечную недостаточность» holds «сердечн-».)
      !facts.otherCues.some((h) => h.end <= cue.start || h.start >= cue.end) &&
      speech.some(
        (w) =>
          objects.some((o) => (near(w, o, 1) || pastNegative(w, o) || pastPointer(w, o) || calledAs(w, o) || scareQuoted(w, o)) && !(w.start >= o.start && w.end <= o.end)) &&
          ((targets[w.target]!.stance === STANCE.denies && !facts.notDenied(w)) ||
            (targets[w.target]!.stance === STANCE.says && negationWords.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) <= 1 && !/[,;:—–]/.test(text.slice(n.end, w.start))))),
      )
    );
  };
  /** Whether a noun of kin or counsel stands before the cue in its clause, with no possessive pronoun right before it and no conjunction of saying after it (see below). */
  const circleSpeaks = () => {
    const nouns = ctx.matcher.spec.kin?.nouns ?? [];
    const possessives = ctx.matcher.spec.possessives ?? [];
    const complementizers = ctx.matcher.spec.complementizers ?? [];
    // (Not in a speaker's label before a colon that opens the cue's clause, a role: "LAWYER: I'm not persuaded by the torture narrative
    // either".)
    const from = facts.clauseOf(cue.start);
    const colon = text.indexOf(':', from);
    const label = colon >= 0 && colon < cue.start && !/[,;—–()"«»“”]/.test(text.slice(from, colon)) && ctx.wordsOf(from, colon).length <= 3;
    const words = ctx.wordsOf(label ? colon + 1 : from, cue.start).map(([a, b]) => foldText(text.slice(a, b)));
    // (Not one that reports a clause of its own that holds the cue: "Efirə qoşulan bir millət vəkili dedi ki, infarkt izahına …".)
    return words.some((w, k) => nouns.includes(w) && !possessives.includes(words[k - 1] ?? '') && !words.slice(k + 1).some((x) => complementizers.includes(x)));
  };
  /**
   * Whether the cue stands in someone's quoted words about people: a quotation that opens the sentence, a saying after it whose subject is
   * a speaker the page has introduced (see spokenBy: "…," she said; «…», — сказал Крутихин), or one that closes the sentence after a lead-in's
   * colon and ends in an exclamation (a heckle, "From the benches: "…!""). On a page about the incident, whoever is quoted so speaks of it
   * where the words point to people (a pronoun, a word for the people, a negative subject that opens them: "Nobody touched them") or cry
   * out. Not where someone's circle is quoted, a noun of kin in the sentence, nor words of a kind (see ofKind).
   */
  const quotedWords = () => {
    const quote = quotationOf(text, sentence, cue);
    if (!quote || aboutOthers()) return false;
    const opens = /^\s*$/.test(text.slice(sentence.start, quote.start)) && spokenBy(quote);
    const cries = /:\s*$/.test(text.slice(sentence.start, quote.start)) && /!\s*["»”]$/.test(text.slice(quote.start, quote.end)) && /^[\s.]*$/.test(text.slice(quote.end, sentence.end));
    if (!opens && !cries) return false;
    const kin = ctx.matcher.spec.kin?.nouns ?? [];
    if (ctx.wordsOf(sentence.start, sentence.end).some(([a, b]) => kin.includes(foldText(text.slice(a, b))))) return false;
    return cries || ofPeople(quote.start, quote.end, false) || negationWords.some((n) => n.start >= quote.start && n.end <= cue.start && wordsBetween(text, quote.start, n.start) === 0);
  };
  /**
   * Whether the sentence is a short sweeping denial, six words at most in its first clause: a negative subject opens it (past a
   * commenter's handle, see opening) and a word for anyone at all (`universals`) is its object ("Nobody tortured anyone.", «Никто никого
   * не пытал.», "Heç kim heç kimə işgəncə verməyib."). On a page about the incident, who says so denies it, as "Nobody touched them" does
   * (see pointsToPeople).
   */
  const sweeping = () => {
    const universals = ctx.matcher.spec.universals;
    if (!universals?.length || !negationWords.length) return false;
    // (Its first clause: a comma may add a dismissal after it, "Nobody tortured anybody, it's all propaganda".)
    const stop = text.slice(opening, sentence.end).search(/[,;:—–]/);
    const words = ctx.wordsOf(opening, stop < 0 ? sentence.end : opening + stop);
    if (!words.length || words.length > 6 || !negationWords.some((n) => n.start === words[0]![0]) || aboutOthers()) return false;
    // (A remark with its speaker named after it is that speaker's of whatever they speak of: ""Nobody beat anyone," the coach said"; review.)
    // (Not a word of denial with no quotation closing before it: the remark's own dismissal, "Nobody tortured anybody, it's all
    // propaganda".)
    if (hiddenIn(sentence).some((w) => within(w, sentence) && w.start >= cue.end && ctx.reports(w) && (targets[w.target]!.stance !== STANCE.denies || /["»”]/.test(text.slice(cue.end, w.start)))))
      return false;
    const said = ` ${words.map(([a, b]) => foldText(text.slice(a, b))).join(' ')} `;
    return universals.some((u) => said.includes(` ${u} `));
  };
  /**
   * Whether the cue stands in words written on a placard or a banner (`placards`): a quotation that a colon opens after a lead-in that
   * names one ("One placard reads: "Killed by the police"", «На одном из плакатов: «Убиты полицией»», "Plakatlardan birində: "İşgəncə
   * verdilər""), or one that opens the sentence with a clause after it that names one (""…," says a hand-painted banner"). On a page about
   * the incident, a protest's words speak of it, as a heckle's do (see quotedWords). (Its quotation may run past the sentence: "Tortured.
   * Murdered. Never forgotten.") Not words with a negation after the colon, which may set the cue up as much as deny it: "The poster read:
   * "Torture, and nothing but torture"".
   */
  const placardWords = () => {
    const placards = ctx.matcher.spec.placards;
    if (!placards?.length || aboutOthers() || negationWords.some((n) => n.start > sentence.start && text.lastIndexOf(':', n.start) >= sentence.start)) return false;
    const names = (from: number, to: number) => ctx.wordsOf(from, to).some(([a, b]) => placards.includes(foldText(text.slice(a, b))));
    // (Nor on a placard the lead-in places elsewhere, a capitalised word past the first that is no name of the pack's: "A placard at the
    // Kazan rally read: …", «На плакате в Грузии: …»; review.)
    const elsewhere = (from: number, to: number) => ctx.namesStranger(sentence, from, to);
    const lead = /:\s*["«“„][^"»”]*$/.exec(text.slice(sentence.start, cue.start));
    if (lead) return names(sentence.start, sentence.start + lead.index) && !elsewhere(sentence.start, sentence.start + lead.index);
    const quote = quotationOf(text, sentence, cue);
    return !!quote && /^\s*$/.test(text.slice(sentence.start, quote.start)) && names(quote.end, sentence.end) && !elsewhere(quote.end, sentence.end);
  };
  /**
   * Whether the clause after a quotation is a saying whose subject is a pronoun of a speaker (`voices`) or a name, and nothing else: "…,"
   * she said; «…», — сказал Крутихин; "…", — deyə o bildirdi. Not a speaker the sentence introduces ("…," his sister told the station).
   */
  const spokenBy = (quote: Span) => {
    const stop = /[,;:—–(]/.exec(text.slice(quote.end, sentence.end).replace(/^[\s,—–-]+/, (m) => ' '.repeat(m.length)));
    const to = stop ? quote.end + stop.index : sentence.end;
    const sayings = speech.filter((w) => ctx.reports(w) && w.start >= quote.end && w.end <= to);
    const voices = ctx.matcher.spec.voices ?? [];
    return (
      sayings.length > 0 &&
      ctx.wordsOf(quote.end, to).every(([a, b]) => sayings.some((w) => w.start <= a && w.end >= b) || voices.includes(foldText(text.slice(a, b))) || /^\p{Lu}/u.test(text.slice(a, b)))
    );
  };
  // A sentence that speaks of many cases or of a kind ("Rights groups say torture complaints against Russian police are filed by the
  // hundreds every year", «ЕСПЧ неоднократно признавал Россию виновной в пытках», "hər il yüzlərlə işgəncə şikayəti") is about no one
  // case: only what it names itself puts it in scope, not its paragraph, a party or an account beside the cue.
  // (So does one set in another time, a year named in it: "In 2012, a detainee died after beatings at a police station in Kazan".)
  const bareParty = (m: RawMention) => mentionsIn(sentence).includes(m) && /^\p{Ll}/u.test(text.slice(m.start, m.end)) && !ctx.incidentNamed(m, claim.conflict);
  // (Not by a party of the incident's own that is a bare common noun, no name or place with it: "Beatings are reported most often where
  // investigators want a quick confession" speaks of investigators anywhere; "Russian investigators" are the case's.)
  if (ofKind(sentence))
    return (
      (namedHere &&
        peopleTied(
          ctx,
          sentence,
          people.filter((m) => !bareParty(m)),
          cue,
        )) ||
      (pageAbout && pointsToPeople())
    );
  return (
    namedHere ||
    (before !== null && mentionsIn(before).some((m) => namesPeople(m, before) && (ctx.incidentNamed(m, claim.conflict) || !aboutOthers())) && reached()) ||
    (pageAbout &&
      !afterOthers() &&
      // An account someone gives, named beside the cue: "the heart-attack version". (Not one that someone's circle holds or rejects, a
      // noun of kin or counsel before the cue in its clause, no possessive pronoun before it: "The Samara man's relatives reject the
      // heart-failure explanation", «Адвокат родных узбекистанца версию об инфаркте отвергает», "Mərhumun vəkili infarkt versiyasını
      // qəbul etmir" tell of another's death; "Their lawyer rejects …" may be the incident's people's.)
      ((nearNoun && !circleSpeaks()) ||
        // A sentence that goes on from the one right before it in its paragraph, flagged for this dispute, with a word of saying or
        // denial of its own ("Officials here reject the version of a natural death. Representatives of the authorities openly speak
        // of torture and murder.").
        (speech.some((w) => ctx.reports(w) && !(w.start >= cue.start && w.end <= cue.end)) && goesOn()) ||
        // A word for the incident's people in one before it in its paragraph ("Qardaşların cənazələri … Ailəyə təqdim olunan rəydə …
        // xəsarətlər qeyd olunub").
        (before !== null && hiddenIn(before).some((w) => wordFor(w, before)) && reached()) ||
        pointsToPeople() ||
        pointsToIncident() ||
        ownBelief() ||
        // A question that expects no for its answer (see rhetorical): who asks it rejects the account of the incident the page is about ("Are we
        // really supposed to swallow a heart attack?", «Нам правда предлагают поверить во внезапный инфаркт?»).
        (rhetorical(ctx, sentence, cue) && !aboutOthers()) ||
        quotedWords() ||
        placardWords() ||
        sweeping() ||
        headline() ||
        deniedHere())) ||
    // A party counts as the one who says or denies it ("Baku speaks of torture"), not as a place; so does one that opens the sentence
    // before a colon or a dash ("Moscow — a heart attack"), and one whose point of view opens it, for a cue in the clause it opens ("For
    // Moscow, it was heart failure"), not in a later one («Для многих в Азербайджане кадры … перекликаются с памятью о 1990 годе, когда войска
    // убили …»). On a page about the incident, whoever the page introduced last: a party gives its side of the dispute.
    // (Not where it points back to others the page has since introduced by their ages or their name, a pronoun in it: "Moscow police
    // insist he died of natural causes" after "a 29-year-old A. T. was beaten during questioning".)
    (pageTopic &&
      // (Nor where it introduces them itself by their ages before the cue, see aboutOthers.)
      !aboutOthers() &&
      mentionsIn(sentence).some(
        (m) => names(m, conflict.near) && within(m, sentence) && (speaks(m) || (m.end < cue.start && ((wordsBetween(text, sentence.start, m.start) <= 3 && opensWith(m)) || viewReaches(m)))),
      )) ||
    // On a page about the incident, a social-media handle or a news outlet that speaks ("… full stop," replied @vadim_k_66; «— отрезал
    // @user»; "the paper dismisses …", «Газета называет …») or opens the sentence before a colon or a dash, a post's author, a headline or
    // a caption («Заголовок агентства — «…»»): one who reacts to the page's incident, as a party does. (Not one that only labels it, "Photo
    // caption: …", where the page has since introduced others, see pageAbout: the label is of whom the page is about there.)
    (pageTopic &&
      !aboutOthers() &&
      speakersIn(ctx, sentence, cue).some((h) => h.target === PUTS_OUT || speaks(h) || (pageAbout && h.end < cue.start && wordsBetween(text, sentence.start, h.start) <= 1 && opensWith(h))))
  );
}

/** Whether a sentence is a line of lettered options, two at least: "a) Heart failure b) Kidney disease …", «а) … б) …». */
const optionsLine = (text: string, sentence: Span) => (text.slice(sentence.start, sentence.end).match(/(?:^|\s)\p{L}\)\s/gu)?.length ?? 0) >= 2;

/** The target of a headline's or a caption's span that puts out the quotation after it (see speakersIn). */
const PUTS_OUT = -2;

/**
 * The speakers of a sentence that are no party: a handle on a social network, "@name" (letters, digits, "_" and inner dots); and a word
 * for a news outlet or what it puts out (`media`: the paper, «газета», "başlıq") that opens the sentence, a word or two before it ("The
 * state channel", «Британская газета»), with the cue a few words on, the account it reports or names ("The paper dismisses the torture
 * allegations"); not one that carries a story of its own at length ("The same site reports that an inmate … died … and that his mother
 * accuses the guards of beating him to death"), nor one further in ("Later in the bulletin, the channel reported …", "… told the portal"), but for a headline or a caption right
 * before the quotation it puts out.
 */
function speakersIn(ctx: ClaimContext, sentence: Span, cue: Span): RawMention[] {
  const { text } = ctx;
  const media = ctx.matcher.spec.media ?? [];
  const quote = quotationOf(text, sentence, cue);
  // (From the part after a lead-in's colon, where one opens the sentence: "The Guardian: The paper quotes …".)
  const colon = text.lastIndexOf(':', cue.start);
  const opening = colon >= sentence.start ? colon + 1 : sentence.start;
  const out: RawMention[] = [];
  // (A quotation that makes its sentence, a dash and who said it after it in its paragraph, a line of a box of quotes: ""There was no
  // torture …" — A. Belyshev, commentator": its speaker puts it out.)
  if (quote && wordsBetween(text, sentence.start, quote.start) === 0 && quote.end >= ctx.lastWordEndOf(sentence) && /^[ \t]*[—–][ \t]*\p{L}/u.test(text.slice(sentence.end, sentence.end + 8)))
    out.push({ start: sentence.end, end: sentence.end, target: PUTS_OUT });
  for (const [start, end] of ctx.wordsOf(sentence.start, cue.start)) {
    if (!media.includes(foldText(text.slice(start, end)))) continue;
    // (One right before a quotation that holds the cue is a headline or a caption it puts out, what it says: "under the headline
    // "Tortured and killed …"", «открыл выпуск титром «Убиты …»», "Agentliyin başlığı belədir: «…»".)
    if (quote && quote.start >= end && wordsBetween(text, end, quote.start) <= 1) out.push({ start, end, target: PUTS_OUT });
    else if ((wordsBetween(text, sentence.start, start) <= 2 || (start >= opening && wordsBetween(text, opening, start) <= 2)) && wordsBetween(text, end, cue.start) <= 8)
      out.push({ start, end, target: -1 });
  }
  // (Or one right after it, where the noun follows what it names: "«Rusiya polisi tərəfindən öldürüldülər» titri ilə", "the "Killed by
  // police" headline"; a quotation of a few words that says something, not a term in quotes that heads a category: "bir "ürək
  // çatışmazlığı" başlığı altında".)
  if (quote && ctx.wordsOf(quote.start, quote.end).length >= 3) {
    const next = ctx.wordsOf(quote.end, sentence.end)[0];
    if (next && /^[ \t]+$/.test(text.slice(quote.end, next[0])) && media.includes(foldText(text.slice(next[0], next[1])))) out.push({ start: next[0], end: next[1], target: PUTS_OUT });
  }
  for (let k = text.indexOf('@', sentence.start); k >= 0 && k < sentence.end; k = text.indexOf('@', k + 1)) {
    const m = /^@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/u.exec(text.slice(k, Math.min(sentence.end, k + 64)));
    if (m && !/[\p{L}\p{N}_.]/u.test(text.charAt(k - 1))) out.push({ start: k, end: k + m[0].length, target: -1 });
  }
  return out;
}

/** Whether a mention is no event built on a word for people (ClaimContext.eventWord), or one whose word stands for the incident's people. */
function ownEvent(ctx: ClaimContext, m: RawMention, conflict: number): boolean {
  const w = ctx.eventWord(m);
  return !w || ctx.forPeople(w, conflict);
}

/**
 * Whether cue `h` is one of the other side of `claim`'s conflict listed right beside `cue`, a comma alone between them, and the list goes
 * on after the later of them: a comma, or a word of a pair or of alternatives ("torture, heart failure or any other cause"). Not two
 * clauses a comma splices: "Baku blamed torture, heart failure was ruled out".
 */
function listedWith(ctx: ClaimContext, sentence: Span, cue: RawMention, h: RawMention, claim: Claim): boolean {
  const { text } = ctx;
  const between = cue.end <= h.start ? text.slice(cue.end, h.start) : h.end <= cue.start ? text.slice(h.end, cue.start) : '';
  if (!/^\s*,\s*$/.test(between) || !ctx.cuesOf(h).some((j) => ctx.claims[j]!.conflict === claim.conflict && ctx.claims[j]!.side !== claim.side)) return false;
  let end = Math.max(cue.end, h.end);
  // (Past a longer cue the later one opens: «сердечная» in «сердечная недостаточность или …».)
  for (const w of ctx.hiddenIn(sentence)) if (ctx.targets[w.target]!.cues && w.start < end && w.end > end) end = w.end;
  if (/^\s*,/.test(text.slice(end, end + 3))) return true;
  const next = ctx.wordsOf(end, Math.min(text.length, end + 30)).slice(0, 2);
  if (!next.length || !/^\s+$/.test(text.slice(end, next[0]![0]))) return false;
  const one = foldText(text.slice(next[0]![0], next[0]![1]));
  const two = next[1] ? foldText(text.slice(next[0]![0], next[1]![1])) : '';
  const joins = [...(ctx.matcher.spec.pairs ?? []), ...(ctx.matcher.spec.disjunctions ?? [])];
  return joins.includes(one) || joins.includes(two);
}

/** Whether a sentence in scope keeps its flag: not one of violence against others or of custody in general, not an account with nothing said of it. */
function flagHolds(ctx: ClaimContext, facts: CueFacts, claim: Claim, speech: RawMention[], stance: Stance): boolean {
  const { text, conflicts, targets, hiddenIn, mentionsIn, within, accounts, viewOf, names, forPeople, affair } = ctx;
  const { cue, sentence, otherCues, opensWith } = facts;
  const conflict = conflicts[claim.conflict]!;
  /**
   * Whether the incident or a word for its people is named in the sentence, starting before `pos` if given. (With `pos` a word of
   * custody in general, a word for people right before it is qualified by it, people of its kind, no one case: «в пытках задержанных
   * в отделах полиции», "torture of detainees in police stations".)
   */
  const tied = (pos = sentence.end) =>
    mentionsIn(sentence).some((m) => within(m, sentence) && m.start < pos && names(m, conflict.scope) && !affair(m) && ownEvent(ctx, m, claim.conflict)) ||
    hiddenIn(sentence).some(
      (w) =>
        forPeople(w, claim.conflict) &&
        !affair(w) &&
        within(w, sentence) &&
        w.start < pos &&
        !(pos < sentence.end && w.end <= pos && wordsBetween(text, w.end, pos) <= 1 && !/[,;:—–()]/.test(text.slice(w.end, pos))),
    );
  // A sentence that tells of violence against other people ("riot police beating demonstrators … as an example of impunity for
  // violence by officers") tells of theirs: its other cues count only where it names the incident or its people too.
  if (othersIn(ctx, sentence) && !tied()) return false;
  // One that lists both sides' cues side by side, a comma alone between them ("any headline that mentions torture, heart failure or any
  // other cause", «упоминаются пытки, сердечная недостаточность или иная причина», "işgəncəni, ürək çatışmazlığını və ya …") names the
  // causes in question, and takes neither side.
  // (Not one that sets one aside, a negation beside either: "işgəncədir, infarkt deyil", torture, not a heart attack.)
  if (otherCues.some((h) => listedWith(ctx, sentence, cue, h, claim) && !facts.negationWords.some((n) => ctx.distance(n, h) <= 1 || ctx.distance(n, cue) <= 1))) return false;
  // One that speaks of custody in general, of places of detention in the plural or of its deaths and complaints as a kind ("complaints
  // of torture in penal colonies in both countries", "deaths in custody are often put down to heart failure"): its cues count only
  // with the incident or its people named before that word (one after it is the places' own: «в колониях обеих стран»).
  // (Not one that shares a word with the cue: «Забиты до смерти под стражей» is no «смерти под стражей», deaths in custody.)
  const places = hiddenIn(sentence).find((w) => targets[w.target]!.stance === STANCE.general && within(w, sentence) && !(w.start < cue.end && w.end > cue.start));
  if (places && !tied(places.start)) return false;
  // A party's account named with nothing said of it ("Russia's explanation barely gets a hearing here") states no side:
  // no other cue says what it holds, no word of saying or denial but its own noun, no quotation, no party opening the
  // sentence for it.
  if (
    stance !== 'denies' &&
    !otherCues.length &&
    (accounts.has(cue) || holdsAccount(ctx, cue, sentence)) &&
    speech.every((w) => w.start >= cue.start && w.end <= cue.end) &&
    !quoted(text, sentence.start, cue.start) &&
    !mentionsIn(sentence).some((m) => m.end <= cue.start && (opensWith(m) || viewOf(m, sentence)))
  )
    return false;
  return true;
}
