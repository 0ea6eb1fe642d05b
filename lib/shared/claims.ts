/**
 * Claim flags: a sentence on the page that states one side of a dispute. The cues (torture, сердечный
 * приступ, döyülərək) are words of the same trie as the names, found in the same pass (Matcher.scanAll);
 * here each cue is given its sentence, kept only where that sentence is about the incident, and told
 * whether the sentence asserts the claim in its own voice, attributes it to someone, or reports a denial.
 */
import { clearEntities, type Matcher, type RawMention, type Scanned } from './matcher';
import { findAccounts } from './claims/accounts';
import { claimContext } from './claims/context';
import { flagCue } from './claims/cue';
import { byPlace, isCueHit, mayCue } from './claims/cues';
import { flagPointedBack } from './claims/point-back';
import type { RawClaim, Stance } from './claims/types';

export { sentenceAt } from './claims/sentences';
export type { RawClaim, Stance } from './claims/types';

/**
 * The claim flags of one text, from what `scanAll` found in it. `known`: entities the whole page names
 * clearly, which lets a word for the incident's people (the brothers) put a sentence in scope.
 * A sentence is flagged once per conflict (per clause, where a semicolon parts them), for the side of its
 * first cue: the side of its main clause ("Moscow rejected claims of torture, saying one brother had heart
 * failure" denies the torture).
 */
export function findClaims(matcher: Matcher, text: string, scannedAll: Scanned, known: Set<number>): RawClaim[] {
  const steps = claimSteps(matcher, text, scannedAll, known);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `findClaims` in steps, for a page's whole text: it pauses after reading the text's context and after each cue, so that the
 * page scanner can let the page run between steps (lib/page/scanner.ts); the flags are its return value.
 */
export function* claimSteps(matcher: Matcher, text: string, scannedAll: Scanned, known: Set<number>): Generator<void, RawClaim[], void> {
  if (!matcher.spec.claims.length) return [];
  const ctx = claimContext(matcher, text, scannedAll, known);
  yield;
  // The parties' accounts ("Moscow's version") first: they are cues too.
  findAccounts(ctx);
  yield;
  // The cues that count, with a pause after each word that may be one: the first on a page reads its sentence with cold code.
  const cueHits: RawMention[] = [];
  for (const h of ctx.scanned.hidden) {
    if (!mayCue(ctx, h)) continue;
    if (isCueHit(ctx, h)) cueHits.push(h);
    yield;
  }
  cueHits.sort(byPlace);
  for (const cue of cueHits) {
    flagCue(ctx, cue, cueHits);
    yield;
  }
  // Then the sentences that point back to an account, which take the side of the flag before them.
  flagPointedBack(ctx);
  return ctx.out;
}

/** A claim flag as tools report it (`scan --claims`). */
export interface FoundClaim {
  kind: 'claim';
  start: number;
  end: number;
  text: string;
  conflictId: string;
  claimId: string;
  stance: Stance;
}

/**
 * Every claim flag in one whole text (a file): what `scan --claims` prints. `known`: what the page names,
 * when the text is a part of one (by default, what the text itself names).
 */
export function findClaimFlags(matcher: Matcher, text: string, known?: Set<number>): FoundClaim[] {
  const scanned = matcher.scanAll(text);
  return findClaims(matcher, text, scanned, known ?? clearEntities(matcher, scanned.mentions)).map((c) => {
    const claim = matcher.spec.claims[c.claim]!;
    return { kind: 'claim', start: c.start, end: c.end, text: text.slice(c.start, c.end), conflictId: matcher.spec.conflicts[claim.conflict]!.id, claimId: claim.id, stance: c.stance };
  });
}
