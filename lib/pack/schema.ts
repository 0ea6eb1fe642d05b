/**
 * The knowledge pack: the one schema every pack (the bundled seed pack and any a user imports) must pass.
 * Types are inferred from it; nothing else in the code base describes a pack's shape.
 * Extension side and tools only: never imported by the content script (it would pull zod into every page).
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');
const text = z.string().trim().min(1);

/** A verbatim quote from one source document: the proof behind a fact, claim or timeline entry. */
export const citationSchema = z.strictObject({
  source: id,
  quote: text,
});

const citations = z.array(citationSchema).min(1, 'at least one citation');

export const sourceSchema = z.strictObject({
  id,
  title: text,
  /** The document's file name in the pack's folder (for the seed pack, `seeds/`). */
  file: text,
  /** The document's full text, when the pack carries it (imported packs), so quotes can be checked. */
  text: z.string().optional(),
  /** Where the document was published: the card links its title there. */
  url: z.url({ protocol: /^https?$/, error: 'an http or https URL' }).optional(),
  /** Who published it (an outlet, an agency), shown after its title. */
  publisher: text.optional(),
  /** When it was published, as an ISO date (2025-07-01), shown after its title. */
  date: z.iso.date({ error: 'a calendar date written YYYY-MM-DD' }).optional(),
});

export const factSchema = z.strictObject({
  text,
  citations,
});

export const entityKinds = ['person', 'group', 'country', 'place', 'organisation', 'event'] as const;

/** A language code (en, ru, az…): which language module derives a word's forms. */
const lang = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en, ru or az');
/** Words per language; the matcher derives their forms (cases, suffixes, plurals) by that language's rules. */
const perLanguage = z.record(lang, z.array(text)).default({});

/**
 * An event in the writer's own words: one of its heads (raid, облава, əməliyyat) within a few words of one
 * of its participants, in one sentence, either order ("raids in Yekaterinburg", «облавы в Екатеринбурге»).
 */
export const eventPatternSchema = z.strictObject({
  heads: perLanguage,
  /** Entities whose mention near a head makes the event. */
  participants: z.array(id).default([]),
  /** Words that stand for a participant (brothers, братьев, qardaş). */
  words: perLanguage,
  /** At most this many words between head and participant. */
  within: z.number().int().min(0).max(8).default(4),
  /** Entities one of which the page must name clearly (needed when a participant is only a word). */
  context: z.array(id).default([]),
});

export const entitySchema = z.strictObject({
  id,
  kind: z.enum(entityKinds),
  name: text,
  /** Its names per language; each language derives their forms (Rusiyanın, Азербайджана, Azerbaijan's). */
  names: perLanguage,
  /** More spellings, in any script, language guessed from the letters (Cyrillic: ru; ə ı ğ…: az; else en). */
  aliases: z.array(text).default([]),
  /** Abbreviations, found only as written, capitals included (РФ, USSR, AZAL). */
  abbreviations: z.array(text).default([]),
  /** Adjectives that count as a mention (Azerbaijani, азербайджанский); list none if they should not. */
  adjectives: perLanguage,
  /** Words for its people that count as a mention (Azerbaijanis, азербайджанец, azərbaycanlı). */
  demonyms: perLanguage,
  /** Family names whose plural ("the Safarovs", «Сафаровы», Səfərovlar) means this entity. */
  familyNames: z.union([z.array(text), perLanguage]).default([]),
  /** For an event: how writers name it in their own words. */
  patterns: z.array(eventPatternSchema).default([]),
  summary: text,
  facts: z.array(factSchema).min(1, 'at least one fact'),
  related: z.array(id).default([]),
  /**
   * How prominent it is in the story: a `story` entity (the brothers, their deaths) is fully marked at every
   * mention; a `context` one (countries, capitals) only at its first, and quietly after.
   */
  prominence: z.enum(['story', 'context']).default('story'),
});

/**
 * A claim. Its fields map onto schema.org's Claim/ClaimReview (claimant ↔ author, a citation's quote ↔
 * appearance), so a pack could be exported as ClaimReview JSON-LD one day.
 */
