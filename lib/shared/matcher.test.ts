import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareMatcher, type NameSpec } from '../pack/prepare';
import { compileMatcher, packTrie, resolveMentions, wordsBetween, type PackedTrie } from './matcher';

// A small pack's worth of names: two brothers sharing a family name, a president, places in two scripts.
const spec: NameSpec = {
  entities: [
    { id: 'ziyaddin', name: 'Ziyaddin Safarov' },
    { id: 'huseyn', name: 'Huseyn Safarov' },
    { id: 'brothers', name: 'Safarov brothers' },
    { id: 'aliyev', name: 'Ilham Aliyev' },
    { id: 'azerbaijan', name: 'Azerbaijan' },
    { id: 'yekaterinburg', name: 'Yekaterinburg' },
    { id: 'karabakh', name: 'Nagorno-Karabakh' },
    { id: 'baku', name: 'Baku' },
    { id: 'ukraine', name: 'Ukraine' },
    { id: 'invasion', name: 'Invasion of Ukraine' },
    { id: 'media', name: 'Azerbaijani pro-government media' },
  ],
  names: [
    { text: 'Ziyaddin Safarov', entities: [0] },
    { text: 'Ziyaddin', entities: [0] },
    { text: 'Зияддин Сафаров', entities: [0] },
    { text: 'Huseyn Safarov', entities: [1] },
    { text: 'Guseyn Safarov', entities: [1] },
    { text: 'Huseyn', entities: [1] },
    { text: 'Гусейн Сафаров', entities: [1] },
    { text: 'Safarov brothers', entities: [2] },
    { text: 'Safarov', entities: [2], role: 'family' },
    { text: 'Сафаров', entities: [2], role: 'family' },
    { text: 'Safarov', entities: [0, 1], ambiguous: true },
    { text: 'Сафаров', entities: [0, 1], ambiguous: true },
    { text: 'Ilham Aliyev', entities: [3] },
    { text: 'Aliyev', entities: [3], ambiguous: true },
    { text: 'Azerbaijan', entities: [4] },
    { text: 'Azerbaijani', entities: [4] },
    { text: 'Азербайджан', entities: [4] },
    { text: 'азербайджанцев', entities: [4] },
    { text: 'Yekaterinburg', entities: [5] },
    { text: 'Ekaterinburg', entities: [5] },
    { text: 'Екатеринбург', entities: [5] },
    { text: 'Nagorno-Karabakh', entities: [6] },
    { text: 'Нагорный Карабах', entities: [6] },
    { text: 'Baku', entities: [7] },
    { text: 'Баку', entities: [7] },
    { text: 'Ukraine', entities: [8] },
    { text: 'invasion of Ukraine', entities: [9] },
    { text: 'pro-government media', entities: [10], ambiguous: true, context: [4] },
  ],
  never: ['Heydar Aliyev International Airport'],
};
const matcher = compileMatcher(prepareMatcher(spec));

/** The entity ids and texts the matcher finds and resolves in a text. */
function found(text: string) {
  const raw = matcher.scan(text);
  return resolveMentions(matcher, text, raw).map((m) => [text.slice(m.start, m.end), spec.entities[m.entity]!.id]);
}

