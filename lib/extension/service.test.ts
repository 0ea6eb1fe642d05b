import { deleteDB } from 'idb';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '../shared/matcher';
import { createSend } from '../shared/messaging';
import { samplePack, samplePackInput } from '../testing/packs';
import { createService } from './service';

const EXT = 'backstory-test-id';
const BASE = 'chrome-extension://backstory-test-id/';
/** A content script on a news page, and the extension's own popup. */
const contentScript: Runtime.MessageSender = { id: EXT, url: 'https://news.example/story', tab: { id: 7 } as Runtime.MessageSender['tab'] };
const popup: Runtime.MessageSender = { id: EXT, url: `${BASE}popup.html` };

let n = 0;
const services: ReturnType<typeof createService>[] = [];
function service() {
  const s = createService({ seed: samplePack({ id: 'seed' }), extensionId: EXT, extensionUrl: BASE, dbName: `svc-${++n}`, isEnabled: async () => true });
  services.push(s);
  return { s, dbName: `svc-${n}` };
}
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

const msg = (type: string, data: unknown) => ({ backstory: 1, type, data });
const otherPack = () => {
  const input = samplePackInput();
  return {
    ...input,
    id: 'mine',
    sources: [{ id: 'my-story', title: 'My story', file: 'my.txt', text: 'Cara Holm lives in Bergen.' }],
    entities: [
      {
        id: 'cara',
        kind: 'person',
        name: 'Cara Holm',
        aliases: ['Holm'],
        summary: 'Lives in Bergen.',
        facts: [{ text: 'Lives in Bergen.', citations: [{ source: 'my-story', quote: 'Cara Holm lives in Bergen.' }] }],
      },
    ],
    claims: [],
    conflicts: [],
    incident: undefined,
  };
};

