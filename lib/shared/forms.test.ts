import { describe, expect, it } from 'vitest';
import { inflections, pluralForms } from './forms';

describe('inflections', () => {
  it('declines a noun by its ending', () => {
    expect(inflections('азербайджан')).toEqual(expect.arrayContaining(['азербайджан', 'азербайджана', 'азербайджану', 'азербайджаном', 'азербайджане']));
    expect(inflections('россия')).toEqual(expect.arrayContaining(['россия', 'россии', 'россию', 'россией']));
    expect(inflections('москва')).toEqual(expect.arrayContaining(['москвы', 'москве', 'москву', 'москвой']));
    expect(inflections('баку')).toEqual(['баку']);
  });

  it('declines leading adjectives with their noun and keeps what follows as written', () => {
    expect(inflections('российская федерация')).toEqual(expect.arrayContaining(['российской федерации', 'российскую федерацию']));
    expect(inflections('генеральная прокуратура азербайджана')).toEqual(expect.arrayContaining(['генеральной прокуратуры азербайджана', 'генеральную прокуратуру азербайджана']));
    expect(inflections('декларация о союзническом взаимодействии')).toEqual(expect.arrayContaining(['декларации о союзническом взаимодействии']));
    expect(inflections('нагорный карабах')).toEqual(expect.arrayContaining(['нагорного карабаха', 'нагорном карабахе']));
  });

  it('leaves other scripts alone', () => {
    expect(inflections('yekaterinburg')).toEqual(['yekaterinburg']);
  });
});

describe('pluralForms', () => {
  it('gives a family name’s plurals in English and Russian', () => {
    expect(pluralForms('safarov')).toEqual(['safarovs', 'safaroves']);
    expect(pluralForms('сафаров')).toEqual(expect.arrayContaining(['сафаровы', 'сафаровых', 'сафаровым']));
  });
});
