/**
 * English. Possessives need no rule ('s is outside the word, see the matcher); a family name's plural is
 * the family ("the Safarovs"); demonyms and nouns take the plural (Azerbaijanis, raids, crashes).
 */
import type { Form, Language } from './types';

/** The regular plural of a noun. */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export const en: Language = {
  code: 'en',
  // The letters English romanisations disagree on: g/h (Guseyn, Huseyn), x/ks, w/v, y/i; and č š ž.
  romanise: { g: 'h', x: 'ks', w: 'v', y: 'i', č: 'ch', š: 'sh', ž: 'zh' },
  attribution: [
    'said',
    'says',
    'say',
    'saying',
    'according to',
    'claim',
    'claims',
    'claimed',
    'allege',
    'alleges',
    'alleged',
    'allegedly',
    'allegation',
    'accuse',
    'accuses',
    'accused',
    'accusing',
    'accusation',
    'told',
    'tells',
    'stated',
    'states',
    'asserted',
    'asserts',
    'reported',
    'reportedly',
    'reports',
    'report',
    'insist',
    'insists',
    'insisted',
    'maintain',
    'maintains',
    'maintained',
    'describe',
    'described',
    'describes',
    'called it',
    'blamed',
    'blames',
    'wrote',
    'writes',
    'speaks of',
    'spoke of',
    'put down to',
    'attributed',
    'attribute',
    'version',
    'account',
    'indicate',
    'indicated',
    'indicates',
    'suggest',
    'suggested',
    'believe',
    'believes',
    'argue',
    'argues',
    'argued',
    'cited',
    'cites',
    'concluded',
    'charged',
    'charges',
    'concludes',
    'announced',
    'confirmed',
    'insisting',
    'quoted',
    'in the view of',
    'citing',
    'convinced',
    'blame-',
    'describ-',
    'telling',
  ],
  denial: [
    'reject-',
    'dismiss-',
    'refut-',
    'rebuff-',
    'denied',
    'denies',
    'deny',
    'denial',
    'rejected',
    'rejects',
    'reject',
    'dismissed',
    'dismisses',
    'dismiss',
    'refuted',
    'refutes',
    'refute',
    'disputed',
    'disputes',
    'contested',
    'contests',
    'false',
    'baseless',
    'groundless',
    'untrue',
    'no evidence',
    'refuses to accept',
    'refused to accept',
    'disbelief',
    'not true',
    'ruled out',
    'rules out',
    'no basis',
    'rebuffed',
    'rebuff',
    'refused',
    'refuses',
    'dismissing',
    'rejecting',
    'denying',
    'fabricated',
    'fabrication',
    'lies',
    'not credible',
    'implausible',
    'alibi',
    'excuse',
    'invention',
    'cover-up',
    'cover up',
    'cover story',
    'not accept',
    'does not accept',
    'do not accept',
    'did not accept',
  ],
  claimNouns: ['version', 'versions', 'story', 'explanation', 'explanations', 'account', 'accounts', 'narrative', 'theory', 'line'],
  negation: ['not', 'no', 'never', 'without', 'nor'],
  abbreviations: [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'gen',
    'col',
    'lt',
    'sgt',
    'gov',
    'sen',
    'rep',
    'st',
    'jr',
    'sr',
    'no',
    'vs',
    'etc',
    'inc',
    'ltd',
    'co',
    'jan',
    'feb',
    'mar',
    'apr',
    'aug',
    'sept',
    'sep',
    'oct',
    'nov',
    'dec',
    'u.s',
    'u.k',
    'e.g',
    'i.e',
  ],
  titles: (
    'president mr mrs ms dr minister prime deputy general prosecutor premier leader chairman spokesman spokeswoman brothers brother ' +
    'foreign ambassador embassy government parliament officials ministry monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'the and but or so yet when while after before since as if on in at by for from with without of to then now later meanwhile ' +
    'also still however though although because once today yesterday here there this that these those what why how where which ' +
    'who whom both neither either only even two late'
  ).split(' '),
  forms(name, role) {
    const text = name.toLowerCase();
    const plural = (familyPlural?: boolean): Form[] => {
      const words = text.split(' ');
      const last = words.pop()!;
      return [{ text: [...words, englishPlural(last)].join(' '), ...(familyPlural ? { familyPlural } : {}) }];
    };
    switch (role) {
      case 'stem':
        return [{ text, grammar: 'stem' }];
      case 'name':
      case 'person':
      case 'adjective':
        return [{ text }];
      case 'family':
        return [{ text }, ...plural(true)];
      default:
        return [{ text }, ...plural()];
    }
  },
};
