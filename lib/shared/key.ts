/**
 * The transliteration key: one spelling for every romanisation of a name, so that Huseyn, Hüseyn, Husein,
 * Huseyin, Hussein, Guseyn, Гусейн and Хусейн all read "husein". Names are keyed once when a pack is
 * prepared; page text is keyed as the matcher walks it, with the same rules (`keyStep`), so both sides
 * always agree. The table of what meets and what must not is in key.test.ts.
 *
 * Rules, per letter of a word (after case and diacritics are folded, see fold.ts):
 * - each letter is romanised by its language's table (Russian: ж zh, х h, ц ts, ю iu, я ia, й i, ь ъ
 *   dropped…; Azerbaijani and English: g q ğ → h, x → ks, w → v, y → i, ç → ch, ş → sh…), so that letters
 *   outlets romanise differently meet; and k before h is dropped (kh → h);
 * - a doubled letter counts once (Hussein, Ziyaddin);
 * - i between two vowels is dropped (Aliyev = Aliev, Rusiya), and so is a word's first i before e
 *   (Yekaterinburg = Ekaterinburg).
 */
import { IGNORABLE, OTHER, SPACE, WORD, charClass, foldCode } from './fold';

const LIMIT = 0x500;
/** Per code unit below LIMIT: how many key letters it gives (255: not yet known), and the letters. */
const keyLength = new Uint8Array(LIMIT).fill(255);
const keyLetters = new Uint16Array(LIMIT * 4);

/**
 * Letters and what they are romanised to: each language module gives its own (lib/pack/lang/), the
 * background keys names with them and sends them to the page with the names, so both sides key alike.
 */
let romanised: Record<string, string> = {};

/** Sets the romanisation table (see above); both sides set it before keying anything. */
export function applyRomanisation(table: Record<string, string>): void {
  if (JSON.stringify(table) === JSON.stringify(romanised)) return;
  romanised = table;
  keyLength.fill(255);
}

function learn(code: number): void {
  const lower = String.fromCharCode(code).toLowerCase().charAt(0);
  const folded = String.fromCharCode(foldCode(code));
  const key = romanised[lower] ?? romanised[folded] ?? folded;
  keyLength[code] = key.length;
  for (let t = 0; t < key.length; t++) keyLetters[code * 4 + t] = key.charCodeAt(t);
}

/** How many key letters a word's code unit gives (0 for ь, 2 for ж). */
export function keyCount(code: number): number {
  if (code >= LIMIT) return 1;
  if (keyLength[code] === 255) learn(code);
  return keyLength[code]!;
}

/** The t-th key letter of a word's code unit. */
export function keyLetter(code: number, t: number): number {
  return code >= LIMIT ? foldCode(code) : keyLetters[code * 4 + t]!;
}

const A = 0x61,
  E = 0x65,
  I = 0x69,
  O = 0x6f,
  U = 0x75,
  H = 0x68,
  K = 0x6b;
const isVowel = (c: number) => c === A || c === E || c === I || c === O || c === U;
/** The two key letters whose writing depends on the next one (kh → h; a vowel-i-vowel drops the i). */
export const KEY_I = I;
export const KEY_K = K;
export const isVowelKey = isVowel;

/** The first key letter of the word character at `j` (skipping ignorables), or 0 if none follows. */
export function peekKey(text: string, j: number, to: number): number {
  while (j < to) {
    const code = text.charCodeAt(j);
    const cls = charClass(code);
    if (cls === IGNORABLE) {
      j++;
      continue;
    }
    if (cls !== WORD) return 0;
    if (keyCount(code) === 0) {
      j++;
      continue;
    }
    return keyLetter(code, 0);
  }
  return 0;
}

/**
 * Whether key letter `c` is written, given the last letter written in this word (`last`, 0 at a word's
 * start) and the next one (`next`, 0 at its end). The whole of the key's context rules.
 */
export function keeps(c: number, last: number, next: number): boolean {
  if (c === last) return false;
  if (c === K && next === H) return false;
  if (c === I && (last === 0 ? next === E : isVowel(last) && isVowel(next))) return false;
  return true;
}

/** A whole name keyed: what the trie stores. Runs of spaces and hyphens become one space. */
export function keyText(text: string): string {
  let out = '';
  let last = 0;
  let pendingSpace = false;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const cls = charClass(code);
    if (cls === IGNORABLE) continue;
    if (cls !== WORD) {
      last = 0;
      if (cls === SPACE || cls !== OTHER) {
        pendingSpace = out.length > 0;
        continue;
      }
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(foldCode(code));
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    const n = keyCount(code);
    for (let t = 0; t < n; t++) {
      const c = keyLetter(code, t);
      const next = t + 1 < n ? keyLetter(code, t + 1) : peekKey(text, j + 1, text.length);
      if (!keeps(c, last, next)) continue;
      out += String.fromCharCode(c);
      last = c;
    }
  }
  return out;
}
