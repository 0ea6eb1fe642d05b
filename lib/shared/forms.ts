/**
 * The written forms of a name a reader may meet: Russian case endings for Cyrillic names, and the
 * plural of a family name ("the Safarovs", «Сафаровых»). Input and output are folded text (see fold.ts).
 */

/** Case endings by case (nom, gen, dat, acc, ins, prep), for a word class; the stem drops `cut` letters. */
interface Paradigm {
  cut: number;
  cases: string[][];
}

const consonant: Paradigm = { cut: 0, cases: [[''], ['а'], ['у'], ['', 'а'], ['ом', 'ым', 'ем'], ['е']] };
const consonantPlural: Paradigm = { cut: 0, cases: [['ы', 'и'], ['ов', 'ых', 'ей'], ['ам', 'ым'], ['ов', 'ых', 'ы'], ['ами', 'ыми'], ['ах', 'ых']] };
const paradigms: [RegExp, Paradigm][] = [
  // Adjectives before a noun (Нагорный Карабах); -ий also covers nouns like Юрий (Юрия).
  [/ый$/, { cut: 2, cases: [['ый'], ['ого'], ['ому'], ['ый', 'ого'], ['ым'], ['ом']] }],
  [/[^и]ий$/, { cut: 2, cases: [['ий'], ['его', 'ого', 'ия'], ['ему', 'ому', 'ию'], ['ий', 'его', 'ия'], ['им', 'ием'], ['ем', 'ии']] }],
  [/ой$/, { cut: 2, cases: [['ой'], ['ого'], ['ому'], ['ой', 'ого'], ['ым'], ['ом']] }],
  [/ия$/, { cut: 1, cases: [['я'], ['и'], ['и'], ['ю'], ['ей', 'ею'], ['и']] }],
  [/а$/, { cut: 1, cases: [['а'], ['ы', 'и'], ['е'], ['у'], ['ой', 'ою'], ['е']] }],
  [/я$/, { cut: 1, cases: [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']] }],
  [/й$/, { cut: 1, cases: [['й'], ['я'], ['ю'], ['я'], ['ем'], ['е']] }],
  [/ь$/, { cut: 1, cases: [['ь'], ['я', 'и'], ['ю', 'и'], ['ь', 'я'], ['ем', 'ью'], ['е', 'и']] }],
  [/[бвгджзклмнпрстфхцчшщ]$/, consonant],
];
/** Words that never decline (Баку, Тбилиси) or are too short to inflect safely. */
const indeclinable: Paradigm = { cut: 0, cases: [['']] };

const cyrillicWord = /^[\u0400-\u04ff]+$/;

function paradigmOf(word: string): Paradigm {
  if (!cyrillicWord.test(word) || word.length < 3) return indeclinable;
  for (const [re, p] of paradigms) if (re.test(word)) return p;
  return indeclinable;
}

function wordForms(word: string, p: Paradigm, caseIndex: number): string[] {
  const stem = word.slice(0, word.length - p.cut);
  return (p.cases[caseIndex] ?? p.cases[0]!).map((ending) => stem + ending);
}

/** Every case of a (multi-word) Cyrillic name, its words agreeing in case; other scripts as they are. */
export function inflections(name: string): string[] {
  const words = name.split(' ');
  const ps = words.map(paradigmOf);
  if (ps.every((p) => p === indeclinable)) return [name];
  const out = new Set<string>();
  for (let c = 0; c < 6; c++) {
    let combos = [''];
    words.forEach((w, i) => {
      const forms = wordForms(w, ps[i]!, ps[i] === indeclinable ? 0 : c);
      combos = combos.flatMap((prefix) => forms.map((f) => (prefix ? `${prefix} ${f}` : f)));
    });
    combos.forEach((f) => out.add(f));
  }
  return [...out];
}

/** The plural forms of a family name, in English or Russian. */
export function pluralForms(familyName: string): string[] {
  if (cyrillicWord.test(familyName.replace(/ /g, ''))) {
    const p = paradigmOf(familyName);
    if (p !== consonant) return [];
    return [...new Set(consonantPlural.cases.flat().map((e) => familyName + e))];
  }
  return [familyName + 's', familyName + 'es'];
}