export const claimSchema = z.strictObject({
  id,
  /** The question the claim answers; claims on one topic can be compared. */
  topic: id,
  /** Who makes the claim: an entity id, or a source id when the document itself is the claimant. */
  claimant: id,
  text,
  /** Entities the claim is about (its card shows it). */
  about: z.array(id).min(1),
  citations,
  /**
   * The words that carry this claim in running text, per language (torture, избиты, döyülərək; heart
   * failure, сердечный приступ): a sentence about the incident that uses one states or reports this side.
   * Nouns and phrases are inflected by their language; a stem written with a final hyphen takes any
   * ending (döyül-: döyülüb, döyüldüyünü; tortur-: tortured, torturing). Parts joined by `…` must all be in
   * the sentence ("death … under investigation"). A cue written with a leading `@` ("@killing", "@responsible for",
   * "@qətl") counts only with a mention of the incident or its people as its object, right after it or, a genitive or
   * possessive, right before it ("the killing of the brothers", "qardaşların qətli"). One written with a leading `=` ("=били") is
   * found only as written, in lower case or capitalised, where its key would also find another word («были», were).
   */
  cues: perLanguage,
  /**
   * Which side of its dispute the claim is on, when several claimants speak for one side (Azerbaijan's
   * officials and its Prosecutor General): a sentence echoing that side is flagged once. Default: the claimant.
   */
  side: id.optional(),
});

/**
 * What kind of disagreement: a `dispute` between parties (torture against heart attack), or sources that
 * only `differ` in wording (heart attack against heart failure). Readers see them labelled apart.
 */
export const conflictKinds = ['dispute', 'differ'] as const;

export const conflictSchema = z.strictObject({
  id,
  topic: id,
  kind: z.enum(conflictKinds).default('dispute'),
  /** The question, in the reader's words. */
  question: text,
  claims: z.array(id).min(2, 'a conflict needs at least two claims'),
  /**
   * What makes a sentence about this conflict's incident, so its claims' cues count there: a mention of
   * one of these entities in the sentence or the one before it in its paragraph, or, on a page that
   * names them, one of these words (the brothers, братья, qardaşlar) or parties (`near`).
   */
  scope: z
    .strictObject({
      entities: z.array(id).default([]),
      words: perLanguage,
      /**
       * Common nouns for people (men, detainees, мужчины, задержанные, kişilər, saxlanılanlar): they stand for the incident's people
       * only where they are definite ("the men", «один из задержанных», "kişilərdən biri"), or bare in a sentence that speaks of no
       * kind and no other time; "men in their forties are far from immune" to heart attacks is about anyone.
       */
      common: perLanguage,
      /** The parties (Baku, Moscow): their mention counts too, but only on a page that names the incident. */
      near: z.array(id).default([]),
    })
    .default({ entities: [], words: {}, common: {}, near: [] }),
  /**
   * Who speaks for each side, by side (a claim's `side`, or its claimant): Baku and the Prosecutor General for
   * Azerbaijan's. A sentence that rejects an account it does not name ("Baku dismissed that version") rejects the
   * other side's; one that reports an account it does not name reports the party's own.
   */
  parties: z.record(id, z.array(id)).default({}),
});

export const timelineEntrySchema = z.strictObject({
  /** The time as the sources give it ("Last December", "1991", "this week"). */
  when: text,
  text,
  entities: z.array(id).default([]),
  citations,
});

export const incidentSchema = z.strictObject({
  id,
  title: text,
  summary: text,
  /** The event entity the incident is about (its card). */
  entity: id,
  timeline: z.array(timelineEntrySchema).min(1),
  parties: z.array(id).min(1),
  conflicts: z.array(id).default([]),
  sources: z.array(id).min(1),
});

