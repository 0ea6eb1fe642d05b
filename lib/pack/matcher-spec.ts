/** Turns packs into the small, plain matcher spec the content script compiles (no zod, no pack). */
import type { MatcherSpec } from '../shared/matcher';
import { prepareMatcher, type NameSpec } from './prepare';
import type { Pack } from './schema';

/** The prepared spec every page receives: all packs' names, their forms derived and keyed once. */
export function matcherSpecFromPacks(packs: Pack[]): MatcherSpec {
  return prepareMatcher(namesFromPacks(packs));
}

/** Words per language as [text, language] pairs. */
const each = (words: Record<string, string[]>) => Object.entries(words).flatMap(([lang, list]) => list.map((text) => ({ text, lang })));

/** Every name the packs give, with the entities it may mean, and their events' patterns. */
export function namesFromPacks(packs: Pack[]): NameSpec {
  const spec: NameSpec = { entities: [], names: [], never: [], events: [], conflicts: [] };
  const index = new Map<string, number>();
  for (const pack of packs) {
    for (const e of pack.entities) {
      if (index.has(e.id)) continue;
      index.set(e.id, spec.entities.push({ id: e.id, name: e.name, ...(e.prominence === 'context' ? { context: true } : {}) }) - 1);
    }
  }
  const indexes = (ids: string[]) => ids.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  for (const pack of packs) {
    for (const e of pack.entities) {
      const entities = [index.get(e.id)!];
      const role = e.kind === 'person' ? ('person' as const) : ('name' as const);
      for (const text of new Set([e.name, ...e.aliases])) spec.names.push({ text, role, entities });
      for (const { text, lang } of each(e.names)) spec.names.push({ text, lang, role, entities });
      for (const { text, lang } of each(e.adjectives)) spec.names.push({ text, lang, role: 'adjective', entities });
      for (const { text, lang } of each(e.demonyms)) spec.names.push({ text, lang, role: 'demonym', entities });
      for (const text of e.abbreviations) spec.names.push({ text, entities, exact: true });
      const families = Array.isArray(e.familyNames) ? e.familyNames.map((text) => ({ text, lang: undefined })) : each(e.familyNames);
      for (const { text, lang } of families) spec.names.push({ text, ...(lang ? { lang } : {}), role: 'family', entities });
      for (const p of e.patterns) {
        spec.events!.push({
          entity: entities[0]!,
          heads: each(p.heads),
          participants: indexes(p.participants),
          words: each(p.words),
          within: p.within,
          ...(p.context.length ? { context: indexes(p.context) } : {}),
        });
      }
    }
    for (const a of pack.ambiguous) {
      const entities = indexes(a.entities);
      const context = indexes(a.context);
      const as = a.as === 'given-name' ? { given: true } : a.as === 'phrase' ? { phrase: true } : {};
      if (entities.length) spec.names.push({ text: a.alias, ...(a.lang ? { lang: a.lang } : {}), entities, ambiguous: true, ...as, ...(context.length ? { context } : {}) });
    }
    spec.never.push(...pack.neverMatch);
    const claims = new Map(pack.claims.map((c) => [c.id, c]));
    for (const conflict of pack.conflicts) {
      if (conflict.kind !== 'dispute') continue;
      const cued = conflict.claims.map((id) => claims.get(id)).filter((c) => c && Object.values(c.cues).flat().length);
      if (!cued.length) continue;
      spec.conflicts!.push({
        id: conflict.id,
        scope: indexes(conflict.scope.entities),
        scopeWords: each(conflict.scope.words),
        commonWords: each(conflict.scope.common),
        near: indexes(conflict.scope.near),
        claims: cued.map((c) => ({ id: c!.id, side: c!.side ?? c!.claimant, cues: each(c!.cues), parties: indexes(conflict.parties[c!.side ?? c!.claimant] ?? []) })),
      });
    }
  }
  return spec;
}
