import { describe, expect, it } from 'vitest';
import { suffixEnd } from '../../shared/suffixes';
import { az } from './az';
import { compileSuffixes } from './suffixes';

const compiled = new Map<string, ReturnType<typeof compileSuffixes>>();
const grammar = (name: string) => compiled.get(name) ?? compiled.set(name, compileSuffixes(az.grammars![name]!)).get(name)!;
/** Whether `word` reads as `stem` followed by a suffix chain the grammar accepts. */
const reads = (name: string, stem: string, word: string) => suffixEnd(grammar(name), word, 0, stem.length, word.length) === word.length;

// Azerbaijani suffixes as a grammar table: a stem, and words it must (and must not) read.
const names: [string, string[], string[]][] = [
  ['Rusiya', ['Rusiya', 'Rusiyanın', 'Rusiyaya', 'Rusiyada', 'Rusiyadan', 'Rusiyanı', 'Rusiyadakı', 'Rusiyadır', 'Rusiyanın'], ['Rusiyanin2', 'Rusiyalar']],
  ['Azərbaycan', ['Azərbaycana', 'Azərbaycanın', 'Azərbaycanda', 'Azərbaycandan', 'Azərbaycanımız', 'Azərbaycandakı'], ['Azərbaycanə', 'Azərbaycanlı']],
  ['Bakı', ['Bakının', 'Bakıya', 'Bakıda', 'Bakıdakı', 'Bakıdan', 'Bakını'], ['Bakılı']],
  ['Yekaterinburq', ['Yekaterinburqda', 'Yekaterinburqun', 'Yekaterinburqa', 'Yekaterinburqdakı'], ['Yekaterinburqde']],
  ['Overçuk', ['Overçukun', 'Overçuka', 'Overçukla'], ['Overçukin']],
  ['Putin', ['Putinin', 'Putinə', 'Putini', 'Putinlə'], ['Putinun']],
  ['Moskva', ['Moskvanın', 'Moskvaya', 'Moskvadan', 'Moskvanı'], []],
  // Harmony keeps false friends out: Baku+nin is not a genitive of Baku (that is Bakunun), Huseynli is a surname.
  ['Baku', ['Bakunun'], ['Bakunin']],
  ['Hüseyn', ['Hüseynin', 'Hüseynə', 'Hüseyni'], ['Hüseynli', 'Hüseynov']],
  // Texts typed without Azerbaijani letters still read.
  ['Azerbaycan', ['Azerbaycanin', 'Azerbaycana'], []],
];

describe('Azerbaijani suffixes after a name', () => {
  for (const [stem, good, bad] of names) {
    it(`${stem}: ${good.join(', ')}; not ${bad.join(', ') || '–'}`, () => {
      for (const w of good) expect(reads('az:name', stem, w), w).toBe(true);
      for (const w of bad) expect(reads('az:name', stem, w), w).toBe(false);
    });
  }

  it('gives nouns and demonyms their plural, stacked with case', () => {
    for (const w of ['azərbaycanlılar', 'azərbaycanlıların', 'azərbaycanlılara', 'azərbaycanlının']) expect(reads('az:noun', 'azərbaycanlı', w), w).toBe(true);
    for (const w of ['əməliyyatı', 'əməliyyatda', 'əməliyyatlar', 'əməliyyatında']) expect(reads('az:noun', 'əməliyyat', w), w).toBe(true);
    expect(reads('az:noun', 'ölüm', 'ölümü')).toBe(true);
  });

  it('reads a family name’s plural, and only the plural, as the family', () => {
    expect(reads('az:family', 'Səfərov', 'Səfərovlar')).toBe(true);
    expect(reads('az:family', 'Səfərov', 'Səfərovların')).toBe(true);
    expect(reads('az:family', 'Səfərov', 'Səfərov')).toBe(false);
    expect(reads('az:family', 'Səfərov', 'Səfərovun')).toBe(false);
  });

  it('compiles each grammar to a small automaton', () => {
    for (const name of Object.keys(az.grammars!)) expect(JSON.stringify(grammar(name)).length, name).toBeLessThan(3000);
  });
});
