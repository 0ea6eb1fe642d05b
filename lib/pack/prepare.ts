/**
 * Prepares names for the page, once, on the extension's side: each language module derives the written
 * forms of each name, every form is keyed (lib/shared/key.ts), and each key is given what it means. The
 * result is small plain data (MatcherSpec) that the content script only has to build a trie from.
 */
import { foldText } from '../shared/fold';
import { keyText, applyRomanisation } from '../shared/key';
import { isHidden, packTrie, STANCE, type ClaimPattern, type ConflictPattern, type EventPattern, type MatcherSpec, type Target } from '../shared/matcher';
import type { SuffixGrammar } from '../shared/suffixes';
import { guessLanguage, languages, romanisation, type Form, type Role } from './lang';
import { compileSuffixes } from './lang/suffixes';

/** The grammar number of a form found only as written (see MatcherSpec.exact). */
const EXACT = -2;

/** The names to find, as packs give them (lib/pack/matcher-spec.ts). */
export interface NameSpec {
  /** Entities that can be found, by index. */
  /** `context`: marked fully only at its first mention on a page (a country, a capital). */
  entities: { id: string; name: string; context?: boolean }[];
  names: NameEntry[];
  /** Phrases that are never mentions (an airport named after a person); they hide the names inside them. */
  never: string[];
  /** Events found in the writer's own words: a head near a participant. */
  events?: EventSpec[];
  /** Disputed claims found in running text by their cues (lib/shared/claims.ts). */
  conflicts?: ConflictSpec[];
}

export interface ConflictSpec {
  id: string;
  /** Entities (indexes) whose mention near a cue puts its sentence in scope. */
  scope: number[];
  /** Words that stand for those entities (the brothers), counting on a page that names them. */
  scopeWords: { text: string; lang?: string }[];
  /** Common nouns for people (men, задержанные, kişilər) that stand for them only where definite (MatcherSpec's `Target.common`). */
  commonWords?: { text: string; lang?: string }[];
  /** Entities (the parties) whose mention counts on a page that names the incident. */
  near: number[];
  /** `parties`: entities (indexes) that speak for the claim's side (Baku, Moscow). */
  claims: { id: string; side: string; cues: { text: string; lang?: string }[]; parties?: number[] }[];
}

export interface NameEntry {
  text: string;
  /** Its language (en, ru, az…): which rules derive its forms. Guessed from the script when missing. */
  lang?: string;
  /** What the name is (default `name`); a `family` entry stands for its plural only (the family). */
  role?: Role;
  /** The entities (indexes) it may mean. */
  entities: number[];
  /** The name may mean several entities, or someone else: resolve from the page or leave unmarked. */
  ambiguous?: boolean;
  /** For an ambiguous name: entities whose clear mention on the page confirms its (single) candidate. */
  context?: number[];
  /** An abbreviation: found only as written, letter case included (РФ, USSR), never inflected. */
  exact?: boolean;
  /** An ambiguous given name: someone else's when a capitalised word follows it ("Huseyn Huseynov"). */
  given?: boolean;
  /** An ambiguous generic phrase (the Prosecutor General's Office): its neighbours never make it someone else. */
  phrase?: boolean;
}

export interface EventSpec {
  /** The event entity. */
  entity: number;
  /** Words that name this kind of happening (raid, облава, əməliyyat), with their language. */
  heads: { text: string; lang?: string }[];
  /** Entities one of which must be mentioned near a head. */
  participants: number[];
  /** Words that stand for a participant (brothers, братьев, qardaş). */
  words: { text: string; lang?: string }[];
  /** At most this many words between a head and its participant (default 4). */
  within?: number;
  /** Entities one of which the page must name clearly for the event to count. */
  context?: number[];
}

/** Forms of one name in its language; a language without a module keeps the name as written. */
function formsOf(text: string, lang: string | undefined, role: Role): Form[] {
  const language = languages[lang ?? guessLanguage(text)];
  return language ? language.forms(text, role) : [{ text: text.toLowerCase() }];
}

