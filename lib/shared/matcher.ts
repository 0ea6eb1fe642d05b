/**
 * The name matcher: compiled once from the packs' names into a trie over keyed text (key.ts), then run
 * in one pass over any text, whatever the number of names. Pure code: the content script, the scan command and
 * the benchmark all use this same module.
 */
import { BREAK, IGNORABLE, SPACE, WORD, charClass, classes, foldCode, foldText } from './fold';
import { KEY_I, KEY_K, keeps, keyCount, keyLetter, peekKey, applyRomanisation } from './key';
import { suffixEnd, type SuffixGrammar } from './suffixes';

/**
 * The names prepared once on the extension's side (lib/pack/prepare.ts) — every written form derived by
 * its language, keyed (key.ts), given its meaning — small plain data sent to each page, where
 * `compileMatcher` only has to build the trie.
 */
export interface MatcherSpec {
  /** `context`: marked fully only at its first mention on a page (a country, a capital). */
  entities: { id: string; name: string; context?: boolean }[];
  targets: Target[];
  /**
   * The keys of written forms as a trie packed on the extension's side (`packTrie`; a key appears once per meaning, keys sorted),
   * so a page only unpacks it; and what each form means, by form index (the order of the trie's `ends`).
   */
  trie: PackedTrie;
  formTargets: number[];
  /** The suffix grammar that may follow each form (index into `grammars`); -1: none, -2: as written (`exact`). */
  formGrammars: number[];
  /** For forms found only as written (abbreviations): the writing, by form index. */
  exact: Record<number, string>;
  grammars: SuffixGrammar[];
  /** Events in the writer's own words: a head near a participant. */
  events: EventPattern[];
  /** Folded words that, capitalised beside a name, leave it the name (titles, sentence openers; see lang/). */
  titles: string[];
  /** How letters are romanised for the key the forms were keyed with (key.ts). */
  romanised: Record<string, string>;
  /** Disputed claims, found in running text by their cues (claims.ts). */
  claims: ClaimPattern[];
  conflicts: ConflictPattern[];
  /** Folded abbreviations whose dot ends no sentence (mr, г). */
  abbreviations: string[];
  /**
   * Per language, negative affixes inside a verb (Azerbaijani -məyib), folded, and the letters that tell the language; `denials`, negative
   * endings read only inside a word of denial (-məz: inandıra bilməz).
   */
  negatives?: { affixes: string[]; letters: string; denials?: string[] }[];
  /**
   * The words that tell a question asking yes or no (claims.ts), folded, over all languages (each language's `questions`,
   * lib/pack/lang/types.ts): auxiliaries that open it (did, is), particles in it (ли), suffixes on its last word (-mı), and
   * endings of any word that carry the particle on a predicate or an adverb (deyib-mi, doğrudan-mı); the words that ask for something
   * (what, why, почему, niyə), whose absence leaves a question yes or no; words that ask to choose (which, какой, hansı); and words that
   * open a question inside a sentence (whether).
   */
  questions?: {
    openers: string[];
    particles: string[];
    suffixes: string[];
    endings?: string[];
    interrogatives: string[];
    choices: string[];
    embedded: string[];
    rhetorical?: string[];
    /** Words that ask why, and the endings of a verb of what one would do (an infinitive, an optative): together, a question that expects no. */
    why?: string[];
    moods?: string[];
    /** Words that, after a comma, close a short question that echoes an account to mock it ("Heart attack, really?"). */
    echoes?: string[];
  };
  /**
   * Conjunctions that open a clause of its own (and, but, though, и, но, хотя, və, lakin), folded, over all languages (each
   * language's `conjunctions`): claims.ts reads them in the few words between a cue and a negation or a saying, never as words to find.
   */
  conjunctions?: string[];
  /** The conjunctions that join two clauses, as written, over all languages: after a comma, or on their own (each language's `clauseJoins`). */
  clauseJoins?: { afterComma: string[]; bare: string[] };
  /** The conjunctions of "not X but Y", as written, over all languages (each language's `adversatives`). */
  adversatives?: string[];
  /**
   * Words that give a noun of account a topic (on, about, о, по; barədə, haqqında before it; `relative`: phrases that open a relative
   * clause after a comma spelling out what it holds, which holds that, согласно которой), folded, over all languages (each language's
   * `topics`): claims.ts reads them beside a noun of account, never as words to find.
   */
  topics?: { after: string[]; before: string[]; relative?: string[] };
  /**
   * Conjunctions that open what a word of saying reports (that, что, ki), folded, over all languages (each language's
   * `complementizers`): claims.ts reads them right after a saying, never as words to find.
   */
  complementizers?: string[];
  /**
   * Words that make a common noun for people definite, folded, over all languages (each language's `determiners`): right before it
   * (the, both, these, two, one of, эти, оба, один из, hər iki, həmin) or right after it (biri: "kişilərdən biri"). claims.ts reads
   * them beside such a noun, never as words to find; and words of supposition (if, если, əgər), after which a bare noun is anyone;
   * `indefinite` words right before a bare noun that make it someone not named before (bir), but after a word of `each` (hər).
   */
  determiners?: { before: string[]; after: string[]; supposing?: string[]; indefinite?: string[]; each?: string[] };
  /**
   * Words by which a sentence points back to people named before it (he, his, they, one, the other, он, его, второй, o, onun, biri),
   * folded, over all languages (each language's `anaphors`): claims.ts reads them in the cue's sentence, never as words to find.
   */
  anaphors?: string[];
  /** Pronouns of a speaker the page has introduced (he, she, она, o), folded, over all languages (each language's `voices`). */
  voices?: string[];
  /**
   * Nouns of a case or an affair that a name qualifies ("the Safarov case", «дело Сафаровых», "Səfərovlar işi"), folded, over all
   * languages (each language's `affairs`): right before the name or right after it. claims.ts reads them beside a name, never as words to find.
   */
  affairs?: { before: string[]; after: string[] };
  /**
   * Words that make a name a frame of time or likeness, not the one a cue is about ("since the deaths of the Safarov brothers", «после
   * гибели братьев», "Qardaşların ölümündən sonra", "like the brothers", «как и», "kimi"), folded, over all languages (each language's
   * `frames`): right before the name or right after it. claims.ts reads them beside a name, never as words to find.
   */
  frames?: { before: string[]; after: string[]; possessed: string[]; participles?: string[]; times?: string[]; genitives?: string[]; clauses?: string[] };
  /**
   * Words that make the person after them someone else (my, own, another, мой, mənim, öz, başqa), folded, over all languages (each
   * language's `others`): claims.ts reads them before a word for the incident's people, never as words to find.
   */
  others?: string[];
  /**
   * Words for people that point back (эти люди, bu adamlar) and words that make a word for people after them others (других, digər),
   * folded, over all languages (each language's `pointingPeople`): claims.ts reads them beside a word for the incident's people.
   */
  pointingPeople?: { words: string[]; others: string[] };
  /** Words of an occupation or a title that make a family name right after them a namesake's, folded, over all languages (each language's `occupations`). */
  occupations?: string[];
  /** Common nouns for a news outlet and what it puts out (paper, газета, qəzet), folded, over all languages (each language's `media`): read in a sentence, never found. */
  media?: string[];
  /** Words for an outlet's own staff in a speaker's label (anchor, ведущий, aparıcı, Q), folded, over all languages (each language's `staff`): read in a label, never found. */
  staff?: string[];
  /** Words for readers' comments in a heading over them (comments, комментарии, şərhlər), folded, over all languages (each language's `comments`): read in a heading, never found. */
  comments?: string[];
  /** Rubrics of an outlet's links to its own stories (read also, читайте также, həmçinin oxuyun), folded, over all languages (each language's `links`): read before a line's colon, never found. */
  links?: string[];
  /** Words of a photo's credit line (photo, фото, foto), folded, over all languages (each language's `credits`): read before a line's colon, never found. */
  credits?: string[];
  /** Nouns of what protesters write on (placard, плакат, plakat), folded, over all languages (each language's `placards`): read beside a quotation, never found. */
  placards?: string[];
  /** Words for anyone at all as an object (anyone, никого, heç kimə), folded, over all languages (each language's `universals`): read in a short denial, never found. */
  universals?: string[];
  /**
   * Words for an official document's kind in its header or date line (statement, нота, bəyanat), and the openings of an editor's note that
   * ends its body (editor's note, от редакции, redaksiyadan), folded, over all languages (each language's `documents`): read in those
   * paragraphs only, never found.
   */
  documents?: { kinds: string[]; notes: string[] };
  /** Words of suspicion (suspect, подозреваю, şübhələnirəm), folded, over all languages (each language's `suspicion`): read before a cue in scare quotes, never found. */
  suspicion?: string[];
  /** Verbs of naming (described, назвал, adlandırıb), folded, over all languages (each language's `naming`): read with a party's account named in quotation marks, never found. */
  naming?: string[];
  /** Stems that make a quoted name an endorsement (evidence, доказ-, sübut), folded, over all languages (each language's `endorsing`): read in the name only, never found. */
  endorsing?: string[];
  /** Tags that close a question after a comma (isn't it, не находите, elə deyilmi), folded, over all languages (each language's `tags`): the sentence states, it does not ask. */
  tags?: string[];
  /** First-person pronouns (I, я, mən), folded, over all languages (each language's `selves`): read before a word of belief, never found. */
  selves?: string[];
  /** Possessive pronouns (his, его, onun), folded, over all languages (each language's `possessives`): read beside a word for people, never found. */
  possessives?: string[];
  /** Nouns for a person of one's circle (uncle, дядя, dayı) and the words that link one to a name, folded, over all languages (each language's `kin`). */
  kin?: { nouns: string[]; links: string[] };
  /** Phrases that say someone is no kin of the people named beside them (no relation to, не имеющий отношения к), folded, over all languages (each language's `unrelatedTo`). */
  unrelatedTo?: { before: string[]; after: string[] };
  /** Phrases of a memory of childhood (as a boy, в детстве, uşaqlıqda), folded, over all languages (each language's `memories`). */
  memories?: string[];
  /** Words of custody that may open a headline before its cue (həbsdə, в камере), folded, over all languages (each language's `custody`). */
  custody?: string[];
  /** Phrases of an earlier time (last year, в прошлом году, keçən il), folded, over all languages (each language's `earlier`). */
  earlier?: string[];
  /** Words that ask "what … ?" of an account to wave it away (what, какие, hansı), folded, over all languages (each language's `dismissals`). */
  dismissals?: string[];
  /** Endings of a word for the people in the plural (-s, -ьев, -lar), folded, over all languages (each language's `plurals`). */
  plurals?: string[];
  /** Endings of a name in the genitive that owns a noun before it (-ы, -и), folded, over all languages (each language's `genitives`). */
  genitives?: string[];
  /**
   * Words that open a concessive phrase (whatever, что бы ни), folded, over all languages (each language's `concessives`): claims.ts reads
   * them at a sentence's start, never as words to find.
   */
  concessives?: string[];
  /**
   * Phrases in which an ordinal for the people names a case, not a person ("in the second", «во втором», "ikincidə"), folded, over all
   * languages (each language's `instances`): claims.ts reads them at a word for the people, never as words to find.
   */
  instances?: string[];
  /** Words that join two names as one pair ("Baku and Moscow", "Bakı ilə Moskva"), folded, over all languages (each language's `pairs`). */
  pairs?: string[];
  /** Words that offer alternatives (or, или, və ya), folded, over all languages (each language's `disjunctions`): read after a list's item, never found. */
  disjunctions?: string[];
  /**
   * Ordinals that may stand for one of the people ("the second", «второй», "ikinci") and the nouns of a part, a turn or a time they count
   * (half, тайм, hissə), folded, over all languages (each language's `ordinals`): claims.ts reads them at a word for the people, never as
   * words to find.
   */
  ordinals?: { words: string[]; parts: string[] };
  /** Words that take a count out of a group, the count in digits before them ("of them") or after them ("onlardan"), folded, over all languages (each language's `partitives`). */
  partitives?: { after: string[]; before: string[] };
  /**
   * Numerals that may stand for the people («двое», «оба») and the endings of the noun they govern (-ов, -ей), folded, over all languages
   * (each language's `numerals`): claims.ts reads them at a word for the people, never as words to find.
   */
  numerals?: { words: string[]; endings: string[]; persons: string[] };
  /**
   * Numerals of two or both that open a counted noun phrase (two, both; двое, оба; iki, hər iki), folded, over all languages (each
   * language's `counters`): claims.ts reads them before a word for the people that points back, never as words to find.
   */
  counters?: string[];
  /** Numerals, nouns of people and words of age that introduce a group of people, folded, over all languages (each language's `groups`). */
  groups?: { counters: string[]; nouns: string[]; ages: string[] };
  /**
   * Conjunctions of accord that open a clause naming who holds what is said ("as Baku insists", «как утверждает Баку», "… israr etdiyi
   * kimi"), folded, over all languages (each language's `accord`): before the saying or right after it. claims.ts reads them beside a
   * saying, never as words to find.
   */
  accord?: { before: string[]; after: string[] };
  /** How a noun of account names its party as a participle's agent ("put forward by Moscow", «изложенную Москвой», "Moskvanın irəli sürdüyü"), folded, over all languages (each language's `agents`). */
  agents?: { words: string[]; verbs: string[]; participles: string[]; cases: string[] };
  /** Prepositions of where something comes from (from, от), folded, over all languages (each language's `origins`): read after a negation only, never found. */
  origins?: string[];
  /** Affixes of obligation inside a verb (Azerbaijani -malı/-məli), folded, over all languages (each language's `obligativeAffixes`). */
  obligatives?: string[];
  /** Nouns that name a word before or after a quoted cue (the word "torture", "işgəncə" sözü), folded, over all languages (each language's `wordNouns`). */
  wordNouns?: { before: string[]; after: string[] };
  /** Words that name a game's score beside its figures (со счётом 1:3), folded, over all languages (each language's `scoreWords`). */
  scoreWords?: string[];
}

