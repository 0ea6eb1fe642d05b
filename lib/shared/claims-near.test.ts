// The words claims read only near a cue or a party (Matcher.context) are found there alone: the flags must be the
// same as when every such word is found everywhere, on every claims set the project has, and the names too.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClaimSet } from '../../eval/claims-score';
import { matcherSpecFromPacks } from '../pack/matcher-spec';
import { seedPack } from '../pack/seed';
import { findClaims } from './claims';
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
    expect(lazy.scanAll(text).hidden).toEqual([]);
    expect(eager.scanAll(text).hidden.length).toBeGreaterThan(3);
  });
});
