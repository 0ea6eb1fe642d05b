/** The stance of a cue's sentence: whether it asserts the claim in its own voice, attributes it to someone, or reports a denial. */

import { BREAK, WORD, charClass, foldText } from '../fold';
import { wordsBetween, type Matcher, type RawMention, STANCE } from '../matcher';
import type { ClaimContext } from './context';
import type { CueFacts } from './cue';
import { clauseJoin, dayByline, labelOf, quotationOf, quoted, wordsNear } from './sentences';
import type { Span, Stance } from './types';

type Claim = Matcher['spec']['claims'][number];

/** The stance a cue's sentence takes from how it opens: quoted, a party before a colon or a dash, a lead-in that names who speaks, a point of view. */
export function openingStance(ctx: ClaimContext, facts: CueFacts): Stance {
  const { text, targets, hiddenIn, mentionsIn, within, viewOf } = ctx;
  const { cue, sentence, lastWordEnd, opensWith, ownLeadIn } = facts;
  // (And a sentence of an official document printed whole is the issuing body's, as a speaker's line is: see documentBodies.)
  let stance: Stance = quoted(text, sentence.start, cue.start) || voiced(ctx, cue.start) || ctx.documented(cue.start) ? 'attributes' : 'asserts';
  // A headline's "Baku: the brothers were tortured" attributes what follows the colon to who comes before it.
  // So does "Russia's Investigative Committee stands by its account: …", a colon within a few words of a party that opens the sentence.
  // And a dash standing for the verb of a party that opens the sentence, the cue right after it: «Москва — об инфаркте».
  // (Not the incident or its people themselves: «Гибель одного из Сафаровых — следствие сердечной недостаточности» says what the death was.)
  // (Not a name in the outlet's own lead-in: "Verilişimizə Yekaterinburqdan gələn ağır xəbərlə başlayırıq: …".)
  if (
    mentionsIn(sentence).some((m) => m.start >= sentence.start && m.end < cue.start && m.end > ownLeadIn && wordsBetween(text, sentence.start, m.start) <= 3 && !ctx.incidentNamed(m) && opensWith(m))
  )
    stance = 'attributes';
  // So does a lead-in of a word or two that names who speaks, right before the colon ("Russian side: heart attack killed …",
  // «Следствие: у одного из братьев остановилось сердце»).
  if (
    hiddenIn(sentence).some(
      (w) => targets[w.target]!.stance === STANCE.source && within(w, sentence) && wordsBetween(text, sentence.start, w.start) <= 1 && w.end <= cue.start && /^\s*:/.test(text.slice(w.end, cue.start)),
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
  return stance;
}

/** The sentence's words of saying, denial and account that speak of the cue (`speech`), and the stance they give it. */
export function readSpeech(ctx: ClaimContext, facts: CueFacts, claim: Claim, opening: Stance): { stance: Stance; speech: RawMention[]; nearNoun: boolean } {
  const { text, claims, targets, hiddenIn, mentionsIn, closesClause, within, distance, ownVoice, sideOf, cuesOf } = ctx;
  const { cue, sentence, otherCues, negationWords, lastWordEnd, negatedBefore, aside, notDenied, negates, hides, ownLeadIn } = facts;
  let stance = opening;
  const speech: RawMention[] = [];
  let nearNoun = false;
  /**
   * Whether a saying after the cue, negated right before it, has for its object a pronoun that ends the sentence and points back to the
   * cue's account ("Asked about the heart-attack explanation, the diplomat said Baku simply did not believe it"): a denial of it.
   */
  const unsaidOfIt = (w: RawMention) =>
    w.start >= cue.end &&
    negationWords.some((n) => n.end <= w.start && wordsBetween(text, n.end, w.start) <= 1 && !/[,;:—–]/.test(text.slice(n.end, w.start))) &&
    hiddenIn(sentence).some(
      (b) =>
        (targets[b.target]!.stance === STANCE.pointerLast || targets[b.target]!.stance === STANCE.pointerObject) &&
        within(b, sentence) &&
        b.start >= w.end &&
        wordsBetween(text, w.end, b.start) === 0 &&
        b.end === lastWordEnd,
    );
  /** Whether a charge and the cue open the sentence together (a word before them at most), the charge right after the cue or a word before it. */
  const chargeOpens = (w: RawMention) =>
    within(w, sentence) &&
    wordsBetween(text, sentence.start, Math.min(w.start, cue.start)) <= 1 &&
    // (A word before the cue, a preposition of three letters at most: "allegations of torture"; not "İttiham aktında xüsusi amansızlıqla …".)
    (w.start >= cue.end ? distance(cue, w) === 0 : distance(w, cue) === 0 || (distance(w, cue) === 1 && cue.start - w.end <= 5)) &&
    !/[,;:—–()"«»“”]/.test(text.slice(Math.min(cue.end, w.end), Math.max(cue.start, w.start))) &&
    !strangerIn();
  /**
   * Whether the sentence names someone or somewhere that is no name of the pack's, a capitalised word past its first: the charge is theirs, of
   * another case ("The torture allegation made by a Kazan student …", «Обвинения в пытках, выдвинутые осуждённым из Омска, …", "Döyülmə
   * iddiası Tümendə saxlanılan bir şəxsin işində …"); not where it names the incident too, whose speaker it may be («Обвинения в пытках по
   * делу Сафаровых Сорокин отмёл …»).
   */
  const strangerIn = () => !mentionsIn(sentence).some((m) => within(m, sentence) && ctx.incidentNamed(m, claim.conflict)) && ctx.namesStranger(sentence);
  /** Whether the clause of `w`, semicolons parting a sentence's clauses, speaks of custody in general and names none of the incident's people. */
  const ofOthersClause = (w: RawMention) => {
    const start = facts.clauseOf(w.start);
    const next = text.indexOf(';', w.end);
    const clause = { start, end: next >= 0 && next < sentence.end ? next : sentence.end };
    return (
      hiddenIn(sentence).some((g) => targets[g.target]!.stance === STANCE.general && within(g, clause)) &&
      !mentionsIn(sentence).some((m) => within(m, clause) && ctx.incidentNamed(m, claim.conflict)) &&
      !hiddenIn(sentence).some((h) => within(h, clause) && ctx.forPeople(h, claim.conflict))
    );
  };
  /** Whether a word of saying `w` tells of a cue `h` before it in a clause joined after the cue's (see below). */
  const tellsOf = (h: RawMention, w: RawMention) =>
    clauseJoin(ctx.matcher.spec).test(text.slice(cue.end, h.start)) &&
    cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict) &&
    (!/[,;:—–()"«»“”]/.test(text.slice(h.end, w.start)) ||
      (/^\s*,/.test(text.slice(h.end, w.start)) &&
        hiddenIn(sentence).some(
          (r) =>
            targets[r.target]!.stance === STANCE.relative &&
            r.start > h.end &&
            r.end <= w.start &&
            wordsBetween(text, h.end, r.start) <= 1 &&
            !/[,;:—–()"«»“”]/.test(text.slice(r.end, w.start)) &&
            !/[;:—–()"«»“”]/.test(text.slice(h.end, r.start)),
        )));
  /** Whether `w` stands in scare quotes: a quotation of a few words ("the "heart attack"", «самым удобным инфарктом в России»). */
  const scareQuoted = (w: Span) => {
    const quote = quotationOf(text, sentence, w);
    return !!quote && ctx.wordsOf(quote.start, quote.end).length <= 6;
  };
  /**
   * Whether a word of irony stands in a short remark that closes the sentence after a comma or a dash, a word or two around it: "…
   * their hearts simply gave out, how very convenient", «…, — как удобно», the irony its last word: the writer's comment on what the
   * clause before it says.
   */
  const tailComment = (w: Span) => {
    const gap = text.slice(cue.end, w.start);
    const mark = Math.max(gap.lastIndexOf(','), gap.lastIndexOf('—'), gap.lastIndexOf('–'));
    // (Its last word, up to the closing mark: a post's hashtags may follow, "… how very convenient. #SafarovBrothers"; not an adverb with
    // its verb after it, "…, təcili yardım vaxtında çatdı", the ambulance came in time.)
    const stop = text.slice(w.end, sentence.end).search(/[.!?…]/);
    return mark >= 0 && wordsBetween(text, cue.end + mark + 1, w.start) <= 2 && /^["'»”’)\s]*$/.test(text.slice(w.end, stop < 0 ? sentence.end : w.end + stop));
  };
  /**
   * Whether a word of irony after the cue, in its clause, says what the cue's account is: "That "sudden heart attack" was always a little
   * too convenient", «Внезапный инфаркт» — слишком удобное объяснение, "…, only to call it "the most convenient heart in Russia"", where
   * the cue or the irony stands in scare quotes, or a noun of account follows the irony ("a remarkably convenient account"). (Not of an
   * event the outlet states, which serves someone: «Гибель братьев в результате пыток … стала … удобным поводом сплотить общество»; nor
   * an adverb in someone's words: "… infarkt keçirdi, təcili yardım vaxtında çatdı".)
   */
  const mockedAfter = (w: RawMention) =>
    w.start >= cue.end &&
    !text.slice(cue.end, w.start).includes(';') &&
    !otherCues.some((h) => h.start >= cue.end && h.end <= w.start) &&
    (scareQuoted(cue) ||
      scareQuoted(w) ||
      tailComment(w) ||
      hiddenIn(sentence).some((n) => targets[n.target]!.stance === STANCE.account && within(n, sentence) && n.start >= w.end && wordsBetween(text, w.end, n.start) === 0));
  // The last colon before the cue in its sentence, and whether what follows it opens as what is said ("…allegation: that …"; see unsaid below).
  const colonAt = text.slice(sentence.start, cue.start).lastIndexOf(':');
  const colon = colonAt < 0 ? -1 : sentence.start + colonAt;
  const afterColon = colon < 0 ? undefined : ctx.wordsOf(colon + 1, cue.start)[0];
  const colonOpensSaid = !!afterColon && (ctx.matcher.spec.complementizers ?? []).includes(foldText(text.slice(afterColon[0], afterColon[1])));
  // The cue and, for a cue of several parts, its companion words before it in its clause ("heart … given out"): read only for a word of
  // irony in the sentence, which few have.
  const needs = targets[cue.target]!.needs ?? [];
  let parts: Span[] | undefined;
  const partsOf = () =>
    (parts ??= [
      cue,
      // (In one clause with it, no comma and no saying between: not "a timely death certificate, but investigators say the cause of death …".)
      ...hiddenIn(sentence).filter(
        (h) =>
          within(h, sentence) &&
          h.end <= cue.start &&
          !!targets[h.target]!.companion?.some((g) => needs.includes(g)) &&
          !/[,;:—–()]/.test(text.slice(h.end, cue.start)) &&
          !hiddenIn(sentence).some((r) => ctx.reports(r) && r.start >= h.end && r.end <= cue.start),
      ),
    ]);
  for (const w of hiddenIn(sentence)) {
    const s = targets[w.target]!.stance;
    // A word of irony right before the cue (or a part of it) names it as an account the outlet mocks: "a convenient heart attack", «удобное
    // «сердце»», "the detainee's obliging heart that is supposed to have given out".
    if (s === STANCE.ironic) {
      // (A compound of two words joined by a hyphen counts as one: "the famous police-station heart attack".)
      const between = (p: Span) => wordsBetween(text, w.end, p.start) - (text.slice(w.end, p.start).match(/\p{L}-\p{L}/gu)?.length ?? 0);
      if (within(w, sentence) && (partsOf().some((p) => w.end <= p.start && between(p) <= 1 && !/[,;:—–()]/.test(text.slice(w.end, p.start))) || mockedAfter(w))) {
        nearNoun = true;
        stance = 'denies';
        speech.push(w);
      }
      continue;
    }
    // A charge that opens the sentence with the cue, right after it or a preposition before it, names someone's account of it as an account's
    // noun does, the subject of what follows: "The torture allegation has grown into a row", «Обвинения в пытках переросли …», "İşgəncə
    // iddiası … çevrilib". (Not one further in, a verb's: "… döymədiyini iddia edirdi", claimed they had not beaten him.)
    if (s === STANCE.charge && chargeOpens(w)) {
      nearNoun = true;
      if (stance === 'asserts') stance = 'attributes';
    }
    // (A denial inside a phrase of the outlet's own is none: "Baku's account leaves no room for doubt: …".)
    if (!s || s > STANCE.account || !within(w, sentence) || ((s === STANCE.says || s === STANCE.negates || s === STANCE.denies) && ownVoice(w)) || aside(w)) continue;
    if (w.end <= ownLeadIn) continue;
    // (Nor a denial before a colon where a saying after it, before the cue, reports the cue: "Azerbaijan will have none of it: its
    // prosecutors say both men were tortured"; review.)
    if (s === STANCE.denies && colon >= 0 && w.end <= colon && hiddenIn(sentence).some((v) => targets[v.target]!.stance === STANCE.says && v.start > colon && v.end <= cue.start)) continue;
    // Nor a word of saying or account that alone makes a rubric before the sentence's colon, a section of the outlet's own ("Explainer: A
    // failing heart killed one of the brothers …", «Объясняем: …», "İzah: …"): no one is said to speak.
    if ((s === STANCE.says || s === STANCE.account) && wordsBetween(text, sentence.start, w.start) === 0 && w.end <= cue.start && /^[ \t]*:/.test(text.slice(w.end, cue.start))) continue;
    // Nor a noun of account in a later clause, past a semicolon: it is that clause's ("One Safarov brother died of heart failure; the second
    // death still needs an answer").
    // (Nor past a colon, where a headline names its piece: "Tortured in Yekaterinburg: the story of the Safarov brothers"; not a party's
    // account: "Tortured to death in Yekaterinburg: Baku's case against the Russian police".)
    if (
      s === STANCE.account &&
      w.start >= cue.end &&
      (text.slice(cue.end, w.start).includes(';') ||
        (text.slice(cue.end, w.start).includes(':') && !mentionsIn(sentence).some((m) => sideOf(m) >= 0 && m.start >= cue.end && m.end <= w.start && wordsBetween(text, m.end, w.start) <= 1)))
    )
      continue;
    // (Nor a noun of account for another account than the cue's, a word of `others` right before it: "… işgəncə ilə öldürülüb, başqa izah
    // axtarmağa ehtiyac yoxdur", no need to look for another explanation.)
    if (
      s === STANCE.account &&
      ctx
        .wordsOf(Math.max(sentence.start, w.start - 40), w.start)
        .slice(-1)
        .some(([a, b]) => (ctx.matcher.spec.others ?? []).includes(foldText(text.slice(a, b))) && /^\s+$/.test(text.slice(b, w.start)))
    )
      continue;
    // The first part of a compound is no word of its own ("talk-show hosts in Baku" hold no talk of anything).
    if (text.charAt(w.end) === '-' && charClass(text.charCodeAt(w.end + 1)) === WORD) continue;
    // A cue's own words of denial or negation name its state, not a denial of it («смерть … не подтверждается»).
    if ((s === STANCE.denies || s === STANCE.negates) && w.start >= cue.start && w.end <= cue.end) continue;
    // Nor does a word of hiding that has the cue for its object deny it ("an attempt to cover up the violence").
    if (s === STANCE.denies && hides(w, cue)) continue;
    // A denial (or a saying, a noun of account) in a clause joined after the cue's, nearer the other side's cue there, is of
    // that one («Сафаровых убили …, и никакие сказки про больное сердце этого не отменят»): it rebuts the other account, it
    // neither denies nor reports this one.
    if (
      s !== STANCE.negates &&
      w.start >= cue.end &&
      clauseJoin(ctx.matcher.spec).test(text.slice(cue.end, w.start)) &&
      otherCues.some(
        (h) =>
          h.start >= cue.end &&
          clauseJoin(ctx.matcher.spec).test(text.slice(cue.end, h.start)) &&
          !/[,;:—–]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))) &&
          cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
      )
    )
      continue;
    // (So is one that tells of a cue of either side there, after it with nothing parting them, its predicate or a participle of it ("…, and
    // the signs of trauma reported after their deaths say as much"), or in a relative clause that a comma opens right after it («…, и следы
    // травм, о которых сообщалось после их смерти, …»): what it says is of that cue, and the main clause keeps its own stance. Not in a
    // language that puts its verb last: "Bakı qardaşların işgəncəyə məruz qaldığını və travmatik şokdan öldüyünü deyir" says both.)
    if (!facts.verbLast && (s === STANCE.says || s === STANCE.denies) && w.start >= cue.end && otherCues.some((h) => h.start >= cue.end && h.end <= w.start && tellsOf(h, w))) continue;
    // So does one in a later clause, past a semicolon, that speaks of custody in general and names none of the incident's people («…;
    // заключённых пытают и в наших колониях, просто дипломатических скандалов из-за них никто не устраивает»): it tells of others.
    if ((s === STANCE.says || s === STANCE.denies) && w.start >= cue.end && facts.clauseOf(w.start) !== facts.clauseOf(cue.start) && ofOthersClause(w)) continue;
    // So does a saying or a denial with no party in a clause joined after the cue's that points back to it ("… were tortured, and
    // calling it anything else is a lie", «…, и называть это как-то иначе значит лгать», "… və bunu başqa cür adlandırmaq yalan
    // olardı"): the outlet speaks of what its main clause says, which keeps its own stance. (A party there denies or reports
    // it: "…, and Baku refuses to accept it"; not one whose statements the clause waves away as none, a negation right before the
    // saying: «…, и никакие заявления из Баку этого не изменят», "…, and no statement from Baku will change that".)
    if ((s === STANCE.says || s === STANCE.denies) && w.start >= cue.end) {
      // (A conjunction inside a quotation the cue stands in, the saying outside it, joins the quotation's words, no clauses: "Rəsmi Moskva
      // Bakının «xüsusi amansızlıqla işgəncə və qətl» ifadəsini qəbul etmir, bunu … bəyan edib" denies the phrase quoted.)
      const quote = quotationOf(text, sentence, cue);
      const from = quote && w.start >= quote.end ? quote.end : cue.end;
      const join = clauseJoin(ctx.matcher.spec).exec(text.slice(from, w.start));
      const joined = join ? from + join.index + join[0].length : -1;
      // (Or a word that points back right beside it, its object: «Это было убийство, и называть его надо убийством».)
      const anaphors = ctx.matcher.spec.anaphors ?? [];
      if (
        join &&
        (hiddenIn(sentence).some(
          (b) =>
            within(b, sentence) &&
            b.start >= joined &&
            (((targets[b.target]!.stance === STANCE.pointerLast || targets[b.target]!.stance === STANCE.pointerObject) && distance(b, w) <= 3) ||
              // (Or a pronoun for the people right beside it, its object: «Это были пытки, и называть их нужно именно так».)
              (targets[b.target]!.stance === STANCE.people && distance(b, w) === 0)),
        ) ||
          ctx
            .wordsOf(Math.max(joined, w.start - 40), Math.min(sentence.end, w.end + 40))
            .some(([a, b]) => (b <= w.start || a >= w.end) && distance({ start: a, end: b }, w) === 0 && anaphors.includes(foldText(text.slice(a, b))))) &&
        (!mentionsIn(sentence).some((m) => within(m, sentence) && m.start >= joined && sideOf(m) >= 0) ||
          negationWords.some((n) => n.start >= joined && n.end <= w.start && wordsBetween(text, n.end, w.start) === 0 && !/[,;:—–]/.test(text.slice(n.end, w.start))))
      )
        continue;
    }
    if (s === STANCE.negates) {
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
          (s !== STANCE.denies || (h.start >= cue.end && negatedBefore(h))) &&
          !(w.start >= h.start && w.end <= h.end) &&
          distance(h, w) <= (h.start >= cue.end && negatedBefore(h) ? 4 : 2) &&
          distance(h, w) < distance(cue, w) &&
          !/[,;:—–]/.test(text.slice(Math.min(h.end, w.end), Math.max(h.start, w.start))) &&
          cuesOf(h).some((j) => claims[j]!.conflict === claim.conflict && claims[j]!.side !== claim.side),
      ) ||
        (s !== STANCE.denies &&
          negationWords.some((n) => n.start >= cue.end && n.end <= w.start && wordsBetween(text, n.end, w.start) <= 1 && !/[,;:—–]/.test(text.slice(n.end, w.start))) &&
          !(s === STANCE.says && unsaidOfIt(w))))
    )
      continue;
    // A word of fact opening an apposition after the cue's clause holds the cue true: a saying or a denial after it tells who
    // ignores the fact ("… died of heart failure, a fact Baku's propagandists would rather ignore"), no report of a denial.
    if (s !== STANCE.negates && w.start >= cue.end) {
      const gap = text.slice(cue.end, w.start);
      const p = cue.end + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('—'), gap.lastIndexOf('–'));
      if (
        p >= cue.end &&
        hiddenIn(sentence).some((f) => targets[f.target]!.stance === STANCE.fact && within(f, sentence) && f.start > p && f.end <= w.start && wordsBetween(text, p + 1, f.start) <= 3)
      )
        continue;
    }
    // A denial in an apposition after the cue's clause is of the account the noun names, which the main clause reports:
    // "Investigators said the heart gave out, a version that Baku refuses to accept", «…, версия, которую Баку отвергает»,
    // "… bildiriblər – Bakının qəbul etmədiyi versiya" (a noun with its relative clause, or one that ends the sentence after it).
    // (The apposition opens at any comma or dash after the cue: «… у первого брата — версии, которую азербайджанская сторона не
    // принимает», where a comma opens the relative clause too.)
    if (
      s === STANCE.denies &&
      w.start >= cue.end &&
      [...text.slice(cue.end, w.start).matchAll(/[,—–]/g)].some(({ index }) => {
        const p = cue.end + index;
        return (
          hiddenIn(sentence).some(
            (n) =>
              (targets[n.target]!.stance === STANCE.account || targets[n.target]!.stance === STANCE.charge) &&
              within(n, sentence) &&
              n.start > p &&
              !/[,;:—–]/.test(text.slice(p + 1, n.start)) &&
              (n.end <= w.start
                ? hiddenIn(sentence).some((r) => targets[r.target]!.stance === STANCE.relative && r.start >= n.end && r.end <= w.start && wordsBetween(text, n.end, r.start) <= 1) ||
                  // (Or a party right after the noun, with no relative pronoun: "…, a charge Moscow has not accepted".)
                  mentionsIn(sentence).some((m) => within(m, sentence) && sideOf(m) >= 0 && m.start >= n.end && m.end <= w.start && wordsBetween(text, n.end, m.start) === 0)
                : n.end === lastWordEnd && !/[,;:—–]/.test(text.slice(w.end, n.start))),
          ) && hiddenIn(sentence).some((v) => targets[v.target]!.stance === STANCE.says && within(v, sentence) && v.end <= p && !ownVoice(v) && !(v.start >= cue.start && v.end <= cue.end))
        );
      })
    )
      continue;
    // A saying or a denial that closes its clause before a comma and a conjunction reports that clause, not a cue in the next one
    // ("Neither death has been fully explained, though one of the men is known to have died of heart failure").
    if ((s === STANCE.says || s === STANCE.denies) && w.end <= cue.start && closesClause(w, cue.start)) continue;
    // (An account named beside the cue, not a verb's noun in the clause whose conjunction opens the cue's: "Kardioloqlar izah edir ki,
    // infarkt …", cardiologists explain that a heart attack is …; "the idea that a weak heart …" is the noun's own.)
    if (
      s === STANCE.account &&
      distance(cue, w) <= 3 &&
      // (Not a noun in a quotation the cue stands outside, a title: «Колымские рассказы» Шаламова, где лагерные побои описаны …)
      !(quoted(text, sentence.start, w.start) && !quoted(text, sentence.start, cue.start)) &&
      !(w.end <= cue.start && ctx.wordsOf(w.end, cue.start).some(([a, b], k) => k > 0 && (ctx.matcher.spec.complementizers ?? []).includes(foldText(text.slice(a, b)))))
    )
      nearNoun = true;
    speech.push(w);
    // A saying negated before it reports a denial: "Nobody in Baku believes …", "Nor has Moscow endorsed …".
    // So does a negative subject that opens the sentence, a few words before it ("Nothing in the findings so far points to …").
    // (Not one a colon parts from the cue: "On this, he said, there was nothing to argue about: the brothers were tortured" states what
    // follows the colon, it denies nothing of it; unless what follows opens as what is said, "No one has confirmed Baku's allegation: that
    // the brothers were tortured".)
    const unsaid =
      s === STANCE.says &&
      w.end <= cue.start &&
      (colon < w.end || colonOpensSaid) &&
      negationWords.some(
        (n) =>
          n.end <= w.start &&
          (wordsBetween(text, n.end, w.start) <= 2 || (wordsBetween(text, sentence.start, n.start) === 0 && wordsBetween(text, n.end, w.start) <= 5 && !/[,;:—–]/.test(text.slice(n.end, w.start)))) &&
          // (Nor a negation that a colon parts from it: "Rusiyanın "gizlədəsi bir şeyi yoxdur": onun sözlərinə görə, …" negates what it hides.)
          !/[;:]/.test(text.slice(n.end, w.start)) &&
          !negates(n) &&
          // (Not one that is part of a saying of its own before it: «не отказывается от обвинений», keeps to its charges.)
          !hiddenIn(sentence).some((v) => v !== w && targets[v.target]!.stance === STANCE.says && v.start <= n.start && v.end >= n.end && v.end <= w.start && v.end > n.end),
      ) &&
      // (Nor one whose clause a comma closes before another saying that reports the cue: "have not said what killed him, saying only
      // that it remains under investigation", «не назвали причину, ограничившись словами о том, что …»: the later one speaks.)
      !hiddenIn(sentence).some(
        (v) => targets[v.target]!.stance === STANCE.says && within(v, sentence) && v.start >= w.end && v.end <= cue.start && /[,;—–]/.test(text.slice(w.end, v.start)) && !ownVoice(v),
      );
    // So does one after the cue, negated right before it, whose object is a pronoun that points back to the cue's account ("Asked about
    // the heart-attack explanation, the diplomat said Baku simply did not believe it").
    const unsaidOf = s === STANCE.says && unsaidOfIt(w);
    if (stance !== 'denies') stance = (s === STANCE.denies && !notDenied(w)) || unsaid || unsaidOf ? 'denies' : 'attributes';
  }
  return { stance, speech, nearNoun };
}