/** A claim its cues point to. */
/**
 * A trie of sorted keys, packed as three strings (one character a node, in preorder; node 0 is the root) so that it travels in a
 * message as it is and a page builds its tables in one loop over the nodes, not one over every letter of every key.
 */
export interface PackedTrie {
  /** Each node's key letter (the root's is unused). */
  codes: string;
  /** Each node's depth, plus PACK_ZERO. */
  depths: string;
  /** How many forms end at each node, plus PACK_ZERO: the forms in order end in preorder. */
  ends: string;
}

/** What a packed count of 0 is written as: a printable character, which a message carries as itself (a NUL would be escaped, six characters). */
const PACK_ZERO = 0x30;

/** Packs sorted keys as a trie (prepare.ts, on the extension's side): each key adds its letters after the prefix it shares with the one before it. */
export function packTrie(keys: readonly string[]): PackedTrie {
  const codes: number[] = [0];
  const depths: number[] = [PACK_ZERO];
  const ends: number[] = [PACK_ZERO];
  const path: number[] = [0];
  let previous = '';
  for (const key of keys) {
    if (key < previous) throw new Error(`packTrie: keys must be sorted ("${key}" after "${previous}")`);
    let shared = 0;
    while (shared < key.length && shared < previous.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    for (let d = shared; d < key.length; d++) {
      path[d + 1] = codes.length;
      codes.push(key.charCodeAt(d));
      depths.push(PACK_ZERO + d + 1);
      ends.push(PACK_ZERO);
    }
    ends[path[key.length]!]!++;
    previous = key;
  }
  const text = (xs: number[]) => {
    let out = '';
    for (let i = 0; i < xs.length; i += 8192) out += String.fromCharCode(...xs.slice(i, i + 8192));
    return out;
  };
  return { codes: text(codes), depths: text(depths), ends: text(ends) };
}

export interface ClaimPattern {
  id: string;
  /** Index into `conflicts`. */
  conflict: number;
  /** Its side of the dispute: a sentence is flagged once per side. */
  side: string;
  /** Entities that speak for its side (Baku, Moscow): their account ("Moscow's version") is this claim's. */
  parties?: number[];
}

export interface ConflictPattern {
  id: string;
  /** Entities whose mention near a cue puts its sentence in scope. */
  scope: number[];
  /** Entities whose mention in the sentence counts only on a page that names the incident. */
  near: number[];
}

/** One name found in a text, before ambiguity is resolved. */
export interface RawMention {
  start: number;
  end: number;
  /** Index into the compiled target list. */
  target: number;
  /** For a name inside a longer one ("Ukraine" in "invasion of Ukraine"): the index of the outer mention. */
  within?: number;
}

/** What a written form means: a name meaning some entities, a phrase that hides a name, or a word events use. */
export interface Target {
  entities: number[];
  ambiguous: boolean;
  block: boolean;
  /** For an ambiguous name with one candidate: entities whose clear mention on the page confirms it. */
  context?: number[];
  /** A family name's plural (the Safarovs, Сафаровых): the family, unless a given name stands before it. */
  family?: boolean;
  /** A head of these event patterns (raid, облава): never a mention itself. */
  heads?: number[];
  /** A word standing for a participant of these event patterns (brothers). */
  words?: number[];
  /** An ambiguous given name: someone else's before a capitalised word. */
  given?: boolean;
  /** An ambiguous generic phrase: never someone else's. */
  phrase?: boolean;
  /** A word that carries these claims (torture, сердечный приступ). */
  cues?: number[];
  /**
   * For a cue of several parts ("death … under investigation"): the groups of companion words it needs in its
   * sentence; a negative number, -1 − a conflict's index, binds the cue to that conflict's incident as its object
   * ("the killing of the brothers"; a cue written with a leading `@` in the pack; claims.ts).
   */
  needs?: number[];
  /** A companion word of these cue groups. */
  companion?: number[];
  /** A word standing for the people of these conflicts (the brothers). */
  scope?: number[];
  /**
   * For a word of `scope`: a common noun for people (men, detainees, мужчины, задержанные, kişilər, saxlanılanlar), which stands for
   * the incident's people only where it is definite: with a determiner ("the men", «один из задержанных», "kişilərdən biri"), or, in a
   * language without articles (`bare`), bare in a sentence that speaks of no kind and no other time (claims.ts). In one with articles
   * (`determined`), a bare "men" is anyone.
   */
  common?: 'bare' | 'determined';
  /**
   * For a word claims use (a cue or its part, a word of stance, a word for the incident's people): the script it is written in. Keyed,
   * a word meets its romanisations in the other script (тел, bodies, and "tell"; «пиш-», writes, and "piştaxta"); a language's word is
   * found only in its own script. Names have none: Сафаров is Safarov.
   */
  script?: 'cyrillic' | 'latin';
  /**
   * The part the word plays in telling who says what, one of `STANCE`: it reports or denies what is said, negates
   * what is said next to it, names an account someone gives (version, версия), points back to one, and so on;
   * lib/pack/prepare.ts gives each its words, lib/shared/claims/ reads them.
   */
  stance?: number;
}

/**
 * The parts a word of `Target.stance` plays in telling who says what (lib/pack/prepare.ts gives each its words from the
 * language lists; lib/shared/claims/ reads them). The first four are words that say, deny, negate or name an account.
 */
export const STANCE = {
  says: 1,
  denies: 2,
  negates: 3,
  account: 4,
  /** "that version", «эту версию»: an account pointed back to, as one phrase. */
  pointedBack: 5,
  /** A pronoun pointing back that ends its sentence ("nobody is buying that"). */
  pointerLast: 6,
  /** A pronoun pointing back right before its verb ("Bakı bunu rədd edir"). */
  pointerObject: 7,
  /** The outlet's own voice ("let us recall"). */
  ownVoice: 8,
  /** A party's point of view opening the sentence ("For Baku, …"). */
  viewpoint: 9,
  /** A charge alone ("the claim that …"). */
  charge: 10,
  /** A pronoun for people opening a paragraph ("They were beaten …"). */
  people: 11,
  /** A relative pronoun ("a version that …"). */
  relative: 12,
  /** A lead-in saying what follows is unrelated. */
  unrelated: 13,
  /** People beside a cue who are not the incident's ("police beating demonstrators"). */
  otherVictims: 14,
  /** A word of fact opening an apposition after a cue ("…, a fact Baku ignores"). */
  fact: 15,
  /** Who speaks, as a headline's lead-in before a colon ("Russian side: …"). */
  source: 16,
  /** Custody, complaints or a population spoken of in general. */
  general: 17,
  /** A participle opening a subordinate phrase ("Rejecting …, …"). */
  participle: 18,
  /** A negation that reaches only forward ("without"). */
  forwardNegation: 19,
  /** A figure of speech holding a cue's word ("the heart of the quarrel"). */
  figure: 20,
  /** Many cases or a kind spoken of ("every year", "hundreds of", "repeatedly"): a general statement. */
  generic: 21,
  /** A word of hiding ("cover up", «скрыть», "ört-basdır"): what it hides is held true, not denied. */
  conceals: 22,
  /** A word of irony right before a cue ("the convenient heart attack", «удобный инфаркт»): an account the outlet mocks. */
  ironic: 23,
} as const;

/** An event found as a head near one of its participants, in one sentence. */
export interface EventPattern {
  /** The target an event found this way gets. */
  target: number;
  /** Entities whose mention near a head makes the event. */
  participants: number[];
  /** At most this many words between head and participant. */
  within: number;
}

/** Size of the bitmap of names' first three key letters, and their hash in it. */
const LATIN = 1;
const CYRILLIC = 2;
const TRIPLES = 1 << 18;
const triple = (a: number, b: number, c: number) => (((a * 0x3b) ^ (b * 0x2f1) ^ (c * 0x1d5d)) + a * 7) & (TRIPLES - 1);
/** Bit `h` of a bitmap in 32-bit words. */
const hasBit = (bits: Uint32Array, h: number) => (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
const setBit = (bits: Uint32Array, h: number) => {
  bits[h >>> 5]! |= 1 << (h & 31);
};
/** Size of the bitmap of short words' and stems' first two key letters (0 for a one-letter word), and their hash in it. */
const PAIRS = 1 << 16;
const pair = (a: number, b: number) => ((a * 0x3b) ^ (b * 0x2f1) ^ (a >> 4)) & (PAIRS - 1);

/** Words of stance that report an account or name one: saying, denial, a noun of account, a charge. */
export const REPORTING: readonly number[] = [STANCE.says, STANCE.denies, STANCE.account, STANCE.charge];

/** Words the matcher finds for events and claims, never mentions themselves. */
export const isHidden = (t: Target) => !!(t.heads || t.words || t.cues || t.companion || t.scope || t.stance);

export interface Matcher {
  spec: MatcherSpec;
  targets: Target[];
  titles: Set<string>;
  /** The spec's abbreviations, for finding sentences (claims.ts). */
  abbreviations: Set<string>;
  /** Entities that speak for a side of a dispute (Baku, Moscow, the Prosecutor General): the claims' `parties`. */
  parties: Set<number>;
  /** Every name in `text[from, to)`: the longest at each position, names nested inside it, and events. */
  scan(text: string, from?: number, to?: number): RawMention[];
  /** The same, with the words kept aside for events and claims (heads, cues). */
  scanAll(text: string, from?: number, to?: number): Scanned;
  /**
   * The words claims read only around a cue or a party (words of saying and denial, pronouns, words for the incident's
   * people, a cue's other parts), in `text[from, to)`, in text order: most are common words ("that", "said"), which
   * `scanAll` leaves out so that a page with no claim does not pay for them (lib/shared/claims/near.ts, `withNearWords`).
   */
  context(text: string, from?: number, to?: number): RawMention[];
  /**
   * Of `context`'s words, only those of saying, denial, account and charge (`REPORTING`), in `text[from, to)`: far fewer, and
   * enough to tell whether a sentence naming a party is worth reading for the rest (lib/shared/claims/near.ts).
   */
  reporting(text: string, from?: number, to?: number): RawMention[];
}

export interface Scanned {
  mentions: RawMention[];
  /** Words events and claims use, in text order; never mentions themselves. */
  hidden: RawMention[];
}

/**
 * Builds the trie of a prepared spec (what the content script does once per page). The trie is flat —
 * typed arrays of nodes, each with its first child and next sibling — and built in one pass over the
 * keys in sorted order, so a page pays no per-node objects or maps.
 */
export function compileMatcher(spec: MatcherSpec, options: { prefilter?: boolean; lazyContext?: boolean } = {}): Matcher {
  // The words claims read only near a cue or a party (words of saying, pronouns, words for the brothers, a cue's other
  // parts): `scanAll` passes them by, `context` finds them alone. One trie holds both, so both scans run the same code,
  // already optimised by the time claims ask.
  // Of those, the words of saying, denial, account and charge are also found by `reporting`.
  // By target: the trie's unpacking gives each form its target's.
  const modes = new Uint8Array(spec.targets.length).fill(MAIN);
  if (options.lazyContext !== false)
    spec.targets.forEach((t, k) => {
      if (t.stance || t.scope || t.companion) modes[k] = t.stance && REPORTING.includes(t.stance) ? CONTEXT | REPORTS : CONTEXT;
    });
  return compileTrie(spec, options, modes);
}

/** Which scans find a form (bits of `modes[f]`): `scanAll`, `context`, `reporting`; bit k is scan mode k's. */
const MAIN = 1;
const CONTEXT = 2;
const REPORTS = 4;

function compileTrie(spec: MatcherSpec, options: { prefilter?: boolean }, targetModes: Uint8Array): Matcher {
  applyRomanisation(spec.romanised);
  const targets = spec.targets;
  const { codes, depths, ends } = spec.trie;
  const size = codes.length;
  const code = new Uint16Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const lastChild = new Int32Array(size).fill(-1);
  const nextSibling = new Int32Array(size).fill(-1);
  /** The first form accepted at a node, and the next form accepted at the same node. */
  const accept = new Int32Array(size).fill(-1);
  const nextAccept = new Int32Array(spec.formTargets.length).fill(-1);
  /** Each form's `modes` bits, its target's. */
  const modes = new Uint8Array(spec.formTargets.length);
  const lastAccept = new Int32Array(size).fill(-1);
  const SPACE_CODE = 0x20;
  /** The root's children for first letters below FIRST_FAST, by key letter. */
  const FIRST_FAST = 0x500;
  const firstFast = new Int32Array(FIRST_FAST).fill(-1);
  /**
   * The children of the root's children by key letter, both below 128 (romanised Latin and Cyrillic, space):
   * the first two steps of every walk are one array read each, not a scan along a long list of siblings.
   * `firstCode` is a depth-1 node's letter (0 for every other node).
   */
  const firstCode = new Uint8Array(size);
  const second = new Int32Array(128 * 128).fill(-1);
  /**
   * The first three key letters of every name, hashed into a bitmap: most words of a page share their first
   * two letters with some name of the three languages but not their first three, and are passed over
   * without a walk (a false positive only costs a walk).
   */
  const triplesBy = [new Uint32Array(TRIPLES >>> 5), new Uint32Array(TRIPLES >>> 5), new Uint32Array(TRIPLES >>> 5)];
  /**
   * Words of fewer than three key letters, and the stems of short forms that take suffixes ("Az" + "-da"), by their
   * first two key letters hashed (`pair`): a short word is walked only if some name begins with it as a word, and a
   * longer one also if it begins with such a stem.
   */
  const shortWordsBy = [new Uint32Array(PAIRS >>> 5), new Uint32Array(PAIRS >>> 5), new Uint32Array(PAIRS >>> 5)];
  const stemsBy = [new Uint32Array(PAIRS >>> 5), new Uint32Array(PAIRS >>> 5), new Uint32Array(PAIRS >>> 5)];
  const oneLetterStemsBy = [new Uint8Array(FIRST_FAST), new Uint8Array(FIRST_FAST), new Uint8Array(FIRST_FAST)];
  /** Which forms a scan finds (0: `scanAll`'s, 1: `context`'s, 2: `reporting`'s), as the bit of `modes` it tests, and that scan's tables. */
  let modeBit = MAIN;
  let triples = triplesBy[0]!;
  let shortWords = shortWordsBy[0]!;
  let stems = stemsBy[0]!;
  let oneLetterStems = oneLetterStemsBy[0]!;
  /** The nodes from the root to the one unpacked last, by depth, and their letters; `lead[d]`, how many of its first d ≤ 3 letters begin a word. */
  const path: number[] = [0];
  const letters: number[] = [0];
  const lead = [0, 0, 0, 0];
  let f = 0;
  // One loop over the nodes in preorder: a node's parent is the last node unpacked one level up, and the forms ending at it
  // are the next ones in order.
  for (let n = 0; n < size; n++) {
    const d = depths.charCodeAt(n) - PACK_ZERO;
    if (n > 0) {
      const parent = path[d - 1]!;
      const c = codes.charCodeAt(n);
      code[n] = c;
      if (lastChild[parent]! < 0) firstChild[parent] = n;
      else nextSibling[lastChild[parent]!] = n;
      lastChild[parent] = n;
      if (d === 1) {
        if (c < FIRST_FAST) firstFast[c] = n;
        if (c < 128) firstCode[n] = c;
      } else if (d === 2) {
        if (firstCode[parent] && c < 128) second[firstCode[parent]! * 128 + c] = n;
      }
      path[d] = n;
      letters[d] = c;
      if (d <= 3) lead[d] = lead[d - 1] === d - 1 && charClass(c) === WORD ? d : lead[d - 1]!;
    }
    for (let left = ends.charCodeAt(n) - PACK_ZERO; left > 0; left--, f++) {
      // An empty form ends at the root, and is never accepted.
      if (d === 0) continue;
      modes[f] = targetModes[spec.formTargets[f]!]!;
      // A form whose first word has one or two key letters ("AZ", "Az" + "-da"); if the form is that short and takes
      // suffixes, it begins longer words than its own letters.
      const firstWord = lead[Math.min(d, 3)]!;
      for (let m = 0; m < 3; m++) {
        if (!(modes[f]! & (1 << m))) continue;
        if (d >= 3) setBit(triplesBy[m]!, triple(letters[1]!, letters[2]!, letters[3]!));
        if (firstWord > 0 && firstWord < 3) {
          const h = pair(letters[1]!, firstWord > 1 ? letters[2]! : 0);
          setBit(shortWordsBy[m]!, h);
          if (firstWord === d && spec.formGrammars[f]! >= 0) {
            setBit(stemsBy[m]!, h);
            // A one-letter stem begins words of any second letter.
            if (firstWord === 1) oneLetterStemsBy[m]![letters[1]! & (FIRST_FAST - 1)] = 1;
          }
        }
      }
      if (accept[n]! < 0) accept[n] = f;
      else nextAccept[lastAccept[n]!] = f;
      lastAccept[n] = f;
    }
  }
  // Without the prefilter (tests compare), every word start is walked.
  if (options.prefilter === false) {
    for (const bits of [...triplesBy, ...shortWordsBy]) bits.fill(-1 >>> 0);
  }
  /** The child of `node` reached by key letter `c`, or -1 (siblings are in code order). */
  const child = (node: number, c: number): number => {
    if (node === 0 && c < FIRST_FAST) return firstFast[c]!;
    const first = firstCode[node]!;
    if (first && c < 128) return second[first * 128 + c]!;
    for (let k = firstChild[node]!; k >= 0; k = nextSibling[k]!) {
      const kc = code[k]!;
      if (kc === c) return k;
      if (kc > c) return -1;
    }
    return -1;
  };
  /**
   * Per code unit below FIRST_FAST: its key letter when it gives exactly one that no neighbour can drop (not
   * i, not k); else 0. Learnt as met (UNKNOWN until then): classifying every letter up front costs more.
   */
  const UNKNOWN = 0xffff;
  const sure = new Uint16Array(FIRST_FAST).fill(UNKNOWN);
  const sureOf = (c: number): number => {
    if (c >= FIRST_FAST) return 0;
    const s = sure[c]!;
    if (s !== UNKNOWN) return s;
    const k = charClass(c) === WORD && keyCount(c) === 1 ? keyLetter(c, 0) : 0;
    const known = k === KEY_I || k === KEY_K ? 0 : k;
    sure[c] = known;
    return known;
  };
  /** Each target's script (0: any), as `Target.script`. */
  const scriptOf = new Uint8Array(targets.length);
  targets.forEach((t, k) => {
    if (t.script) scriptOf[k] = t.script === 'cyrillic' ? CYRILLIC : LATIN;
  });
  const MAX_ACCEPTS = 64;
  const acceptEnds = new Int32Array(MAX_ACCEPTS);
  const acceptTargets = new Int32Array(MAX_ACCEPTS);
  let accepts = 0;
  const titles = new Set(spec.titles);
  const abbreviations = new Set(spec.abbreviations);
  const parties = new Set(spec.claims.flatMap((c) => c.parties ?? []));
  const sameEntities = (a: Target, b: Target) => a.entities.length === b.entities.length && a.entities.every((e, k) => e === b.entities[k]);

  function record(end: number, target: number) {
    for (let a = 0; a < accepts; a++) if (acceptEnds[a] === end && acceptTargets[a] === target) return;
    if (accepts < MAX_ACCEPTS) {
      acceptEnds[accepts] = end;
      acceptTargets[accepts++] = target;
    }
  }

  /** The forms accepted at `node`, with the text read up to `j`: each ends here, or takes a suffix to its word's end. */
  function acceptAt(node: number, text: string, start: number, wordStart: number, j: number, to: number, lastWasWord: boolean) {
    let k = j;
    while (k < to && charClass(text.charCodeAt(k)) === IGNORABLE) k++;
    const boundary = !lastWasWord || k >= to || charClass(text.charCodeAt(k)) !== WORD;
    const c = text.charCodeAt(start);
    const script = c >= 0x400 && c < 0x530 ? CYRILLIC : LATIN;
    for (let f = accept[node]!; f >= 0; f = nextAccept[f]!) {
      if (!(modes[f]! & modeBit)) continue;
      const only = scriptOf[spec.formTargets[f]!]!;
      if (only && only !== script) continue;
      const g = spec.formGrammars[f]!;
      if (g === -1) {
        if (boundary) record(j, spec.formTargets[f]!);
      } else if (g === -2) {
        if (boundary && text.slice(start, j) === spec.exact[f]) record(j, spec.formTargets[f]!);
      } else if (lastWasWord) {
        const end = suffixEnd(spec.grammars[g]!, text, wordStart, j, to);
        if (end >= 0) record(end, spec.formTargets[f]!);
      }
    }
  }

  /**
   * Walks the trie from a word start at `i`, keying the text as it goes; records in the accept buffers,
   * shortest first, every form that ends at a word boundary or takes a suffix its grammar allows. Kept apart
   * from the scan loop so that loop stays small (the engine optimises it sooner on a fresh page).
   */
  function walk(text: string, i: number, to: number): void {
    accepts = 0;
    let node = 0;
    let last = 0;
    let j = i;
    let wordStart = i;
    let lastWasWord = true;
    for (;;) {
      if (j > i && accept[node]! >= 0) acceptAt(node, text, i, wordStart, j, to, lastWasWord);
      if (j >= to) break;
      const c = text.charCodeAt(j);
      let cl = classes[c]!;
      if (cl === 255) cl = charClass(c);
      if (cl === IGNORABLE) {
        j++;
        continue;
      }
      if (cl === BREAK) break;
      if (cl === SPACE) {
        const next = child(node, SPACE_CODE);
        if (next < 0) break;
        while (j < to && (charClass(text.charCodeAt(j)) === SPACE || charClass(text.charCodeAt(j)) === IGNORABLE)) j++;
        node = next;
        last = 0;
        wordStart = j;
        lastWasWord = false;
        continue;
      }
      if (cl !== WORD) {
        const next = child(node, foldCode(c));
        if (next < 0) break;
        node = next;
        last = 0;
        lastWasWord = false;
        j++;
        wordStart = j;
        continue;
      }
      const n = keyCount(c);
      let t = 0;
      for (; t < n; t++) {
        const k = keyLetter(c, t);
        if (k === last) continue;
        // Only k and i depend on the next letter (kh, a vowel-i-vowel): look ahead for them alone.
        if ((k === KEY_K || k === KEY_I) && !keeps(k, last, t + 1 < n ? keyLetter(c, t + 1) : peekKey(text, j + 1, to))) continue;
        const next = child(node, k);
        if (next < 0) break;
        node = next;
        last = k;
      }
      if (t < n) break;
      lastWasWord = true;
      j++;
    }
  }

  /**
   * Whether the word starting at `i` may begin some name, from its first key letters keyed as `walk` keys them: its
   * first three begin a name's, or it is a word of one or two that some name begins with, or it begins with a short
   * stem that takes suffixes.
   */
  function worthWalking(text: string, i: number, to: number): boolean {
    let got = 0;
    let last = 0;
    let k1 = 0;
    let k2 = 0;
    for (let j = i; j < to; j++) {
      const c = text.charCodeAt(j);
      let cl = classes[c]!;
      if (cl === 255) cl = charClass(c);
      if (cl === IGNORABLE) continue;
      if (cl !== WORD) break;
      const n = keyCount(c);
      for (let t = 0; t < n; t++) {
        const k = keyLetter(c, t);
        if (k === last) continue;
        if ((k === KEY_K || k === KEY_I) && !keeps(k, last, t + 1 < n ? keyLetter(c, t + 1) : peekKey(text, j + 1, to))) continue;
        last = k;
        if (got === 0) k1 = k;
        else if (got === 1) k2 = k;
        else return hasBit(triples, triple(k1, k2, k)) || hasBit(stems, pair(k1, k2)) || oneLetterStems[k1 & (FIRST_FAST - 1)] === 1;
        got++;
      }
    }
    // A word of fewer than three key letters (none: a word of signs only, walked as before).
    return got === 0 || hasBit(shortWords, pair(k1, k2)) || oneLetterStems[k1 & (FIRST_FAST - 1)] === 1;
  }

  /**
   * The hot loop: the next word start from `i` on whose first three key letters begin some name (or `to`),
   * one table lookup per character. Kept small and apart from the rest of the scan, and written out rather
   * than calling helpers: on a fresh page it runs unoptimised at first, and the engine optimises a small
   * function soonest.
   */
  function nextCandidate(text: string, i: number, to: number, inWord: boolean): number {
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      let cls = classes[c]!;
      if (cls === 255) cls = charClass(c);
      if (cls !== WORD) {
        if (cls !== IGNORABLE) inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      // Most words: three letters with sure key letters, none doubled, read straight from a table; or a word of one or two.
      let s0 = c < FIRST_FAST ? sure[c]! : 0;
      if (s0 === UNKNOWN) s0 = sureOf(c);
      if (s0 && i + 2 < to) {
        const c1 = text.charCodeAt(i + 1);
        let s1 = c1 < FIRST_FAST ? sure[c1]! : 0;
        if (s1 === UNKNOWN) s1 = sureOf(c1);
        if (s1 && s1 !== s0) {
          const c2 = text.charCodeAt(i + 2);
          let s2 = c2 < FIRST_FAST ? sure[c2]! : 0;
          if (s2 === UNKNOWN) s2 = sureOf(c2);
          if (s2 && s2 !== s1) {
            if (hasBit(triples, triple(s0, s1, s2)) || hasBit(stems, pair(s0, s1)) || oneLetterStems[s0 & (FIRST_FAST - 1)] === 1) return i;
            continue;
          }
          let end = classes[c2]!;
          if (end === 255) end = charClass(c2);
          if (!s2 && end !== WORD && end !== IGNORABLE) {
            if (hasBit(shortWords, pair(s0, s1)) || oneLetterStems[s0 & (FIRST_FAST - 1)] === 1) return i;
            continue;
          }
        } else if (!s1) {
          let end = classes[c1]!;
          if (end === 255) end = charClass(c1);
          if (end !== WORD && end !== IGNORABLE) {
            if (hasBit(shortWords, pair(s0, 0)) || oneLetterStems[s0 & (FIRST_FAST - 1)] === 1) return i;
            continue;
          }
        }
      }
      if (worthWalking(text, i, to)) return i;
    }
    return to;
  }

  /**
   * The next word start from `i` at which the trie accepts some form (or `to`), its forms in the accept buffers: the
   * loop over candidates, apart from what `scanAll` does with a hit, so that the loop the engine must optimise on a
   * fresh page is small, and the rest runs once a hit (~3,000 on page (a)), not once a candidate (~47,000).
   */
  function nextAccepted(text: string, i: number, to: number, inWord: boolean): number {
    for (i = nextCandidate(text, i, to, inWord); i < to; i = nextCandidate(text, i + 1, to, true)) {
      walk(text, i, to);
      if (accepts !== 0) return i;
    }
    return to;
  }

  function scan(text: string, from = 0, to = text.length): RawMention[] {
    return scanAll(text, from, to).mentions;
  }

  /** The words `context` finds, in `text[from, to)`. */
  function context(text: string, from = 0, to = text.length): RawMention[] {
    return scanIn(1, text, from, to);
  }

  /** The words `reporting` finds, in `text[from, to)`. */
  function reporting(text: string, from = 0, to = text.length): RawMention[] {
    return scanIn(2, text, from, to);
  }

  function scanIn(m: number, text: string, from: number, to: number): RawMention[] {
    setMode(m);
    try {
      return scanAll(text, from, to).hidden;
    } finally {
      setMode(0);
    }
  }

  function setMode(m: number) {
    modeBit = 1 << m;
    triples = triplesBy[m]!;
    shortWords = shortWordsBy[m]!;
    stems = stemsBy[m]!;
    oneLetterStems = oneLetterStemsBy[m]!;
  }

  function scanAll(text: string, from = 0, to = text.length): Scanned {
    const out: RawMention[] = [];
    const hidden: RawMention[] = [];
    /** The outermost mention the scan is inside, and where it ends. */
    let coverIndex = -1;
    let coverEnd = -1;
    /** Where the last nested mention ends. */
    let nestedEnd = -1;
    for (let i = nextAccepted(text, from, to, false); i < to; i = nextAccepted(text, i + 1, to, true)) {
      // Words events use are kept aside; the names compete for the position.
      let top = -1;
      for (let a = 0; a < accepts; a++) {
        if (isHidden(targets[acceptTargets[a]!]!)) hidden.push({ start: i, end: acceptEnds[a]!, target: acceptTargets[a]! });
        else top = a;
      }
      if (top < 0) continue;
      if (coverEnd <= i) {
        // The longest name here wins and covers what follows until its end.
        coverIndex = out.push({ start: i, end: acceptEnds[top]!, target: acceptTargets[top]! }) - 1;
        coverEnd = acceptEnds[top]!;
        top--;
      }
      // A name inside the covering one is kept as nested: the longest that fits and means something else.
      // One level only: a name inside an earlier nested one ("Overchuk" in "Alexei Overchuk") is not kept.
      const outer = targets[out[coverIndex]!.target]!;
      if (outer.block) continue;
      for (let a = top; a >= 0; a--) {
        const inner = targets[acceptTargets[a]!]!;
        if (acceptEnds[a]! > coverEnd || inner.block || inner.ambiguous || isHidden(inner) || sameEntities(inner, outer)) continue;
        if (acceptEnds[a]! <= nestedEnd) break;
        out.push({ start: i, end: acceptEnds[a]!, target: acceptTargets[a]!, within: coverIndex });
        nestedEnd = acceptEnds[a]!;
        break;
      }
    }
    // Phrases that are never mentions are consumed by the walk above and dropped here, after they have
    // told where other names stand.
    const kept = keep(dropInsideLongerNames(text, out), (m) => !targets[m.target]!.block);
    return { mentions: hidden.length && spec.events.length ? findEvents(text, kept, hidden) : kept, hidden };
  }

  /**
   * A name that runs into a longer proper name is not itself: «Баку Плаза», Moscow State University,
   * Bakı Dövlət Universiteti, Sputnik Azerbaijan. That is, a capitalised word right after it, or right
   * before it in mid-sentence, that is no title or sentence opener (`titles`), no acronym and no other
   * name, in running text (a Title Case headline capitalises everything, so there the rule is off).
   */
  function dropInsideLongerNames(text: string, mentions: RawMention[]): RawMention[] {
    let names: NamedSpans | null = null;
    const extends_ = (w: Neighbour | null) => {
      if (!w?.capital || w.acronym || titles.has(w.word)) return false;
      names ??= namedSpans(mentions);
      return !names.starts.has(w.start) && !names.ends.has(w.end);
    };
    const dropped = new Set<number>();
    mentions.forEach((m, k) => {
      const t = targets[m.target]!;
      if (m.within !== undefined) return;
      // One word only: a longer name ("Carnegie Russia Eurasia Center") is rarely part of one longer still.
      if (t.ambiguous || t.family || t.block || hasSpace(text, m.start, m.end)) return;
      const before = previousWord(text, m.start);
      if ((extends_(nextWord(text, m.end)) || (extends_(before) && !before!.sentenceStart)) && !titleCase(text, m.start, m.end)) dropped.add(k);
    });
    return dropped.size ? keep(mentions, (_, k) => !dropped.has(k)) : mentions;
  }

  /**
   * Events in the writer's own words: a head (raid, облава) with one of the event's participants within a
   * few words of it, in either order, in one sentence. The event covers both; names inside it are nested.
   */
  function findEvents(text: string, mentions: RawMention[], hidden: RawMention[]): RawMention[] {
    const events: RawMention[] = [];
    const tops = mentions.filter((m) => m.within === undefined);
    const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;
    const crosses = (m: RawMention, s: number, e: number) => m.start < e && s < m.end && !(s <= m.start && m.end <= e) && !(m.start <= s && e <= m.end);
    for (const head of hidden) {
      const patterns = targets[head.target]!.heads;
      if (!patterns || tops.some((m) => inside(head, m))) continue;
      for (const p of patterns) {
        const pattern = spec.events[p]!;
        let best: RawMention | null = null;
        let bestGap = Infinity;
        const consider = (m: RawMention) => {
          if (m.end > head.start && m.start < head.end) return;
          const gap = m.end <= head.start ? wordsBetween(text, m.end, head.start, pattern.within) : wordsBetween(text, head.end, m.start, pattern.within);
          if (gap <= pattern.within && gap < bestGap) {
            best = m;
            bestGap = gap;
          }
        };
        for (const m of mentions) if (targets[m.target]!.entities.some((e) => pattern.participants.includes(e))) consider(m);
        for (const w of hidden) if (targets[w.target]!.words?.includes(p)) consider(w);
        if (!best) continue;
        const start = Math.min(head.start, (best as RawMention).start);
        const end = Math.max(head.end, (best as RawMention).end);
        const event = targets[pattern.target]!;
        if (tops.some((m) => crosses(m, start, end) || (m.start < end && start < m.end && sameEntities(targets[m.target]!, event)))) continue;
        if (events.some((e) => e.start < end && start < e.end)) continue;
        events.push({ start, end, target: pattern.target });
        break;
      }
    }
    if (!events.length) return mentions;
    // Rebuild the list in order: each event before the names it covers, which become nested in it.
    const all: { m: RawMention; outer: RawMention | null }[] = [];
    const byOld = mentions.map((m) => ({ m, outer: m.within === undefined ? null : mentions[m.within]! }));
    for (const e of events) all.push({ m: e, outer: null });
    for (const x of byOld) {
      const event = events.find((e) => inside(x.m, e));
      if (!event) all.push(x);
      else if (x.outer === null) all.push({ m: x.m, outer: event });
      // A name nested in one that is now nested itself goes: one level only.
    }
    all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
    const index = new Map<RawMention, number>();
    all.forEach((x, k) => index.set(x.m, k));
    return all.map(({ m, outer }) => {
      const { within: _, ...plain } = m;
      return outer ? { ...plain, within: index.get(outer)! } : plain;
    });
  }

  return { spec, targets, titles, abbreviations, parties, scan, scanAll, context, reporting };
}

/** Whether a mention names a party to a dispute (Baku, Moscow): a sentence that does may give that party's side. */
export const namesParty = (matcher: Matcher, m: RawMention) => matcher.targets[m.target]!.entities.some((e) => matcher.parties.has(e));

/** The mentions `test` keeps, with `within` pointing into the new list (a mention whose outer one goes, goes too). */
function keep(mentions: RawMention[], test: (m: RawMention, k: number) => boolean): RawMention[] {
  const kept: RawMention[] = [];
  const index: number[] = [];
  mentions.forEach((m, k) => {
    index[k] = -1;
    if (!test(m, k) || (m.within !== undefined && index[m.within]! < 0)) return;
    index[k] = kept.push(m.within === undefined ? m : { ...m, within: index[m.within]! }) - 1;
  });
  return kept;
}

/**
 * How many words stand between two positions of one sentence; Infinity across a sentence's or block's end, or past `most`
 * words (a caller that only asks whether a few words stand between reads no further).
 */
export function wordsBetween(text: string, from: number, to: number, most = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    let cls = classes[c]!;
    if (cls === 255) cls = charClass(c);
    if (cls === BREAK) return Infinity;
    if (cls === WORD) {
      if (!inWord && ++words > most) return Infinity;
      inWord = true;
      continue;
    }
    if (cls !== IGNORABLE) inWord = false;
    // . ! ? ; followed by a space end a sentence (an initial's dot, "A.", does not).
    if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) && k + 1 < text.length && charClass(text.charCodeAt(k + 1)) === SPACE) {
      const single = k >= 2 && charClass(text.charCodeAt(k - 1)) === WORD && charClass(text.charCodeAt(k - 2)) !== WORD;
      if (!(c === 0x2e && single)) return Infinity;
    }
  }
  return words;
}

