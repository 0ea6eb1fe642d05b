import { describe, expect, it } from 'vitest';
import { en, englishPlural } from './en';

describe('English forms', () => {
  it('gives nouns and demonyms their plural', () => {
    expect(en.forms('Azerbaijani', 'demonym').map((f) => f.text)).toEqual(['azerbaijani', 'azerbaijanis']);
    expect(['raid', 'crash', 'boycott', 'casualty'].map(englishPlural)).toEqual(['raids', 'crashes', 'boycotts', 'casualties']);
  });

  it('reads a family name’s plural as the family, and a name as written (possessives are outside the word)', () => {
    expect(en.forms('Safarov', 'family')).toEqual([{ text: 'safarov' }, { text: 'safarovs', familyPlural: true }]);
    expect(en.forms('Azerbaijan', 'name')).toEqual([{ text: 'azerbaijan' }]);
  });
});
