/**
 * The one message protocol between the pages (content script, popup, options) and the background.
 * One map: request → response, a doc line per message. The background checks every request it receives
 * against lib/extension/messages.ts (zod); the page side only needs these types, so no zod reaches it.
 */
import type { MatcherSpec } from './matcher';
import type { CardView, ClaimCardView, IncidentView, PackSummary, PageFindings } from './views';

export interface BackgroundProtocol {
  /** The content script asks which names to look for (all packs, compiled by the page). */
  getMatcherSpec: { request: Record<string, never>; response: { spec: MatcherSpec; enabled: boolean } };
  /** The hover card of one entity: summary, facts, disputed claims side by side. */
  getCard: { request: { entityId: string }; response: CardView };
  /** The card of a flagged sentence: the claim it echoes and every side of its dispute. */
  getClaimCard: { request: { claimId: string }; response: ClaimCardView };
  /** The incident summary for the popup. */
  getIncident: { request: Record<string, never>; response: IncidentView };
  /** The content script reports what it found on its page (kept per tab for the popup). */
  reportFindings: { request: PageFindings; response: null };
  /** The popup asks a tab to scroll to one of its claim flags (by page order) and open its card. */
  revealClaim: { request: { tabId: number; index: number }; response: boolean };
  /** The popup asks what was found on a tab. */
  getFindings: { request: { tabId: number }; response: PageFindings | null };
  /** Import a user's pack: stored whole or not at all; every problem is reported. */
  importPack: { request: { pack: unknown }; response: PackSummary };
  /** Export a pack as JSON text. */
  exportPack: { request: { packId: string }; response: { json: string } };
  /** Remove an imported pack (the seed pack stays). */
  removePack: { request: { packId: string }; response: null };
  /** The packs in the store. */
  listPacks: { request: Record<string, never>; response: PackSummary[] };
  /** Options' "reset to the built-in pack": every imported pack removed; the built-in one stays. */
  resetPacks: { request: Record<string, never>; response: null };
  /** The popup asks a tab to scroll to an entity's first mention and open its card. */
  revealEntity: { request: { tabId: number; entityId: string }; response: boolean };
  /** A card's "Open the incident": the full incident page, in a new tab. */
  openIncident: { request: Record<string, never>; response: null };
}

export type MessageType = keyof BackgroundProtocol;

/** The other direction: what the background asks of a tab's content script, one doc line per message. */
export interface PageProtocol {
  /** Scroll to the page's claim flag number `index` (page order) and open its card. */
  revealClaim: { request: { index: number }; response: boolean };
  /** Scroll to an entity's first mention (page order) and open its card. */
  revealEntity: { request: { entityId: string }; response: boolean };
  /** The keyboard's path (the next/previous-mention commands): go to the next (1) or previous (-1) name, open its card, focus it. */
  stepMention: { request: { direction: 1 | -1 }; response: boolean };
}

/** A message from the background to a page, as sent on the wire. */
export interface PageEnvelope<K extends keyof PageProtocol = keyof PageProtocol> {
  backstory: 1;
  type: K;
  data: PageProtocol[K]['request'];
}
export type RequestOf<K extends MessageType> = BackgroundProtocol[K]['request'];
export type ResponseOf<K extends MessageType> = BackgroundProtocol[K]['response'];

/** A message as sent on the wire. */
export interface Envelope<K extends MessageType = MessageType> {
  backstory: 1;
  type: K;
  data: RequestOf<K>;
}

export type ErrorCode = 'unknown-message' | 'malformed' | 'forbidden-sender' | 'not-found' | 'invalid-pack' | 'internal';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** For invalid packs: every problem, with its path in the pack. */
  problems?: { path: string; reason: string }[];
}

/** Every answer: a result or a typed error, never silence. */
export type Reply<K extends MessageType = MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: ProtocolError };

/** Thrown on the calling side when the background answers with an error. */
export class BackstoryError extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
    this.name = 'BackstoryError';
  }
}
