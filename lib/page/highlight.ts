/**
 * Highlights without touching the page's DOM: ranges in CSS Custom Highlight API registries, styled by a
 * constructed stylesheet adopted by the document (and by each open shadow root the scanner reads).
 */
import type { HighlightSet } from './scanner';

export const MENTION = 'backstory-mention';
/** A context entity's later mentions: a thin underline only, still hoverable. */
export const LATER = 'backstory-later';
export const ACTIVE = 'backstory-active';
/** A claim's cue: no background, a thin wavy underline of its own colour, quieter than a name. */
export const CLAIM_CUE = 'backstory-claim';
/** The name of a highlight's second registry, styled the same: what the page's later readings find (scanner.ts, `HighlightSet.recent`). */
export const recentName = (name: string) => `${name}-new`;

/** Light marks for a light page, dark marks for a dark one. */
export type Tone = 'light' | 'dark';

/**
 * The marks' colours per tone. The underlines carry the marks' edge and keep at least 3:1 against the page
 * (highlight.test.ts); the tints are translucent, so the page's own text colour shows through them.
 */
export const PALETTES: Record<Tone, { tint: string; underline: string; later: string; claim: string; active: string }> = {
  light: { tint: 'rgb(255 200 60 / 0.28)', underline: 'rgb(160 110 0)', later: 'rgb(150 102 0)', claim: 'rgb(176 64 96)', active: 'rgb(255 190 30 / 0.55)' },
  dark: { tint: 'rgb(255 210 90 / 0.2)', underline: 'rgb(255 210 90)', later: 'rgb(230 190 90)', claim: 'rgb(255 140 170)', active: 'rgb(255 210 90 / 0.4)' },
};

type Rgb = { r: number; g: number; b: number };
const rgb = ({ r, g, b }: Rgb) => `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
export const contrastOf = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/** A line colour moved toward black (light page) or white (dark page) until it keeps 3:1 against the page. */
export function fitContrast(colour: string, page: Rgb, tone: Tone): string {
  const c = parseColour(colour)!;
  const to = tone === 'light' ? 0 : 255;
  for (let t = 0; t <= 1; t += 0.05) {
    const mixed = { r: Math.round(c.r + (to - c.r) * t), g: Math.round(c.g + (to - c.g) * t), b: Math.round(c.b + (to - c.b) * t) };
    if (contrastOf(mixed, page) >= 3) return rgb(mixed);
  }
  return rgb({ r: to, g: to, b: to });
}

/** The marks' styles for a tone, their lines fitted to the page's own background when it is known. */
export function highlightCss(tone: Tone, page?: Rgb, style: 'tint' | 'underline' = 'tint'): string {
  const base = PALETTES[tone];
  const fitted = page ? { ...base, underline: fitContrast(base.underline, page, tone), later: fitContrast(base.later, page, tone), claim: fitContrast(base.claim, page, tone) } : base;
  // The reader's mark style: the underline alone leaves the text's background to the page.
  const p = style === 'underline' ? { ...fitted, tint: 'transparent' } : fitted;
  const both = (name: string) => `::highlight(${name}), ::highlight(${recentName(name)})`;
  return `
${both(MENTION)} { background-color: ${p.tint}; text-decoration: underline dotted ${p.underline}; }
${both(LATER)} { text-decoration: underline solid ${p.later}; text-decoration-thickness: 1px; text-underline-offset: 2px; }
${both(CLAIM_CUE)} { text-decoration: underline wavy ${p.claim}; text-decoration-thickness: 1px; }
::highlight(${ACTIVE}) { background-color: ${p.active}; }`;
}

/** Parses the rgb()/rgba() colour getComputedStyle gives; null when it is transparent or unreadable. */
export function parseColour(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number.parseFloat(m[4]);
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a };
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The tone of the page behind a reading area, read once per area: the first opaque background from the area
 * up; where none is set, the text's own colour tells (light text means a dark page).
 */
export function toneBehind(el: Element): { tone: Tone; page?: Rgb } {
  const view = el.ownerDocument.defaultView;
  if (!view) return { tone: 'light' };
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = parseColour(view.getComputedStyle(e).backgroundColor);
    // 0.18: the grey as far in contrast from black as from white.
    if (bg && bg.a >= 0.5) return { tone: luminance(bg) < 0.18 ? 'dark' : 'light', page: bg };
  }
  const fg = parseColour(view.getComputedStyle(el).color);
  return { tone: fg && luminance(fg) > 0.5 ? 'dark' : 'light' };
}

type Styled = Document | ShadowRoot;

export interface Highlights {
  mentions: HighlightSet;
  /** Context entities' later mentions. */
  later: HighlightSet;
  /** Claim flags' cues. */
  claims: HighlightSet;
  /** Marks the mention whose card is open (or none). */
  setActive(range: AbstractRange | null): void;
  /** Makes the highlight styles apply inside a shadow root too. */
  styleRoot(root: ShadowRoot): void;
  /** Light or dark marks, for the page behind them (its colour, when known, fits the lines to it). */
  setTone(tone: Tone, page?: Rgb): void;
  /** The reader's mark style: a tint with an underline, or the underline alone. */
  setStyle(style: 'tint' | 'underline'): void;
  remove(): void;
}

/** Whether this browser can highlight ranges (both target browsers can). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlights(doc: Document): Highlights {
  // Each style's two registries side by side, in the order they paint: names, later mentions, claims, then the open card's.
  const names = [MENTION, LATER, CLAIM_CUE].flatMap((name) => [name, recentName(name)]);
  const [mentions, mentionsRecent, later, laterRecent, claims, claimsRecent] = names.map((name) => {
    const h = new Highlight();
    CSS.highlights.set(name, h);
    return h;
  }) as [Highlight, Highlight, Highlight, Highlight, Highlight, Highlight];
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(ACTIVE, active);
  let tone: Tone = 'light';
  let pageColour: Rgb | undefined;
  let markStyle: 'tint' | 'underline' = 'tint';
  let css = highlightCss(tone);
  const restyle = () => {
    css = highlightCss(tone, pageColour, markStyle);
    sheet.replaceSync(css);
    for (const style of fallbacks) style.textContent = css;
  };
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
      (root === doc ? (doc.head ?? doc.documentElement) : root).append(style);
      fallbacks.push(style);
    }
  };
  // Styled on the first mention only: adding a sheet restyles the whole page, a cost pages without names skip.
  let sheetAdopted = false;
  /** A registry whose first range also brings in the styles (with its second registry, `recent`, cleared with it). */
  const styledSet = (h: Highlight, recent?: Highlight): HighlightSet => ({
    add(range) {
      if (!sheetAdopted) {
        sheetAdopted = true;
        adopt(doc);
      }
      return h.add(range);
    },
    delete: (range) => h.delete(range),
    clear() {
      h.clear();
      recent?.clear();
    },
    recent: recent && styledSet(recent),
  });
  return {
    mentions: styledSet(mentions, mentionsRecent),
    later: styledSet(later, laterRecent),
    claims: styledSet(claims, claimsRecent),
    setTone(next, page) {
      tone = next;
      pageColour = page;
      restyle();
    },
    setStyle(next) {
      markStyle = next;
      restyle();
    },
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    styleRoot: adopt,
    remove() {
      for (const name of [...names, ACTIVE]) CSS.highlights.delete(name);
      for (const h of [mentions, mentionsRecent, later, laterRecent, claims, claimsRecent, active]) h.clear();
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
