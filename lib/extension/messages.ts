/**
 * The background's side of the protocol (lib/shared/protocol.ts): every request is checked here with zod,
 * and its sender with `allowedFrom`, before a handler sees it.
 */
import { z } from 'zod';
import type { MessageType, RequestOf } from '../shared/protocol';

const empty = z.strictObject({});
const pageFindings = z.strictObject({
  url: z.string().max(4096),
  entities: z.array(z.strictObject({ id: z.string(), name: z.string(), count: z.number().int().nonnegative() })).max(10_000),
  claims: z
    .array(z.strictObject({ claimId: z.string(), conflictId: z.string(), stance: z.enum(['asserts', 'attributes', 'denies']), text: z.string().max(2000) }))
    .max(1_000)
    .optional(),
});

/**
 * The shape of each request's data, tied by type to the protocol: a field added to a request in
 * lib/shared/protocol.ts and not here (or the other way round) fails the type check.
 */
export const requestSchemas = {
  getMatcherSpec: empty,
  getCard: z.strictObject({ entityId: z.string().min(1).max(200) }),
  getClaimCard: z.strictObject({ claimId: z.string().min(1).max(200) }),
  getIncident: empty,
  reportFindings: pageFindings,
  getFindings: z.strictObject({ tabId: z.number().int() }),
  revealClaim: z.strictObject({ tabId: z.number().int(), index: z.number().int().nonnegative().max(100_000) }),
  importPack: z.strictObject({ pack: z.unknown() }),
  exportPack: z.strictObject({ packId: z.string().min(1) }),
  removePack: z.strictObject({ packId: z.string().min(1) }),
  listPacks: empty,
  openIncident: empty,
  resetPacks: empty,
  revealEntity: z.strictObject({ tabId: z.number().int(), entityId: z.string().min(1).max(200) }),
} satisfies { [K in MessageType]: z.ZodType<RequestOf<K>> };

/** Who may send each message: content scripts (in a tab) or the extension's own pages. */
export const allowedFrom: Record<MessageType, 'any' | 'extension'> = {
  getMatcherSpec: 'any',
  getCard: 'any',
  getClaimCard: 'any',
  getIncident: 'any',
  reportFindings: 'any',
  getFindings: 'extension',
  revealClaim: 'extension',
  importPack: 'extension',
  exportPack: 'extension',
  removePack: 'extension',
  listPacks: 'extension',
  openIncident: 'any',
  resetPacks: 'extension',
  revealEntity: 'extension',
};

export const envelopeSchema = z.object({
  backstory: z.literal(1),
  type: z.string(),
  data: z.unknown(),
});

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(requestSchemas, type);
}
