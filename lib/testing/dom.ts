/** DOM test helpers: happy-dom has no StaticRange, so tests give it the small one the spec describes. */
export function installStaticRange() {
  if (typeof globalThis.StaticRange === 'function') return;
  class FakeStaticRange {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed() {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  globalThis.StaticRange = FakeStaticRange as unknown as typeof StaticRange;
}

/** The text a range covers (across text nodes). */
export function rangeText(range: AbstractRange): string {
  const doc = range.startContainer.ownerDocument!;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** The form control a visible label names (as a reader finds it). */
export const byLabel = (el: Element, text: string) => {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`no label "${text}"`);
  return el.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
};

/** The button named by its accessible name (aria-label, else its text). */
export const button = (el: Element, name: string) => {
  const found = [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
