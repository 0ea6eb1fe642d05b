/**
 * How the card opens: the pointer (or the caret, for keyboard readers using caret browsing or a selection)
 * rests on a mention, found by hit-testing the mention ranges; no element of the page is touched.
 */
import type { PageMention, PageScanner } from './scanner';

export interface HoverOptions {
  scanner: PageScanner;
  /** Open or close the card for a mention (null closes). */
  onHover: (mention: PageMention | null, anchor: Range | null) => void;
  /** Whether the pointer is over the card itself (keeps it open). */
  isInCard: (target: EventTarget | null) => boolean;
  signal: AbortSignal;
  /** The shadow roots that caret hit-testing should look into. */
  shadowRoots: () => ShadowRoot[];
  /** ms before a card opens (read at each hover: the reader's setting may change). */
  openDelay?: number | (() => number);
  closeDelay?: number;
}

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** A live range over a mention, for its on-screen boxes. */
export function liveRange(doc: Document, m: PageMention): Range {
  const r = doc.createRange();
  r.setStart(m.range.startContainer, m.range.startOffset);
  r.setEnd(m.range.endContainer, m.range.endOffset);
  return r;
}

function within(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export interface HoverWatch {
  /** Forgets the hovered mention (its card was closed another way: Escape, the keyboard, the close button). */
  reset(): void;
}

export function watchHover(doc: Document, options: HoverOptions): HoverWatch {
  const { scanner, signal } = options;
  // Wikipedia's page previews: a dwell before the card opens, an abandon delay after the pointer leaves.
  const openDelay = () => (typeof options.openDelay === 'function' ? options.openDelay() : (options.openDelay ?? 300));
  const closeDelay = options.closeDelay ?? 300;
  let current: PageMention | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  let lastTarget: EventTarget | null = null;

  const schedule = (next: PageMention | null, anchor: Range | null) => {
    if (next === current) {
      clearTimeout(timer);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        current = next;
        options.onHover(next, anchor);
      },
      next ? openDelay() : closeDelay,
    );
  };

  const test = () => {
    frame = 0;
    if (options.isInCard(lastTarget)) {
      clearTimeout(timer);
      return;
    }
    const caret = caretAt(doc, lastX, lastY, options.shadowRoots());
    const m = caret ? scanner.mentionAt(caret.node, caret.offset) : null;
    if (m) {
      const range = liveRange(doc, m);
      if (within(range, lastX, lastY)) return schedule(m, range);
    }
    schedule(null, null);
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      lastX = e.clientX;
      lastY = e.clientY;
      lastTarget = e.target;
      if (!frame) frame = requestAnimationFrame(test);
    },
    { passive: true, capture: true, signal },
  );
  // Keyboard readers: a caret or selection resting in a name opens its card too.
  doc.addEventListener(
    'selectionchange',
    () => {
      const sel = doc.getSelection();
      if (!sel?.anchorNode) return;
      const m = scanner.mentionAt(sel.anchorNode, sel.anchorOffset);
      if (m) schedule(m, liveRange(doc, m));
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
  });
  return {
    reset() {
      clearTimeout(timer);
      current = null;
    },
  };
}