/** A word claims use: a noun or phrase inflected by its language, or, written with a final hyphen, a stem taking any ending (döyül-: döyülüb, döyüldüyünü; bildir-: bildirib, bildirir). */
function wordForms(text: string, lang: string | undefined): Form[] {
  return text.endsWith('-') ? formsOf(text.slice(0, -1), lang, 'stem') : formsOf(text, lang, 'noun');
}

/** The script a word claims use is written in: a language's word is found only in it (`Target.script`). */
const scriptOf = (text: string): Target['script'] => (/[\u0400-\u04ff]/.test(text) ? 'cyrillic' : 'latin');

export function prepareMatcher(names: NameSpec): MatcherSpec {
  const romanised = romanisation();
  applyRomanisation(romanised);
  const targets: Target[] = [];
  const targetOf = new Map<string, number>();
  const target = (t: Target) => {
    // Without its empty or false fields, in one order of keys: what the target is, and the key it is kept by.
    const clean = Object.fromEntries(
      Object.entries(t)
        .filter(([k, v]) => k === 'entities' || k === 'ambiguous' || k === 'block' || (Array.isArray(v) ? v.length > 0 : !!v))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ) as unknown as Target;
    const key = JSON.stringify(clean);
    let i = targetOf.get(key);
    if (i === undefined) {
      i = targets.push(clean) - 1;
      targetOf.set(key, i);
    }
    return i;
  };

  const grammars: SuffixGrammar[] = [];
  const grammarIndex = new Map<string, number>();
  const grammarOf = (name: string | undefined): number => {
    if (!name) return -1;
    let i = grammarIndex.get(name);
    if (i === undefined) {
      const rules = Object.values(languages).find((l) => l.grammars?.[name])?.grammars?.[name];
      if (!rules) throw new Error(`no suffix grammar "${name}"`);
      i = grammars.push(compileSuffixes(rules)) - 1;
      grammarIndex.set(name, i);
    }
    return i;
  };

  /** Each key, then each grammar after it: what it means. Visible names sharing both become ambiguous. */
  const meaning = new Map<string, Map<number, number[]>>();
  /** Abbreviations: each writing is its own form, since only the writing tells РФ from rf. */
  const exact: { key: string; text: string; target: number }[] = [];
  const add = (text: string, t: number, grammar: number) => {
    const key = keyText(text);
    if (!key) return;
    let byGrammar = meaning.get(key);
    if (!byGrammar) {
      byGrammar = new Map();
      meaning.set(key, byGrammar);
    }
    const list = byGrammar.get(grammar) ?? [];
    const hidden = (i: number) => isHidden(targets[i]!);
    const visible = list.findIndex((i) => !hidden(i));
    if (list.includes(t)) return;
    if (hidden(t) || visible < 0) list.push(t);
    else {
      // Two names with one spelling: the spelling becomes ambiguous between them, never silently one of them.
      const a = targets[list[visible]!]!;
      const b = targets[t]!;
      if (a.block || b.block) list[visible] = a.block ? list[visible]! : t;
      else list[visible] = target({ entities: [...new Set([...a.entities, ...b.entities])].sort((x, y) => x - y), ambiguous: true, block: false });
    }
    byGrammar.set(grammar, list);
  };

  for (const name of names.names) {
    const entities = [...name.entities].sort((a, b) => a - b);
    if (name.exact) {
      const t = target({ entities, ambiguous: !!name.ambiguous || entities.length > 1, block: false, context: name.context });
      const key = keyText(name.text);
      if (key) exact.push({ key, text: name.text, target: t });
      continue;
    }
    const role = name.role ?? 'name';
    for (const form of formsOf(name.text, name.lang, role)) {
      if (role === 'family' && !form.familyPlural) continue;
      const t = form.familyPlural
        ? target({ entities, ambiguous: false, block: false, family: true })
        : target({ entities, ambiguous: !!name.ambiguous || entities.length > 1, block: false, context: name.context, given: name.given, phrase: name.phrase });
      add(form.text, t, grammarOf(form.grammar));
    }
  }

  const events: EventPattern[] = [];
  (names.events ?? []).forEach((ev, p) => {
    const t = target({ entities: [ev.entity], ambiguous: !!ev.context?.length, block: false, context: ev.context, phrase: true });
    events.push({ target: t, participants: [...ev.participants].sort((a, b) => a - b), within: ev.within ?? 4 });
    for (const head of ev.heads)
      for (const form of formsOf(head.text, head.lang, 'noun')) add(form.text, target({ entities: [], ambiguous: false, block: false, heads: [p] }), grammarOf(form.grammar));
    for (const word of ev.words)
      for (const form of formsOf(word.text, word.lang, 'noun')) add(form.text, target({ entities: [], ambiguous: false, block: false, words: [p] }), grammarOf(form.grammar));
  });

  // Claims: their cues, the words that report or deny, and the words that stand for the incident's people.
  const claims: ClaimPattern[] = [];
  const conflicts: ConflictPattern[] = [];
  let companions = 0;
  /**
   * A word of several parts joined by `…` ("death … under investigation", "hold- … responsible"): each part but the last
   * becomes a companion group of its own; its last part, found with each of them before it in the sentence (claims.ts),
   * is returned with the groups it needs.
   */
  const partsOf = (word: string, lang: string | undefined) => {
    const parts = word.split('…').map((p) => p.trim());
    const needs = parts.slice(0, -1).map((part) => {
      const g = companions++;
      for (const form of wordForms(part, lang)) add(form.text, target({ entities: [], ambiguous: false, block: false, companion: [g], script: scriptOf(form.text) }), grammarOf(form.grammar));
      return g;
    });
    return { last: parts.at(-1)!, needs };
  };
  for (const conflict of names.conflicts ?? []) {
    const c = conflicts.push({ id: conflict.id, scope: conflict.scope, near: conflict.near }) - 1;
    for (const word of conflict.scopeWords)
      for (const form of formsOf(word.text, word.lang, 'noun'))
        add(form.text, target({ entities: [], ambiguous: false, block: false, scope: [c], script: scriptOf(form.text) }), grammarOf(form.grammar));
    for (const word of conflict.commonWords ?? []) {
      // Bare, a common noun is definite only in a language without articles.
      const common = languages[word.lang ?? guessLanguage(word.text)]?.determiners?.bare ? 'bare' : 'determined';
      // (One written with a leading = ("=задержанный") is found only in its forms as written, in lower case or capitalised: a word its
      // key would also find is none («при задержании», at the arrest: й and и key alike.)
      const written = word.text.startsWith('=');
      for (const form of formsOf(written ? word.text.slice(1) : word.text, word.lang, 'noun')) {
        const t = target({ entities: [], ambiguous: false, block: false, scope: [c], common, script: scriptOf(form.text) });
        if (!written) add(form.text, t, grammarOf(form.grammar));
        else
          for (const text of new Set([form.text, form.text.charAt(0).toUpperCase() + form.text.slice(1)])) {
            const key = keyText(text);
            if (key) exact.push({ key, text, target: t });
          }
      }
    }
    for (const claim of conflict.claims) {
      const k = claims.push({ id: claim.id, conflict: c, side: claim.side, ...(claim.parties?.length ? { parties: [...claim.parties].sort((a, b) => a - b) } : {}) }) - 1;
      for (const cue of claim.cues) {
        // A cue written with a leading @ ("@killing", "@responsible for") names the incident as one side tells it only where
        // it stands beside a mention of the incident or its people ("the killing of the brothers", "responsible for the
        // Safarov deaths"): it needs, besides its companion groups, the group -1 - c (claims.ts reads it as that mention).
        const bound = cue.text.startsWith('@');
        // A cue written with a leading = ("=били") is found only as written, in lower case or capitalised: a word its key would
        // also find is none («были», were: ы and и key alike).
        const written = !bound && cue.text.startsWith('=');
        // A cue of several parts ("death … under investigation"): its last part is found with each other part somewhere in the sentence.
        const { last, needs } = partsOf(bound || written ? cue.text.slice(1) : cue.text, cue.lang);
        if (bound) needs.push(-1 - c);
        const t = target({ entities: [], ambiguous: false, block: false, cues: [k], needs, script: scriptOf(last) });
        if (written) {
          for (const text of new Set([last, last.charAt(0).toUpperCase() + last.slice(1)])) {
            const key = keyText(text);
            if (key) exact.push({ key, text, target: t });
          }
        } else for (const form of wordForms(last, cue.lang)) add(form.text, t, grammarOf(form.grammar));
      }
    }
  }
  if (conflicts.length) {
    for (const [code, language] of Object.entries(languages)) {
      for (const [stance, words] of [
        [STANCE.says, language.attribution],
        [STANCE.denies, language.denial],
        [STANCE.negates, language.negation],
        [STANCE.account, language.claimNouns],
        // 5: an account pointed back to ("that version", «эту версию», "bu izahı"), kept as the phrase alone.
        // (Or a charge: "these allegations", «эти обвинения», "bu iddia".)
        // (Not a noun of account of several words, «история с», whose topic follows it: «эта история с крушением самолёта» names its own.)
        [STANCE.pointedBack, language.demonstratives.flatMap((d) => [...language.claimNouns.filter((n) => !n.includes(' ')), ...language.charges].map((noun) => `${d} ${noun}`))],
        // 6, 7: a pronoun that points back alone, ending a sentence ("nobody is buying that") or before its verb ("Bakı bunu rədd edir").
        [STANCE.pointerLast, language.pointers.last],
        [STANCE.pointerObject, language.pointers.object],
        // 8: the outlet's own voice ("let us recall"): a saying inside it reports no one.
        [STANCE.ownVoice, language.ownVoice],
        // 9: a party's point of view opening the sentence ("For Baku, …").
        [STANCE.viewpoint, language.viewpoint ?? []],
        // 10: a charge alone ("the claim that …", «обвинения в …», "iddialar"), as the subject of what is said of it.
        [STANCE.charge, language.charges],
        // 11: a pronoun for people ("They were beaten …"), opening a paragraph.
        [STANCE.people, language.people ?? []],
        // 12: a relative pronoun ("a version that …", «версия, которую …»).
        [STANCE.relative, language.relatives ?? []],
        // 13: a lead-in that says what follows is unrelated ("Unrelated: …").
        [STANCE.unrelated, language.unrelated ?? []],
        // 14: people beside a cue who are not the incident's ("police beating demonstrators").
        [STANCE.otherVictims, language.otherVictims ?? []],
        // 15: a word of fact opening an apposition after a cue ("…, a fact Baku ignores").
        [STANCE.fact, language.facts ?? []],
        // 16: who speaks, as a headline's lead-in before a colon ("Russian side: …").
        [STANCE.source, language.sources ?? []],
        // 17: custody spoken of in general ("torture in penal colonies", "deaths in custody"): what is said of it is no one case.
        [STANCE.general, language.general ?? []],
        // 18: a participle that opens a subordinate phrase ("Rejecting …, …", «Отвергая …, …», "… rədd edən Rusiya müstəntiqləri").
        [STANCE.participle, language.participles ?? []],
        // 19: a negation that reaches only forward ("… heart failure without any sign of violence" does not negate the heart failure).
        [STANCE.forwardNegation, language.forwardNegation ?? []],
        // 20: a figure of speech that holds a cue's word ("the heart of the quarrel"): no body's heart.
        [STANCE.figure, language.figures ?? []],
        // 21: many cases or a kind spoken of ("every year", "hundreds of", "repeatedly"): a general statement, of no one case.
        [STANCE.generic, language.generic ?? []],
        // 22: a word of hiding ("an attempt to cover up the violence"): what it hides is held true by who speaks of hiding it.
        [STANCE.conceals, language.concealment ?? []],
        // 23: a word of irony right before a cue ("the convenient heart attack"): an account the outlet mocks.
        [STANCE.ironic, language.ironic ?? []],
      ] as const)
        for (const word of words) {
          // A word of several parts ("hold- … responsible", "put … down to"), as a cue of several parts.
          const { last, needs } = partsOf(word, code);
          // (Pronouns for people are listed in each of their forms: not declined as nouns, where «они» would give «он», whose key is the
          // English "on"; a suffix grammar still follows them, "onlar-la".)
          const forms = wordForms(last, code).filter((f) => stance !== STANCE.people || f.grammar || f.text === last.toLowerCase());
          for (const form of forms) add(form.text, target({ entities: [], ambiguous: false, block: false, stance, needs, script: scriptOf(form.text) }), grammarOf(form.grammar));
        }
    }
  }
  const abbreviations = [...new Set(Object.values(languages).flatMap((l) => l.abbreviations.map(foldText)))].sort();
  const fold = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => (l ?? []).map(foldText)))].sort();
  /** One list over all languages, folded. */
  const over = (pick: (l: (typeof languages)[keyof typeof languages]) => string[] | undefined) => fold(Object.values(languages).map(pick));
  // The words that tell a question, over all languages, folded (claims.ts).
  const endings = over((l) => l.questions?.endings);
  const rhetorical = over((l) => l.questions?.rhetorical);
  const why = over((l) => l.questions?.why);
  const moods = over((l) => l.questions?.moods);
  const echoes = over((l) => l.questions?.echoes);
  const questions = {
    openers: over((l) => l.questions?.openers),
    particles: over((l) => l.questions?.particles),
    suffixes: over((l) => l.questions?.suffixes),
    ...(endings.length ? { endings } : {}),
    interrogatives: over((l) => l.questions?.interrogatives),
    choices: over((l) => l.questions?.choices),
    embedded: over((l) => l.questions?.embedded),
    ...(rhetorical.length ? { rhetorical } : {}),
    ...(why.length && moods.length ? { why, moods } : {}),
    ...(echoes.length ? { echoes } : {}),
  };
  const conjunctions = over((l) => l.conjunctions);
  // As written (claims.ts reads them in the page's own text, case aside).
  const asWritten = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))].sort();
  const clauseJoins = {
    afterComma: asWritten(Object.values(languages).map((l) => (l.clauseJoins?.afterComma ? l.clauseJoins.words : undefined))),
    bare: asWritten(Object.values(languages).map((l) => (l.clauseJoins && !l.clauseJoins.afterComma ? l.clauseJoins.words : undefined))),
  };
  const adversatives = asWritten(Object.values(languages).map((l) => l.adversatives));
  const complementizers = over((l) => l.complementizers);
  const supposing = over((l) => l.determiners?.supposing);
  const indefinite = over((l) => l.determiners?.indefinite);
  const each = over((l) => l.determiners?.each);
  const determiners = {
    before: over((l) => l.determiners?.before),
    after: over((l) => l.determiners?.after),
    ...(supposing.length ? { supposing } : {}),
    ...(indefinite.length ? { indefinite } : {}),
    ...(each.length ? { each } : {}),
  };
  const anaphors = over((l) => l.anaphors);
  const voices = over((l) => l.voices);
  const affairs = { before: over((l) => l.affairs?.before), after: over((l) => l.affairs?.after) };
  const frames = {
    before: over((l) => l.frames?.before),
    after: over((l) => l.frames?.after),
    possessed: over((l) => l.frames?.possessed),
    participles: over((l) => l.frames?.participles),
    times: over((l) => l.frames?.times),
    genitives: over((l) => l.frames?.genitives),
    clauses: over((l) => l.frames?.clauses),
  };
  const others = over((l) => l.others);
  const pointingPeople = { words: over((l) => l.pointingPeople?.words), others: over((l) => l.pointingPeople?.others) };
  const occupations = over((l) => l.occupations);
  const media = over((l) => l.media);
  const staff = over((l) => l.staff);
  const comments = over((l) => l.comments);
  const links = over((l) => l.links);
  const credits = over((l) => l.credits);
  const placards = over((l) => l.placards);
  const universals = over((l) => l.universals);
  const documents = { kinds: over((l) => l.documents?.kinds), notes: over((l) => l.documents?.notes) };
  const selves = over((l) => l.selves);
  const tags = over((l) => l.tags);
  const suspicion = over((l) => l.suspicion);
  const naming = over((l) => l.naming);
  const endorsing = over((l) => l.endorsing);
  const possessives = over((l) => l.possessives);
  const kin = { nouns: over((l) => l.kin?.nouns), links: over((l) => l.kin?.links) };
  const memories = over((l) => l.memories);
  const custody = over((l) => l.custody);
  const earlier = over((l) => l.earlier);
  const dismissals = over((l) => l.dismissals);
  const plurals = over((l) => l.plurals);
  const genitives = over((l) => l.genitives);
  const unrelatedTo = { before: over((l) => l.unrelatedTo?.before), after: over((l) => l.unrelatedTo?.after) };
  const concessives = over((l) => l.concessives);
  const instances = over((l) => l.instances);
  const pairs = over((l) => l.pairs);
  const disjunctions = over((l) => l.disjunctions);
  const ordinals = { words: over((l) => l.ordinals?.words), parts: over((l) => l.ordinals?.parts) };
  const partitives = { after: over((l) => l.partitives?.after), before: over((l) => l.partitives?.before) };
  const numerals = { words: over((l) => l.numerals?.words), endings: over((l) => l.numerals?.endings), persons: over((l) => l.numerals?.persons) };
  const counters = over((l) => l.counters);
  const groups = { counters: over((l) => l.groups?.counters), nouns: over((l) => l.groups?.nouns), ages: over((l) => l.groups?.ages) };
  const accord = { before: over((l) => l.accord?.before), after: over((l) => l.accord?.after) };
  const origins = over((l) => l.origins);
  const agents = { words: over((l) => l.agents?.words), verbs: over((l) => l.agents?.verbs), participles: over((l) => l.agents?.participles), cases: over((l) => l.agents?.cases) };
  const obligatives = over((l) => l.obligativeAffixes);
  const wordNouns = { before: over((l) => l.wordNouns?.before), after: over((l) => l.wordNouns?.after) };
  const scoreWords = over((l) => l.scoreWords);
  const relative = over((l) => l.topics?.relative);
  const topics = { after: over((l) => l.topics?.after), before: over((l) => l.topics?.before), ...(relative.length ? { relative } : {}) };
  const negatives = Object.values(languages).flatMap(({ negativeAffixes: n }) =>
    n ? [{ affixes: [...new Set(n.affixes.map(foldText))], letters: n.letters, ...(n.denials?.length ? { denials: n.denials.map(foldText) } : {}) }] : [],
  );

  const blockTarget = target({ entities: [], ambiguous: false, block: true });
  for (const phrase of names.never) for (const form of formsOf(phrase, undefined, 'name')) add(form.text, blockTarget, -1);

  // Sorted here, once, so each page builds its trie in one pass over already-ordered keys.
  const titles = [...new Set(Object.values(languages).flatMap((l) => l.titles.map(foldText)))].sort();
  const spec: MatcherSpec = {
    entities: names.entities,
    targets,
    trie: { codes: '', depths: '', ends: '' },
    formTargets: [],
    formGrammars: [],
    exact: {},
    grammars,
    events,
    titles,
    romanised,
    claims,
    conflicts,
    abbreviations,
    ...(negatives.length ? { negatives } : {}),
    ...(conjunctions.length ? { conjunctions } : {}),
    ...(clauseJoins.afterComma.length || clauseJoins.bare.length ? { clauseJoins } : {}),
    ...(adversatives.length ? { adversatives } : {}),
    ...(topics.after.length || topics.before.length ? { topics } : {}),
    ...(complementizers.length ? { complementizers } : {}),
    ...(determiners.before.length || determiners.after.length ? { determiners } : {}),
    ...(anaphors.length ? { anaphors } : {}),
    ...(voices.length ? { voices } : {}),
    ...(affairs.before.length || affairs.after.length ? { affairs } : {}),
    ...(frames.before.length || frames.after.length ? { frames } : {}),
    ...(others.length ? { others } : {}),
    ...(pointingPeople.words.length ? { pointingPeople } : {}),
    ...(occupations.length ? { occupations } : {}),
    ...(media.length ? { media } : {}),
    ...(staff.length ? { staff } : {}),
    ...(comments.length ? { comments } : {}),
    ...(links.length ? { links } : {}),
    ...(credits.length ? { credits } : {}),
    ...(placards.length ? { placards } : {}),
    ...(universals.length ? { universals } : {}),
    ...(documents.kinds.length ? { documents } : {}),
    ...(selves.length ? { selves } : {}),
    ...(tags.length ? { tags } : {}),
    ...(suspicion.length ? { suspicion } : {}),
    ...(naming.length ? { naming } : {}),
    ...(endorsing.length ? { endorsing } : {}),
    ...(possessives.length ? { possessives } : {}),
    ...(kin.nouns.length ? { kin } : {}),
    ...(memories.length ? { memories } : {}),
    ...(custody.length ? { custody } : {}),
    ...(earlier.length ? { earlier } : {}),
    ...(dismissals.length ? { dismissals } : {}),
    ...(plurals.length ? { plurals } : {}),
    ...(genitives.length ? { genitives } : {}),
    ...(unrelatedTo.before.length || unrelatedTo.after.length ? { unrelatedTo } : {}),
    ...(concessives.length ? { concessives } : {}),
    ...(instances.length ? { instances } : {}),
    ...(pairs.length ? { pairs } : {}),
    ...(disjunctions.length ? { disjunctions } : {}),
    ...(ordinals.words.length ? { ordinals } : {}),
    ...(partitives.after.length || partitives.before.length ? { partitives } : {}),
    ...(numerals.words.length ? { numerals } : {}),
    ...(counters.length ? { counters } : {}),
    ...(groups.counters.length ? { groups } : {}),
    ...(accord.before.length || accord.after.length ? { accord } : {}),
    ...(agents.words.length || agents.participles.length ? { agents } : {}),
    ...(origins.length ? { origins } : {}),
    ...(obligatives.length ? { obligatives } : {}),
    ...(wordNouns.before.length || wordNouns.after.length ? { wordNouns } : {}),
    ...(scoreWords.length ? { scoreWords } : {}),
    ...(questions.openers.length || questions.particles.length || questions.suffixes.length || endings.length ? { questions } : {}),
  };
  const forms: string[] = [];
  const keys = new Set([...meaning.keys(), ...exact.map((x) => x.key)]);
  for (const key of [...keys].sort()) {
    for (const [grammar, list] of meaning.get(key) ?? []) {
      for (const t of list) {
        forms.push(key);
        spec.formTargets.push(t);
        spec.formGrammars.push(grammar);
      }
    }
    for (const x of exact) {
      if (x.key !== key) continue;
      spec.exact[forms.length] = x.text;
      forms.push(key);
      spec.formTargets.push(x.target);
      spec.formGrammars.push(EXACT);
    }
  }
  // Packed here, once: each page unpacks the trie in one loop over its nodes.
  spec.trie = packTrie(forms);
  return spec;
}