describe('findMentions rules', () => {
  it('finds names case- and diacritic-insensitively', () => {
    expect(found('AZERBAİJAN and azerbaijan; İlham Əliyev; Hüseyn')).toEqual([
      ['AZERBAİJAN', 'azerbaijan'],
      ['azerbaijan', 'azerbaijan'],
      ['İlham Əliyev', 'aliyev'],
      ['Hüseyn', 'huseyn'],
    ]);
    expect(found('YEKATERINBURG, Russia —')).toEqual([['YEKATERINBURG', 'yekaterinburg']]);
  });

  it('keeps possessives with straight and curly apostrophes outside the mention', () => {
    expect(found("Azerbaijan's prosecutor and Azerbaijan’s media")).toEqual([
      ['Azerbaijan', 'azerbaijan'],
      ['Azerbaijan', 'azerbaijan'],
    ]);
  });

  it('does not take a longer word that merely begins with a name', () => {
    expect(found('Bakuvian streets, Ziyaddinov, Azerbaijanis')).toEqual([]);
  });

  it('takes the longest name at a position', () => {
    expect(found('Ziyaddin Safarov died')).toEqual([['Ziyaddin Safarov', 'ziyaddin']]);
    expect(found('the Safarov brothers')).toEqual([['Safarov brothers', 'brothers']]);
  });

  it('matches across any run of spaces and hyphens', () => {
    expect(found('Ziyaddin \n  Safarov and Nagorno Karabakh and Nagorno–Karabakh')).toEqual([
      ['Ziyaddin \n  Safarov', 'ziyaddin'],
      ['Nagorno Karabakh', 'karabakh'],
      ['Nagorno–Karabakh', 'karabakh'],
    ]);
  });

  it('never spans a block break', () => {
    expect(found('Nagorno\u2029Karabakh')).toEqual([]);
    expect(found('Nagorno Karabakh')).toEqual([['Nagorno Karabakh', 'karabakh']]);
  });

  it('knows transliteration variants listed as aliases', () => {
    expect(found('Guseyn Safarov in Ekaterinburg')).toEqual([
      ['Guseyn Safarov', 'huseyn'],
      ['Ekaterinburg', 'yekaterinburg'],
    ]);
  });

  it('inflects Russian names, places and phrases', () => {
    const text = 'Азербайджан, Азербайджана, Азербайджане, Азербайджаном; в Екатеринбурге; Гусейна Сафарова; о Нагорном Карабахе; Баку';
    expect(found(text).map(([, id]) => id)).toEqual(['azerbaijan', 'azerbaijan', 'azerbaijan', 'azerbaijan', 'yekaterinburg', 'huseyn', 'karabakh', 'baku']);
    expect(found('двух азербайджанцев')).toEqual([['азербайджанцев', 'azerbaijan']]);
  });

  it('is case-insensitive in Cyrillic too, and takes no longer word that begins with a name', () => {
    expect(found('АЗЕРБАЙДЖАН, азербайджане; Азербайджанский газ; Бакинский')).toEqual([
      ['АЗЕРБАЙДЖАН', 'azerbaijan'],
      ['азербайджане', 'azerbaijan'],
    ]);
  });

  it('takes the longest Russian name and resolves a bare Russian family name like an English one', () => {
    expect(found('Зияддина Сафарова задержали. Сафаров умер.')).toEqual([
      ['Зияддина Сафарова', 'ziyaddin'],
      ['Сафаров', 'ziyaddin'],
    ]);
    expect(found('Сафаров умер.')).toEqual([]);
  });

  it('reads a plural family name as the family', () => {
    expect(found('the Safarovs and the Safarovs’ lawyer; братьев Сафаровых')).toEqual([
      ['Safarovs', 'brothers'],
      ['Safarovs', 'brothers'],
      ['Сафаровых', 'brothers'],
    ]);
  });
});

describe('names inside longer names', () => {
  it('keeps a name inside a longer one as nested, and the longer one whole', () => {
    const text = 'after the invasion of Ukraine began';
    const raw = matcher.scan(text);
    expect(raw.map((m) => [text.slice(m.start, m.end), m.within])).toEqual([
      ['invasion of Ukraine', undefined],
      ['Ukraine', 0],
    ]);
  });

  it('keeps one level of nesting: no name inside a nested one', () => {
    const nested = compileMatcher(
      prepareMatcher({
        entities: [
          { id: 'visit', name: 'visit' },
          { id: 'overchuk', name: 'Alexei Overchuk' },
        ],
        names: [
          { text: 'visit by Deputy Prime Minister Alexei Overchuk', entities: [0] },
          { text: 'Deputy Prime Minister Alexei Overchuk', entities: [1] },
          { text: 'Alexei Overchuk', entities: [1] },
          { text: 'Overchuk', entities: [1] },
        ],
        never: [],
      }),
    );
    const text = 'a visit by Deputy Prime Minister Alexei Overchuk';
    expect(nested.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['visit by Deputy Prime Minister Alexei Overchuk', 'Deputy Prime Minister Alexei Overchuk']);
  });

  it('does not nest the same entity, an ambiguous name, or anything inside a never-match phrase', () => {
    expect(matcher.scan('Ziyaddin Safarov').length).toBe(1);
    expect(matcher.scan('Heydar Aliyev International Airport in Baku').map((m) => m.start)).toEqual([39]);
  });
});