describe('the protocol', () => {
  it('goes end to end: what a page sends through createSend is what the background accepts and answers', async () => {
    const { s } = service();
    // A runtime whose sendMessage is the background's handler: the two halves of the protocol, joined.
    const runtime = (sender: Runtime.MessageSender) => ({ sendMessage: (m: unknown) => s.handle(m, sender), getURL: (p: string) => BASE + p });
    const page = createSend(runtime(contentScript));
    const card = await page('getCard', { entityId: 'meeting' });
    expect(card.name).toBe('The Oslo meeting');
    const claim = await page('getClaimCard', { claimId: 'short' });
    expect(claim.conflict.claims.map((c) => c.id)).toEqual(['short', 'long']);
    await page('reportFindings', {
      url: 'https://news.example/story',
      entities: [{ id: 'oslo', name: 'Oslo', count: 1 }],
      claims: [{ claimId: 'short', conflictId: 'length-of-meeting', stance: 'denies', text: 'It was not short.' }],
    });
    const extension = createSend(runtime(popup));
    expect(await extension('getFindings', { tabId: 7 })).toMatchObject({ claims: [{ stance: 'denies' }] });
    expect((await extension('getIncident', {})).title).toBe('The Oslo meeting');
    await expect(page('listPacks', {})).rejects.toMatchObject({ error: { code: 'forbidden-sender' } });
  });

  it('answers a card with its facts and both sides of a conflict, quoted', async () => {
    const { s } = service();
    const reply = await s.handle(msg('getCard', { entityId: 'meeting' }), contentScript);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const card = reply.data as { name: string; conflicts: { claims: { claimant: string; quotes: { quote: string }[] }[] }[] };
    expect(card.name).toBe('The Oslo meeting');
    expect(card.conflicts[0]!.claims.map((c) => [c.claimant, c.quotes[0]!.quote])).toEqual([
      ['Ana Lind', 'Lind says the meeting was short.'],
      ['Bo Berg', 'Berg says it was long.'],
    ]);
  });

  it('answers unknown, malformed and foreign messages with typed errors', async () => {
    const { s } = service();
    expect(await s.handle('hello', contentScript)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await s.handle(msg('dropTables', {}), contentScript)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await s.handle(msg('getCard', { entityId: 5 }), contentScript)).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await s.handle(msg('getCard', { entityId: 'nobody' }), contentScript)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await s.handle(msg('getCard', { entityId: 'oslo' }), { ...contentScript, id: 'another-extension' })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await s.handle(msg('importPack', { pack: otherPack() }), contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('imports a pack whole, finds its names, exports it and removes it leaving the seed', async () => {
    const { s } = service();
    const imported = await s.handle(msg('importPack', { pack: otherPack() }), popup);
    expect(imported).toEqual({ ok: true, data: { id: 'mine', name: 'Sample pack', version: 1, seed: false, entities: 1 } });
    const specReply = await s.handle(msg('getMatcherSpec', {}), contentScript);
    if (!specReply.ok) throw new Error(specReply.error.message);
    const { spec } = specReply.data as { spec: Parameters<typeof compileMatcher>[0] };
    expect(findMentions(compileMatcher(spec), 'Holm met Ana Lind in Oslo.').map((m) => m.entityId)).toEqual(['cara', 'ana-lind', 'oslo']);
    const exported = await s.handle(msg('exportPack', { packId: 'mine' }), popup);
    if (!exported.ok) throw new Error(exported.error.message);
    expect(JSON.parse((exported.data as { json: string }).json).entities[0].id).toBe('cara');
    expect(await s.handle(msg('removePack', { packId: 'mine' }), popup)).toEqual({ ok: true, data: null });
    expect(await s.handle(msg('removePack', { packId: 'seed' }), popup)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await s.handle(msg('getCard', { entityId: 'cara' }), contentScript)).toMatchObject({ ok: false });
    expect(await s.handle(msg('getCard', { entityId: 'oslo' }), contentScript)).toMatchObject({ ok: true });
  });

  it('refuses a bad pack with every problem and leaves the store unchanged', async () => {
    const { s } = service();
    const bad = otherPack();
    bad.entities[0]!.facts[0]!.citations[0]!.quote = 'Cara Holm lives in Oslo.';
    const clash = { ...bad, entities: [...bad.entities, { ...bad.entities[0]!, id: 'oslo' }] };
    const reply = await s.handle(msg('importPack', { pack: clash }), popup);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid-pack');
    expect(reply.error.problems).toEqual(
      expect.arrayContaining([
        { path: 'entities.0.facts.0.citations.0.quote', reason: expect.stringContaining('not found verbatim') },
        { path: 'entities.1.id', reason: 'id "oslo" is already used by pack "seed"' },
      ]),
    );
    const packs = await s.handle(msg('listPacks', {}), popup);
    expect(packs).toMatchObject({ ok: true, data: [{ id: 'seed' }] });
  });

  it('rebuilds a deleted database from the bundled pack on next use', async () => {
    const { s, dbName } = service();
    expect(await s.handle(msg('getCard', { entityId: 'oslo' }), contentScript)).toMatchObject({ ok: true });
    await deleteDB(dbName);
    expect(await s.handle(msg('getCard', { entityId: 'oslo' }), contentScript)).toMatchObject({ ok: true, data: { name: 'Oslo' } });
  });

  it('keeps what a tab found for the popup', async () => {
    const { s } = service();
    const findings = { url: 'https://news.example/story', entities: [{ id: 'oslo', name: 'Oslo', count: 2 }] };
    await s.handle(msg('reportFindings', findings), contentScript);
    expect(await s.handle(msg('getFindings', { tabId: 7 }), popup)).toEqual({ ok: true, data: findings });
    expect(await s.handle(msg('getFindings', { tabId: 8 }), popup)).toEqual({ ok: true, data: null });
  });

  it('still knows what a tab found after the background was stopped and started again', async () => {
    const items = new Map<string, unknown>();
    const session = {
      get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}),
      set: async (o: Record<string, unknown>) => void Object.entries(o).forEach(([k, v]) => items.set(k, v)),
      remove: async (key: string) => void items.delete(key),
    };
    const make = () => createService({ seed: samplePack({ id: 'seed' }), extensionId: EXT, extensionUrl: BASE, dbName: `svc-session-${++n}`, isEnabled: async () => true, session });
    const findings = { url: 'https://news.example/story', entities: [{ id: 'oslo', name: 'Oslo', count: 1 }] };
    const first = make();
    await first.handle(msg('reportFindings', findings), contentScript);
    await first.close();
    const second = make(); // a new service worker: memory is empty
    expect(await second.handle(msg('getFindings', { tabId: 7 }), popup)).toEqual({ ok: true, data: findings });
    await second.close();
  });

  it('refuses a pack whose incident id another pack uses', async () => {
    const { s } = service();
    const pack = {
      ...otherPack(),
      incident: {
        ...samplePackInput().incident!,
        entity: 'cara',
        parties: ['cara'],
        conflicts: [],
        sources: ['my-story'],
        timeline: [{ when: 'Now', text: 'x', citations: [{ source: 'my-story', quote: 'Cara Holm' }] }],
      },
    };
    const reply = await s.handle(msg('importPack', { pack }), popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-pack', problems: [{ path: 'incident.id', reason: 'id "oslo-meeting" is already used by pack "seed"' }] } });
  });
});
