/**
 * Russian. Words decline: each word's paradigm is chosen by its ending (as Snowball's stemmer reads
 * Russian, but generating instead of stripping), a phrase's adjectives agree with its head noun, and what
 * follows the head (a preposition's object, a genitive) stays as written. Forms are spelled out whole:
 * the trie holds them, so no suffix check runs on the page.
 */
import type { Form, Language, Role } from './types';

/** The six cases in order: nominative, genitive, dative, accusative, instrumental, prepositional. */
type Cases = string[][];
interface Paradigm {
  /** How many letters the stem drops from the nominative. */
  cut: number;
  singular: Cases;
  plural: Cases;
}

const hard = (pl: string) => ({ cut: 0, singular: [[''], ['а'], ['у'], ['', 'а'], ['ом'], ['е']], plural: [[pl], ['ов', 'ей'], ['ам'], [pl, 'ов'], ['ами'], ['ах']] });

/** Nouns by the ending of their nominative singular; the first that fits is taken. */
const nouns: [RegExp, Paradigm][] = [
  // россиянин, россияне.
  [/[ая]нин$/, { cut: 2, singular: [['ин'], ['ина'], ['ину'], ['ина'], ['ином'], ['ине']], plural: [['е'], [''], ['ам'], [''], ['ами'], ['ах']] }],
  // Family names in -ов/-ев/-ин/-ын decline like adjectives in the instrumental and plural (Сафаровым, Сафаровых).
  [/(ов|ев|ёв|ин|ын)$/, { cut: 0, singular: [[''], ['а'], ['у'], ['', 'а'], ['ым', 'ом'], ['е']], plural: [['ы'], ['ых', 'ов'], ['ым', 'ам'], ['ых', 'ы'], ['ыми', 'ами'], ['ых', 'ах']] }],
  // The fleeting vowel: азербайджанец, азербайджанца.
  [/ец$/, { cut: 2, singular: [['ец'], ['ца'], ['цу'], ['ца'], ['цем', 'цом'], ['це']], plural: [['цы'], ['цев', 'цов'], ['цам'], ['цев'], ['цами'], ['цах']] }],
  [/ия$/, { cut: 1, singular: [['я'], ['и'], ['и'], ['ю'], ['ей', 'ею'], ['и']], plural: [['и'], ['й'], ['ям'], ['и'], ['ями'], ['ях']] }],
  [/ие$/, { cut: 1, singular: [['е'], ['я'], ['ю'], ['е'], ['ем'], ['и']], plural: [['я'], ['й'], ['ям'], ['я'], ['ями'], ['ях']] }],
  [/[кгхжшчщ]а$/, { cut: 1, singular: [['а'], ['и'], ['е'], ['у'], ['ой', 'ою'], ['е']], plural: [['и'], [''], ['ам'], ['и'], ['ами'], ['ах']] }],
  [/а$/, { cut: 1, singular: [['а'], ['ы'], ['е'], ['у'], ['ой', 'ою'], ['е']], plural: [['ы'], ['', 'ов'], ['ам'], ['ы'], ['ами'], ['ах']] }],
  [/я$/, { cut: 1, singular: [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']], plural: [['и'], ['ь', 'й'], ['ям'], ['и'], ['ями'], ['ях']] }],
  [/о$/, { cut: 1, singular: [['о'], ['а'], ['у'], ['о'], ['ом'], ['е']], plural: [['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] }],
  // A neuter in -е after ц ж ш ч щ declines as one in -о (сердце, с больным сердцем, остановка сердца).
  [/[цжшчщ]е$/, { cut: 1, singular: [['е'], ['а'], ['у'], ['е'], ['ем'], ['е']], plural: [['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] }],
  [/й$/, { cut: 1, singular: [['й'], ['я'], ['ю'], ['й', 'я'], ['ем'], ['е']], plural: [['и'], ['ев'], ['ям'], ['и'], ['ями'], ['ях']] }],
  // -ь is masculine or feminine: both sets of endings (гибель, гибели, гибелью; Кремль, Кремля).
  [/ь$/, { cut: 1, singular: [['ь'], ['я', 'и'], ['ю', 'и'], ['ь', 'я'], ['ем', 'ью'], ['е', 'и']], plural: [['и'], ['ей'], ['ям'], ['и'], ['ями'], ['ях']] }],
  [/[кгхжшчщ]$/, hard('и')],
  [/[бвдзлмнпрстфц]$/, hard('ы')],
];

/** A plural given as the name (органы, братья): its cases from the nominative plural. */
const pluralNouns: [RegExp, Paradigm][] = [
  // Family names in the plural (Сафаровы, Сафаровых); a noun like основы keeps its own endings too.
  [/(ов|ев|ёв)ы$/, { cut: 1, singular: [], plural: [['ы'], ['ых', 'ов', ''], ['ым', 'ам'], ['ых', 'ы'], ['ыми', 'ами'], ['ых', 'ах']] }],
  [/ья$/, { cut: 1, singular: [], plural: [['я'], ['ев'], ['ям'], ['ев'], ['ями'], ['ях']] }],
  [/[ая]не$/, { cut: 1, singular: [], plural: [['е'], [''], ['ам'], [''], ['ами'], ['ах']] }],
  [/ы$/, { cut: 1, singular: [], plural: [['ы'], ['ов', ''], ['ам'], ['ы', 'ов'], ['ами'], ['ах']] }],
  [/и$/, { cut: 1, singular: [], plural: [['и'], ['ей', 'ов', 'ев', 'й', ''], ['ам', 'ям'], ['и', 'ей'], ['ами', 'ями'], ['ах', 'ях']] }],
  // A neuter plural (тела, телах).
  [/а$/, { cut: 1, singular: [], plural: [['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] }],
];

/**
 * Neuter nouns written in their plural (тела: the bodies). By its ending such a word reads as a feminine singular, which
 * would give it the cases of one (на теле: on a body, anyone's); so the ones packs write are listed, to decline as plurals.
 */
const neuterPlurals = new Set(['тела']);

/** Adjective endings: masculine, feminine, neuter singular, and plural, by case. */
interface AdjectiveEndings {
  m: Cases;
  f: Cases;
  n: Cases;
  pl: Cases;
}
const hardAdjective: AdjectiveEndings = {
  m: [['ый', 'ой'], ['ого'], ['ому'], ['ый', 'ой', 'ого'], ['ым'], ['ом']],
  f: [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']],
  n: [['ое'], ['ого'], ['ому'], ['ое'], ['ым'], ['ом']],
  pl: [['ые'], ['ых'], ['ым'], ['ые', 'ых'], ['ыми'], ['ых']],
};
/** After к г х (российский, азербайджанский): и for ы. */
const velarAdjective: AdjectiveEndings = {
  m: [['ий', 'ой'], ['ого'], ['ому'], ['ий', 'ой', 'ого'], ['им'], ['ом']],
  f: [['ая'], ['ой'], ['ой'], ['ую'], ['ой', 'ою'], ['ой']],
  n: [['ое'], ['ого'], ['ому'], ['ое'], ['им'], ['ом']],
  pl: [['ие'], ['их'], ['им'], ['ие', 'их'], ['ими'], ['их']],
};
/** Soft stems and after ж ш ч щ (синий, общий). */
const softAdjective: AdjectiveEndings = {
  m: [['ий'], ['его', 'ого'], ['ему', 'ому'], ['ий', 'его'], ['им'], ['ем', 'ом']],
  f: [['яя', 'ая'], ['ей', 'ой'], ['ей', 'ой'], ['юю', 'ую'], ['ей'], ['ей', 'ой']],
  n: [['ее', 'ое'], ['его', 'ого'], ['ему', 'ому'], ['ее', 'ое'], ['им'], ['ем', 'ом']],
  pl: [['ие'], ['их'], ['им'], ['ие', 'их'], ['ими'], ['их']],
};

const adjectiveEnding = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const cyrillic = /^[\u0400-\u04ff]+$/;
/** Words that do not decline: foreign names in a vowel (Баку, Тбилиси), abbreviations (СССР, РФ). */
const isIndeclinable = (word: string) => !cyrillic.test(word) || word.length < 3 || /[уюиэ]$/.test(word) || word === word.toUpperCase();

function adjectiveParadigm(word: string): { endings: AdjectiveEndings; stem: string; gender: keyof AdjectiveEndings } | null {
  const m = adjectiveEnding.exec(word);
  if (!m || word.length < 5) return null;
  const stem = word.slice(0, -2);
  const ending = m[1]!;
  const gender: keyof AdjectiveEndings = ending === 'ая' || ending === 'яя' ? 'f' : ending === 'ое' || ending === 'ее' ? 'n' : ending === 'ые' || ending === 'ие' ? 'pl' : 'm';
  const endings = /[кгх]$/.test(stem)
    ? velarAdjective
    : /[жшчщ]$/.test(stem) || ending === 'яя' || ending === 'ее' || (ending === 'ий' && /н$/.test(stem))
      ? softAdjective
      : ending === 'ий' || ending === 'ие'
        ? velarAdjective
        : hardAdjective;
  return { endings, stem, gender };
}

/**
 * Numerals of two and both decline their own way (оба, обоих; двое, двоих), not as nouns (оба would give об). «Оба» is masculine and
 * neuter, «обе» feminine, each with its own forms: «оба брата», never «обе» («обе страны», both countries, is no word for brothers).
 */
const numerals: Record<string, Cases> = {
  оба: [['оба'], ['обоих'], ['обоим'], ['оба', 'обоих'], ['обоими'], ['обоих']],
  обе: [['обе'], ['обеих'], ['обеим'], ['обе', 'обеих'], ['обеими'], ['обеих']],
  два: [['два', 'две'], ['двух'], ['двум'], ['два', 'две', 'двух'], ['двумя'], ['двух']],
  двое: [['двое'], ['двоих'], ['двоим'], ['двое', 'двоих'], ['двоими'], ['двоих']],
  трое: [['трое'], ['троих'], ['троим'], ['трое', 'троих'], ['троими'], ['троих']],
};
numerals.две = numerals.два!;
numerals.двух = numerals.два!;
numerals.двоих = numerals.двое!;

/** One word's forms in one case and number ('sg' or 'pl'), agreeing with `gender` if it is an adjective. */
function wordCase(word: string, c: number, number: 'sg' | 'pl', asAdjective: boolean): string[] {
  const numeral = numerals[word];
  if (numeral) return numeral[c]!;
  // -и ends foreign names (Тбилиси) but also plurals (территории): in a plural phrase it declines (not a
  // particle of two letters: ни would give нам, ней, нов).
  if (isIndeclinable(word) && !(number === 'pl' && /и$/.test(word) && word.length > 2)) return [word];
  if (asAdjective) {
    const adj = adjectiveParadigm(word);
    if (adj) {
      const column = number === 'pl' ? adj.endings.pl : adj.gender === 'pl' ? adj.endings.pl : adj.endings[adj.gender];
      return column[c]!.map((e) => adj.stem + e);
    }
  }
  const table = number === 'pl' && (isPluralNoun(word) || /ии$/.test(word)) ? pluralNouns : nouns;
  for (const [re, p] of table) {
    if (!re.test(word)) continue;
    const stem = word.slice(0, word.length - p.cut);
    const cases = number === 'pl' ? p.plural : p.singular;
    return (cases[c] ?? [''])!.map((e) => stem + e);
  }
  return [word];
}

/** Whether a noun as written is a nominative plural (органы, братья, россияне). */
function isPluralNoun(word: string): boolean {
  return /(ья|[ая]не|ы)$/.test(word) || (/и$/.test(word) && !/ии$/.test(word)) || neuterPlurals.has(word);
}

const prepositions = new Set(['о', 'об', 'в', 'во', 'на', 'с', 'со', 'по', 'за', 'для', 'от', 'до', 'из', 'к', 'ко', 'у', 'при', 'над', 'под']);

/**
 * Every form of a phrase in the given numbers: words up to a preposition decline together, adjectives
 * agreeing with the head noun; and also only the leading adjectives and head noun, keeping a genitive after
 * it («генеральной прокуратуры Азербайджана»).
 */
export function declinePhrase(phrase: string, numbers: ('sg' | 'pl')[]): string[] {
  const words = phrase.split(' ');
  if (!words.some((w) => cyrillic.test(w))) return [phrase];
  const prep = words.findIndex((w) => prepositions.has(w));
  const before = prep < 0 ? words.length : prep;
  // The head noun: the first word that is not an adjective, or the last one (крушение, not an adjective).
  // After a plural adjective the head is the first plural noun: «оккупированные Россией территории».
  const pluralAdjective = before > 1 && adjectiveParadigm(words[0]!)?.gender === 'pl';
  const found = words.findIndex((w, i) => i < before - 1 && !adjectiveParadigm(w) && (!pluralAdjective || /(ы|и|ья|[ая]не)$/.test(w)));
  const head = found >= 0 ? found : before - 1;
  const out = new Set<string>([phrase]);
  const spans = [before];
  if (head >= 0 && head < before - 1) spans.push(head + 1);
  // A phrase written in the plural (российские правоохранительные органы) declines in the plural only.
  const headWord = words[head] ?? '';
  const plural = pluralAdjective || (head > 0 && adjectiveParadigm(words[head - 1]!)?.gender === 'pl') || /(ья|[ая]не|ы)$/.test(headWord) || neuterPlurals.has(headWord);
  const written = plural ? ['pl' as const] : numbers;
  for (const declined of spans) {
    for (const number of written) {
      for (let c = 0; c < 6; c++) {
        let combos = [''];
        words.forEach((w, i) => {
          // Before the head only adjectives agree; another word there («Россией») stays as written.
          const agrees = i >= head || !!adjectiveParadigm(w);
          const forms = i < declined && agrees ? wordCase(w, c, number, i < head) : [w];
          combos = combos.flatMap((prefix) => forms.map((f) => (prefix ? `${prefix} ${f}` : f)));
        });
        combos.forEach((f) => out.add(f));
      }
    }
  }
  return [...out];
}

/**
 * Every gender, number and case of an adjective (азербайджанский → азербайджанской, азербайджанских…); or, for one that stands as a noun
 * (`asNoun`: второй, задержанные), its own gender's and the plural's only, a plural as written taking the masculine for its singular:
 * «второй» is a man («второго брата»), never «второе» or «вторая» («второе заключение», the second report).
 */
function adjectiveForms(word: string, asNoun = false): string[] {
  const adj = adjectiveParadigm(word);
  if (!adj) return [word];
  const out = new Set<string>();
  const columns = asNoun ? [adj.gender === 'pl' ? adj.endings.m : adj.endings[adj.gender], adj.endings.pl] : [adj.endings.m, adj.endings.f, adj.endings.n, adj.endings.pl];
  for (const column of columns) for (const c of column) for (const e of c) out.add(adj.stem + e);
  return [...out];
}

/**
 * A given name with its family name in the plural, as siblings named together are written («Зияддина и
 * Гусейна Сафаровых»): the given name's case with the plural surname's.
 */
function withSharedSurname(name: string): string[] {
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  if (words.length < 2 || !/(ов|ев|ин|ын)$/.test(surname)) return [];
  const out: string[] = [];
  for (let c = 0; c < 6; c++) {
    const given = words.slice(0, -1).map((w) => wordCase(w, c, 'sg', false));
    const plural = wordCase(surname, c, 'pl', false);
    let combos = [''];
    for (const forms of [...given, plural]) combos = combos.flatMap((prefix) => forms.map((f) => (prefix ? `${prefix} ${f}` : f)));
    out.push(...combos);
  }
  return out;
}

const numbersOf: Record<Role, ('sg' | 'pl')[]> = { name: ['sg'], person: ['sg'], family: ['sg'], adjective: ['sg'], demonym: ['sg', 'pl'], noun: ['sg', 'pl'], stem: ['sg'] };

export const ru: Language = {
  code: 'ru',
  // Romanised so that every outlet's spelling meets: г and х both as h (Гусейн, Хусейн = Huseyn), й ы as i.
  romanise: {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'h',
    д: 'd',
    е: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'i',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'i',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
    // Ukrainian letters, for names written in Ukrainian (Київ).
    і: 'i',
    ї: 'i',
    є: 'e',
    ґ: 'h',
    ў: 'u',
  },
  // Verb stems (a final hyphen) reach every form: заяв- (заявил, заявила, заявляют, заявление), утвержда-.
  attribution: [
    // Repeating an account insistently («твердили одно: …»), standing by it («стоит на своём: …»).
    'тверди-',
    'стоит на своём',
    'стоят на своём',
    'стоял на своём',
    'стояла на своём',
    'стояли на своём',
    // Keeping to an account («не отказывается от обвинений в пытках»): it stands by it.
    'не отказыва-',
    'не отказал-',
    'не отступа-',
    'не смягчил-',
    'не смягчает',
    'не смягчают',
    'заяв-',
    // Having reached a conclusion («Генпрокуратура пришла к выводу, что …»).
    'пришла к выводу',
    'пришёл к выводу',
    'пришли к выводу',
    'приходит к выводу',
    'приходят к выводу',
    'утвержда-',
    // Reasoning from an account («следствие исходит из того, что …»).
    'исходит из того',
    'исходят из того',
    'исходило из того',
    'исходила из того',
    'исходили из того',
    // Answering a question with an account: «Баку отвечает на него одним словом — пытки». (Not ответ-: ответственность.)
    'отвеча-',
    'ответил-',
    'обвин-',
    'настаива-',
    'сообщил-',
    'сообщают',
    'сообщает',
    'по мнению',
    // Taking someone at their word («Если верить российским следователям, …»): by their account.
    'если верить',
    // A reason or a ground to accept or believe an account («не вижу причин принимать объяснение …»: negated, a denial; not a reason to
    // doubt it).
    'причин принима-',
    'причин принять',
    'причин верить',
    'оснований принима-',
    'оснований принять',
    'оснований верить',
    // (Or to speak of it: «не видит оснований говорить о пытках».)
    'оснований говорить',
    'по утверждению',
    'как заявили',
    'сообщается',
    'утверждается',
    'со ссылкой на',
    'согласно',
    'ссылаясь',
    'как утверждается',
    'утверждалось',
    'сообщают',
    'заявляют',
    'считают',
    'полагают',
    'уверены',
    'подчеркнули',
    'указали',
    'отметили',
    'версию',
    'версии',
    'квалифицировал',
    'квалифицировала',
    'квалифицировали',
    'заявив',
    'говорит',
    'говорят',
    'говорили',
    'объясняют',
    'объясняет',
    'писали',
    'пишут',
    'уточнили',
    'настаивает',
    'заявил',
    'заявила',
    'заявили',
    'заявляет',
    'сообщил',
    'сообщила',
    'сообщили',
    'сообщает',
    'по данным',
    'по словам',
    'по версии',
    'в изложении',
    'по информации',
    'утверждает',
    'утверждают',
    'утверждал',
    'считает',
    'считают',
    // Своё мнение в первом лице («Думаю, следователи правы …», «Лично я вполне допускаю, что …»).
    'думаю',
    'считаю',
    'полагаю',
    'допускаю',
    'верю',
    'обвинил',
    'обвинила',
    'обвинили',
    'обвиняет',
    'обвиняют',
    // Laying the blame on someone («Азербайджан винит российскую полицию»), as 'blames'.
    ...['винит', 'винят', 'винил', 'винила', 'винили'],
    'обвинение',
    // Setting out an account («Российская сторона излагает всё куда короче: …»).
    ...['излагает', 'излагают', 'изложил', 'изложила', 'изложили'],
    // Reminding someone of an account («…, напомнил он журналистам, …»).
    ...['напомнил', 'напомнила', 'напомнили', 'напоминает'],
    // Taking an account as proven («В Баку теперь считается доказанным, что …»).
    ...['считается доказанным', 'считается установленным'],
    'назвал',
    'назвала',
    'назвали',
    // (Of an investigation or a committee: «Следствие назвало причиной смерти …».)
    'назвало',
    'говорится',
    'якобы',
    'версия',
    'источник',
    'уверяют',
    'настаивают',
    'сказал',
    // A curt reply («…, точка», — отрезал пользователь).
    'отрезал',
    'отрезала',
    'сказала',
    'заявление',
    'называ-',
    'возлага-',
    'возлож-',
    'уверен-',
    'говорилось',
    'по их словам',
    'по его словам',
    'расценива-',
    'убежд-',
    'по заключению',
    'уточн-',
    'описыва-',
    'описал-',
    'рисует',
    'рисуют',
    'квалифицир-',
    'говор-',
    'заговори-',
    'сообщ-',
    'пиш-',
    'напис-',
    // Пересказ чужих слов («Издание пересказывает слова прокуратуры …»).
    'пересказыва-',
    'отмеча-',
    'отмети-',
    'подчеркива-',
    'подчеркну-',
    'указыва-',
    'объясня-',
    'связыва-',
    'связал-',
    'приписыва-',
    'ссыла-',
    'ссылк-',
    // Repeating an account («В Москве повторяют, что …»); not повторн- (a repeat examination).
    'повторя-',
    'повторил-',
    // Quoting someone («цитирует следователей: …»).
    'цитиру-',
    'процитирова-',
    // «По неофициальной информации …», «по предварительным данным …»: the noun after по, whatever stands between.
    'данным',
    'сведениям',
    'информации',
    'словам',
    'источник-',
    // Characterising («охарактеризовал случившееся как …»), and publications that report («публикациями о том, что …»).
    'охарактеризова-',
    'характеризова-',
    'характеризу-',
    'публикаци-',
    // Spreading, putting forward, seeing in, demanding an account («обвинения, которые тиражируют СМИ», «обвинение, выдвинутое
    // Баку», «СМИ увидели в гибели братьев …», «требования признать, что …»), asking («задаётся вопросом»); and what is alleged
    // («предположительно погибли от побоев»).
    'тиражир-',
    'выдвину-',
    'выдвига-',
    'увидели в',
    'увидел в',
    'увидела в',
    'требовани-',
    'требова-',
    'задаётся вопросом',
    'задаются вопросом',
    'предположительно',
    // Telling, mentioning and remarking («рассказали журналистам, что …», «прокурор упомянул, что …», «депутат заметил, что …»).
    'рассказал-',
    'рассказыва-',
    'упомяну-',
    'упомина-',
    'заметил-',
    // Condemning what was done («осуждали пытки и убийство …»); not осуди-: a court's sentence.
    'осужда-',
    // Adding to what was said («…, добавили в следствии»).
    'добави-',
    'добавля-',
    // «…, как они выразились, пытки и убийство …»: in their words.
    'как они выразились',
    'как он выразился',
    'как она выразилась',
    'как выразился',
    'как выразилась',
    'как выразились',
  ],
  denial: [
    // (Not officialese's denials, tried in the tenth session: «не усматривает», «искажение фактов», «не может быть списана», «с недоверием»
    // deny what their own clause speaks of, «Следствие не усматривает связи между задержанием и смертью», and read a cue beside them as denied.)
    // Not to be convinced («Никто не убедит нас, что …»).
    'не убедит',
    'не убедят',
    'не убедить',
    // Having found none («судебные медики не обнаружили … следов насилия»).
    'не обнаружил-',
    // «Неправда, что …»; no fact; an old trick.
    'неправда',
    'не факт',
    'а не фактом',
    'а не установленным фактом',
    'старый приём',
    'отверг-',
    'опроверг-',
    // Disputing an account («категорически оспаривает … версию»).
    'оспарива-',
    'оспорил-',
    'оспорить',
    // Turning down and sweeping aside a charge («Обвинения … российская сторона отклоняет», «отметает»).
    'отклоня-',
    'отклонил-',
    'отмета-',
    'отмел',
    'отмела',
    'отрица-',
    'отвергают',
    'опровергают',
    'исключили',
    'исключают',
    // («Версия Москвы не оставляет места для пыток».)
    'не оставляет места для',
    'не оставляют места для',
    'отрицают',
    'не признает',
    'не признают',
    'назвали ложью',
    // An account said to be none («Российскую версию и версией-то назвать трудно»).
    'назвать трудно',
    'назвал ложью',
    'не соответствует действительности',
    'клевета',
    'отвергнув',
    'не верят',
    'не верит',
    // (And in the first person: «Не верю, что у взрослого мужчины … остановилось сердце».)
    'не верю',
    // Отказ верить («Отказываюсь верить, что полиция убила …»).
    'отказываюсь верить',
    'отказывается верить',
    'отказываются верить',
    'не верим',
    // (Its subject after it: «Не верю я ни в какие пытки».)
    'не верю я',
    'не верим мы',
    // (And the future: «никогда не поверю, что …».)
    'не поверю',
    'не поверим',
    'отверг',
    'отвергла',
    'отвергли',
    'отвергает',
    'отвергают',
    'опроверг',
    'опровергла',
    'опровергли',
    'опровергает',
    'опровержение',
    'отрицает',
    'отрицают',
    'отрицал',
    'отрицали',
    'ложь',
    'ложью',
    'ложными',
    'беспочвенными',
    'голословными',
    'не подтверждает',
    'не согласна',
    'не согласен',
    // Not admitting even the thought («не допускает и мысли о том, что …»).
    'не допускает и мысли',
    'не допускают и мысли',
    'не допускает мысли',
    'не допускают мысли',
    'отговорк-',
    'неприемлем-',
    'не заслуживающ-',
    'выдумк-',
    'неправдоподобн-',
    // Calling an account unconvincing («назвали версию … неубедительной»).
    'неубедительн-',
    'прикрыти-',
    'издевательств-',
    'абсурд-',
    'смехотворн-',
    'чепух-',
    'сказк-',
    'не поверит',
    'не поверят',
    'не подтверждается',
    'не подтверждаются',
    'ничем не подтвержд-',
    'скрыть правду',
    'отмахну-',
    'высмея-',
    // Насмешка и сомнение («МК высмеивает …», «Оно сомневается, что сердечный приступ может объяснить …»).
    'высмеива-',
    'потешал-',
    'потешаю-',
    'потешать-',
    'сомнева-',
    'ничем не подкрепл-',
    'не подкрепл-',
    'необоснованн-',
    'бездоказательн-',
    'надуманн-',
    'попыткой скрыть',
    'попытка скрыть',
    'попытку скрыть',
    'попытки скрыть',
    'замять',
    'замалчива-',
    'противореч-',
    'не вяж-',
    'плохо вяж-',
    'не сходится',
    'не сходятся',
    'не убеждает',
    // Обвинения, названные политически мотивированными.
    'обвинени- … политически мотивирован-',
    'не убедил-',
    'не устраивает',
    'не доверя-',
    'под сомнени-',
    'кто поверит',
    'кто же поверит',
    'не подтвержда-',
    'не подтверди-',
    'не соглас-',
    // «… — не более чем инструмент давления».
    'не более чем',
    // Naming an account an insult, groundless, hard to believe, propaganda.
    'оскорблени-',
    'безосновательн-',
    'несостоятельн-',
    'беспочвенн-',
    // «с серьёзным лицом рассказывают»: насмешка над версией.
    'с серьёзным лицом',
    'с серьезным лицом',
    // «назвала обвинения в пытках провокацией».
    'провокаци-',
    'трудно поверить',
    'сложно поверить',
    'невозможно поверить',
    // (And in the first person: «не могу поверить, что здешние полицейские пытали …».)
    'не могу поверить',
    'не можем поверить',
    'трудно верить',
    'пропаганд-',
    // Или политикой: «Все эти разговоры о пытках — чистая политика».
    ...['чистая политика', 'чистой политикой', 'просто политика', 'одна политика', 'сплошная политика'],
    'дезинформаци-',
    'информационн- … атак-',
    'информационн- … войн-',
    'информационн- … вброс-',
    'информационн- … кампани-',
    'политическ- … кампани-',
    // No evidence of it: «никаких доказательств того, что …», «доказательств нет».
    'никаких доказательств',
    'нет доказательств',
    // Nothing said to prove it: «ничто в материалах дела не доказывает, будто …».
    'ничто … не доказыва-',
    // Or no one to have proved it, nothing seen that would prove it: «Никто не доказал, что этих людей пытали», «не видел ничего, что
    // доказывало бы», «Пока я не увидел ничего, что заставило бы меня думать, будто …» (not «что доказывали бы» alone: «ищет видеозаписи,
    // что доказывали бы избиение»; review).
    'никто не доказал',
    'никто так и не доказал',
    ...['не видел ничего', 'не увидел ничего', 'не вижу ничего', 'не видела ничего', 'не увидела ничего'],
    'доказательств нет',
    // Evidence not produced, signs not found, with the cue between («Доказательств пыток до сих пор никто не предъявил», «признаков
    // насилия на теле … не обнаружено»), or after («не обнаружено признаков насилия»).
    'доказательств- … не предъяв-',
    'доказательств- … не представ-',
    'признак- … не обнаружен-',
    'признак- … не выявлен-',
    'не обнаружен- … признак-',
    'не выявлен- … признак-',
    'никаких следов',
    // A rhetorical question that rules an account out («Неужели инфаркт оставляет …?»); an account called speculation or
    // fiction, or said to explain nothing.
    'неужели',
    'с каких пор',
    'домысл-',
    'вымысл-',
    'выдуман-',
    // Said to be made up («историю о пытках придумали в Баку ради политики»).
    ...['придумали', 'придумал', 'придумала', 'придуман-'],
    'ничего не объясня-',
    // Said to explain nothing of it («Инфаркт гибель двух братьев не объясняет»; not «не объяснить», which may be of something else:
    // «… — иначе их травмы не объяснить»).
    'не объясняет',
    'не объясняют',
    // Called untrue as a participle («назвали не соответствующими действительности»), far from the truth, a way to cover tracks.
    'не соответству- … действительности',
    'далеки от истины',
    'далека от истины',
    'далеко от истины',
    'далёк от истины',
    'замести следы',
    'заметать следы',
    // Refusing to accept or recognise an account («отказывается принимать версию», «отказываются признавать вывод»), meeting it with
    // irony («с горькой иронией встретили слова о …»; not «по иронии судьбы», ironically).
    'отказывается принима-',
    'отказываются принима-',
    'отказался приня-',
    'отказалась приня-',
    'отказались приня-',
    'отказывается призна-',
    'отказываются призна-',
    'отказался призна-',
    'отказалась призна-',
    'отказались призна-',
    'с иронией',
    'с горькой иронией',
    'с нескрываемой иронией',
    'иронизир-',
    // Not taking an account seriously, not accepting it («всерьёз не воспринимают», «не приняли объяснение»).
    // Brushing an account aside («отмахиваются от обвинений»).
    'отмахива-',
    'отмахнул-',
    'всерьёз не восприним-',
    'не восприним- всерьёз',
    'не воспринял- всерьёз',
    'не принял-',
    'не принима-',
    // Not ready to accept it («не готовы принять объяснение»).
    'не готовы принять',
    'не готов принять',
  ],
  // (Сказки: a tale told, an account as its deniers name it; it denies too.)
  // (And an account set at a distance: «так называемый инфаркт», the so-called heart attack.)
  // (A story about something, «историю про пытки», declined as a phrase, the preposition kept; not «история о том, как …», which tells
  // what happened: «Никто не забудет историю о том, как братьев пытали».)
  // («История с инфарктом», the heart-attack story, in its cases: «не верю в эту историю с инфарктом».)
  claimNouns: [
    'верси-',
    'объяснени-',
    'разговоры',
    'разговоров',
    'рассказы',
    'рассказов',
    'позици-',
    'сказк-',
    'история про',
    'историю про',
    'истории про',
    'история с',
    'историю с',
    'истории с',
    'историей с',
    'так называем-',
  ],
  demonstratives: ['эта', 'эту', 'этой', 'эти', 'этих', 'это', 'такую', 'данную', 'данной'],
  charges: ['обвинени-', 'утверждени-', 'заявлени-', 'слова', 'сведени-', 'данные'],
  pointers: { last: ['это'], object: ['это', 'этого', 'этому', 'этим', 'этом'] },
  viewpoint: ['для'],
  people: ['они', 'их', 'им', 'ими'],
  // «Эти люди», these people: the pack's words for the incident's people only where the people named last before them are the incident's.
  pointingPeople: {
    words: [
      ...['эти люди', 'этих людей', 'этим людям', 'этими людьми', 'эти ребята', 'этих ребят', 'этим ребятам', 'этими ребятами'],
      ...['эти мальчики', 'этих мальчиков', 'этим мальчикам', 'этими мальчиками', 'эти парни', 'этих парней', 'этим парням'],
    ],
    others: ['другие', 'других', 'другим', 'другими', 'остальные', 'остальных', 'остальным', 'остальными'],
  },
  relatives: ['котор-'],
  // (And a broadcast's turn to other news before a colon: «К новостям спорта: …».)
  facts: ['факт', 'фактом', 'факты', 'правда'],
  sources: ['сторона', 'следствие', 'прокуратура', 'полиция', 'силовики'],
  participles: ['отвергая', 'отвергнув', 'отрицая', 'опровергая', 'опровергнув', 'отклоняя', 'отклонив', 'оспаривая'],
  // Custody in general: places of detention in the plural, and deaths and complaints in custody as a kind.
  general: [
    // Patients, a population a hospital or an ambulance serves, anyone's («Двое пожилых пациентов с сердечной недостаточностью скончались»).
    'пациенты',
    'пациентов',
    'пациентам',
    'пациентами',
    'пациентах',
    'тюрьмах',
    'тюрем',
    'колониях',
    'колоний',
    'изоляторах',
    'изоляторов',
    'местах лишения свободы',
    'мест лишения свободы',
    'отделах полиции',
    'отделениях полиции',
    'смерти под стражей',
    'смертей под стражей',
    'жалобы на пытки',
    'жалоб на пытки',
    // Complaints counted as a kind, whatever they are about («жалоб на избиения в полиции»): the plural in every case.
    'жалобы',
    // A population spoken of as a kind («внезапная сердечная смерть у мужчин до пятидесяти лет», «среди молодых мужчин»; not «у мужчин»
    // alone, which may be the brothers).
    'среди мужчин',
    'среди молодых мужчин',
    'мужчин до',
    'мужчин старше',
    'мужчин моложе',
    // («мужчины за шестьдесят с больным сердцем», «пожилой мужчина»: men of an age, anyone's.)
    'мужчины за',
    'мужчин за',
    'мужчинам за',
    'пожилой мужчина',
    'пожилые мужчины',
  ],
  // Many cases or a kind spoken of: how often, for how long, how many, statistics (a general statement, of no one case).
  generic: [
    'каждый год',
    'ежегодно',
    'годами',
    'из года в год',
    'сотни',
    'сотен',
    'сотнями',
    'тысячи',
    'тысячами',
    'десятки',
    'десятков',
    'десятками',
    'десятки раз',
    'неоднократно',
    'не раз',
    'регулярно',
    'систематически',
    'как правило',
    // How often, over many cases: «чаще всего в документах пишут …».
    'чаще всего',
    'обычно',
    'статистик-',
    // A share of everyone: «Каждый второй умирает от …», «каждая третья смерть».
    ...['каждый второй', 'каждого второго', 'каждый третий', 'каждого третьего', 'каждая вторая', 'каждая третья', 'каждой второй', 'каждой третьей'],
    'более ста',
    // How common, how rare: «жалобы … поступают регулярно, но до суда такие дела доходят редко», «главная причина смертности».
    'распространен-',
    'редко',
    'нередко',
    // (Or almost never: «Почему российские суды почти никогда не выносят приговоров за пытки».)
    ...['почти никогда', 'практически никогда'],
    'главная причина',
    'главной причиной',
    // Courts' rulings over many cases: «признавал Россию нарушившей запрет пыток по делам об избиениях».
    'по делам',
    'в делах',
    'Европейский суд по правам человека',
    'ЕСПЧ',
    'Страсбургский суд',
    // Medicine's own terms for a kind of death.
    'внезапная сердечная смерть',
    // Medicine on anyone: risks and risk factors, definitions («… повышают риск инфаркта», «инфаркт — это когда …»).
    'риск',
    'риска',
    'риском',
    'риски',
    'факторы риска',
    'факторов риска',
    'фактор риска',
    'это когда',
    'основная причина',
    'основной причиной',
    // What happens in many places or in a sample: «в разных странах», «в нашей выборке».
    'в разных странах',
    'во многих странах',
    'выборк-',
  ],
  // Irony right before a cue: an account the outlet mocks ("the convenient 'weak heart'").
  // (And «так кстати»: «у задержанного опять так кстати отказало сердце»; not «кстати» alone, by the way.)
  ironic: ['удобн-', 'своевременн-', 'знаменит-', 'так кстати', 'столь кстати', 'очень кстати'],
  concealment: ['скрыть', 'скрыва-', 'сокры-', 'замять', 'замалчива-', 'утаи-', 'прикры-'],
  otherVictims: [
    // (Those of a war: prisoners of war and hostages.)
    'военноплен-',
    'заложник-',
    'демонстрант-',
    'протестующ-',
    'митингующ-',
    'пикетчик-',
    'студент-',
    'участник-',
    'участниц-',
    'болельщик-',
    'фанат-',
    'мирных жителей',
    'мирные жители',
    'с животными',
    'над животными',
    'к животным',
  ],
  unrelated: [
    'вне связи',
    'не связан-',
    'не имеет отношения',
    'к делу не относ-',
    'к другим новостям',
    'другие новости',
    'к новостям спорта',
    'новости спорта',
    'спортивные новости',
    'из спортивных новостей',
  ],
  ownVoice: [
    // The outlet recalling its own reporting («Напомним то, о чём мы уже писали: …», «Как мы уже сообщали, …»): no one else speaks.
    ...['мы уже писали', 'мы писали', 'мы уже сообщали', 'мы сообщали', 'мы ранее сообщали', 'мы ранее писали'],
    // No change in a position negates nothing of it («В позиции российской стороны изменений нет»).
    'изменений нет',
    'без изменений',
    // Traces that speak for themselves («следы … говорят сами за себя»): no one speaks.
    'говорят сами за себя',
    'говорит сам за себя',
    'говорит само за себя',
    'отметим',
    'заметим',
    'подчеркнем',
    'напомним',
    // Calling things by their names («Давайте называть вещи своими именами: …»): the outlet's own words.
    'называть вещи своими именами',
    'назовем вещи своими именами',
    'называя вещи своими именами',
    // A broadcast's own lead-in («Начнём с …:»).
    'начнём с',
    'наша главная тема',
    'скажем',
    'стоит отметить',
    'следует отметить',
    'нужно сказать',
    'надо сказать',
    // A doubt ruled out negates nothing of the claim («нет сомнений, что …»).
    'нет сомнений',
    'нет никаких сомнений',
    'не вызывает сомнений',
    'без сомнения',
    'без всякого сомнения',
    // Naming with no one who names: «То, что произошло с братьями, называется пытками» (what happened is called torture).
    'называется',
    'называются',
    // A source's wish not to be named negates nothing.
    'не называть его имени',
    'не называть ее имени',
    'не называть своего имени',
    'не называть имени',
    'не называть его фамилии',
    'не называть ее фамилии',
    // Answering for something («никто так и не ответил за пытки»): called to account, no one says anything.
    'ответил за',
    'ответила за',
    'ответили за',
    'ответит за',
    'ответят за',
    'ответить за',
  ],
  forwardNegation: ['без'],
  // (And a compound preposition, which names a link of any kind, no cause: «возбудила уголовное дело в связи с действиями полиции».)
  figures: ['в сердце', 'в самом сердце', 'в самое сердце', 'в связи с', 'в связи со'],
  // A game's score: «разгромлен со счётом 1:3».
  scoreWords: ['счётом', 'счетом'],
  // The particle ли asks yes or no («Правда ли, что …?», «Признала ли Москва …?»).
  // (A question with no word that asks for something asks yes or no too: «А у кого-то из братьев раньше были проблемы с сердцем?»; one with
  // какой asks to choose.)
  questions: {
    particles: ['ли', 'ль'],
    interrogatives: [
      ...['что', 'чего', 'чему', 'чем', 'кто', 'кого', 'кому', 'кем', 'ком', 'почему', 'зачем', 'отчего', 'как', 'когда', 'где', 'куда', 'откуда', 'сколько'],
      ...['чей', 'чья', 'чье', 'чьи', 'чьего', 'чьей', 'чьих', 'каков', 'какова', 'каковы'],
      ...['какой', 'какая', 'какое', 'какие', 'какого', 'какую', 'каким', 'каких', 'какому', 'какими'],
    ],
    choices: ['какой', 'какая', 'какое', 'какие', 'какого', 'какую', 'каким', 'каких', 'какому', 'какими'],
    // («Кто всерьёз проглотит эту историю …?»: она ждёт ответа «никто».)
    rhetorical: [
      // «Кто в здравом уме поверит …?», «Кто-то правда верит, что …?»: никто.
      'в здравом уме',
      'правда верит',
      'правда верят',
      'всерьёз верит',
      'всерьез верит',
      // A question that asks since when something happens expects "never" («С каких это пор …?»).
      'с каких пор',
      'с каких это пор',
      'всерьёз',
      'серьёзно',
      'неужели',
      'в это поверить',
      'должны поверить',
      'должны верить',
      'предлагают поверить',
      // «… и мы должны просто кивать?»: go along with it.
      'должны кивать',
      'просто кивать',
      // «… кто в Баку просто кивнёт и согласится?»
      'просто кивнёт',
      'кивнёт и согласится',
      'кто в это поверит',
      'кто согласится',
      'где доказательства',
      'где доказательство',
      // «Разве кто-то доказал, что …?»: ответ «никто» (not «Разве не очевидно, что …?», which expects yes).
      'разве кто',
      'разве кто-то',
      'разве кто-нибудь',
      // «Они нас за дураков держат?»: ответ «нет».
      'нас за дураков',
      'за дураков держат',
      'нас за идиотов',
    ],
    // «Зачем полицейским пытать …?», «С чего бы полиции …?», «С какой стати им …?»: why would they, an infinitive. (Two words at most,
    // the last two of the phrase.)
    why: ['зачем', 'чего бы', 'какой стати'],
    // (Infinitives' endings, not a noun's «-ости»: «Зачем Москва твердит о сердечной недостаточности?» asks why it says so.)
    moods: ['ать', 'ять', 'еть', 'ить', 'уть', 'ыть', 'оть', 'ести', 'зти', 'чь'],
    // «Инфаркт, серьёзно?»: an account echoed back in disbelief.
    echoes: ['серьёзно', 'неужели'],
  },
  negation: ['не', 'нет', 'ни', 'никаких', 'никакие', 'никакой', 'никакого', 'никакая', 'никакую', 'никаким', 'без', 'отсутствуют', 'отсутствовали', 'никто', 'ничто'],
  topics: {
    after: ['о', 'об', 'обо', 'по', 'насчёт', 'касательно', 'относительно'],
    relative: ['согласно которой', 'согласно которому', 'по которой', 'по которому', 'в которой говорится', 'в котором говорится'],
  },
  conjunctions: ['и', 'а', 'но', 'однако', 'зато', 'хотя'],
  pairs: ['и'],
  disjunctions: ['или', 'либо'],
  clauseJoins: { words: ['и', 'а', 'но'], afterComma: true },
  adversatives: ['а', 'но'],
  complementizers: ['что', 'будто'],
  // What makes a common noun for people definite: a word that points, a number, a part of a whole («эти мужчины», «оба задержанных»,
  // «один из задержанных»); bare, it is definite only where the sentence speaks of no kind and no other time.
  determiners: {
    bare: true,
    supposing: ['если'],
    before: [
      ...['эти', 'этих', 'этим', 'этими', 'те', 'тех', 'тем', 'теми', 'данные', 'данных', 'указанные', 'указанных'],
      ...['этот', 'этого', 'этому', 'этим', 'этом'],
      // (And the feminine: «Не верю в эту сердечную недостаточность».)
      ...['эта', 'эту', 'этой'],
      ...['оба', 'обоих', 'обоим', 'обоими', 'двое', 'двоих', 'двоим', 'двух', 'двум', 'двумя', 'два'],
      ...['один из', 'одного из', 'одному из', 'одним из', 'одном из', 'ни один из', 'ни одного из', 'каждый из', 'второй из', 'другой из'],
    ],
  },
  // Числительные, открывающие счётную группу, к которой может отсылать «один из них», «второй»: «двое бывших заключённых …».
  counters: [...['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих', 'двоим', 'двоими'], ...['оба', 'обе', 'обоих', 'обоим', 'обоими', 'обеих', 'обеим', 'обеими']],
  // Счётная группа людей, ещё не названных, вводит других («Двое сотрудников полиции …», «трое двоюродных братьев»); «оба», «старший»,
  // «братья» потом о них. Существительные — основы; слова возраста идут после числа («29 и 34 лет», «67-летнего»).
  groups: {
    counters: [
      ...['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих', 'двоим', 'трое', 'троих', 'троим', 'три', 'трех', 'трем', 'тремя'],
      ...['четверо', 'четверых', 'четыре', 'четырех', 'четырем', 'четырьмя', 'пятеро', 'пятерых', 'шестеро', 'шестерых', 'шестерым'],
    ],
    nouns: [
      'сотрудник',
      'полицейск',
      'сестр',
      'близнец',
      'подсудим',
      'обвиняем',
      'болельщик',
      'охранник',
      'заключенн',
      'двоюродн',
      'женщин',
      'студент',
      'солдат',
      'депутат',
      'торговц',
      'горняк',
      'шахтер',
      'строител',
      'рабоч',
      'журналист',
      'активист',
      'мужчин',
      'арестант',
      'продав',
      'курьер',
    ],
    ages: ['лет', 'летн', 'год'],
  },
  // Pronouns of a speaker the page has introduced, as the subject of a saying after a quotation («…», — заявила она).
  voices: ['он', 'она', 'они'],
  // Words that point back to people named before: pronouns, and один, второй, другой, оба.
  anaphors: [
    ...['он', 'его', 'ему', 'него', 'нему', 'ним', 'нём', 'нем', 'они', 'их', 'им', 'ими', 'них', 'ними'],
    ...['один', 'одного', 'одному', 'одним', 'второй', 'второго', 'второму', 'вторым', 'другой', 'другого', 'другому', 'оба', 'обоих', 'старший', 'младший'],
  ],
  // Nouns of a case that a name qualifies («дело Сафаровых», «по делу братьев Сафаровых»).
  affairs: { before: ['дело', 'дела', 'делу', 'делом', 'деле'] },
  // Frames of time or likeness a name stands in («после гибели братьев», «задолго до истории Сафаровых», «как и»).
  // Someone else's people: «мой брат», «у моей мамы».
  possessives: ['его', 'её', 'их'],
  // Свой круг, не люди инцидента: «Один из дядей Сафаровых перенёс инфаркт», «сосед братьев».
  kin: {
    nouns: [
      'дядя',
      'дяди',
      'дяде',
      'дядю',
      'дядей',
      'дядям',
      'тетя',
      'тети',
      'тете',
      'тетю',
      'тетей',
      'отец',
      'отца',
      'отцу',
      'мать',
      'матери',
      'дед',
      'деда',
      'деду',
      'дедушка',
      'дедушки',
      'бабушка',
      'бабушки',
      'сосед',
      'соседа',
      'соседу',
      'соседи',
      'соседей',
      'соседка',
      'друг',
      'друга',
      'другу',
      'друзья',
      'друзей',
      'племянник',
      'племянника',
      'одноклассник',
      'одноклассника',
      'одноклассники',
      'коллега',
      'коллеги',
      // Родственники и адвокат говорят за своего («Родственница Сафаровых … рассказала, что её соседа …», «Адвокат родных узбекистанца …»).
      // (Не «родных»: «двух родных братьев» — сами братья.)
      ...['родственник', 'родственника', 'родственнику', 'родственники', 'родственников', 'родственница', 'родственницы', 'родственнице'],
      ...['адвокат', 'адвоката', 'адвокату', 'адвокаты', 'адвокатов'],
    ],
    links: ['из'],
  },
  // Не родня тем, кто назван после: однофамилец («Тимур Сафаров, не имеющий отношения к братьям, …»).
  unrelatedTo: {
    before: [
      ...['не имеющий', 'не имеющего', 'не имеющая', 'не имеющие', 'не имеющих', 'не имеет', 'не имеют'].flatMap((v) => [`${v} отношения к`, `${v} никакого отношения к`]),
      ...['не родственник', 'не родственница', 'не родственники', 'не состоящий в родстве с', 'не состоящая в родстве с', 'однофамилец', 'однофамильца'],
      // (Nothing but a surname in common: «не связанный с братьями», «с братьями не связывает ничего, кроме фамилии».)
      ...['не связанный с', 'не связанная с', 'не связан с', 'не связана с', 'ничем не связанный с', 'ничем не связанная с'],
    ],
    after: [
      ...['не связывает', 'не связывают', 'ничего не связывает', 'в родстве не состоит', 'в родстве не состоят', 'не родственник', 'не родственники'],
      // («к братьям отношения не имеет», has nothing to do with the brothers.)
      ...['отношения не имеет', 'отношения не имеют', 'никакого отношения не имеет', 'никакого отношения не имеют', 'отношения не имел'],
    ],
  },
  // «Какие пытки? Их никто не трогал.»: вопрос, отметающий версию, и отрицание после него.
  dismissals: ['какие', 'какой', 'какая', 'какое', 'какую', 'каких'],
  // Окончания множественного числа слов о братьях (братья, братьев, задержанных, ребята); родительный падеж владельца версии («Москвы», «России»).
  plurals: ['ья', 'ьев', 'ьям', 'ьями', 'ьях', 'ые', 'ых', 'ие', 'ими', 'ята', 'ят'],
  genitives: ['ы', 'и', 'ья', 'ея', 'уя', 'ая'],
  // Words of custody that may open a headline before its cue (claims.ts).
  custody: ['в', 'под', 'стражей', 'камере', 'сизо', 'изоляторе'],
  // Phrases of an earlier time («в прошлом году», «год назад»): a cue in their clause is of that time (claims.ts), as a year in digits sets a sentence.
  earlier: ['в прошлом году', 'в позапрошлом году', 'год назад', 'лет назад'],
  // Память о детстве: «в детстве его не раз били».
  memories: ['в детстве', 'мальчиком', 'мальчишкой', 'ребенком', 'в школьные годы', 'в юности'],
  // (And «ещё один Сафаров», another Safarov: a namesake.)
  // Занятие или звание перед фамилией: однофамилец («кардиохирург Э. Сафаров», «доктор Сафаров»).
  // Издание и то, что оно выпускает, как говорящий: «Газета называет …», «Заголовок агентства …», «титром».
  // The outlet's own staff in a speaker's label ("ANCHOR:", «ВЕДУЩИЙ:», "APARICI:", "Q:"): what follows is the outlet's voice.
  // A heading over readers' comments («Избранные комментарии»): the lines under it are theirs.
  comments: ['комментарии', 'комментариев'],
  // An official document printed whole under its header and date line («Заявление пресс-службы. Баку, на этой неделе.»): its body is the
  // issuing body's words, up to an editor's note («От редакции»).
  documents: {
    kinds: ['заявление', 'сообщение', 'нота', 'обращение', 'пресс-релиз', 'релиз', 'коммюнике', 'декларация', 'постановление', 'резолюция'],
    notes: ['от редакции', 'примечание редакции', 'прим. ред', 'комментарий редакции'],
  },
  // A rubric of the outlet's links to its own stories («Читайте также: …»): the headline after it is its own coverage of the page's story.
  links: ['читайте также', 'смотрите также', 'см. также', 'по теме', 'читайте еще', 'читайте ещё', 'также читайте'],
  // A photo's credit line («Фото: … / Caspian Press Photo»): names under a picture, no headline of a story of its own.
  credits: ['фото', 'видео', 'фотография', 'изображение'],
  // What protesters write on («На одном из плакатов: «…»»): a quotation on one, on a page about the incident, is the protest's words about it.
  placards: [
    'плакат',
    'плакате',
    'плакатов',
    'плакатах',
    'плакаты',
    'транспарант',
    'транспаранте',
    'транспарантов',
    'транспарантах',
    'транспаранты',
    // (Not «табличка» nor «открытка», as not English "sign" nor "card": a sign at a door, a greeting card.)
    'лозунг',
    'лозунги',
    'лозунгах',
    'баннер',
    'баннере',
  ],
  // Anyone at all as a negative subject's object («Никто никого не пытал»): a sweeping denial.
  // (And «кого-то», anyone, after a word of doubt: «не уверен, что полиция кого-то пытала».)
  universals: ['никого', 'никому', 'кого-то', 'кого-нибудь'],
  // (И «ПОДВОДКА:» в сценарии выпуска, слова ведущего перед репортажем. Не «КОММЕНТАРИЙ …:», чей угодно: правозащитника, адвоката.)
  staff: ['ведущий', 'ведущая', 'корреспондент', 'репортер', 'репортёр', 'вопрос', 'модератор', 'редакция', 'редактор', 'подводка'],
  // First-person pronouns, before a word of belief: one's own belief.
  selves: ['я'],
  // Suspicion, before a cue in scare quotes: a mocked account.
  suspicion: ['подозреваю', 'подозревает', 'подозреваем', 'подозревают'],
  // Naming an account something in quotation marks («разговоры о пытках он назвал «истерикой»»): a dismissal.
  naming: [
    ...['назвал', 'назвала', 'назвали', 'называет', 'называют', 'называл', 'называла', 'называли', 'окрестил', 'окрестила', 'окрестили'],
    ...['охарактеризовал', 'охарактеризовала', 'охарактеризовали', 'характеризует'],
  ],
  // (Unless the name endorses it: «доказанным фактом», «окончательной».)
  endorsing: ['доказ', 'окончательн', 'установлен', 'факт', 'правд', 'достоверн', 'убедительн', 'обоснованн', 'бесспорн', 'неопровержим'],
  // A tag that closes a question after a comma: it states and asks to agree.
  tags: ['не находите', 'не так ли', 'не правда ли', 'не думаете'],
  media: [
    ...['газета', 'газеты', 'газете', 'газету', 'газетой', 'издание', 'издания', 'изданию', 'изданием', 'сайт', 'сайта', 'сайте', 'портал', 'портала'],
    ...['агентство', 'агентства', 'агентству', 'канал', 'канала', 'каналу', 'телеканал', 'телеканала', 'редакция', 'редакции', 'редакцию'],
    ...['заголовок', 'заголовке', 'заголовком', 'подпись', 'подписи', 'подписью', 'титр', 'титре', 'титром', 'выпуск', 'выпуске'],
  ],
  occupations: ['доктор', 'врач', 'профессор', 'кардиолог', 'кардиохирург', 'хирург', 'судья', 'тренер', 'полковник', 'майор', 'капитан', 'лейтенант', 'генерал', 'сержант'],
  others: [
    'мой',
    'моя',
    'мое',
    'мои',
    'моего',
    'моей',
    'моему',
    'моим',
    'моем',
    'мою',
    'моих',
    'моими',
    'еще один',
    'еще одного',
    'еще одному',
    'еще одним',
    'еще одна',
    'еще одной',
    // Cousins, «двоюродные братья»: brothers of someone else's family.
    ...['двоюродный', 'двоюродного', 'двоюродному', 'двоюродным', 'двоюродном', 'двоюродные', 'двоюродных', 'двоюродными'],
  ],
  // A concessive phrase opening the sentence: «Что бы ни говорили в Москве о слабых сердцах, …».
  concessives: ['что бы ни', 'как бы ни', 'сколько бы ни', 'кто бы ни'],
  // Порядковое слово о случае, не о человеке: «… не одно и то же: в первом случае …, во втором сердце …».
  instances: ['в первом', 'во втором'],
  // Числительное перед существительным считает его людей, не братьев: «пострадали двое охранников», «задержаны двое его соседей», «оба охранника».
  // (Not before a verb or a short participle: «оба погибли», «двое избиты».)
  numerals: {
    words: ['двое', 'двоих', 'двоим', 'двоими', 'оба', 'обе', 'обоих', 'обоим', 'обоими', 'обеих', 'обеим', 'обеими'],
    // (And a feminine noun's genitive with no ending: «с обеих сторон», from both sides.)
    endings: ['ов', 'ев', 'ей', 'ых', 'их', 'а', 'я', 'он'],
    // (Not a noun of persons in general, which names no one else: «Двоих людей забили до смерти в полиции».)
    persons: ['людей', 'человек', 'мужчин', 'парней', 'молодых', 'граждан', 'уроженцев'],
  },
  // Порядковое слово перед частью, ходом или сроком считает их, не людей: «второй тайм», «во втором раунде».
  partitives: { after: ['из них', 'из которых', 'из этих'], before: [] },
  ordinals: {
    words: ['первый', 'первого', 'первому', 'первым', 'первом', 'первая', 'первую', 'первой', 'второй', 'второго', 'второму', 'вторым', 'втором', 'вторая', 'вторую'],
    parts: [
      'тайм',
      'тайма',
      'тайму',
      'таймом',
      'тайме',
      'раунд',
      'раунда',
      'раунду',
      'раундом',
      'раунде',
      'период',
      'периода',
      'периоде',
      'матч',
      'матча',
      'матче',
      'гол',
      'гола',
      'место',
      'места',
      'месте',
      'раз',
      'день',
      'дня',
      'неделя',
      'недели',
      'неделю',
      'неделе',
      'месяц',
      'месяца',
      'месяце',
      'год',
      'года',
      'году',
      'срок',
      'срока',
      'круг',
      'круга',
      'круге',
      'этап',
      'этапа',
      'этапе',
      'минута',
      'минуты',
      'минуте',
      'минуту',
      'сезон',
      'сезона',
      'сезоне',
      'ряд',
      'ряда',
      'ряду',
      'этаж',
      'этажа',
      'этаже',
      'попытка',
      'попытки',
      'попытку',
      'половина',
      'половины',
      'половине',
      'половину',
      'серия',
      'серии',
      'серию',
      'часть',
      'части',
      // (И чтение законопроекта: «во втором чтении».)
      ...['чтение', 'чтения', 'чтении'],
    ],
  },
  // Оборот согласия, называющий, кто это утверждает: «Пытали ли братьев, как утверждает Баку?».
  accord: { before: ['как'] },
  // A party in the instrumental, the agent of a passive participle after a noun of account: «версию событий, изложенную Москвой».
  agents: {
    participles: ['нную', 'нное', 'нный', 'нная', 'нной', 'нные', 'нных', 'нным', 'тую', 'тое', 'тый', 'тая', 'той', 'тые', 'тых', 'тым'],
    cases: ['ой', 'ей', 'ом', 'ем', 'ём', 'ами', 'ями'],
  },
  origins: ['от', 'из', 'со'],
  frames: {
    before: [
      'после',
      'до',
      'задолго до',
      'вскоре после',
      'со времени',
      'с момента',
      'как и',
      'подобно',
      'в отличие от',
      'вслед за',
      // A day, a week, a time when something befell them: «В тот же день, когда хоронили братьев, …», «в день похорон братьев».
      'в день',
      'день когда',
      'дни когда',
      'неделю когда',
      'неделе когда',
      'месяц когда',
      'время когда',
      'момент когда',
    ],
    // A time that opens a clause of its own, the name further in it: «на ту же неделю, когда Баку отменил визит … из-за гибели Сафаровых».
    clauses: ['день когда', 'дни когда', 'неделю когда', 'неделе когда', 'месяц когда', 'время когда', 'момент когда'],
  },
  abbreviations: ['г', 'гг', 'ул', 'им', 'т', 'е', 'д', 'р', 'тыс', 'млн', 'млрд', 'руб', 'проф', 'ген', 'см', 'стр', 'св', 'т.е', 'т.д', 'т.п', 'др'],
  titles: (
    'президент премьер вице генпрокурор генеральный прокурор министр министерство глава посол правительство власти братья братьев ' +
    'братьям братьями братьях брат брата понедельник вторник среда четверг пятница суббота воскресенье ' +
    'и в во на а но по с со о об к ко у из за от для как что это эти этот после до при когда также однако кроме между против ' +
    'еще уже лишь только даже бывший двух два оба обоих'
  ).split(' '),
  forms(name, role) {
    const text = name.toLowerCase().replace(/ё/g, 'е');
    if (role === 'stem') return [{ text, grammar: 'stem' }];
    if (role === 'adjective' && !text.includes(' ')) return adjectiveForms(text).map((t) => ({ text: t }));
    // A noun made from an adjective or participle (задержанные, погибшие) declines as one.
    // (Not the nouns in -ение, -ание, -тие: крушение, задержание.)
    if (role === 'noun' && !text.includes(' ') && adjectiveParadigm(text) && !/(ени|ани|ти|ьи)е$/.test(text)) return adjectiveForms(text, true).map((t) => ({ text: t }));
    const forms: Form[] = declinePhrase(text, numbersOf[role]).map((t) => ({ text: t }));
    if (role === 'person') forms.push(...withSharedSurname(text).map((t) => ({ text: t })));
    // A plural that is also a singular form (Сафаровым) is left to the singular: it may mean one bearer.
    const singular = new Set(forms.map((f) => f.text));
    if (role === 'family')
      forms.push(
        ...declinePhrase(text, ['pl'])
          .filter((t) => !singular.has(t))
          .map((t) => ({ text: t, familyPlural: true })),
      );
    return forms;
  },
};
