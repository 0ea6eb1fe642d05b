/** What the background sends to views: plain data shaped for the card and the popup. */

/** A source document as a reader sees it cited: its title, and where and when it was published if the pack says. */
export interface SourceView {
  id: string;
  title: string;
  /** An http(s) URL: the title links there. */
  url?: string;
  publisher?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

export interface QuoteView {
  sourceId: string;
  sourceTitle: string;
  quote: string;
}

export interface ClaimView {
  id: string;
  /** Who says it (an entity's or a source's name). */
  claimant: string;
  text: string;
  quotes: QuoteView[];
  /** Its side of the dispute: claims on one side echo each other. */
  side: string;
}

export interface ConflictView {
  id: string;
  /** A dispute between parties, or sources that only differ in wording: labelled apart. */
  kind: 'dispute' | 'differ';
  question: string;
  claims: ClaimView[];
}

/** What a flagged sentence shows: the claim it echoes, beside every other side of its dispute. */
export interface ClaimCardView {
  claimId: string;
  conflict: ConflictView;
}

/** How a flagged sentence carries its claim. */
export type Stance = 'asserts' | 'attributes' | 'denies';

export interface CardView {
  id: string;
  name: string;
  kind: string;
  summary: string;
  facts: { text: string; quotes: QuoteView[] }[];
  conflicts: ConflictView[];
  related: { id: string; name: string }[];
  /** Every source the card quotes, in the order first quoted. */
  sources: SourceView[];
}

export interface IncidentView {
  title: string;
  summary: string;
  timeline: { when: string; text: string; quotes: QuoteView[] }[];
  parties: { id: string; name: string; kind: string }[];
  conflicts: ConflictView[];
  sources: (SourceView & { file: string })[];
}

export interface PageFindings {
  url: string;
  /** Entities found on the page, with how many times each. */
  entities: { id: string; name: string; count: number }[];
  /** Sentences that state one side of a dispute, in page order. */
  claims?: { claimId: string; conflictId: string; stance: Stance; text: string }[];
}

export interface PackSummary {
  id: string;
  name: string;
  version: number;
  seed: boolean;
  entities: number;
  /** Set aside because a newer built-in pack uses some of its ids: the reasons. */
  setAside?: string[];
}