describe('ambiguous names', () => {
  it('reads a generic phrase as its one candidate only where the page names its context', () => {
    expect(found('In Azerbaijan, pro-government media agreed.')).toEqual([
      ['Azerbaijan', 'azerbaijan'],
      ['pro-government media', 'media'],
    ]);
    expect(found('In Hungary, pro-government media agreed.')).toEqual([]);
  });

  it('resolves a bare family name from the full name elsewhere on the page', () => {
    expect(found('President Ilham Aliyev spoke. Later, Aliyev said more.')).toEqual([
      ['Ilham Aliyev', 'aliyev'],
      ['Aliyev', 'aliyev'],
    ]);
  });

  it('does not take a capitalised word opening a sentence for a first name', () => {
    expect(found('But Aliyev said no. Ilham Aliyev said it twice.')).toEqual([
      ['Aliyev', 'aliyev'],
      ['Ilham Aliyev', 'aliyev'],
    ]);
  });

  it('leaves a bare family name unmarked when the page never names its bearer', () => {
    expect(found('Aliyev said more.')).toEqual([]);
  });

  it('leaves a shared family name unmarked when both bearers are on the page', () => {
    expect(found('Ziyaddin and Huseyn were detained. Safarov died.')).toEqual([
      ['Ziyaddin', 'ziyaddin'],
      ['Huseyn', 'huseyn'],
    ]);
  });

  it('resolves a shared family name when only one bearer is on the page', () => {
    expect(found('Huseyn was detained. Safarov died.')).toEqual([
      ['Huseyn', 'huseyn'],
      ['Safarov', 'huseyn'],
    ]);
  });

  it('does not give an official sharing the president’s surname to the president', () => {
    expect(found('Ilham Aliyev met Ramiz Aliyev, an official.')).toEqual([['Ilham Aliyev', 'aliyev']]);
  });

  it('does not read an airport named after a former president as the president', () => {
    expect(found('Ilham Aliyev flew from Heydar Aliyev International Airport.')).toEqual([['Ilham Aliyev', 'aliyev']]);
  });

  it('does not read a relative whose surname starts with a brother’s first name as the brother', () => {
    expect(found('Their cousin Ziyaddinova Leyla spoke; Huseynov too.')).toEqual([]);
  });
});

// The names of a small pack in three languages, with the forms each language derives.
const languages: NameSpec = {
  entities: [
    { id: 'russia', name: 'Russia' },
    { id: 'baku', name: 'Baku' },
    { id: 'huseyn', name: 'Huseyn Safarov' },
    { id: 'brothers', name: 'Safarov brothers' },
    { id: 'azerbaijan', name: 'Azerbaijan' },
    { id: 'yekaterinburg', name: 'Yekaterinburg' },
    { id: 'raid', name: 'Yekaterinburg police operation' },
    { id: 'ussr', name: 'Soviet Union' },
  ],
  names: [
    { text: 'Russia', entities: [0] },
    { text: 'Rusiya', lang: 'az', entities: [0] },
    { text: 'Россия', lang: 'ru', entities: [0] },
    { text: 'РФ', entities: [0], exact: true },
    { text: 'Baku', entities: [1] },
    { text: 'Bakı', lang: 'az', entities: [1] },
    { text: 'Баку', lang: 'ru', entities: [1] },
    { text: 'Huseyn Safarov', role: 'person', entities: [2] },
    { text: 'Гусейн Сафаров', lang: 'ru', role: 'person', entities: [2] },
    { text: 'Huseyn', entities: [2], ambiguous: true, given: true, context: [3] },
    { text: 'Safarov', entities: [3], role: 'family' },
    { text: 'Сафаров', lang: 'ru', entities: [3], role: 'family' },
    { text: 'Səfərov', lang: 'az', entities: [3], role: 'family' },
    { text: 'Azerbaijan', entities: [4] },
    { text: 'азербайджанский', lang: 'ru', role: 'adjective', entities: [4] },
    { text: 'azərbaycanlı', lang: 'az', role: 'demonym', entities: [4] },
    { text: 'Yekaterinburg', entities: [5] },
    { text: 'Yekaterinburq', lang: 'az', entities: [5] },
    { text: 'Екатеринбург', lang: 'ru', entities: [5] },
    { text: 'USSR', entities: [7], exact: true },
  ],
  never: [],
  events: [
    {
      entity: 6,
      heads: [{ text: 'raid' }, { text: 'operation' }, { text: 'облава', lang: 'ru' }, { text: 'əməliyyat', lang: 'az' }],
      participants: [5],
      words: [],
    },
  ],
};
const multi = compileMatcher(prepareMatcher(languages));
const ids = (text: string) => resolveMentions(multi, text, multi.scan(text)).map((m) => [text.slice(m.start, m.end), languages.entities[m.entity]!.id]);

