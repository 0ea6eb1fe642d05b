// Claim flags scored on the project's own sets (eval/claims.*.txt, eval/CLAIMS.md): sentences written for
// this project that state, report or deny a side of the cause-of-death dispute, with traps.
// - eval/claims.*.txt, the development set: cues and rules were tuned on it, so it must meet the targets;
// - eval/holdout/ to eval/holdout4/ claims, each written separately and first measured blind; their misses
//   were then read (sessions of 2026-11-23) to widen cues and rules, so they are tuned on now;
// - eval/holdout5/ and eval/holdout6/ claims, each written blind by a helper from the seeds and CLAIMS.md only,
//   after that widening; each measured once blind (figures in eval/README.md), then their misses were read
//   (session of 2026-11-24) to widen cues and rules, so they are tuned on now;
// - eval/holdout7/ claims, written blind the same way after that, and measured once (figures in eval/README.md); then its
//   misses were read to widen cues and rules, so it is tuned on now;
// - eval/holdout8/ claims, written blind the same way after that, and measured once (figures in eval/README.md); then its
//   misses and wrong stances were read to widen cues and rules, so it is tuned on now;
// - eval/holdout9/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout10/ claims, written blind the same way after that, measured once, then tuned on;
// - eval/holdout11/ claims, written blind the same way, measured once after that (figures in eval/README.md); then its
//   misses were read to widen cues and rules, so it is tuned on now.
// Each file is read as one page (what the page names lets "the brothers" count); each line is scored alone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherSpecFromPacks } from '../lib/pack/matcher-spec';
import { seedPack } from '../lib/pack/seed';
import { findClaimFlags } from '../lib/shared/claims';
import { clearEntities, compileMatcher } from '../lib/shared/matcher';
import { readClaimSet, scoreClaims, type ClaimScore } from './claims-score';

const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
// The sets name the sides by what they claim; the pack by who claims it.
const sideOf = new Map(seedPack.claims.map((c) => [c.id, c.side === 'azerbaijan' ? 'torture' : c.side === 'russia' ? 'natural' : '?']));
const languages = ['en', 'ru', 'az'] as const;

function scoreAll(folder: string) {
  const scores: Partial<Record<(typeof languages)[number], ClaimScore>> = {};
  for (const lang of languages) {
    const file = new URL(`${folder}claims.${lang}.txt`, import.meta.url).pathname;
    if (!existsSync(file)) continue;
    const lines = readClaimSet(file);
    const known = clearEntities(matcher, matcher.scan(lines.map((l) => l.text).join('\u2029')));
    scores[lang] = scoreClaims(
      lines,
      (text) => findClaimFlags(matcher, text, known),
      (id) => sideOf.get(id) ?? '?',
    );
  }
  return scores;
}

const figures = (s: ClaimScore) => ({ recall: s.correct / s.gold, precision: s.flags ? s.correct / s.flags : 1, stance: s.correct ? s.stanceRight / s.correct : 1, onTraps: s.onTraps, gold: s.gold });
const development = scoreAll('./');
const holdout = scoreAll('./holdout/');
const holdout2 = scoreAll('./holdout2/');
const holdout3 = scoreAll('./holdout3/');
const holdout4 = scoreAll('./holdout4/');
const holdout5 = scoreAll('./holdout5/');
const holdout6 = scoreAll('./holdout6/');
const holdout7 = scoreAll('./holdout7/');
const holdout8 = scoreAll('./holdout8/');
const holdout9 = scoreAll('./holdout9/');
const holdout10 = scoreAll('./holdout10/');
const holdout11 = scoreAll('./holdout11/');
mkdirSync('.output/test-results', { recursive: true });
writeFileSync(
  '.output/test-results/eval-claims.json',
  JSON.stringify(
    {
      sets: {
        'the development set (tuned on)': Object.fromEntries(Object.entries(development).map(([l, s]) => [l, figures(s)])),
        'the first held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout).map(([l, s]) => [l, figures(s)])),
        'the second held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout2).map(([l, s]) => [l, figures(s)])),
        'the third held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout3).map(([l, s]) => [l, figures(s)])),
        'the fourth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout4).map(([l, s]) => [l, figures(s)])),
        'the fifth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout5).map(([l, s]) => [l, figures(s)])),
        'the sixth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout6).map(([l, s]) => [l, figures(s)])),
        'the seventh held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout7).map(([l, s]) => [l, figures(s)])),
        'the eighth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout8).map(([l, s]) => [l, figures(s)])),
        'the ninth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout9).map(([l, s]) => [l, figures(s)])),
        'the tenth held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout10).map(([l, s]) => [l, figures(s)])),
        'the eleventh held-out set (since tuned on)': Object.fromEntries(Object.entries(holdout11).map(([l, s]) => [l, figures(s)])),
      },
      development,
      holdout,
      holdout2,
      holdout3,
      holdout4,
      holdout5,
      holdout6,
      holdout7,
      holdout8,
      holdout9,
      holdout10,
      holdout11,
    },
    null,
    2,
  ),
);

describe('claim flags on the project’s own development set', () => {
  for (const lang of languages) {
    it(`${lang}: recall ≥ 80% with the right side, precision ≥ 90%, no flag on a trap`, () => {
      const s = development[lang]!;
      expect(s.gold, lang).toBeGreaterThan(20);
      expect(s.correct / s.gold, `missed: ${s.misses.join('; ')}`).toBeGreaterThanOrEqual(0.8);
      expect(s.correct / s.flags, `false: ${s.falsePositives.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(s.onTraps).toBe(0);
    });
  }

  it('never presents a denial as the outlet’s assertion', () => {
    for (const lang of languages) {
      const wrong = development[lang]!.wrongStance.filter((w) => /^\d+: asserts for denies/.test(w));
      expect(wrong, lang).toEqual([]);
    }
  });
});
