/**
 * The claim finder's module: what flags a sentence that states a side of a dispute (lib/shared/claims.ts), which a page
 * needs only where it holds a cue or a party's name. Built apart from the content script (wxt.config.ts) and loaded by
 * it with import() the first time a chunk of the page may hold a claim, so the script on every page stays small.
 */
export { claimSteps } from '../shared/claims';