export const ambiguousAliasSchema = z.strictObject({
  alias: text,
  /** Its language, when the letters do not tell (see entity aliases). */
  lang: lang.optional(),
  /**
   * What sort of name it is, which says when it means someone else: a family name after a capitalised
   * word ("Ramiz Aliyev"), a given name before one ("Huseyn Huseynov"); a generic phrase never.
   */
  as: z.enum(['family-name', 'given-name', 'phrase']).default('family-name'),
  /** The entities the alias may mean; it is resolved from other mentions on the page, or left unmarked. */
  entities: z.array(id).min(1),
  /** For a generic phrase with one candidate ("pro-government media"): entities whose mention on the page confirms it. */
  context: z.array(id).default([]),
});

export const packSchema = z.strictObject({
  format: z.literal(1),
  id,
  name: text,
  /** Raised whenever the pack's content changes; a newer bundled seed pack replaces the stored one. */
  version: z.number().int().nonnegative(),
  sources: z.array(sourceSchema).min(1),
  entities: z.array(entitySchema).min(1),
  claims: z.array(claimSchema).default([]),
  conflicts: z.array(conflictSchema).default([]),
  incident: incidentSchema.optional(),
  ambiguous: z.array(ambiguousAliasSchema).default([]),
  /** Phrases that must never be read as a mention (an airport or street named after a person). */
  neverMatch: z.array(text).default([]),
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type EntityKind = (typeof entityKinds)[number];
export type Entity = z.infer<typeof entitySchema>;
export type EventPatternInput = z.infer<typeof eventPatternSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type ConflictKind = (typeof conflictKinds)[number];
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type Pack = z.infer<typeof packSchema>;
/** A pack as written in a file, before defaults are applied. */
export type PackInput = z.input<typeof packSchema>;

export interface PackProblem {
  /** Where in the pack, as a dotted path (`entities.3.facts.0.citations`). */
  path: string;
  reason: string;
}

/**
 * Checks a pack completely: its shape (zod), then that every reference resolves and every id is unique.
 * Returns every problem found, not just the first.
 */
export function validatePack(input: unknown): { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] } {
  const tooBig = beyondLimits(input);
  if (tooBig.length) return { ok: false, problems: tooBig };
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(pack)',
        reason: issue.message,
      })),
    };
  }
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

/**
 * What one pack may hold. Every page compiles every name of every pack, so a pack far beyond the seed's
 * size (37 entities, ~250 names, ~1 MB with its source texts) would slow every page: refused, with the
 * reason, before anything else is checked.
 */
export const PACK_LIMITS = { bytes: 5_000_000, names: 10_000, entities: 2_000 };

function beyondLimits(input: unknown): PackProblem[] {
  if (!input || typeof input !== 'object') return [];
  const problems: PackProblem[] = [];
  const size = JSON.stringify(input)?.length ?? 0;
  if (size > PACK_LIMITS.bytes) problems.push({ path: '(pack)', reason: `${(size / 1e6).toFixed(1)} MB is more than a pack may be (${PACK_LIMITS.bytes / 1e6} MB)` });
  const entities = (input as { entities?: unknown }).entities;
  if (Array.isArray(entities)) {
    if (entities.length > PACK_LIMITS.entities) problems.push({ path: 'entities', reason: `${entities.length} entities is more than a pack may have (${PACK_LIMITS.entities})` });
    let names = 0;
    for (const e of entities) {
      if (!e || typeof e !== 'object') continue;
      for (const key of ['aliases', 'abbreviations'] as const) {
        const list = (e as Record<string, unknown>)[key];
        if (Array.isArray(list)) names += list.length;
      }
      for (const key of ['names', 'adjectives', 'demonyms'] as const) {
        const perLanguage = (e as Record<string, unknown>)[key];
        if (perLanguage && typeof perLanguage === 'object') for (const list of Object.values(perLanguage)) if (Array.isArray(list)) names += list.length;
      }
    }
    if (names > PACK_LIMITS.names) problems.push({ path: 'entities', reason: `${names} names and aliases is more than a pack may have (${PACK_LIMITS.names})` });
  }
  return problems;
}

