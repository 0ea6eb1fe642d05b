/** Which cues count: whole, bound to the incident where they must be, and not of other people or a figure of speech. */

import { WORD, charClass, foldText } from '../fold';
import { wordsBetween, type RawMention, STANCE } from '../matcher';
import type { ClaimContext } from './context';
import { clauseJoin, wordsNear } from './sentences';
import type { Span } from './types';

/**
 * Whether a cue bound to the incident (group -1 - c, lib/pack/prepare.ts) has a mention of conflict c's incident or people
 * (not a party) as its object: right after it ("the killing of the brothers", «виновной в гибели Сафаровых», "responsible
 * for the deaths"), or right before it, a genitive or possessive ("qardaşların qətlinə görə məsuliyyət"); not a few words
 * before it ("questioned the Safarovs about a 2001 killing"). One without is no cue at all, not even another cue's rival.
 */
function bound(ctx: ClaimContext, cue: RawMention): boolean {
  const { text, targets, hiddenIn, mentionsIn, sentenceOf, within, forPeople, affair } = ctx;
  const needs = targets[cue.target]!.needs;
  if (!needs?.some((g) => g < 0)) return true;
  const sentence = sentenceOf(cue.start);
  // (Or one that closes, as its predicate, a clause that a pronoun opens at the start of the sentence or of a quotation, a word or two
  // before it: "It was murder," an official said; «Это было убийство, и мы это докажем»: the pronoun is what befell the people the page
  // is about. Not a demonstrative before its noun, "This murder shook the city", nor a cue that goes on, "This brutal murder was …".)
  if (
    /^\s*(?:[,;:!?…—–"»”)]|\.(?!\d)|$)/.test(text.slice(cue.end, sentence.end)) &&
    hiddenIn(sentence).some((p) => {
      if (targets[p.target]!.stance !== STANCE.pointerLast || !within(p, sentence) || p.end > cue.start) return false;
      return wordsBetween(text, p.end, cue.start) >= 1 && (wordsBetween(text, sentence.start, p.start) === 0 || /["«“„]\s*$/.test(text.slice(sentence.start, p.start))) && predicateOf(ctx, p, cue);
    })
  )
    return true;
  // (Or a pronoun for the people that opens the sentence or its quotation, a word or two before it: «Их просто забили в отделе», they were
  // simply beaten to death; what it names is the people the page is about, where it is in scope. So does one that opens a clause after a
  // dash or a semicolon: «у них не остановилось сердце — их забили».)
  if (
    hiddenIn(sentence).some(
      (p) =>
        targets[p.target]!.stance === STANCE.people &&
        within(p, sentence) &&
        p.end <= cue.start &&
        wordsBetween(text, p.end, cue.start) <= 2 &&
        /(?:^|[;—–])[\s"«“„]*$/.test(text.slice(sentence.start, p.start)) &&
        !/[,;:—–()]/.test(text.slice(p.end, cue.start)),
    )
  )
    return true;
  /** Whether a mention or a word stands where it is the cue's object: right after it, or right before it. */
  const beside = (m: RawMention) =>
    m.start >= cue.start
      ? // (A name of the incident the cue itself heads reaches its people across a clause it joins to another ("… 2001-ci
        // ildə baş vermiş qətlin araşdırılması çərçivəsində keçirilib və Səfərovlar da …"): that is no object of the cue's.)
        m.start < cue.end
        ? !clauseJoin(ctx.matcher.spec).test(text.slice(cue.end, m.end)) && !/[,;:—–()]/.test(text.slice(cue.end, m.end))
        : wordsBetween(text, cue.end, m.start) <= 2
      : m.end <= cue.start
        ? wordsBetween(text, m.end, cue.start) <= 1
        : wordsBetween(text, m.start, cue.start) <= 1;
  // (So does a word for the people right before it, "Братьев забили …", the brothers were beaten to death; not one after it, which may
  // be a party's: "charged with murder by the Russian authorities"; only one a word that links a possessor joins to it, "the murder of two
  // Azerbaijanis".)
  const links = ctx.matcher.spec.kin?.links ?? [];
  const linked = (w: RawMention) => {
    const gap = ctx.wordsOf(cue.end, w.start);
    return gap.length === 1 && links.includes(foldText(text.slice(gap[0]![0], gap[0]![1]))) && !/[,;:—–()"«»“”]/.test(text.slice(cue.end, w.start));
  };
  return needs.every(
    (g) =>
      g >= 0 ||
      mentionsIn(sentence).some((m) => within(m, sentence) && ctx.incidentNamed(m, -1 - g) && beside(m)) ||
      hiddenIn(sentence).some((w) => within(w, sentence) && (w.end <= cue.start || (w.start >= cue.end && linked(w))) && forPeople(w, -1 - g) && !affair(w) && beside(w)),
  );
}

/**
 * Whether a cue is the predicate of a pronoun before it (`p`): a word or two after it, with no punctuation between ("It was murder", «Это
 * было убийство»); or, where a comma or a dash sets the pronoun apart as a copula's subject ("Bu, açıq-aşkar qətldir", «Это — убийство»),
 * a few words after it, with no saying, account or name between ("Bu, forma geyinmiş insanların törətdiyi qətldir", "Bu, təbii ölüm
 * deyil, açıq-aşkar qətldir").
 */
export function predicateOf(ctx: ClaimContext, p: Span, cue: RawMention): boolean {
  const { text, targets, hiddenIn, mentionsIn, sentenceOf } = ctx;
  const gap = text.slice(p.end, cue.start);
  const words = wordsBetween(text, p.end, cue.start);
  if (words <= 2 && !/[,;:—–()"«»“”]/.test(gap.replace(/^\s*[,—–]/, ''))) return true;
  if (!/^\s*[,—–]/.test(gap) || words > 6 || /[;:()"«»“”]/.test(gap)) return false;
  const between = { start: p.end, end: cue.start };
  const sentence = sentenceOf(cue.start);
  return (
    !hiddenIn(sentence).some((w) => {
      const s = targets[w.target]!.stance;
      return w.start >= between.start && w.end <= between.end && (s === STANCE.says || s === STANCE.denies || s === STANCE.account || s === STANCE.charge);
    }) && !mentionsIn(sentence).some((m) => m.start >= between.start && m.end <= between.end)
  );
}

/**
 * Whether a cue has other people than the incident's as its object, right beside it: after it, or before it in a language
 * that puts its verb last ("police beating demonstrators", «полицейские избивают участников акции», "polisin etirazçıları
 * döydüyü"): it tells of their violence, not the incident's. One such is no cue at all.
 */
export function othersBeside(ctx: ClaimContext, cue: RawMention): boolean {
  const { text, negativeIn, targets, hiddenIn, sentenceOf, within } = ctx;
  const sentence = sentenceOf(cue.start);
  const verbLast = !!negativeIn(sentence);
  const { before = [], after = [] } = ctx.matcher.spec.frames ?? {};
  const likeness = [...before, ...after];
  return hiddenIn(sentence).some(
    (w) =>
      targets[w.target]!.stance === STANCE.otherVictims &&
      within(w, sentence) &&
      (verbLast ? w.end <= cue.start && wordsBetween(text, w.end, cue.start) <= 1 : w.start >= cue.end && wordsBetween(text, cue.end, w.start) <= 1) &&
      !/[,;:—–()]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) &&
      // (Not with a word of likeness between: "beaten like animals" is no violence against animals.)
      !likeness.some((x) => ` ${foldText(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start)))} `.includes(` ${x} `)),
  );
}

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
function sufferedByOther(ctx: ClaimContext, cue: RawMention): boolean {
  const { matcher, text, claims, conflicts, targets, scanned, slice, partyEntities, sentenceOf } = ctx;
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
    // (Nor one that opens a quotation, capitalised anyway: "… yazıb: «Oğlanlarımıza Yekaterinburqda işgəncə veriblər …»".)
    if (/[«“„"]$/.test(text.slice(Math.max(sentence.start, a - 1), a))) return false;
    return (
      !mentions.some((m) => m.start < b && m.end > a && ours(m)) && !hidden.some((h) => h.start < b && h.end > a && (targets[h.target]!.scope || targets[h.target]!.stance || targets[h.target]!.cues))
    );
  };
  /** Whether what stands between a name and the cue keeps them apart. */
  const apart = (from: number, to: number) =>
    hidden.some((h) => {
      const t = targets[h.target]!;
      return h.start >= from && h.end <= to && (t.scope || t.cues || t.stance === STANCE.says || t.stance === STANCE.denies || t.stance === STANCE.account || t.stance === STANCE.charge);
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
}

/**
 * Whether a cue tells of someone else, described before the relative clause it stands in: one that a relative pronoun opens right after a
 * comma ("A veteran singer, who once had a heart attack on a Moscow stage, told an interviewer …", «Дирижёр, который перенёс инфаркт на
 * репетиции, …»), (not a conjunction that opens what is said, ", that …"), the cue in it with no punctuation, saying, denial or account between, and neither the clause nor what it qualifies (back
 * to the punctuation before it) names the incident's people ("One of the brothers, who had a heart condition, …" is theirs; "Baku, which
 * says the men were tortured, …" gives Baku's account).
 */
function ofAntecedent(ctx: ClaimContext, cue: RawMention): boolean {
  const { text, targets, hiddenIn, mentionsIn, sentenceOf, within } = ctx;
  const sentence = sentenceOf(cue.start);
  const ours = (from: number, to: number) =>
    mentionsIn(sentence).some((m) => m.start >= from && m.end <= to && ofPeople(ctx, m)) || hiddenIn(sentence).some((w) => w.start >= from && w.end <= to && !!targets[w.target]!.scope);
  return hiddenIn(sentence).some((r) => {
    if (targets[r.target]!.stance !== STANCE.relative || !within(r, sentence) || r.end > cue.start || !/,\s*$/.test(text.slice(sentence.start, r.start))) return false;
    // (Not a conjunction that opens what is said: "It is absurd to claim, as Moscow does, that a heart attack killed …".)
    if ((ctx.matcher.spec.complementizers ?? []).includes(foldText(text.slice(r.start, r.end)))) return false;
    if (/[,;:—–()"«»“”]/.test(text.slice(r.end, cue.start))) return false;
    const said = (s: number | undefined) => s === STANCE.says || s === STANCE.denies || s === STANCE.account || s === STANCE.charge;
    if (hiddenIn(sentence).some((v) => v.start >= r.end && v.end <= cue.start && said(targets[v.target]!.stance))) return false;
    const comma = text.lastIndexOf(',', r.start);
    const head = text.slice(sentence.start, comma);
    const opens = sentence.start + Math.max(0, ...[',', ';', ':', '—', '–', '('].map((c) => head.lastIndexOf(c) + 1));
    const close = text.slice(cue.end, sentence.end).search(/[,;:—–()]/);
    return !ours(opens, comma) && !ours(r.end, close < 0 ? sentence.end : cue.end + close);
  });
}

/** Whether a sentence holds a cue of violence against other people than the incident's (see othersBeside), found once per sentence. */
export function othersIn(ctx: ClaimContext, sentence: Span): boolean {
  const { targets, hiddenIn, within, othersCache } = ctx;
  let has = othersCache.get(sentence.start);
  if (has === undefined) {
    has = hiddenIn(sentence).some((h) => targets[h.target]!.cues && within(h, sentence) && othersBeside(ctx, h));
    othersCache.set(sentence.start, has);
  }
  return has;
}

/** Whether a word names the incident's people: a mention of a conflict's incident or people, or a word for them. */
function ofPeople(ctx: ClaimContext, m: RawMention): boolean {
  return !!ctx.targets[m.target]!.scope || ctx.incidentNamed(m);
}

/**
 * Whether a word stands in a figure of speech that names a place or a core, no body ("at the heart of the quarrel", «в самом сердце
 * союза», "qarşıdurmanın ürəyində … dayanır": the will that stands at the heart of the confrontation): not where the incident's people
 * are its object, within three words after it or (a genitive) right before it ("the heart of one of the brothers", "qardaşın ürəyində").
 */
function figurative(ctx: ClaimContext, h: RawMention): boolean {
  const { text, targets, hiddenIn, mentionsIn, sentenceOf, within } = ctx;
  const sentence = sentenceOf(h.start);
  // (So is one a game's score stands right beside: "Baku Side Beaten 3–0", «разгромлены 0:3», "3:0 hesabı ilə döyülüb", a match lost.)
  if (
    /^[ \t]+\d{1,2} ?[–:-] ?\d{1,2}(?![\d:])/.test(text.slice(h.end, Math.min(sentence.end, h.end + 12))) ||
    /(?<![\d:])\d{1,2} ?[–:-] ?\d{1,2}[ \t]+(?:\p{L}+[ \t]+){0,2}$/u.test(text.slice(Math.max(sentence.start, h.start - 30), h.start))
  )
    return true;
  // (Not in a sentence that names the incident's people: a banner at the match, «Сафаровых забили в полиции», is a claim.)
  if (scored(ctx, sentence) && !mentionsIn(sentence).some((m) => within(m, sentence) && ofPeople(ctx, m))) return true;
  return hiddenIn(sentence).some((f) => {
    if (targets[f.target]!.stance !== STANCE.figure || f.start > h.start || f.end < h.end || !within(f, sentence)) return false;
    const near = (m: RawMention) =>
      within(m, sentence) && ofPeople(ctx, m) && (m.start >= f.end ? wordsBetween(text, f.end, m.start) <= 3 : m.end <= f.start && wordsBetween(text, m.end, f.start) === 0);
    return !mentionsIn(sentence).some(near) && !hiddenIn(sentence).some(near);
  });
}

/**
 * Whether a sentence holds a game's score named as one, a word of score right beside its figures («разгромлен со счётом 1:3»): it tells
 * of a match, and a beating in it is a defeat («болельщики называют это настоящим избиением»). (Not bare figures with no word of score
 * beside them: a time, "22:47", or a range, "for 2–3 hours", names no game.)
 */
function scored(ctx: ClaimContext, sentence: Span): boolean {
  const words = ctx.matcher.spec.scoreWords;
  if (!words?.length) return false;
  const { text } = ctx;
  const part = text.slice(sentence.start, sentence.end);
  for (const m of part.matchAll(/(?<![\d:.])\d{1,2} ?[–:-] ?\d{1,2}(?![\d:])/g)) {
    const before = /(\p{L}+)\s+$/u.exec(part.slice(Math.max(0, m.index - 20), m.index))?.[1];
    const after = /^\s+(\p{L}+)/u.exec(part.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    if ((before && words.includes(foldText(before))) || (after && words.includes(foldText(after)))) return true;
  }
  return false;
}

/**
 * Whether a cue stands inside a web address ("Our explainer: caspianwire.az/en/why-baku-says-torture"): a link's words are its path,
 * no sentence. (The run of characters with no space around the cue, read no further than a long address.)
 */
function inAddress(ctx: ClaimContext, cue: RawMention): boolean {
  const { text } = ctx;
  const blank = (k: number) => /\s/.test(text.charAt(k));
  if ((cue.start === 0 || blank(cue.start - 1)) && (cue.end >= text.length || blank(cue.end) || /[.,;:!?…"»”)]/.test(text.charAt(cue.end)))) return false;
  let a = cue.start;
  while (a > 0 && a > cue.start - 200 && !blank(a - 1)) a--;
  let b = cue.end;
  while (b < text.length && b < cue.end + 200 && !blank(b)) b++;
  return /^(?:[a-z][a-z\d+.-]*:\/\/|www\.|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\/)/iu.test(text.slice(a, b));
}

/**
 * Whether a cue is a word spoken of as a word: quoted, a noun that names a word right before the quotation or right after it (each
 * language's `wordNouns`: the word "torture", the term), in a sentence that names none of the incident's people and no party before
 * it ("Lobanov says the word "torture" still makes some investigators wince"). (Not one that names them, or a party that uses the word:
 * "The prosecutor uses the term "torture" for what happened to the brothers", "Baku uses the word "torture"" give an account.)
 */
function spokenOfAsWord(ctx: ClaimContext, cue: RawMention): boolean {
  const nouns = ctx.matcher.spec.wordNouns;
  if (!nouns) return false;
  const { text, targets, hiddenIn, mentionsIn, sentenceOf, within, sideOf } = ctx;
  let end = cue.end;
  while (end < text.length && charClass(text.charCodeAt(end)) === WORD) end++;
  // (Quotation marks on both sides: none at the text's ends, where charAt gives '', which every string includes.)
  if (cue.start === 0 || end >= text.length || !'"«“„\''.includes(text.charAt(cue.start - 1)) || !'"»”\'’'.includes(text.charAt(end))) return false;
  const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, cue.start - 21), cue.start - 1))?.[1];
  const after = /^\s*(\p{L}+)/u.exec(text.slice(end + 1, end + 21))?.[1];
  if (!(before && nouns.before.includes(foldText(before))) && !(after && nouns.after.includes(foldText(after)))) return false;
  const sentence = sentenceOf(cue.start);
  return (
    // (Nor a party after it as the agent of a passive, the word's user: "The term "heart failure" was first used by Russian investigators".)
    !mentionsIn(sentence).some(
      (m) => within(m, sentence) && (ofPeople(ctx, m) || (sideOf(m) >= 0 && (m.end <= cue.start || /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))))),
    ) && !hiddenIn(sentence).some((w) => within(w, sentence) && !!targets[w.target]!.scope)
  );
}

// A cue of several parts counts only with each of its other parts in the sentence; one without is no cue at all, not even another
// cue's rival («российскую версию гибели братьев отвергли»: гибели is no cue without «действия полиции»). (A part in a figure of
// speech is none: "qarşıdurmanın ürəyində" is no heart of "ürəy- … dayan-".)
function whole(ctx: ClaimContext, h: RawMention): boolean {
  const { targets, hiddenIn, sentenceOf, within } = ctx;
  const needs = targets[h.target]!.needs;
  if (!needs) return true;
  const sentence = sentenceOf(h.start);
  return needs.every((g) => g < 0 || hiddenIn(sentence).some((w) => targets[w.target]!.companion?.includes(g) && within(w, sentence) && !figurative(ctx, w)));
}

/**
 * Whether a cue qualifies a noun of a case right after it (each language's `affairs`, after a name): "the old murder cases detectives
 * reopen", "köhnə qətl işləri" name criminal cases, not what befell anyone. One such is no cue at all.
 */
function namesCase(ctx: ClaimContext, cue: RawMention): boolean {
  const { text, nextWordAt } = ctx;
  const cases = ctx.matcher.spec.affairs?.after ?? [];
  const at = nextWordAt(cue.end);
  if (!cases.length || at < 0 || !/^[ \u00a0]+$/.test(text.slice(cue.end, at))) return false;
  let b = at;
  while (b < text.length && charClass(text.charCodeAt(b)) === WORD) b++;
  return cases.includes(foldText(text.slice(at, b)));
}

/**
 * Whether a cue's word carries an affix of obligation after its first three letters (araşdırılmalı, must be investigated): it prescribes
 * what should be done, and states nothing. One such is no cue at all.
 */
function prescribed(ctx: ClaimContext, cue: RawMention): boolean {
  const affixes = ctx.matcher.spec.obligatives;
  if (!affixes?.length) return false;
  const { text } = ctx;
  let a = cue.end;
  while (a > cue.start && charClass(text.charCodeAt(a - 1)) === WORD) a--;
  const word = foldText(text.slice(a, cue.end));
  return affixes.some((x) => word.includes(x, 3));
}

/** Cues in text order, the longest at a place first: it speaks first ("torture and murder" before "torture"). */
export const byPlace = (a: RawMention, b: RawMention) => a.start - b.start || b.end - a.end;

/** Whether a word found is a whole cue: a cue's word with the companion words it needs, bound where it must be. */
export const wholeCue = (ctx: ClaimContext, h: RawMention) => !!ctx.targets[h.target]!.cues && whole(ctx, h) && bound(ctx, h);

/** Whether a word found may be a cue at all: a cue's word, or a party's account (before `isCueHit` reads its sentence). */
export const mayCue = (ctx: ClaimContext, h: RawMention) => !!ctx.targets[h.target]!.cues || ctx.accounts.has(h);

/** Whether a word found is a cue that counts here: in its sentence, about the incident's people, in the words' own sense. */
export function isCueHit(ctx: ClaimContext, h: RawMention): boolean {
  const { targets, accounts } = ctx;
  return (
    (wholeCue(ctx, h) || accounts.has(h)) &&
    !(
      targets[h.target]!.cues &&
      (othersBeside(ctx, h) || sufferedByOther(ctx, h) || ofAntecedent(ctx, h) || figurative(ctx, h) || namesCase(ctx, h) || prescribed(ctx, h) || inAddress(ctx, h) || spokenOfAsWord(ctx, h))
    )
  );
}
