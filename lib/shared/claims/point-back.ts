/** Sentences that point back to an account ("Baku has rejected that version"), flagged for the side of the account. */

import { BREAK, SPACE, WORD, charClass } from '../fold';
import { wordsBetween, STANCE } from '../matcher';
import { aboutOther } from './accounts';
import type { ClaimContext } from './context';
import { isDot } from './sentences';
import type { Span, Stance } from './types';

/** Flags the sentences that point back to an account, after every cue's flags are given. */
export function flagPointedBack(ctx: ClaimContext): void {
  const { text, known, claims, conflicts, targets, scanned, firstFrom, hiddenIn, mentionsIn, nextWordAt, sentenceOf, out, within, lastWordEndOf, distance, ownVoice, sideOf } = ctx;
  // "Baku has rejected that version outright": an account pointed back to (5: that version, эту версию, bu izahı; 6: a
  // pronoun alone, "nobody is buying that") is the one the sentence right before it gave, in its paragraph or ending the
  // paragraph before; a sentence that reports or rejects it takes that sentence's side. With no such sentence, the
  // party that rejects it names the account: Baku rejects Moscow's, Moscow Baku's.
  for (const back of scanned.hidden) {
    const kind = targets[back.target]!.stance;
    if (kind !== STANCE.pointedBack && kind !== STANCE.pointerLast && kind !== STANCE.pointerObject) continue;
    // Common words ("that", "it") mostly stand where they point nowhere: passed over before their sentence is looked for.
    // (6 must end its sentence: no word follows before a full stop or the block's end; 7 must stand right before a word of
    // saying or denial.)
    // (Or, 6, be the subject of a word of denial that closes it: "Russia says that is not true.")
    const denied = kind === STANCE.pointerLast && deniedAfter(ctx, back);
    if (kind === STANCE.pointerLast && !denied) {
      let j = back.end;
      while (j < text.length && charClass(text.charCodeAt(j)) !== WORD && charClass(text.charCodeAt(j)) !== BREAK && !isDot(text.charCodeAt(j))) j++;
      if (j < text.length && charClass(text.charCodeAt(j)) === WORD) continue;
    } else if (kind === STANCE.pointerObject) {
      const at = nextWordAt(back.end);
      let verb = false;
      // (Not a noun of account or of charge that is also a word of saying: «между этими версиями» is a demonstrative before its noun, and
      // "these versions" may be both sides' at once; «это обвинение», this accusation, no verb.)
      let noun = false;
      for (let k = at < 0 ? scanned.hidden.length : firstFrom(scanned.hidden, at); k < scanned.hidden.length && scanned.hidden[k]!.start === at; k++) {
        const s = targets[scanned.hidden[k]!.target]!.stance;
        verb ||= s === STANCE.says || s === STANCE.denies;
        noun ||= s === STANCE.account || s === STANCE.charge;
      }
      if (!verb || noun) continue;
    }
    const sentence = sentenceOf(back.start);
    if (out.some((c) => c.start === sentence.start)) continue;
    // (A pointer that a denial closing the sentence has as its subject points back to the sentence before only where nothing before it in its
    // own sentence could be what it denies: "Asked about reports of a prisoner exchange, a spokesman said that was not true".)
    if (denied && /[,;:—–]/.test(text.slice(sentence.start, back.start))) continue;
    // A question that points back asks for an account and gives none ("How does Baku answer that?", «Как на это отвечают в Баку?»).
    if (text.charAt(sentence.end - 1) === '?') continue;
    // Nor one that points back to a charge, an account or a cue its own sentence names before it ("Six others were charged with murder; these
    // charges concern …"; "Heart failure is the commonest cause of death on my ward, but the papers never write about it", "Atam 1994-cü ildə
    // … döyülmüşdü, amma buna görə heç kim cavab vermədi"): not to what the sentence before it gave.
    // (Nor an account pointed back to with its noun, "this accusation", in a clause of its own after a word of saying in its own sentence, which
    // gave it: "Bakı … Rusiya zenit raketini günahlandıracaq və bu ittiham …", the blame for the airliner; not in what the saying reports,
    // "… pointed out that Baku refuses to accept that account", nor as the object of a saying or a denial beside it, "… commented on the
    // case and rejected this accusation", "… və bu ittihamı əsassız adlandırıb".)
    const objectOf = () =>
      hiddenIn(sentence).some(
        (w) =>
          (targets[w.target]!.stance === STANCE.says || targets[w.target]!.stance === STANCE.denies) &&
          within(w, sentence) &&
          !/[,;:—–()]/.test(text.slice(Math.min(w.end, back.end), Math.max(w.start, back.start))) &&
          (w.end <= back.start ? wordsBetween(text, w.end, back.start) <= 1 && !ctx.joinedIn(w.end, back.start) : w.start >= back.end && wordsBetween(text, back.end, w.start) <= 2),
      );
    if (
      hiddenIn(sentence).some(
        (n) =>
          (targets[n.target]!.stance === STANCE.charge ||
            targets[n.target]!.stance === STANCE.account ||
            !!targets[n.target]!.cues ||
            (kind === STANCE.pointedBack && targets[n.target]!.stance === STANCE.says && !ownVoice(n) && ctx.joinedIn(n.end, back.start) && !objectOf())) &&
          n.start >= sentence.start &&
          n.end <= back.start,
      )
    )
      continue;
    // (Nor an account pointed back to whose topic past it, its owner's name after it included, is another matter: «Это версия Баку, согласно
    // которой самолёт поразила ракета», see aboutOther.)
    if (kind === STANCE.pointedBack) {
      const owner = mentionsIn(sentence).find((m) => m.start >= back.end && wordsBetween(text, back.end, m.start) === 0 && sideOf(m) >= 0);
      if (aboutOther(ctx, owner ? { ...back, end: owner.end } : back, sentence, false)) continue;
    }
    const words = hiddenIn(sentence).filter(
      (w) => within(w, sentence) && !(w.start >= back.start && w.end <= back.end) && (targets[w.target]!.stance === STANCE.denies || (targets[w.target]!.stance === STANCE.says && !ownVoice(w))),
    );
    if (!words.length) continue;
    // A pronoun that ends the sentence is the object of a word of saying or denial a few words before it ("nobody is buying
    // that"), not of some other verb ("… no longer takes instructions from it").
    if (kind === STANCE.pointerLast && !words.some((w) => w.end <= back.start && wordsBetween(text, w.end, back.start) <= 3)) continue;
    const lastWordEnd = lastWordEndOf(sentence);
    // A pronoun alone points back where it ends the sentence ("… buying that.") or, an object form, stands right before
    // its verb («Баку это отрицает»); not where it opens the sentence ("That said, …") or a clause ("denied that the crash …").
    if (
      kind !== STANCE.pointedBack &&
      (wordsBetween(text, sentence.start, back.start) === 0 ||
        !(kind === STANCE.pointerLast ? back.end === lastWordEnd || denied : words.some((w) => w.start >= back.end && wordsBetween(text, back.end, w.start) === 0)))
    )
      continue;
    // "Nobody is buying that", "Nor does Moscow accept this": a saying negated before it is a denial.
    const negations = hiddenIn(sentence).filter((w) => targets[w.target]!.stance === STANCE.negates && within(w, sentence));
    const stance: Stance = words.some((w) => targets[w.target]!.stance === STANCE.denies || negations.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) <= 2))
      ? 'denies'
      : 'attributes';
    let gap = sentence.start;
    while (gap > 0 && (charClass(text.charCodeAt(gap - 1)) === SPACE || charClass(text.charCodeAt(gap - 1)) === BREAK)) gap--;
    let claim = out.filter((c) => c.end === gap).at(-1)?.claim;
    // (It denies the account of a flagged sentence right before it, not a party's by who speaks: "Russian media wrote that Baku closed its
    // airspace. Baku says that is not true.")
    if (claim === undefined && denied) continue;
    if (claim === undefined) {
      // (Not where the sentence right before it gave a charge, an account or a cue that was not flagged: it points back to that one, "Six
      // others were charged with murder. These charges were brought after the brothers' deaths …".)
      const prior = gap > 0 ? sentenceOf(gap - 1) : null;
      if (prior && hiddenIn(prior).some((n) => within(n, prior) && (targets[n.target]!.stance === STANCE.charge || targets[n.target]!.stance === STANCE.account || !!targets[n.target]!.cues)))
        continue;
      // A party within a few words of the verb, on a page about the incident: its side's claim, or for a denial the other side's.
      const party = mentionsIn(sentence).find((m) => within(m, sentence) && words.some((w) => distance(m, w) <= 5) && sideOf(m) >= 0);
      const own = party && sideOf(party);
      if (own === undefined || own < 0 || !conflicts[claims[own]!.conflict]!.scope.some((e) => known.has(e))) continue;
      claim = stance === 'denies' ? claims.findIndex((c) => c.conflict === claims[own]!.conflict && c.side !== claims[own]!.side) : own;
      if (claim < 0) continue;
    }
    out.push({ start: sentence.start, end: sentence.end, cueStart: back.start, cueEnd: back.end, claim, stance });
  }
}

/**
 * Whether a word of denial closes the sentence right after a pointer, a word (a copula) between at most: "Russia says that is not true.",
 * "Moscow replied that this was false." The pointer is its subject, the account the sentence before gave. (Words of denial are few: the
 * words right after the pointer are looked up, nothing more.)
 */
function deniedAfter(ctx: ClaimContext, back: Span): boolean {
  const { text, targets, scanned, firstFrom, nextWordAt } = ctx;
  const at = nextWordAt(back.end);
  if (at < 0) return false;
  for (let k = firstFrom(scanned.hidden, at); k < scanned.hidden.length && scanned.hidden[k]!.start <= at + 12; k++) {
    const w = scanned.hidden[k]!;
    if (targets[w.target]!.stance === STANCE.denies && wordsBetween(text, back.end, w.start) <= 1 && /^["'»”’)]*\s*(?:[.!]|$)/.test(text.slice(w.end, w.end + 4))) return true;
  }
  return false;
}