/** A mention whose entity is known. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  /** Index (in the same list) of the mention this one is inside. */
  within?: number;
}

/** A word next to a mention (only spaces between, same block): folded, and how it is written. */
interface Neighbour {
  word: string;
  start: number;
  end: number;
  capital: boolean;
  /** Written in capitals throughout (NATO, AP). */
  acronym: boolean;
  /** Nothing but a sentence's or block's start before it. */
  sentenceStart: boolean;
}

function neighbour(text: string, start: number, end: number): Neighbour {
  const first = text.charAt(start);
  const capital = first !== first.toLowerCase();
  // Most neighbours are lower-case words, and nothing more is asked of them: no strings made for them.
  if (!capital) return { word: '', start, end, capital, acronym: false, sentenceStart: false };
  const written = text.slice(start, end);
  let j = start - 1;
  while (j >= 0 && !isDash(text.charCodeAt(j)) && (charClass(text.charCodeAt(j)) === SPACE || '"«“„\'(‘'.includes(text.charAt(j)))) j--;
  return {
    word: foldText(written),
    start,
    end,
    capital,
    acronym: written.length > 1 && written === written.toUpperCase(),
    // After a sentence's end, a colon or a dash (a dateline, a live blog's "12:10 —").
    sentenceStart: j < 0 || charClass(text.charCodeAt(j)) === BREAK || '.!?:'.includes(text.charAt(j)) || isDash(text.charCodeAt(j)),
  };
}