/** Whether a party's account or charge follows the cue past a word of topic that closes the cue's clause (see laterStance). */
function postposedCharge(ctx: ClaimContext, facts: CueFacts): boolean {
  const { text, targets, hiddenIn, mentionsIn, within, sideOf, topics, wordsOf } = ctx;
  const { cue, sentence } = facts;
  const topic = wordsOf(cue.end, sentence.end)
    .slice(0, 3)
    .find(([a, b]) => (topics?.before ?? []).includes(foldText(text.slice(a, b))));
  if (!topic || /[,;:—–()]/.test(text.slice(cue.end, topic[0]))) return false;
  return hiddenIn(sentence).some(
    (n) =>
      (targets[n.target]!.stance === STANCE.account || targets[n.target]!.stance === STANCE.charge) &&
      within(n, sentence) &&
      n.start >= topic[1] &&
      mentionsIn(sentence).some(
        (m) => within(m, sentence) && sideOf(m) >= 0 && m.start >= topic[1] && m.end <= n.start && wordsBetween(text, topic[1], m.start) === 0 && wordsBetween(text, m.end, n.start) === 0,
      ),
  );
}

/**
 * Whether a verb of naming (`naming`) gives a party's account or charge that names the cue, in the cue's clause, a name in quotation marks
 * after them both: "He described the torture talk coming out of Baku as "an emotional campaign, not an investigation"", «Разговоры о пытках
 * он называет «бакинской политикой»», "… işgəncə iddialarını "isteriya" adlandırıb". A speaker who renames an account so dismisses it. (Not
 * the cue itself named so, no account between: "Baku called the deaths "torture and murder"".)
 */
