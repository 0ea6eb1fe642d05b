// The seed pack's integrity: every quote is in its document, every reference resolves, every alias has one
// owner (or is declared ambiguous), and the matcher finds in each document every entity it names.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyText } from '../shared/key';
import { compileMatcher, findMentions } from '../shared/matcher';
import { matcherSpecFromPacks } from './matcher-spec';
import { checkQuotes, citationsOf } from './quotes';
import { validatePack, type Pack } from './schema';

const seedFile = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const result = validatePack(JSON.parse(seedFile('pack.json')));
const pack = (result.ok ? result.pack : null) as Pack;

describe('the seed pack', () => {
  it('loads through the schema with every reference resolving and every id unique', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('rests on the two seed documents, unchanged', () => {
    const sha = (name: string) =>
      createHash('sha256')
        .update(readFileSync(new URL(`../../seeds/${name}`, import.meta.url)))
        .digest('hex');
    expect(pack.sources.map((s) => [s.file, sha(s.file)])).toEqual([
      ['000_16803aad05495040.txt', 'e5cf687d0834a549d8ac5050f4e889994aa5df75515e5716ad865435b9ec8ea2'],
      ['002_91ce1a4375a7d4af.txt', '2e85e87326a3f4f5034163a79635eb8ea568e1ca6dc3db0b0b32315bfdbf1ff3'],
    ]);
  });

  it('quotes every fact, claim and timeline entry verbatim from its document', () => {
    const citations = citationsOf(pack);
    expect(citations.length).toBeGreaterThan(100);
    expect(checkQuotes(pack, (s) => seedFile(s.file))).toEqual([]);
  });

  it('gives every name one owner, in every language, or declares it ambiguous with the entities it may mean', () => {
    // Names meet by their transliteration key, as the matcher reads them (Guseyn = Huseyn = Гусейн).
    const owners = new Map<string, Set<string>>();
    for (const e of pack.entities)
      for (const a of [e.name, ...e.aliases, ...Object.values(e.names).flat()]) {
        const key = keyText(a);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([alias, ids]) => `${alias}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
    const declaredAndOwned = pack.ambiguous.filter((a) => owners.has(keyText(a.alias))).map((a) => a.alias);
    expect(declaredAndOwned).toEqual([]);
  });

  it('names every entity in English, Russian and Azerbaijani', () => {
    const missing = pack.entities.flatMap((e) => (['en', 'ru', 'az'] as const).filter((l) => !e.names[l]?.length && !(l === 'en' && e.aliases.length)).map((l) => `${e.id}: ${l}`));
    expect(missing).toEqual([]);
  });

  it('has the disputed cause of death, with both sides attributed and quoted', () => {
    const conflict = pack.conflicts.find((c) => c.id === 'cause-of-death')!;
    const claims = conflict.claims.map((id) => pack.claims.find((c) => c.id === id)!);
    const claimants = new Set(claims.map((c) => c.claimant));
    expect(claimants.has('azerbaijan-prosecutor-general')).toBe(true);
    expect([...claimants].some((c) => c === 'russian-law-enforcement' || c === 'russian-investigators')).toBe(true);
    expect(new Set(claims.flatMap((c) => c.citations.map((q) => q.source)))).toEqual(new Set(['doc-000', 'doc-002']));
  });
});

describe('scanning the seed documents', () => {
  const matcher = compileMatcher(matcherSpecFromPacks([pack]));
  const found = (file: string) => new Set(findMentions(matcher, seedFile(file)).map((m) => m.entityId));

  // Read by hand from each document: every entity of the pack that it names.
  const named: Record<string, string[]> = {
    '000_16803aad05495040.txt': [
      'ziyaddin-safarov',
      'huseyn-safarov',
      'safarov-brothers',
      'vladimir-putin',
      'ilham-aliyev',
      'alexei-overchuk',
      'zaur-shiriyev',
      'azerbaijan',
      'russia',
      'armenia',
      'ukraine',
      'soviet-union',
      'yekaterinburg',
      'baku',
      'moscow',
      'kyiv',
      'nagorno-karabakh',
      'south-caucasus',
      'russian-held-territories-in-ukraine',
      'azerbaijan-prosecutor-general',
      'russian-law-enforcement',
      'carnegie-russia-eurasia-center',
      'azerbaijan-airlines',
      'azerbaijan-pro-government-media',
      'deaths-in-custody',
      'yekaterinburg-police-operation',
      'airliner-shootdown',
      'first-nagorno-karabakh-war',
      'second-nagorno-karabakh-war',
      'invasion-of-ukraine',
      'cancelled-overchuk-visit',
      'boycott-of-russian-artists',
      'soviet-dissolution',
    ],
    '002_91ce1a4375a7d4af.txt': [
      'ziyaddin-safarov',
      'huseyn-safarov',
      'safarov-brothers',
      'azerbaijan',
      'russia',
      'ukraine',
      'soviet-union',
      'yekaterinburg',
      'baku',
      'moscow',
      'south-caucasus',
      'azerbaijan-prosecutor-general',
      'russian-investigators',
      'azerbaijan-pro-government-media',
      'deaths-in-custody',
      'invasion-of-ukraine',
      'declaration-of-allied-interaction',
      'murder-charges-six-detainees',
      'six-other-detainees',
      'soviet-dissolution',
    ],
  };

  for (const [file, ids] of Object.entries(named)) {
    it(`finds in ${file} every entity it names, and no other`, () => {
      expect([...found(file)].sort()).toEqual([...ids].sort());
    });
  }

  it('leaves false friends unmarked, in the three languages', () => {
    const text = [
      'Saddam Hussein, King Hussein and Ramiz Huseynli; Bakunin; Heydar Aliyev International Airport; Chicken Kiev.',
      'Аяз, Мазахир и Бакир Сафаровы; аэропорт имени Гейдара Алиева; ТЦ «Баку Плаза»; студенты МГУ.',
      'Hüseynli, Bakunin küçəsi, Heydər Əliyev adına hava limanı, Sputnik Azərbaycan.',
    ].join('\n');
    expect(findMentions(matcher, text).map((m) => m.text)).toEqual([]);
  });

  it('covers every entity of the pack between the two documents', () => {
    const all = new Set([...found('000_16803aad05495040.txt'), ...found('002_91ce1a4375a7d4af.txt')]);
    expect(pack.entities.filter((e) => !all.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