const hasSpace = (text: string, start: number, end: number) => {
  for (let k = start; k < end; k++) if (charClass(text.charCodeAt(k)) === SPACE) return true;
  return false;
};

const isWordPart = (code: number) => {
  const cls = charClass(code);
  return cls === WORD || cls === IGNORABLE;
};

/** Hyphens and dashes: white space to the matcher (Nagorno-Karabakh), but no neighbour reaches across one. */
const isDash = (code: number) => code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;

/** The word just before `start`, when only spaces (no dash) separate it, in the same block. */
function previousWord(text: string, start: number): Neighbour | null {
  let j = start - 1;
  while (j >= 0 && charClass(text.charCodeAt(j)) === SPACE && !isDash(text.charCodeAt(j))) j--;
  if (j === start - 1 || j < 0 || charClass(text.charCodeAt(j)) !== WORD) return null;
  const end = j + 1;
  while (j >= 0 && isWordPart(text.charCodeAt(j))) j--;
  return neighbour(text, j + 1, end);
}

/** The word just after `end`, when only spaces (no dash) separate it, in the same block. */
function nextWord(text: string, end: number): Neighbour | null {
  let j = end;
  while (j < text.length && charClass(text.charCodeAt(j)) === SPACE && !isDash(text.charCodeAt(j))) j++;
  if (j === end || j >= text.length || charClass(text.charCodeAt(j)) !== WORD) return null;
  const start = j;
  while (j < text.length && isWordPart(text.charCodeAt(j))) j++;
  return neighbour(text, start, j);
}

