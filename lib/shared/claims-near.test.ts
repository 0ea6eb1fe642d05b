// The words claims read only near a cue or a party (Matcher.context) are found there alone: the flags must be the
// same as when every such word is found everywhere, on every claims set the project has, and the names too.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClaimSet } from '../../eval/claims-score';
import { matcherSpecFromPacks } from '../pack/matcher-spec';
import { seedPack } from '../pack/seed';
import { findClaims } from './claims';
import { withNearWords } from './claims/near';
import { clearEntities, compileMatcher } from './matcher';

const spec = matcherSpecFromPacks([seedPack]);
const lazy = compileMatcher(spec);
const eager = compileMatcher(spec, { lazyContext: false });
const evalDir = new URL('../../eval/', import.meta.url).pathname;
const files = [
  evalDir,
  ...readdirSync(evalDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${evalDir}${d.name}/`),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /^claims\.\w+\.txt$/.test(f))
    .map((f) => `${dir}${f}`),
);

describe('words found only near a claim', () => {
  it('finds the claims sets', () => expect(files.length).toBeGreaterThan(30));
  for (const file of files) {
    it(`gives the same names and flags as words found everywhere: ${file.slice(evalDir.length)}`, () => {
      const text = readClaimSet(file)
        .map((l) => l.text)
        .join('\u2029');
      const a = lazy.scanAll(text);
      const b = eager.scanAll(text);
      expect(a.mentions).toEqual(b.mentions);
      expect(a.hidden.length).toBeLessThan(b.hidden.length);
      const known = clearEntities(lazy, a.mentions);
      const flags = findClaims(lazy, text, a, known);
      expect(flags.length).toBeGreaterThan(0);
      expect(flags).toEqual(findClaims(eager, text, b, known));
    });
  }
  it('reads none of them on a page with no cue and no party', () => {
    const text = 'They said that it was not true.\u2029Officials denied it, and the statement was withdrawn.';
    const found = lazy.scanAll(text);
    expect(found.hidden).toEqual([]);
    expect(withNearWords(lazy, text, found)).toBe(found);
    expect(eager.scanAll(text).hidden.length).toBeGreaterThan(3);
  });

  it('reads a sentence naming a party only where it may give a side with no cue: a noun of account, or a pronoun that points back as the object of a saying', () => {
    /** The words read near the party, beyond what `scanAll` found. */
    const near = (text: string) => {
      const found = lazy.scanAll(text);
      return withNearWords(lazy, text, found).hidden.length - found.hidden.length;
    };
    // A party and a saying, and nothing pointed back to: no account of a side to give.
    expect(near('Officials in Baku said on Monday that the border would stay open.')).toBe(0);
    expect(near('Baku has no plans to change the visa rules, it said.')).toBe(0);
    // The pronoun as the saying's object, at the sentence's end or right before the verb; or a noun of account.
    expect(near('Officials in Baku said on Monday that nobody was buying that.')).toBeGreaterThan(0);
    expect(near('В Баку это отрицают.')).toBeGreaterThan(0);
    expect(near('The explanation Moscow gave leaves them with questions.')).toBeGreaterThan(0);
  });
});
