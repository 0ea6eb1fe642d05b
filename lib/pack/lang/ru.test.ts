import { describe, expect, it } from 'vitest';
import { ru } from './ru';
import type { Role } from './types';

const forms = (name: string, role: Role = 'name') => ru.forms(name, role).map((f) => f.text);
const plurals = (name: string) =>
  ru
    .forms(name, 'family')
    .filter((f) => f.familyPlural)
    .map((f) => f.text);

// Russian declension as a grammar table: a name in its role, and forms a reader meets.
const table: [string, Role, string[]][] = [
  ['Азербайджан', 'name', ['азербайджан', 'азербайджана', 'азербайджану', 'азербайджаном', 'азербайджане']],
  ['Россия', 'name', ['россии', 'россию', 'россией']],
  ['Москва', 'name', ['москвы', 'москве', 'москву', 'москвой']],
  ['Екатеринбург', 'name', ['екатеринбурга', 'екатеринбурге', 'екатеринбургом']],
  ['Баку', 'name', ['баку']],
  ['Гусейн Сафаров', 'person', ['гусейна сафарова', 'гусейну сафарову', 'гусейном сафаровым', 'гусейне сафарове']],
  // Siblings named together share a plural surname: «тела Зияддина и Гусейна Сафаровых».
  ['Гусейн Сафаров', 'person', ['гусейна сафаровых', 'гусейну сафаровым']],
  ['Алексей Оверчук', 'person', ['алексея оверчука', 'алексею оверчуку', 'алексеем оверчуком']],
  ['Российская Федерация', 'name', ['российской федерации', 'российскую федерацию']],
  ['Генеральная прокуратура Азербайджана', 'name', ['генеральной прокуратуры азербайджана', 'генеральную прокуратуру азербайджана']],
  ['Нагорный Карабах', 'name', ['нагорного карабаха', 'нагорном карабахе']],
  ['Декларация о союзническом взаимодействии', 'name', ['декларации о союзническом взаимодействии']],
  // A name written in the plural declines in the plural.
  ['российские правоохранительные органы', 'name', ['российских правоохранительных органов', 'российскими правоохранительными органами', 'российским правоохранительным органам']],
  ['братья Сафаровы', 'name', ['братьев сафаровых', 'братьям сафаровым', 'братьями сафаровыми']],
  ['оккупированные Россией территории Украины', 'name', ['оккупированных россией территорий украины']],
  // An adjective: every gender, number and case.
  ['азербайджанский', 'adjective', ['азербайджанская', 'азербайджанской', 'азербайджанского', 'азербайджанскую', 'азербайджанское', 'азербайджанские', 'азербайджанских', 'азербайджанскими']],
  // A demonym: singular and plural, with the fleeting vowel of -ец.
  ['азербайджанец', 'demonym', ['азербайджанца', 'азербайджанцем', 'азербайджанцы', 'азербайджанцев', 'азербайджанцам']],
  ['россиянин', 'demonym', ['россиянина', 'россияне', 'россиян', 'россиянами']],
  // Nouns (event heads): singular and plural.
  ['облава', 'noun', ['облавы', 'облав', 'облавах', 'облавой']],
  ['операция', 'noun', ['операции', 'операций', 'операцией']],
  ['гибель', 'noun', ['гибели', 'гибелью']],
  ['убийство', 'noun', ['убийства', 'убийством', 'убийств']],
  ['крушение', 'noun', ['крушения', 'крушении', 'крушением']],
];

describe('Russian forms', () => {
  for (const [name, role, expected] of table) {
    it(`${name} (${role}) → ${expected.join(', ')}`, () => {
      expect(forms(name, role)).toEqual(expect.arrayContaining(expected));
    });
  }

  it('gives a proper name no plural, and a family name its plural as the family', () => {
    expect(forms('Азербайджан')).not.toContain('азербайджаны');
    expect(plurals('Сафаров')).toEqual(expect.arrayContaining(['сафаровы', 'сафаровых', 'сафаровыми']));
    // Сафаровым is also one bearer's instrumental: it stays with the bearer.
    expect(plurals('Сафаров')).not.toContain('сафаровым');
  });

  it('declines a numeral of two or both its own way, and leaves a particle of two letters alone', () => {
    expect(forms('оба', 'noun')).toEqual(expect.arrayContaining(['оба', 'обоих', 'обоим']));
    // «Оба» is masculine: «оба брата», never «обе», which is feminine («обе страны», both countries).
    expect(forms('оба', 'noun')).not.toContain('обе');
    expect(forms('оба', 'noun')).not.toContain('обеим');
    expect(forms('обе', 'noun')).toEqual(expect.arrayContaining(['обе', 'обеих', 'обеим']));
    // Declined as a noun, оба would give об (a preposition) and ни would give нам and ней (pronouns).
    expect(forms('оба', 'noun')).not.toContain('об');
    expect(forms('ни', 'noun')).toEqual(['ни']);
  });

  it('declines a neuter noun written in its plural (тела) as a plural only, never as a feminine singular', () => {
    expect(forms('тела', 'noun')).toEqual(expect.arrayContaining(['тела', 'тел', 'телам', 'телами', 'телах']));
    // Read by its ending, тела would give на теле: on a body, anyone's.
    expect(forms('тела', 'noun')).not.toContain('теле');
    expect(forms('тела', 'noun')).not.toContain('телу');
  });

  it('leaves other scripts and abbreviations as written', () => {
    expect(forms('Yekaterinburg')).toEqual(['yekaterinburg']);
  });
});
