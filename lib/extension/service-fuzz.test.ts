// Property-based: whatever arrives at the background — random values, malformed envelopes, known message
// types with random data, from any sender — it answers with a typed Reply and never throws. (Import and
// removal are left out of the random data: they would write to the store; their refusals are tested by name.)
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { requestSchemas } from './messages';
import { createService } from './service';
import { samplePack } from '../testing/packs';

const EXT = 'fuzz-ext';
const BASE = 'chrome-extension://fuzz-ext/';
const service = createService({
  seed: samplePack({ id: 'seed' }),
  extensionId: EXT,
  extensionUrl: BASE,
  dbName: 'svc-fuzz',
  isEnabled: async () => true,
  sendToTab: async () => false,
  openTab: async () => undefined,
});
afterAll(() => service.close());

const codes = ['unknown-message', 'malformed', 'forbidden-sender', 'not-found', 'invalid-pack', 'internal'];
/** A Reply: { ok: true, data } or { ok: false, error: { code, message } }, and nothing else. */
function isReply(r: unknown): boolean {
  if (!r || typeof r !== 'object') return false;
  const reply = r as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true) return 'data' in reply;
  return reply.ok === false && codes.includes(reply.error?.code as string) && typeof reply.error?.message === 'string';
}

const senders = fc.oneof(
  fc.constant<Runtime.MessageSender>({ id: EXT, url: `${BASE}popup.html` }),
  fc.constant<Runtime.MessageSender>({ id: EXT, url: 'https://news.example/', tab: { id: 3 } as Runtime.MessageSender['tab'] }),
  fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.webUrl(), { nil: undefined }) }) as fc.Arbitrary<Runtime.MessageSender>,
);
const readOnlyTypes = Object.keys(requestSchemas).filter((t) => !['importPack', 'removePack', 'resetPacks'].includes(t));

describe('the background under random messages', () => {
  it('answers anything at all with a typed Reply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), senders, async (message, sender) => {
        expect(isReply(await service.handle(message, sender))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers envelopes of every known type with random data, and random types, with a typed Reply', async () => {
    const envelope = fc.record({
      backstory: fc.oneof(fc.constant(1), fc.anything()),
      type: fc.oneof(fc.constantFrom(...readOnlyTypes), fc.string()),
      data: fc.oneof(
        fc.anything(),
        fc.record({ entityId: fc.string(), claimId: fc.string(), tabId: fc.oneof(fc.integer(), fc.string()), index: fc.integer(), packId: fc.string() }, { requiredKeys: [] }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(envelope, senders, async (message, sender) => {
        expect(isReply(await service.handle(message, sender))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