/**
 * Whether the words around a span are capitalised as in a Title Case headline: every word of four letters
 * or more, of at least three such within four words either side (short words like "of", "in" may stay low).
 */
function titleCase(text: string, start: number, end: number): boolean {
  let capitals = 0;
  let seen = 0;
  const count = (w: Neighbour) => {
    if (w.end - w.start < 4) return;
    seen++;
    if (w.capital) capitals++;
  };
  for (let w = previousWord(text, start), n = 0; w && n < 4; w = previousWord(text, w.start), n++) count(w);
  for (let w = nextWord(text, end), n = 0; w && n < 4; w = nextWord(text, w.end), n++) count(w);
  return seen >= 3 && capitals === seen;
}

/**
 * For a name that may mean several entities (or someone else): its candidates, and whether a capitalised
 * word just before it makes it someone else's full name ("Ramiz Aliyev", «Бакир Сафаровы»). Null for a
 * name that means one entity.
 */
export interface Ambiguity {
  candidates: number[];
  someoneElse: boolean;
  context?: number[];
  /** Its one candidate holds unless someone else is meant (a family's plural). */
  sure?: boolean;
}

export function ambiguityOf(matcher: Matcher, text: string, m: RawMention, names: NamedSpans = noNames): Ambiguity | null {
  const t = matcher.targets[m.target]!;
  if (!t.ambiguous && !t.family) return null;
  // A family name is someone else's after a given name; a given name is, beside another name either side.
  // A word that is itself one of our names («братьев Сафаровых — Зияддина») is no one else's.
  const before = previousWord(text, m.start);
  const after = t.given ? nextWord(text, m.end) : null;
  const other = (w: Neighbour | null) => !!w?.capital && !matcher.titles.has(w.word) && !names.starts.has(w.start) && !names.ends.has(w.end);
  // A sentence's first word is capitalised anyway: before a given name or a family's plural it tells nothing.
  const someoneElse = !t.phrase && ((other(before) && !((t.given || t.family) && before!.sentenceStart)) || other(after));
  const amb: Ambiguity = { candidates: t.entities, someoneElse };
  if (t.context) amb.context = t.context;
  if (t.family) amb.sure = true;
  return amb;
}

