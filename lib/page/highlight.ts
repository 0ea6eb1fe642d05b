/**
 * Highlights without touching the page's DOM: ranges in CSS Custom Highlight API registries, styled by a
 * constructed stylesheet adopted by the document (and by each open shadow root the scanner reads).
 */
import type { HighlightSet } from './scanner';

export const MENTION = 'backstory-mention';
export const ACTIVE = 'backstory-active';
/** A claim's cue: no background, a thin wavy underline of its own colour, quieter than a name. */
export const CLAIM_CUE = 'backstory-claim';

const css = `
::highlight(${MENTION}) { background-color: rgb(255 200 60 / 0.28); text-decoration: underline dotted rgb(170 120 0 / 0.9); }
::highlight(${CLAIM_CUE}) { text-decoration: underline wavy rgb(176 64 96 / 0.85); text-decoration-thickness: 1px; }
::highlight(${ACTIVE}) { background-color: rgb(255 190 30 / 0.55); }
@media (prefers-color-scheme: dark) {
  ::highlight(${MENTION}) { background-color: rgb(255 210 90 / 0.22); text-decoration: underline dotted rgb(255 210 90 / 0.9); }
  ::highlight(${CLAIM_CUE}) { text-decoration: underline wavy rgb(255 140 170 / 0.9); }
  ::highlight(${ACTIVE}) { background-color: rgb(255 210 90 / 0.42); }
}`;

type Styled = Document | ShadowRoot;

export interface Highlights {
  mentions: HighlightSet;
  /** Claim flags' cues. */
  claims: HighlightSet;
  /** Marks the mention whose card is open (or none). */
  setActive(range: AbstractRange | null): void;
  /** Makes the highlight styles apply inside a shadow root too. */
  styleRoot(root: ShadowRoot): void;
  remove(): void;
}

/** Whether this browser can highlight ranges (both target browsers can). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlights(doc: Document): Highlights {
  const mentions = new Highlight();
  const claims = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(MENTION, mentions);
  CSS.highlights.set(CLAIM_CUE, claims);
  CSS.highlights.set(ACTIVE, active);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const styled: Styled[] = [];
  const fallbacks: HTMLStyleElement[] = [];
  const adopt = (root: Styled) => {
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      styled.push(root);
    } catch {
      // Firefox may refuse a content script's sheet on a page object; a <style> does the same job.
      const style = doc.createElement('style');
      style.dataset.backstory = '';
      style.textContent = css;
      (root === doc ? doc.head ?? doc.documentElement : root).append(style);
      fallbacks.push(style);
    }
  };
  // Styled on the first mention only: adding a sheet restyles the whole page, a cost pages without names skip.
  let sheetAdopted = false;
  /** A registry whose first range also brings in the styles. */
  const styledSet = (h: Highlight): HighlightSet => ({
    add(range) {
      if (!sheetAdopted) {
        sheetAdopted = true;
        adopt(doc);
      }
      return h.add(range);
    },
    delete: (range) => h.delete(range),
    clear: () => h.clear(),
  });
  const mentionSet = styledSet(mentions);
  const claimSet = styledSet(claims);
  return {
    mentions: mentionSet,
    claims: claimSet,
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    styleRoot: adopt,
    remove() {
      CSS.highlights.delete(MENTION);
      CSS.highlights.delete(CLAIM_CUE);
      CSS.highlights.delete(ACTIVE);
      mentions.clear();
      claims.clear();
      active.clear();
      for (const root of styled) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          /* the root is gone */
        }
      }
      fallbacks.forEach((s) => s.remove());
    },
  };
}
