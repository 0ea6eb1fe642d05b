/**
 * Suffix grammars at match time: after a name that may take suffixes (Azerbaijani Rusiya|nın,
 * Bakı|dakı), the rest of the word must be a suffix chain the grammar accepts, in vowel harmony with the
 * name. A grammar is plain data compiled by a language module on the extension's side
 * (lib/pack/lang/suffixes.ts): a small automaton entered by the stem's last vowel. This runner knows no
 * language.
 */
import { IGNORABLE, WORD, charClass } from './fold';

export interface SuffixGrammar {
  /** Lower-case vowels by harmony class; index 0 is unused (a stem without vowels enters as class 0). */
  vowels: string[];
  /** Letters folded before they are compared, as pairs: "ıiəe" folds ı to i and ə to e. */
  fold: string;
  /** The automaton's entry node by `class * 2 + (the stem ends in a vowel ? 1 : 0)`. */
  roots: number[];
  /** Per node: the letters of its edges, the nodes they lead to, and whether a word may end there. */
  labels: string[];
  next: number[][];
  final: number[];
}

const lower = (code: number) => String.fromCharCode(code).toLowerCase().charAt(0);

function vowelClass(g: SuffixGrammar, ch: string): number {
  for (let c = 1; c < g.vowels.length; c++) if (g.vowels[c]!.includes(ch)) return c;
  return 0;
}

/**
 * Where the word that a name's stem ends at `j` ends, if the letters from `j` to the word's end are a
 * suffix chain `g` accepts after that stem (read back to `wordStart` for its vowels); else -1.
 */
export function suffixEnd(g: SuffixGrammar, text: string, wordStart: number, j: number, to: number): number {
  const endsInVowel = j > wordStart && vowelClass(g, lower(text.charCodeAt(j - 1))) > 0 ? 1 : 0;
  let cls = 0;
  for (let k = j - 1; k >= wordStart && cls === 0; k--) cls = vowelClass(g, lower(text.charCodeAt(k)));
  let node = g.roots[cls * 2 + endsInVowel]!;
  let k = j;
  for (; k < to; k++) {
    const code = text.charCodeAt(k);
    const cl = charClass(code);
    if (cl === IGNORABLE) continue;
    if (cl !== WORD) break;
    let ch = lower(code);
    const f = g.fold.indexOf(ch);
    if (f >= 0 && f % 2 === 0) ch = g.fold.charAt(f + 1);
    // '*' takes any letter: a stem whose every continuation counts (a verb's: döyül-üb, döyül-düyünü).
    if (g.labels[node] === '*') continue;
    const e = node < 0 ? -1 : g.labels[node]!.indexOf(ch);
    if (e < 0) return -1;
    node = g.next[node]![e]!;
  }
  return g.final[node] ? k : -1;
}
