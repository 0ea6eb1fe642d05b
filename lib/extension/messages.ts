/**
 * The background's side of the protocol (lib/shared/protocol.ts): every request is checked here with zod,
 * and its sender with `allowedFrom`, before a handler sees it.
 */
import { z } from 'zod';
import type { MessageType } from '../shared/protocol';

const empty = z.strictObject({});
const pageFindings = z.strictObject({
  url: z.string().max(4096),
  entities: z.array(z.strictObject({ id: z.string(), name: z.string(), count: z.number().int().nonnegative() })).max(10_000),
});

/** The shape of each request's data. */
export const requestSchemas = {
  getMatcherSpec: empty,
  getCard: z.strictObject({ entityId: z.string().min(1).max(200) }),
  getIncident: empty,
  reportFindings: pageFindings,
  getFindings: z.strictObject({ tabId: z.union([z.number().int(), z.literal('last')]) }),
  importPack: z.strictObject({ pack: z.unknown() }),
  exportPack: z.strictObject({ packId: z.string().min(1) }),
  removePack: z.strictObject({ packId: z.string().min(1) }),
  listPacks: empty,
} satisfies Record<MessageType, z.ZodType>;

/** Who may send each message: content scripts (in a tab) or the extension's own pages. */
export const allowedFrom: Record<MessageType, 'any' | 'extension'> = {
  getMatcherSpec: 'any',
  getCard: 'any',
  getIncident: 'any',
  reportFindings: 'any',
  getFindings: 'extension',
  importPack: 'extension',
  exportPack: 'extension',
  removePack: 'extension',
  listPacks: 'extension',
};

export const envelopeSchema = z.object({
  backstory: z.literal(1),
  type: z.string(),
  data: z.unknown(),
});

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(requestSchemas, type);
}