/** Where the names found in a text start and end (so a neighbour that is one of them is known). */
export interface NamedSpans {
  starts: Set<number>;
  ends: Set<number>;
}
const noNames: NamedSpans = { starts: new Set(), ends: new Set() };

export function namedSpans(raw: RawMention[]): NamedSpans {
  return { starts: new Set(raw.map((m) => m.start)), ends: new Set(raw.map((m) => m.end)) };
}

/**
 * The entity an ambiguous name means: the one candidate the page names clearly; or, for a name with one
 * candidate and a declared context, that candidate when the page names its context. Else none.
 */
export function pickEntity(a: Ambiguity, known: Set<number>, candidates: Set<number> = known): number | null {
  if (a.someoneElse) return null;
  if (a.sure) return a.candidates[0]!;
  const named = a.candidates.filter((e) => known.has(e));
  if (named.length === 1) return named[0]!;
  if (named.length === 0 && a.candidates.length === 1 && a.context?.some((e) => known.has(e) || candidates.has(e))) return a.candidates[0]!;
  return null;
}

/**
 * Gives each mention of one whole text (a file, for the scan command) its entity. A name that may mean
 * several entities takes the one of them that the text names unambiguously, and is left out otherwise.
 * (The page scanner resolves the same way, with pickEntity, over the whole page as it grows.)
 */
