/** What the claim detector gives: one flag per sentence and side (see ../claims.ts). */

export type Stance = 'asserts' | 'attributes' | 'denies';

/** A sentence that echoes one side of a dispute. */
export interface RawClaim {
  /** The sentence. */
  start: number;
  end: number;
  /** The cue that carries the claim. */
  cueStart: number;
  cueEnd: number;
  /** Index into the matcher's claims: the claim the sentence echoes (the first cue's, for its side). */
  claim: number;
  stance: Stance;
}

/** A span of the text, [start, end). */
export interface Span {
  start: number;
  end: number;
}
