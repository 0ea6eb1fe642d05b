// @vitest-environment happy-dom
// The page scanner reads a page in slices, but looks for claims in the whole of it: on every claims set the project has, each page
// shown as paragraphs, it flags the same sentences, for the same claims and stances, as `scan --claims` does reading the page at once.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readClaimSet } from '../../eval/claims-score';
import { matcherSpecFromPacks } from '../pack/matcher-spec';
import { seedPack } from '../pack/seed';
import { claimSteps, findClaimFlags } from '../shared/claims';
import { compileMatcher } from '../shared/matcher';
import { installStaticRange } from '../testing/dom';
import { createPageScanner, type HighlightSet } from './scanner';

beforeAll(installStaticRange);

const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
const nowhere: HighlightSet = { add: () => undefined, delete: () => undefined, clear: () => undefined };
// (Tests run from the project's root.)
const evalDir = join(process.cwd(), 'eval');
const files = [
  evalDir,
  ...readdirSync(evalDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(evalDir, d.name)),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /^claims\.\w+\.txt$/.test(f))
    .map((f) => join(dir, f)),
);
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('claim flags on a page read in slices', () => {
  it('finds the claims sets', () => expect(files.length).toBeGreaterThan(30));
  for (const file of files) {
    it(`are those of the whole page: ${file.slice(evalDir.length + 1)}`, async () => {
      const lines = readClaimSet(file).map((l) => l.text);
      const whole = findClaimFlags(matcher, lines.join('\u2029')).map((f) => `${f.claimId} ${f.stance}: ${f.text}`);
      document.body.innerHTML = lines.map((l) => `<p>${escaped(l)}</p>`).join('');
      const scanner = createPageScanner(document, { matcher, highlight: nowhere, claimHighlight: nowhere, claims: async () => claimSteps });
      scanner.start();
      await scanner.idle();
      const sliced = scanner.claims().map((m) => `${matcher.spec.claims[m.claim!.index]!.id} ${m.claim!.stance}: ${m.claim!.sentence}`);
      scanner.stop();
      // (The same flags, whatever their order: the finder gives the sentences that point back to an account after the rest.)
      expect(sliced.sort()).toEqual(whole.sort());
    });
  }
});

describe('claims in paragraphs added to a page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are flagged in the task that read them once the finder has run on the page (the first window waits for a task of its own)', async () => {
    const yields = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yields });
    document.body.innerHTML = '<p>Baku says the Safarov brothers were tortured in custody.</p>';
    const scanner = createPageScanner(document, { matcher, highlight: nowhere, claimHighlight: nowhere, claims: async () => claimSteps, sliceMs: 1000 });
    scanner.start();
    await scanner.idle();
    expect(scanner.claims()).toHaveLength(1);
    expect(yields).toHaveBeenCalledTimes(1);
    const p = document.createElement('p');
    p.textContent = 'Moscow says one of the Safarov brothers died of heart failure.';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 0));
    await scanner.idle();
    expect(scanner.claims()).toHaveLength(2);
    expect(yields).toHaveBeenCalledTimes(1);
    scanner.stop();
  });

  it('share one task’s budget across paragraphs added one by one: readings and their claims in one task stop at the slice’s end', async () => {
    // A clock that moves only when the claim finder works: each window costs it 2 ms, on a 6 ms slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const yields = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yields });
    const slow: typeof claimSteps = function* (...args) {
      clock += 2;
      yield;
      return yield* claimSteps(...args);
    };
    document.body.innerHTML = '<p>Baku says the Safarov brothers were tortured in custody.</p>';
    const scanner = createPageScanner(document, { matcher, highlight: nowhere, claimHighlight: nowhere, claims: async () => slow, sliceMs: 6 });
    scanner.start();
    await scanner.idle();
    yields.mockClear();
    // Twenty paragraphs, each its own reading, each naming a party (a window that may hold a claim).
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      p.textContent = `Baku repeated on day ${i + 1} that the Safarov brothers were tortured.`;
      document.body.append(p);
    }
    await new Promise((r) => setTimeout(r, 0));
    await scanner.idle();
    expect(scanner.claims()).toHaveLength(21);
    // 40 ms of the finder's work: at least one yield for every 6 ms of it (the code before this took none).
    expect(yields.mock.calls.length).toBeGreaterThanOrEqual(40 / 6);
    scanner.stop();
    vi.restoreAllMocks();
  });
});