describe('names in three languages', () => {
  it('reads Azerbaijani suffixes in vowel harmony, and no false friend', () => {
    expect(ids('Rusiyanın, Bakıdakı və Yekaterinburqda; Bakunin')).toEqual([
      ['Rusiyanın', 'russia'],
      ['Bakıdakı', 'baku'],
      ['Yekaterinburqda', 'yekaterinburg'],
    ]);
    expect(ids('azərbaycanlıların')).toEqual([['azərbaycanlıların', 'azerbaijan']]);
  });

  it('meets every romanisation of a name', () => {
    expect(ids('Husein Safarov, Hussein Safarov, Хусейна Сафарова, in Ekaterinburg')).toEqual([
      ['Husein Safarov', 'huseyn'],
      ['Hussein Safarov', 'huseyn'],
      ['Хусейна Сафарова', 'huseyn'],
      ['Ekaterinburg', 'yekaterinburg'],
    ]);
  });

  it('finds an abbreviation only as written', () => {
    expect(ids('власти РФ; an RF signal; the USSR, a Ussr')).toEqual([
      ['РФ', 'russia'],
      ['USSR', 'ussr'],
    ]);
  });

  it('declines a Russian adjective that counts as its country', () => {
    expect(ids('азербайджанской стороны, азербайджанских дипломатов')).toEqual([
      ['азербайджанской', 'azerbaijan'],
      ['азербайджанских', 'azerbaijan'],
    ]);
  });

  it('reads a family’s plural as the family, unless another given name stands before it', () => {
    expect(ids('братьев Сафаровых; the Safarovs; Səfərovların')).toEqual([
      ['Сафаровых', 'brothers'],
      ['Safarovs', 'brothers'],
      ['Səfərovların', 'brothers'],
    ]);
    expect(ids('Аяз, Мазахир, Бакир Сафаровы')).toEqual([]);
  });

  it('takes a given name alone in context, and not before another family name', () => {
    expect(ids('The Safarovs died. Huseyn was 35.')).toEqual([
      ['Safarovs', 'brothers'],
      ['Huseyn', 'huseyn'],
    ]);
    expect(ids('The Safarovs died. Huseyn Huseynov spoke.')).toEqual([['Safarovs', 'brothers']]);
  });

  it('finds an event in the writer’s own words: a head near a participant, in one sentence', () => {
    const text = 'the raids in Yekaterinburg; the Yekaterinburg operation; облавы в Екатеринбурге; Yekaterinburq əməliyyatında';
    expect(ids(text)).toEqual([
      ['raids in Yekaterinburg', 'raid'],
      ['Yekaterinburg', 'yekaterinburg'],
      ['Yekaterinburg operation', 'raid'],
      ['Yekaterinburg', 'yekaterinburg'],
      ['облавы в Екатеринбурге', 'raid'],
      ['Екатеринбурге', 'yekaterinburg'],
      ['Yekaterinburq əməliyyatında', 'raid'],
      ['Yekaterinburq', 'yekaterinburg'],
    ]);
    expect(ids('a raid in Omsk')).toEqual([]);
    expect(ids('Police staged a raid. Yekaterinburg was calm.')).toEqual([['Yekaterinburg', 'yekaterinburg']]);
  });

  it('does not take one of our own names, or a sentence’s first word, for someone else’s', () => {
    expect(ids('the Safarovs — Huseyn among them — died')).toEqual([
      ['Safarovs', 'brothers'],
      ['Huseyn', 'huseyn'],
    ]);
    expect(ids('Huseyn Yekaterinburgda saxlanılıb; Səfərovlar barədə')).toEqual([
      ['Huseyn', 'huseyn'],
      ['Yekaterinburgda', 'yekaterinburg'],
      ['Səfərovlar', 'brothers'],
    ]);
    expect(ids('12:10 — Rəsmi Bakı bəyanat yayıb.')).toEqual([['Bakı', 'baku']]);
  });

  it('leaves a name that runs into a longer proper name, except in a Title Case headline', () => {
    expect(ids('Bakı Dövlət Universitetinin müəllimi danışıb.')).toEqual([]);
    expect(ids('students of Baku State University; у ТЦ «Баку Плаза»; Bakı Dövlət Universitetinin')).toEqual([]);
    expect(ids('in Baku on Monday; Azerbaijan President Ilham Aliyev')).toEqual([
      ['Baku', 'baku'],
      ['Azerbaijan', 'azerbaijan'],
    ]);
    expect(ids('Baku Grounds Overchuk Trip As Row Deepens')).toEqual([['Baku', 'baku']]);
  });
});

