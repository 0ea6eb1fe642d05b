/** What the background sends to views: plain data shaped for the card and the popup. */

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
}

export interface ConflictView {
  id: string;
  question: string;
  claims: ClaimView[];
}

export interface CardView {
  id: string;
  name: string;
  kind: string;
  summary: string;
  facts: { text: string; quotes: QuoteView[] }[];
  conflicts: ConflictView[];
  related: { id: string; name: string }[];
  /** The pack the entity comes from. */
  pack: string;
}

export interface IncidentView {
  title: string;
  summary: string;
  timeline: { when: string; text: string; quotes: QuoteView[] }[];
  parties: { id: string; name: string; kind: string }[];
  conflicts: ConflictView[];
  sources: { id: string; title: string; file: string }[];
}

export interface PageFindings {
  url: string;
  /** Entities found on the page, with how many times each. */
  entities: { id: string; name: string; count: number }[];
}

export interface PackSummary {
  id: string;
  name: string;
  version: number;
  seed: boolean;
  entities: number;
}