/** Unique ids and resolving references: what a schema alone cannot say. */
export function checkReferences(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Map<string, string>();
  const claimOwn = (path: string, value: string) => {
    const first = seen.get(value);
    if (first) problems.push({ path, reason: `id "${value}" is already used at ${first}` });
    else seen.set(value, path);
  };
  pack.sources.forEach((s, i) => claimOwn(`sources.${i}.id`, s.id));
  pack.entities.forEach((e, i) => claimOwn(`entities.${i}.id`, e.id));
  pack.claims.forEach((c, i) => claimOwn(`claims.${i}.id`, c.id));
  pack.conflicts.forEach((c, i) => claimOwn(`conflicts.${i}.id`, c.id));

  const sources = new Set(pack.sources.map((s) => s.id));
  const entities = new Set(pack.entities.map((e) => e.id));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const conflicts = new Set(pack.conflicts.map((c) => c.id));
  const expect = (set: { has(v: string): boolean }, value: string, path: string, what: string) => {
    if (!set.has(value)) problems.push({ path, reason: `no ${what} with id "${value}"` });
  };
  const checkCitations = (list: Citation[], path: string) => list.forEach((c, i) => expect(sources, c.source, `${path}.citations.${i}.source`, 'source'));

  pack.entities.forEach((e, i) => {
    e.related.forEach((r, j) => expect(entities, r, `entities.${i}.related.${j}`, 'entity'));
    e.patterns.forEach((p, j) => {
      p.participants.forEach((r, k) => expect(entities, r, `entities.${i}.patterns.${j}.participants.${k}`, 'entity'));
      p.context.forEach((r, k) => expect(entities, r, `entities.${i}.patterns.${j}.context.${k}`, 'entity'));
      if (!p.participants.length && !Object.values(p.words).flat().length) problems.push({ path: `entities.${i}.patterns.${j}`, reason: 'a pattern needs participants or words' });
    });
    e.facts.forEach((f, j) => checkCitations(f.citations, `entities.${i}.facts.${j}`));
  });
  const claimants = { has: (v: string) => entities.has(v) || sources.has(v) };
  pack.claims.forEach((c, i) => {
    expect(claimants, c.claimant, `claims.${i}.claimant`, 'entity or source');
    c.about.forEach((a, j) => expect(entities, a, `claims.${i}.about.${j}`, 'entity'));
    checkCitations(c.citations, `claims.${i}`);
  });
  pack.conflicts.forEach((c, i) => {
    c.scope.entities.forEach((e, j) => expect(entities, e, `conflicts.${i}.scope.entities.${j}`, 'entity'));
    c.scope.near.forEach((e, j) => expect(entities, e, `conflicts.${i}.scope.near.${j}`, 'entity'));
    for (const [side, list] of Object.entries(c.parties)) list.forEach((e, j) => expect(entities, e, `conflicts.${i}.parties.${side}.${j}`, 'entity'));
    c.claims.forEach((cl, j) => {
      const claim = claims.get(cl);
      if (!claim) problems.push({ path: `conflicts.${i}.claims.${j}`, reason: `no claim with id "${cl}"` });
      else if (claim.topic !== c.topic) problems.push({ path: `conflicts.${i}.claims.${j}`, reason: `claim "${cl}" answers topic "${claim.topic}", not "${c.topic}"` });
    });
  });
  const inc = pack.incident;
  if (inc) {
    expect(entities, inc.entity, 'incident.entity', 'entity');
    inc.parties.forEach((p, j) => expect(entities, p, `incident.parties.${j}`, 'entity'));
    inc.conflicts.forEach((c, j) => expect(conflicts, c, `incident.conflicts.${j}`, 'conflict'));
    inc.sources.forEach((s, j) => expect(sources, s, `incident.sources.${j}`, 'source'));
    inc.timeline.forEach((t, j) => {
      t.entities.forEach((e, k) => expect(entities, e, `incident.timeline.${j}.entities.${k}`, 'entity'));
      checkCitations(t.citations, `incident.timeline.${j}`);
    });
  }
  pack.ambiguous.forEach((a, i) => {
    a.entities.forEach((e, j) => expect(entities, e, `ambiguous.${i}.entities.${j}`, 'entity'));
    a.context.forEach((e, j) => expect(entities, e, `ambiguous.${i}.context.${j}`, 'entity'));
  });
  return problems;
}
