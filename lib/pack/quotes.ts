/** Proof that every quote is in its document: the check behind "every fact is traceable". */
import type { Citation, Pack, Source } from './schema';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every citation in a pack, with its path. */
export function citationsOf(pack: Pack): { path: string; citation: Citation }[] {
  const out: { path: string; citation: Citation }[] = [];
  const add = (list: Citation[], path: string) => list.forEach((citation, i) => out.push({ path: `${path}.citations.${i}`, citation }));
  pack.entities.forEach((e, i) => e.facts.forEach((f, j) => add(f.citations, `entities.${i}.facts.${j}`)));
  pack.claims.forEach((c, i) => add(c.citations, `claims.${i}`));
  pack.incident?.timeline.forEach((t, i) => add(t.citations, `incident.timeline.${i}`));
  return out;
}

/**
 * Checks each quote against its source's text (white space collapsed, nothing else normalised).
 * Sources whose text is unknown (`textOf` answers undefined) are not checked.
 */
export function checkQuotes(pack: Pack, textOf: (source: Source) => string | undefined): { path: string; reason: string }[] {
  const texts = new Map<string, string | undefined>();
  for (const s of pack.sources) {
    const t = textOf(s);
    texts.set(s.id, t === undefined ? undefined : collapse(t));
  }
  return citationsOf(pack)
    .filter(({ citation }) => {
      const text = texts.get(citation.source);
      return text !== undefined && !text.includes(collapse(citation.quote));
    })
    .map(({ path, citation }) => ({ path: `${path}.quote`, reason: `not found verbatim in source "${citation.source}": “${citation.quote}”` }));
}
