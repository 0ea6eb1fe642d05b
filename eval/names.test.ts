// Name and event detection scored on the project's own sets (eval/names.*.txt, written for this project in
// the style of wire copy, traps included). The figures also land in .output/test-results/eval-names.json,
// which `npm test` prints before its closing line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherSpecFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { compileMatcher, findMentions } from '../lib/shared/matcher';
import { ratio, readSet, scoreSet, type Score } from './score';

const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
const events = new Set(seedPack.entities.filter((e) => e.kind === 'event').map((e) => e.id));
const languages = ['en', 'ru', 'az'] as const;
const scores: Record<string, Score> = {};
for (const lang of languages) {
  scores[lang] = scoreSet(readSet(new URL(`./names.${lang}.txt`, import.meta.url).pathname), (text) => findMentions(matcher, text), (id) => events.has(id));
}

const figures = Object.fromEntries(
  languages.map((lang) => {
    const s = scores[lang]!;
    return [lang, { nameRecall: ratio(s.names.found, s.names.gold), eventRecall: ratio(s.events.found, s.events.gold), precision: ratio(s.correct, s.system), wrong: s.wrong, gold: s.names.gold + s.events.gold, system: s.system }];
  }),
);
mkdirSync('.output/test-results', { recursive: true });
writeFileSync('.output/test-results/eval-names.json', JSON.stringify({ figures, misses: Object.fromEntries(languages.map((l) => [l, scores[l]!.misses])), falsePositives: Object.fromEntries(languages.map((l) => [l, scores[l]!.falsePositives])) }, null, 2));

describe('detection on the project’s own evaluation sets', () => {
  for (const lang of languages) {
    it(`${lang}: name recall ≥ 95%, precision ≥ 99%, no wrong entity`, () => {
      const f = figures[lang]!;
      expect({ lang, nameRecall: f.nameRecall >= 0.95, precision: f.precision >= 0.99, wrong: f.wrong, misses: scores[lang]!.misses.filter((m) => !events.has(m.slice(m.lastIndexOf('(') + 1, -1))), falsePositives: scores[lang]!.falsePositives }).toMatchObject({ lang, nameRecall: true, precision: true, wrong: 0 });
    });
  }
  it('finds at least 70% of the events written in the writer’s own words, over all three languages', () => {
    const found = languages.reduce((n, l) => n + scores[l]!.events.found, 0);
    const gold = languages.reduce((n, l) => n + scores[l]!.events.gold, 0);
    expect(gold).toBeGreaterThan(20);
    expect(found / gold).toBeGreaterThanOrEqual(0.7);
  });
});