export function resolveMentions(matcher: Matcher, text: string, raw: RawMention[]): Mention[] {
  const names = namedSpans(raw);
  const resolvable: Resolvable[] = raw.map((m) => {
    const ambiguity = ambiguityOf(matcher, text, m, names);
    return { entity: ambiguity ? -1 : matcher.targets[m.target]!.entities[0]!, ambiguity };
  });
  const { known, candidates } = pageContext(resolvable);
  const mentions: Mention[] = [];
  const index = new Map<number, number>();
  raw.forEach((m, k) => {
    const { entity: clear, ambiguity: amb } = resolvable[k]!;
    const entity = amb ? pickEntity(amb, known, candidates) : clear;
    if (entity === null || entity === undefined) return;
    const within = m.within === undefined ? undefined : index.get(m.within);
    index.set(k, mentions.push(within === undefined ? { start: m.start, end: m.end, entity } : { start: m.start, end: m.end, entity, within }) - 1);
  });
  return mentions;
}

/**
 * The entities a text names without ambiguity (a family's plural included): what lets a page be plainly about
 * something, for claim flags.
 */
export function clearEntities(matcher: Matcher, raw: RawMention[]): Set<number> {
  const into = new Set<number>();
  for (const m of raw) {
    const t = matcher.targets[m.target]!;
    if ((!t.ambiguous || t.family) && t.entities.length === 1) into.add(t.entities[0]!);
  }
  return into;
}

