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
  [/ая$/, { cut: 2, cases: [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']] }],
  [/яя$/, { cut: 2, cases: [['яя'], ['ей'], ['ей'], ['юю'], ['ей', 'ею'], ['ей']] }],
  [/ое$/, { cut: 2, cases: [['ое'], ['ого'], ['ому'], ['ое'], ['ым'], ['ом']] }],
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

const adjective = /(?:ый|ий|ой|ая|яя|ое|ее)$/;
const prepositions = new Set(['о', 'об', 'в', 'во', 'на', 'с', 'со', 'по', 'за', 'для', 'от', 'до', 'из', 'к', 'ко', 'у', 'при', 'над', 'под']);

/** Every case of the words marked to decline, agreeing; the other words as written. */
function decline(words: string[], declines: (i: number) => boolean, out: Set<string>) {
  const ps = words.map((w, i) => (declines(i) ? paradigmOf(w) : indeclinable));
  for (let c = 0; c < 6; c++) {
    let combos = [''];
    words.forEach((w, i) => {
      const forms = wordForms(w, ps[i]!, ps[i] === indeclinable ? 0 : c);
      combos = combos.flatMap((prefix) => forms.map((f) => (prefix ? `${prefix} ${f}` : f)));
    });
    combos.forEach((f) => out.add(f));
  }
}

/**
 * Every case of a (multi-word) Cyrillic name; other scripts as they are. Words agree in case («Гусейна
 * Сафарова»); what follows a preposition stays as written («декларации о союзническом взаимодействии»);
 * and a phrase may also decline only its leading adjectives and head noun, keeping a genitive after it
 * («генеральной прокуратуры Азербайджана»).
 */
export function inflections(name: string): string[] {
  const words = name.split(' ');
  if (!words.some((w) => cyrillicWord.test(w))) return [name];
  const prep = words.findIndex((w) => prepositions.has(w));
  const before = prep < 0 ? words.length : prep;
  const out = new Set<string>();
  decline(words, (i) => i < before, out);
  const head = words.findIndex((w) => !adjective.test(w));
  if (head >= 0 && head < before - 1) decline(words, (i) => i <= head, out);
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
