/**
 * Functions run inside the page under test (serialised by the driver, so each is self-contained).
 * They read what the reader sees: highlighted text, the card, where a word is on screen.
 */

/** True once anything is highlighted, else null (a waitFor predicate). */
export function someHighlighted(): true | null {
  return (CSS.highlights.get('backstory-mention')?.size ?? 0) + (CSS.highlights.get('backstory-mention-new')?.size ?? 0) > 0 ? true : null;
}

/** True once a highlight, with its second registry (`<name>-new`), holds at least `n` ranges, else null (a waitFor predicate). */
export function marksAtLeast([name, n]: [string, number]): true | null {
  return (CSS.highlights.get(name)?.size ?? 0) + (CSS.highlights.get(`${name}-new`)?.size ?? 0) >= n ? true : null;
}

/** How many names are marked (full and quiet marks, found in the first reading or a later one). */
export function marked(): number {
  return ['backstory-mention', 'backstory-later'].reduce((n, h) => n + (CSS.highlights.get(h)?.size ?? 0) + (CSS.highlights.get(`${h}-new`)?.size ?? 0), 0);
}

/**
 * The text of every range in some of Backstory's highlights, in document order. By default every name's
 * mark: the full ones and the quieter ones of a context entity's later mentions. Each with its second
 * registry, `<name>-new`: what the page's later readings found (lib/page/highlight.ts).
 */
export function highlightedTexts(names: string | string[] = ['backstory-mention', 'backstory-later']): string[] {
  const ranges: AbstractRange[] = [];
  for (const name of typeof names === 'string' ? [names] : names) for (const registry of [name, `${name}-new`]) CSS.highlights.get(registry)?.forEach((r) => void ranges.push(r as AbstractRange));
  const texts: { text: string; range: Range }[] = [];
  ranges.forEach((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    texts.push({ text: range.toString(), range });
  });
  // Document order; ranges in different trees (open shadow roots) cannot be compared and keep their place.
  texts.sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    } catch {
      return 0;
    }
  });
  return texts.map((t) => t.text);
}

/** The centre of the first occurrence of `word` in the page's text (looking into open shadow roots too). */
export function pointOf(word: string): { x: number; y: number } | null {
  const roots: Node[] = [document.body];
  while (roots.length) {
    const root = roots.shift()!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        if ((n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
        continue;
      }
      const i = (n as Text).data.indexOf(word);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + word.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The open card's text, or '' while none is shown. */
export function cardText(): string {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  if (!host || host.style.display === 'none') return '';
  return host.shadowRoot?.querySelector('.bs-card')?.textContent ?? '';
}

/** Nodes inside the page's content that the page did not put there (Backstory must add none). */
export function foreignNodesInBody(): string[] {
  const found: string[] = [];
  document.body.querySelectorAll('*').forEach((el) => {
    const tag = el.tagName.toLowerCase();
    if (tag.startsWith('backstory') || el.hasAttribute('data-backstory') || tag === 'mark') found.push(tag);
  });
  return found;
}

/** The centre of `word` inside the element with id `id` (where a word occurs more than once on the page). */
export function pointIn([id, word]: [string, string]): { x: number; y: number } | null {
  const el = document.getElementById(id);
  const text = el?.firstChild;
  if (!el || !text || text.nodeType !== 3) return null;
  const i = (text as Text).data.indexOf(word);
  if (i < 0) return null;
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + word.length);
  el.scrollIntoView({ block: 'center' });
  const rect = range.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