/** One name as resolution sees it: its one entity when it has no ambiguity (else -1), or its ambiguity. */
export interface Resolvable {
  entity: number;
  ambiguity?: Ambiguity | null;
}

/**
 * What a page names, to resolve its ambiguous names (the page scanner and resolveMentions both ask here):
 * `known`, the entities named clearly — a name without ambiguity, or a family named as ours; `candidates`,
 * those and the sole candidates of ambiguous names that are not someone else's, context for one another but
 * never proof of themselves (so «Зияддин и Гусейн» vouch for each other, while "Aliyev" alone still needs
 * "Ilham Aliyev").
 */
export function pageContext(names: Iterable<Resolvable>): { known: Set<number>; candidates: Set<number> } {
  const known = new Set<number>();
  const sole = new Set<number>();
  for (const { entity, ambiguity } of names) {
    if (!ambiguity) {
      if (entity >= 0) known.add(entity);
    } else if (!ambiguity.someoneElse && ambiguity.candidates.length === 1) {
      (ambiguity.sure ? known : sole).add(ambiguity.candidates[0]!);
    }
  }
  return { known, candidates: new Set([...known, ...sole]) };
}

/** A mention as tools report it: where, what text, which entity. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  entityName: string;
  /** Set for a name inside a longer one: the longer name's entity. */
  within?: string;
}

/** Every mention in one text, resolved: what the scan command prints. */
export function findMentions(matcher: Matcher, text: string): FoundMention[] {
  const mentions = resolveMentions(matcher, text, matcher.scan(text));
  return mentions.map((m) => {
    const entity = matcher.spec.entities[m.entity]!;
    const found: FoundMention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), entityId: entity.id, entityName: entity.name };
    if (m.within !== undefined) found.within = matcher.spec.entities[mentions[m.within]!.entity]!.id;
    return found;
  });
}