describe('the three-letter prefilter', () => {
  it('walks a word that a name of one or two letters begins with a suffix (Ba + -dan), with or without it', () => {
    const short = prepareMatcher({ entities: [{ id: 'ba', name: 'Ba' }], names: [{ text: 'Ba', lang: 'az', entities: [0] }], never: [] });
    const text = 'Badan gəldik. Bada qaldıq. Baya getdik.';
    const found = compileMatcher(short).scan(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Badan', 'Bada', 'Baya']);
    expect(found).toEqual(compileMatcher(short, { prefilter: false }).scan(text));
  });

  it('never changes what is found: the seed pack over every eval set and both seed documents, with and without it', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { matcherSpecFromPacks } = await import('../pack/matcher-spec');
    const { seedPack } = await import('../pack/seed');
    const spec = matcherSpecFromPacks([seedPack]);
    const fast = compileMatcher(spec);
    const plain = compileMatcher(spec, { prefilter: false });
    const files = [
      ...readdirSync('eval', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `eval/${f}`),
      ...readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `seeds/${f}`),
    ];
    expect(files.length).toBeGreaterThan(10);
    let mentions = 0;
    for (const file of files) {
      // The sets' markup stripped: the text a page would show.
      const text = readFileSync(file, 'utf8')
        .replace(/\[([^|\]]*)\|[^\]]*\]/g, '$1')
        .replace(/<<([^|>]*)\|[^>]*>>/g, '$1');
      const a = fast.scanAll(text);
      expect(a, file).toEqual(plain.scanAll(text));
      expect(fast.context(text), file).toEqual(plain.context(text));
      mentions += a.mentions.length;
    }
    expect(mentions).toBeGreaterThan(1000);
  });
});

describe('a word claims use, found only in its own script', () => {
  it('does not take an Azerbaijani word for the Russian word its key meets, nor an English one for a Russian pronoun', async () => {
    const { matcherSpecFromPacks } = await import('../pack/matcher-spec');
    const { seedPack } = await import('../pack/seed');
    const { STANCE } = await import('./matcher');
    const matcher = compileMatcher(matcherSpecFromPacks([seedPack]), { lazyContext: false });
    /** The words of stance found in a text, with their stance. */
    const stances = (text: string) =>
      matcher
        .scanAll(text)
        .hidden.filter((w) => matcher.targets[w.target]!.stance)
        .map((w) => [text.slice(w.start, w.end), matcher.targets[w.target]!.stance]);
    // «пиш-» (writes) and "piştaxta" (a market stall), «это» (this) and "yet" key alike.
    expect(stances('Bazarda piştaxta satırdı.')).toEqual([]);
    expect(stances('The results are not in yet.')).not.toContainEqual(['yet', STANCE.pointerLast]);
    // Each still found in its own script.
    expect(stances('Он пишет, что …')).toContainEqual(['пишет', STANCE.says]);
    expect(stances('Москва это отрицает.')).toContainEqual(['это', STANCE.pointerObject]);
  });
});

describe('packTrie', () => {
  /** The keys a packed trie holds, in order: each node's path from the root, once for each form that ends at it (counts and depths are written from "0"). */
  const keysOf = (t: PackedTrie) => {
    const out: string[] = [];
    const path: string[] = [];
    for (let n = 0; n < t.codes.length; n++) {
      const depth = t.depths.charCodeAt(n) - 0x30;
      path.length = depth;
      if (n > 0) path[depth - 1] = t.codes[n]!;
      for (let k = t.ends.charCodeAt(n) - 0x30; k > 0; k--) out.push(path.join(''));
    }
    return out;
  };

  it('holds every key once for each time it is given, in order, sharing prefixes', () => {
    const keys = ['', 'az', 'az', 'azer', 'baku', 'bakı', 'сафаров'];
    const packed = packTrie(keys);
    expect(keysOf(packed)).toEqual(keys);
    // The root, a-z-e-r, b-a-k-u/ı (sharing b-a-k), с-а-ф-а-р-о-в.
    expect(packed.codes).toHaveLength(1 + 4 + 5 + 7);
  });

  it('gives back any sorted list of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary-ascii', maxLength: 8 }), { maxLength: 40 }), (xs) => {
        const keys = [...xs].sort();
        expect(keysOf(packTrie(keys))).toEqual(keys);
      }),
    );
  });

  it("refuses keys out of order (the forms' meanings follow their order)", () => {
    expect(() => packTrie(['b', 'a'])).toThrow(/sorted/);
  });
});

describe('wordsBetween', () => {
  const text = 'said on Monday that the two men. Then';
  it('counts the words between two positions of a sentence, and none across its end', () => {
    expect(wordsBetween(text, 4, 31)).toBe(6);
    expect(wordsBetween(text, 4, text.length)).toBe(Infinity);
  });
  it('reads no further than `most` words: more is Infinity, as far as a caller asking for a few can tell', () => {
    expect(wordsBetween(text, 4, 31, 6)).toBe(6);
    expect(wordsBetween(text, 4, 31, 5)).toBe(Infinity);
    expect(wordsBetween(text, 4, 31, 0)).toBe(Infinity);
    expect(wordsBetween(text, 4, 4, 0)).toBe(0);
  });
});
