/**
 * Reads a page's visible text the way a reader does: text nodes in document order, joined within a block
 * (so `<b>Ziyaddin</b> Safarov` reads as one name) and separated between blocks. Skips what is not
 * read (scripts, styles, form fields, editable regions, hidden content, the site's chrome, our own UI) and reports open
 * shadow roots it passes so they can be read too. Works in slices: `readSome` stops at a deadline.
 */
import { BLOCK_BREAK } from '../shared/fold';

/** Elements whose text is not prose a reader reads, or is the reader's own input. */
const SKIP = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'iframe', 'object', 'canvas', 'svg', 'math', 'head', 'title']);
/** Elements that flow inside a line: text on both sides of them belongs to one block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
  'label',
  'nobr',
  'tt',
  'big',
  'strike',
  'acronym',
]);

/** The tag (local name) of Backstory's own UI host, never read. */
export const UI_TAG = 'backstory-ui';
/** The attribute that marks the host whatever its tag (a page that defines `backstory-ui` gets a div: card-ui.tsx). */
export const UI_ATTR = 'data-backstory-ui';

/** Whether an element is Backstory's own UI host. */
export const isOwnUi = (el: Element) => el.localName === UI_TAG || el.hasAttribute(UI_ATTR);

/**
 * The site around an article, never read: navigation, sidebars, and the page's own header and footer (an
 * article's header, with its headline, is read). By element, by ARIA role, and link lists (menus, "most
 * read", related links: a list whose every item is one link). Comment sections are the readers', not the
 * article's: an element whose id or class names comments is left out too.
 */
const CHROME_TAGS = new Set(['nav', 'aside']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'menu', 'menubar', 'search']);
const COMMENTS = /(^|[\s_-])comments?($|[\s_-])/i;

function isChrome(el: Element, attributed: boolean): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // A header or footer inside an article or section belongs to it; the page's own do not.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article, section, main, [role="main"], [role="article"]')) return true;
  if ((tag === 'ul' || tag === 'ol') && isLinkList(el)) return true;
  if (!attributed) return false;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return (tag === 'section' || tag === 'div' || tag === 'aside' || tag === 'ol' || tag === 'ul') && (COMMENTS.test(el.id) || COMMENTS.test(el.getAttribute('class') ?? ''));
}

/** A list of links: two items or more, each only one link. */
function isLinkList(list: Element): boolean {
  const items = list.children;
  if (items.length < 2) return false;
  for (const li of items) {
    if (li.childElementCount !== 1) return false;
    const a = li.firstElementChild!;
    if (a.localName !== 'a' || (li.textContent ?? '').trim() !== (a.textContent ?? '').trim()) return false;
  }
  return true;
}

/**
 * The reading area: the page's articles (outermost, outside the site's chrome), else its main content,
 * else the whole body. Asked once per reading, not per node.
 */
/** What may make a reading area: asked of added content, so the area is looked for again only when it may have changed. */
export const AREA_SELECTOR = 'article, [role="article"], main, [role="main"]';

export function readingArea(doc: Document): Element[] {
  const articles = [...doc.querySelectorAll('article, [role="article"]')].filter((a) => !a.parentElement?.closest('article, [role="article"]') && isReadable(a));
  if (articles.length) return articles;
  const main = [...doc.querySelectorAll('main, [role="main"]')].filter((m) => !m.parentElement?.closest('main, [role="main"]') && isReadable(m));
  if (main.length) return main;
  return doc.body ? [doc.body] : [];
}

/** What makes a line of text: a block element, or a shadow root for text directly inside it. */
export type Block = Element | ShadowRoot;

/** A run of a page's text, and where each piece of it lives. */
export interface TextChunk {
  text: string;
  /** The text nodes, in order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
  /** The block each node belongs to. */
  blocks: Block[];
  /** Every block met, including those whose text is now empty (so their old mentions can go). */
  touched: Set<Block>;
}

