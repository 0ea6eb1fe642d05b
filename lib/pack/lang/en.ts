/**
 * English. Possessives need no rule ('s is outside the word, see the matcher); a family name's plural is
 * the family ("the Safarovs"); demonyms and nouns take the plural (Azerbaijanis, raids, crashes).
 */
import type { Form, Language } from './types';

/** The regular plural of a noun. */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

export const en: Language = {
  code: 'en',
  forms(name, role) {
    const text = name.toLowerCase();
    const plural = (familyPlural?: boolean): Form[] => {
      const words = text.split(' ');
      const last = words.pop()!;
      return [{ text: [...words, englishPlural(last)].join(' '), ...(familyPlural ? { familyPlural } : {}) }];
    };
    switch (role) {
      case 'name':
      case 'adjective':
        return [{ text }];
      case 'family':
        return [{ text }, ...plural(true)];
      default:
        return [{ text }, ...plural()];
    }
  },
};
