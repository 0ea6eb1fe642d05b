/**
 * Character classes and folding for matching names: one lookup per UTF-16 code unit, filled lazily,
 * so the matcher never builds a normalised copy of the page's text.
 */

/** A code unit the matcher skips (combining marks, soft hyphens, zero-width characters). */
export const IGNORABLE = 0;
/** Letters, digits: what words are made of. */
export const WORD = 1;
/** White space and hyphens: between the words of a name, any run of them matches one space. */
export const SPACE = 2;
/** Anything else: punctuation, apostrophes, symbols. */
export const OTHER = 3;
/** A hard break (end of a block): no name spans it. */
export const BREAK = 4;

/** The separator written between blocks of a page's text. */
export const BLOCK_BREAK = '\u2029';

/** Per code unit: its class (255 = not yet known) and its folded code. Exported for the matcher's hot loop. */
export const classes = new Uint8Array(0x10000).fill(255);
export const folded = new Uint16Array(0x10000);

const wordRe = /[\p{L}\p{N}]/u;
const markRe = /\p{M}/u;
const spaceRe = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212]/u;
const ignorableRe = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const apostrophes = /['\u2018\u2019\u02bc\u02bb`\u00b4\u2032]/u;
/** Letters whose transliteration is not what Unicode decomposition gives (Azerbaijani ə, ı). */
const special: Record<string, string> = { ə: 'a', Ə: 'a', ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd' };

function classify(code: number): void {
  const ch = String.fromCharCode(code);
  let cls: number;
  let fold = code;
  if (code === 0x2029) cls = BREAK;
  else if (code >= 0xd800 && code <= 0xdfff)
    cls = WORD; // astral letters: treated as word parts, never folded
  else if (ignorableRe.test(ch) || markRe.test(ch)) cls = IGNORABLE;
  else if (spaceRe.test(ch)) {
    cls = SPACE;
    fold = 0x20;
  } else if (wordRe.test(ch)) {
    cls = WORD;
    const lower = (special[ch] ?? ch).toLowerCase();
    // Cyrillic keeps й apart from и; only ё folds (to е). Other scripts lose their diacritics.
    const base = code >= 0x400 && code <= 0x4ff ? lower.replace('ё', 'е') : lower.normalize('NFD').replace(/\p{M}/gu, '');
    fold = base.length ? base.charCodeAt(0) : code;
  } else {
    cls = OTHER;
    if (apostrophes.test(ch)) fold = 0x27;
  }
  classes[code] = cls;
  folded[code] = fold;
}

/** The class of a code unit (WORD, SPACE, …). */
export function charClass(code: number): number {
  let cls = classes[code]!;
  if (cls === 255) {
    classify(code);
    cls = classes[code]!;
  }
  return cls;
}

/** The folded form of a code unit: lower case, no diacritics, one apostrophe, one space. */
export function foldCode(code: number): number {
  if (classes[code] === 255) classify(code);
  return folded[code]!;
}

/** A whole string folded the way the matcher reads text: for aliases and tests. */
export function foldText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === IGNORABLE) continue;
    if (cls === SPACE || cls === BREAK) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(foldCode(code));
  }
  return out;
}