function namedAway(ctx: ClaimContext, facts: CueFacts): boolean {
  const naming = ctx.matcher.spec.naming ?? [];
  const { text, targets, hiddenIn, within, ownVoice, wordsOf } = ctx;
  const { cue, sentence, clauseOf } = facts;
  if (!naming.length) return false;
  const noun = hiddenIn(sentence).find(
    (n) =>
      (targets[n.target]!.stance === STANCE.account || targets[n.target]!.stance === STANCE.charge) &&
      within(n, sentence) &&
      clauseOf(n.start) === clauseOf(cue.start) &&
      (n.end <= cue.start ? wordsBetween(text, n.end, cue.start) <= 2 : n.start >= cue.end && wordsBetween(text, cue.end, n.start) <= 3) &&
      !/[,;:—–()"«»“”]/.test(text.slice(Math.min(n.end, cue.end), Math.max(n.start, cue.start))),
  );
  if (!noun) return false;
  const named = wordsOf(sentence.start, sentence.end).some(([a, b]) => clauseOf(a) === clauseOf(cue.start) && naming.includes(foldText(text.slice(a, b))) && !ownVoice({ start: a, end: b }));
  if (!named) return false;
  // (The name, a quotation that opens after the account and the cue, outside any quotation that holds them, in the same clause: not one
  // another speaker gives in a clause of its own, "…, Bakıdakı dövlət ittihamçısı isə bunu "…" adlandırıb".)
  const from = Math.max(noun.end, cue.end, quotationOf(text, sentence, cue)?.end ?? 0);
  const rest = text.slice(from, sentence.end);
  const open = rest.search(/["«“„]/);
  if (open < 0 || /[,;:—–]/.test(rest.slice(0, open))) return false;
  const name = quotationOf(text, sentence, { start: from + open + 1, end: from + open + 2 });
  if (!name) return false;
  // (A name that dismisses: one with a negation or a word of denial in it, "… "an emotional campaign, not an investigation"", «… кампанией,
  // а не расследованием», "araşdırma yox, …", or one with no word that endorses, «истерикой», "ailəyə qarşı təhqir"; not "described the
  // torture charges as "backed by forensic evidence"", «назвали версию об инфаркте «окончательной»».)
  const endorsing = ctx.matcher.spec.endorsing ?? [];
  return (
    hiddenIn(sentence).some((h) => (targets[h.target]!.stance === STANCE.negates || targets[h.target]!.stance === STANCE.denies) && h.start >= name.start && h.end <= name.end) ||
    !wordsOf(name.start, name.end).some(([a, b]) => {
      const word = foldText(text.slice(a, b));
      return endorsing.some((stem) => word.startsWith(stem));
    })
  );
}

/** The stance after the words of saying are read: a party's statement before the cue, an account that opens the sentence and is denied, a verb that carries its own negation. */
export function laterStance(ctx: ClaimContext, facts: CueFacts, speech: RawMention[], opening: Stance): Stance {
  const { text, targets, hiddenIn, mentionsIn, within, ownVoice, sideOf } = ctx;
  const { cue, needs, sentence, otherCues, insideSaying, negationWords, clauseOf, negative, negates, contrastsAfter } = facts;
  let stance = opening;
  // A party's statement or charge a few words before the cue reports it ("runs the investigators' statement that a heart
  // attack killed one of the men", «заявление СК о том, что …»): the party right before the noun, or right after it.
  if (
    stance === 'asserts' &&
    hiddenIn(sentence).some(
      (n) =>
        (targets[n.target]!.stance === STANCE.account || targets[n.target]!.stance === STANCE.charge) &&
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
  // So does one right after the cue's clause, in a language that puts the word of topic after what it governs, the party right before
  // the noun: "qardaşların işgəncə ilə öldürüldüyü barədə Bakının ittihamına … yer ayırır".
  if (stance === 'asserts' && postposedCharge(ctx, facts)) stance = 'attributes';
  // An account or a charge that opens the sentence, naming the cue, with a negation after the cue that is not the cue's own:
  // what is said of the account denies it ("The claim that the pair were murdered is a political weapon, not a finding
  // of fact", «Разговоры о пытках — не более чем …», "İşgəncə iddiaları … deyil"); not where someone else is said to
  // speak («Данные однозначны: …», — сказал собеседник, попросивший не называть его имени).
  // (Or one the cue names right before it, opening the sentence: "The torture story, however loudly it is repeated in Baku, is not
  // borne out by anything …".)
  const subject = hiddenIn(sentence).find(
    (n) =>
      (targets[n.target]!.stance === STANCE.account || targets[n.target]!.stance === STANCE.charge) &&
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
    negationWords.some(
      (w) =>
        w.start >= cue.end &&
        clauseOf(w.start) === clauseOf(cue.start) &&
        !otherCues.some((h) => w.start >= h.start && w.end <= h.end) &&
        // (Not one that sets a source aside: "The torture allegation comes not from activists but from …".)
        !contrastsAfter(w) &&
        // (Not one past a conjunction that opens a clause of its own: "İnfarkt versiyası mənə daha inandırıcı görünür, baxmayaraq ki, Bakıda
        // bunu demək heç də populyar deyil", though saying so is not popular; not one right after it, which sets the account against
        // something: «Рассказы о пытках — политический заказ, а не установленный факт».)
        !ctx.joinedIn(cue.end, ctx.wordsOf(cue.end, w.start).at(-1)?.[0] ?? cue.end),
    )
  )
    stance = 'denies';
  // A party's account renamed in quotation marks by who speaks is dismissed (see namedAway).
  if (stance === 'attributes' && namedAway(ctx, facts)) stance = 'denies';
  // A cue alone in quotation marks, scare quotes, after a word of suspicion mocks the account: "I suspect the same trick is being played
  // with the Safarovs' "heart attack"", «Подозреваю, что и с «инфарктом» Сафарова тот же фокус», "Şübhələnirəm ki, Səfərovun "infarktı" …".
  const quote = quotationOf(text, sentence, cue);
  if (
    quote &&
    wordsBetween(text, quote.start, cue.start) === 0 &&
    wordsBetween(text, cue.end, quote.end) === 0 &&
    ctx.wordsOf(sentence.start, quote.start).some(([a, b]) => (ctx.matcher.spec.suspicion ?? []).includes(foldText(text.slice(a, b))))
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
  return stance;
}

/**
 * Whether the paragraph of `pos` (a cue) gives someone else's words: it opens with a speaker's label, or a label on a line of its own stands
 * above it, a few paragraphs up at most with none between and no heading (a line with no closing punctuation: "Read more"), that names
 * none of the outlet's staff (`staff`: "ANCHOR:", «ВЕДУЩИЙ:», "Q:"): a guest's, a listener's, an interviewee's or a commenter's line
 * states what it states in that one's voice, not the outlet's. A label in capitals speaks only on a page that labels its staff too, a
 * dialogue ("LIVE: …", «ОБНОВЛЕНИЕ: …» are the outlet's own).
 */
export function voiced(ctx: ClaimContext, pos: number): boolean {
  const { text } = ctx;
  const staff = ctx.matcher.spec.staff ?? [];
  const speaks = ([word, capitals]: [string, boolean]) => !staff.includes(word) && (!capitals || ctx.staffed());
  let end = pos;
  while (end < text.length && charClass(text.charCodeAt(end)) !== BREAK) end++;
  let start = ctx.paragraphStart(pos);
  // (Not capitals that hold the cue itself, a headline's kicker: «ЗАБИЛИ ДО СМЕРТИ: братьев …».)
  const own = labelOf(text, start, end, true);
  if (own) return text.indexOf(':', start) < pos && speaks(own);
  for (let k = 0; k < 8 && start > 0; k++) {
    end = start - 1;
    start = ctx.paragraphStart(end);
    const label = labelOf(text, start, end, false);
    if (label) return speaks(label);
    // (Or a byline of a name, a day and a time where the page holds several, a thread: "Rebecca Hall · Tue 09:10"; one alone is a reporter's.)
    if (ctx.threaded() && dayByline(text.slice(start, end))) return true;
    if (ctx.commentsHeading(start, end)) return true;
    // (Or a clip's label line in a broadcast script, its details parted by bars, the clip's words under it: "CLIP: official, Prosecutor
    // General's Office, Baku | IN: "We have opened" | OUT: "the very end."".)
    const clip = labelOf(text, start, end, true);
    // (Two bars at least and a quotation, the clip's first or last words: not a graphic's caption, "GFX: Map of Russia | Yekaterinburg".)
    const line = text.slice(start, end);
    if (clip && (line.match(/ \| /g)?.length ?? 0) >= 2 && /["«“„]/.test(line)) return speaks(clip);
    if (clip || /[\p{L}\p{N}]\s*$/u.test(line)) return false;
  }
  return false;
}
