import { describe, expect, it } from 'vitest';
import { romanisation } from '../pack/lang';
import { keyText, applyRomanisation } from './key';

// The languages' romanisations, as the background and every page use them.
applyRomanisation(romanisation());

// The transliteration key: each row is spellings outlets really use for one name; all must give one key.
const meet: [string, string[]][] = [
  ['husein', ['Huseyn', 'Hüseyn', 'Husein', 'Huseyin', 'Hussein', 'Guseyn', 'Gusein', 'Гусейн', 'Хусейн']],
  ['aleksei', ['Alexei', 'Alexey', 'Aleksei', 'Aleksey', 'Алексей']],
  ['ekaterinburh', ['Yekaterinburg', 'Ekaterinburg', 'Yekaterinburq', 'Екатеринбург', 'YEKATERINBURG']],
  ['ziadin', ['Ziyaddin', 'Ziyadin', 'Ziaddin', 'Ziyəddin', 'Зияддин', 'Зиядин']],
  ['aliev', ['Aliyev', 'Aliev', 'Əliyev', 'Алиев']],
  ['shiriev', ['Shiriyev', 'Shiriev', 'Şiriyev', 'Шириев']],
  ['overchuk', ['Overchuk', 'Overçuk', 'Оверчук']],
  ['safarov', ['Safarov', 'Səfərov', 'Сафаров']],
  ['karabah', ['Karabakh', 'Карабах']],
  ['rusia', ['Russia', 'Rusiya']],
  ['putin', ['Putin', 'Путин']],
  ['moskva', ['Moskva', 'Москва']],
];

// Names that look alike and must stay apart (the matcher also needs whole words, see matcher.test.ts).
const apart: [string, string][] = [
  ['Huseyn', 'Huseynli'],
  ['Huseyn', 'Huseynov'],
  ['Baku', 'Bakunin'],
  ['Baku', 'Bakı'],
  ['Aliyev', 'Aliyeva'],
  ['Kyiv', 'Kiev'],
  ['Safarov', 'Safarova'],
];

describe('the transliteration key', () => {
  for (const [key, spellings] of meet) {
    it(`gives ${spellings.join(', ')} the one key "${key}"`, () => {
      expect(spellings.map(keyText)).toEqual(spellings.map(() => key));
    });
  }

  it('keeps look-alikes apart', () => {
    for (const [a, b] of apart) expect(keyText(a), `${a} / ${b}`).not.toBe(keyText(b));
  });

  it('keeps the words of a name apart and runs of spaces and hyphens as one space', () => {
    expect(keyText('Nagorno-Karabakh')).toBe('nahorno karabah');
    expect(keyText('Ziyaddin  \n Safarov')).toBe('ziadin safarov');
    expect(keyText("Azerbaijan's")).toBe("azerbaijan's");
  });
});