/** Where a reading of one root has got to. */
export interface Reader {
  root: Node;
  walker: TreeWalker;
  done: boolean;
  /** Open shadow roots met on the way (to be read as roots of their own). */
  shadowRoots: ShadowRoot[];
  /** The node the last slice stopped before. */
  resume: Node | null;
  /** Where in that node to go on: past 0 only inside a text node too long for one slice (LONG_TEXT). */
  resumeAt: number;
  /** Set when the page removed that node between slices: the root must be read again from the start. */
  interrupted: boolean;
}

export function createReader(root: Node): Reader {
  const doc = root.ownerDocument ?? (root as Document);
  // 1 | 4 = SHOW_ELEMENT | SHOW_TEXT (the constants are not on every global, e.g. in Node).
  return { root, walker: doc.createTreeWalker(root, 1 | 4), done: false, shadowRoots: [], resume: null, resumeAt: 0, interrupted: false };
}

/** What makes the line a node's text is in: its nearest non-inline ancestor, or its shadow root. */
export function blockOf(node: Node): Block | null {
  if (node.nodeType === 11) return 'host' in node ? (node as ShadowRoot) : null;
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  if (el) return el;
  const root = node.getRootNode();
  return 'host' in root ? (root as ShadowRoot) : null;
}

/** Whether an element's own subtree is read at all. */
function isRead(el: Element): boolean {
  const tag = el.localName;
  if (SKIP.has(tag) || tag === UI_TAG) return false;
  // Most elements carry no attribute at all: nothing more to ask them (an inline one, <b> or <em>, is never the site's chrome).
  const attributed = el.hasAttributes();
  if (!attributed && INLINE.has(tag)) return true;
  if (isChrome(el, attributed)) return false;
  if (!attributed) return true;
  if (isHiddenByMarkup(el) || el.hasAttribute(UI_ATTR)) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return false;
  return true;
}

/** Whether a node is in read content: neither it nor an ancestor is skipped. */
export function isReadable(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (!isRead(el)) return false;
  }
  return true;
}

/**
 * Whether an element is visibly hidden by its own markup. Computed styles are not consulted: asking for
 * them forces the browser to restyle a long page (about 40 ms for 1 MB here), the scan's largest cost.
 */
