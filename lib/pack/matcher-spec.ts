/** Turns packs into the small, plain matcher spec the content script compiles (no zod, no pack). */
import { prepareMatcher, type MatcherSpec, type NameSpec } from '../shared/matcher';
import type { Pack } from './schema';

/** The prepared spec every page receives: all packs' names, folded and inflected once. */
export function matcherSpecFromPacks(packs: Pack[]): MatcherSpec {
  return prepareMatcher(namesFromPacks(packs));
}

/** Every name the packs give, with the entities it may mean. */
export function namesFromPacks(packs: Pack[]): NameSpec {
  const spec: NameSpec = { entities: [], names: [], never: [] };
  const index = new Map<string, number>();
  for (const pack of packs) {
    for (const e of pack.entities) {
      if (index.has(e.id)) continue;
      index.set(e.id, spec.entities.push({ id: e.id, name: e.name }) - 1);
    }
  }
  for (const pack of packs) {
    for (const e of pack.entities) {
      const i = index.get(e.id)!;
      for (const text of new Set([e.name, ...e.aliases])) spec.names.push({ text, entities: [i] });
      for (const text of e.familyNames) spec.names.push({ text, entities: [i], family: true });
    }
    for (const a of pack.ambiguous) {
      const entities = a.entities.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      const context = a.context.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      if (entities.length) spec.names.push({ text: a.alias, entities, ambiguous: true, ...(context.length ? { context } : {}) });
    }
    spec.never.push(...pack.neverMatch);
  }
  return spec;
}
