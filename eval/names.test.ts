// Name and event detection scored on the project's own sets, written for this project in the style of news
// copy, traps included (eval/README.md):
// - eval/names.*.txt, the development set: the pack and rules were tuned on it, so it must meet the targets;
// - eval/holdout/names.*.txt, written separately and never tuned on: measured and printed, as an honest guess
//   at what a reader's articles will get.
// The figures land in .output/test-results/eval-names.json, which `npm test` prints before its closing line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherSpecFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { compileMatcher, findMentions } from '../lib/shared/matcher';
import { ratio, readSet, scoreSet, type Score } from './score';

const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
const events = new Set(seedPack.entities.filter((e) => e.kind === 'event').map((e) => e.id));
const languages = ['en', 'ru', 'az'] as const;

function scoreAll(folder: string) {
  const scores = Object.fromEntries(
    languages.map((lang) => [
      lang,
      scoreSet(
        readSet(new URL(`${folder}names.${lang}.txt`, import.meta.url).pathname),
        (text) => findMentions(matcher, text),
        (id) => events.has(id),
      ),
    ]),
  ) as Record<(typeof languages)[number], Score>;
  const figures = Object.fromEntries(
    languages.map((lang) => {
      const s = scores[lang];
      return [
        lang,
        {
          nameRecall: ratio(s.names.found, s.names.gold),
          eventRecall: ratio(s.events.found, s.events.gold),
          precision: ratio(s.correct, s.system),
          wrong: s.wrong,
          gold: s.names.gold + s.events.gold,
          system: s.system,
        },
      ];
    }),
  );
  return { scores, figures };
}

const development = scoreAll('./');
const holdout = scoreAll('./holdout/');
mkdirSync('.output/test-results', { recursive: true });
const details = (s: ReturnType<typeof scoreAll>) => Object.fromEntries(languages.map((l) => [l, { misses: s.scores[l].misses, falsePositives: s.scores[l].falsePositives }]));
writeFileSync(
  '.output/test-results/eval-names.json',
  JSON.stringify(
    { sets: { 'the development set (tuned on)': development.figures, 'the held-out set (never tuned on)': holdout.figures }, development: details(development), holdout: details(holdout) },
    null,
    2,
  ),
);

describe('detection on the project’s own development set', () => {
  for (const lang of languages) {
    it(`${lang}: name recall ≥ 95%, precision ≥ 99%, no wrong entity`, () => {
      const f = development.figures[lang]!;
      const s = development.scores[lang];
      expect(f.nameRecall, `missed: ${s.misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
      expect(f.precision, `false: ${s.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(0.99);
      expect(f.wrong).toBe(0);
    });
  }

  it('finds at least 70% of the events written in the writer’s own words, in each language', () => {
    for (const lang of languages) {
      expect(development.scores[lang].events.gold, lang).toBeGreaterThan(20);
      expect(development.figures[lang]!.eventRecall, lang).toBeGreaterThanOrEqual(0.7);
    }
  });
});

describe('the held-out set', () => {
  it('is scored in every language (figures printed by npm test)', () => {
    for (const lang of languages) expect(holdout.figures[lang]!.gold, lang).toBeGreaterThan(50);
  });
});