function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * A text node longer than this is read in pieces of a slice's size, each ending between sentences where it
 * can (a page's one giant paragraph, a log in a <pre>): read whole, it would be one long task. Ordinary
 * paragraphs are far shorter and are never cut.
 */
export const LONG_TEXT = 10_000;

/**
 * How much of `piece` (the next stretch of a long text node) to read now: up to just after its last
 * sentence end, else its last space, else all of it (never half a surrogate pair); looks back at most
 * LONG_TEXT / 4 characters. A name is cut in two only where a page runs LONG_TEXT / 4 characters without a space.
 */
export function cutPoint(piece: string): number {
  const floor = Math.max(1, piece.length - LONG_TEXT / 4);
  let space = -1;
  for (let i = piece.length; i > floor; i--) {
    const c = piece.charCodeAt(i - 1);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 0xa0) continue;
    if (space < 0) space = i;
    // A full stop, question or exclamation mark before the space, maybe closing a quotation or bracket: a sentence ended.
    let j = i - 2;
    while (j >= 0 && /["'”’»)\]]/.test(piece[j]!)) j--;
    if (j >= 0 && /[.!?…]/.test(piece[j]!)) return i;
  }
  if (space > 0) return space;
  const c = piece.charCodeAt(piece.length - 1);
  return c >= 0xd800 && c <= 0xdbff ? piece.length - 1 : piece.length;
}

/**
 * Reads text from where the reader stopped until `deadline` (performance.now() ms) or `maxChars`, always
 * stopping at a block boundary so no name is cut in two, except inside a text node longer than LONG_TEXT
 * (cut between sentences). Returns the chunk read (maybe empty).
 */
export function readSome(reader: Reader, deadline = Infinity, maxChars = Infinity, now: () => number = () => performance.now()): TextChunk {
  const chunk: TextChunk = { text: '', nodes: [], starts: [], blocks: [], touched: new Set() };
  if (reader.resume && (!reader.resume.isConnected || !reader.root.contains(reader.resume))) {
    reader.done = true;
    reader.interrupted = true;
    return chunk;
  }
  const parts: string[] = [];
  let length = 0;
  const walker = reader.walker;
  let lastParent: Node | null = null;
  let lastBlock: Block | null = null;
  let pendingBreak = false;
  let steps = 0;
  let node: Node | null = reader.resume ?? walker.nextNode();
  /** Where the first text node read starts (inside a long text node the last slice stopped in). */
  let from = reader.resumeAt;
  reader.resume = null;
  reader.resumeAt = 0;
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!isRead(el)) {
        node = skipSubtree(walker, el);
        continue;
      }
      if (el.shadowRoot) reader.shadowRoots.push(el.shadowRoot);
      if (el.localName === 'br') pendingBreak = true;
      node = walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    const parent = textNode.parentNode;
    if (parent !== lastParent) {
      lastParent = parent;
      // Most text sits in its line's own element, or in an inline one right inside it (<p>text <b>text</b> text</p>): that
      // line is the one just read, known without asking each ancestor again.
      const block: Block =
        parent === lastBlock || (lastBlock && parent?.parentNode === lastBlock && INLINE.has((parent as Element).localName)) ? lastBlock! : (blockOf(textNode) ?? (reader.root as Block));
      if (block !== lastBlock) {
        // A new line of text: the place to stop a slice, and to separate from the previous line.
        if (lastBlock && ((++steps & 7) === 0 || length >= maxChars) && (length >= maxChars || now() >= deadline)) {
          reader.resume = textNode;
          return finish(chunk, parts);
        }
        lastBlock = block;
        chunk.touched.add(block);
        pendingBreak = length > 0;
      }
    }
    // `length` and `substringData`, not `data`, where the node is long: Firefox copies the whole text at every `data`.
    const size = textNode.length;
    // The page shortened the node since the last slice stopped in it: what is left of it.
    if (from > size) from = size;
    let text: string;
    if (maxChars !== Infinity && size - from > Math.max(maxChars, LONG_TEXT)) {
      // A text node too long for one slice: read up to a cut now, and on from there in the next slice.
      const piece = textNode.substringData(from, Math.max(maxChars - length, LONG_TEXT / 2));
      text = piece.slice(0, cutPoint(piece));
    } else text = from ? textNode.substringData(from, size - from) : textNode.data;
    if (text) {
      if (pendingBreak) {
        parts.push(BLOCK_BREAK);
        length += 1;
        pendingBreak = false;
      }
      chunk.nodes.push(textNode);
      // A piece starting inside its node starts "before" the chunk, so `locate` still gives the node's own offsets.
      chunk.starts.push(length - from);
      chunk.blocks.push(lastBlock!);
      parts.push(text);
      length += text.length;
    }
    if (from + text.length < size) {
      reader.resume = textNode;
      reader.resumeAt = from + text.length;
      return finish(chunk, parts);
    }
    from = 0;
    node = walker.nextNode();
  }
  reader.done = true;
  return finish(chunk, parts);
}

function finish(chunk: TextChunk, parts: string[]): TextChunk {
  chunk.text = parts.join('');
  return chunk;
}

/** Moves the walker past an element's subtree; returns the next node or null. */
function skipSubtree(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  let parent = walker.parentNode();
  while (parent) {
    const next = walker.nextSibling();
    if (next) return next;
    parent = walker.parentNode();
  }
  return null;
}

/** Reads a whole root at once (the scan command, tests). */
export function readAll(root: Node): TextChunk & { shadowRoots: ShadowRoot[] } {
  const reader = createReader(root);
  return { ...readSome(reader), shadowRoots: reader.shadowRoots };
}

/** The node and offset in it of a position in a chunk's text. */
export function locate(chunk: TextChunk, position: number, preferEnd = false): { node: Text; offset: number; index: number } {
  const starts = chunk.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < position || (s === position && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  const node = chunk.nodes[lo]!;
  // `length`, not `data.length`: Firefox copies a text node's whole text at every `data` (1 ms for 1 MB).
  return { node, offset: Math.min(position - starts[lo]!, node.length), index: lo };
}
