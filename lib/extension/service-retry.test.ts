// When the store is tried again: only after the database itself was lost, never after bad data.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samplePack, samplePackInput } from '../testing/packs';
import { createService } from './service';
import * as store from './store';

vi.mock('./store', async (importOriginal) => {
  const real = await importOriginal<typeof import('./store')>();
  return { ...real, storeUserPack: vi.fn(real.storeUserPack) };
});

const EXT = 'backstory-test-id';
const BASE = 'chrome-extension://backstory-test-id/';
const popup: Runtime.MessageSender = { id: EXT, url: `${BASE}popup.html` };
const msg = (type: string, data: unknown) => ({ backstory: 1, type, data });
/** A user's pack of its own: one person, one source. */
const userPack = () => ({
  ...samplePackInput(),
  id: 'mine',
  name: 'Mine',
  sources: [{ id: 'my-story', title: 'My story', file: 'my.txt', text: 'Cara Holm lives in Bergen.' }],
  entities: [
    { id: 'cara', kind: 'person', name: 'Cara Holm', summary: 'Lives in Bergen.', facts: [{ text: 'Lives in Bergen.', citations: [{ source: 'my-story', quote: 'Cara Holm lives in Bergen.' }] }] },
  ],
  claims: [],
  conflicts: [],
  incident: undefined,
});

let n = 0;
const open: ReturnType<typeof createService>[] = [];
const service = () => {
  const s = createService({ seed: samplePack({ id: 'seed' }), extensionId: EXT, extensionUrl: BASE, dbName: `retry-${++n}`, isEnabled: async () => true });
  open.push(s);
  return s;
};
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  vi.mocked(store.storeUserPack).mockClear();
});

describe('the store’s second try', () => {
  it('does not run an import twice when it fails on its data', async () => {
    const s = service();
    vi.mocked(store.storeUserPack).mockRejectedValueOnce(new DOMException('a key is already used', 'ConstraintError'));
    expect(await s.handle(msg('importPack', { pack: userPack() }), popup)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(store.storeUserPack).toHaveBeenCalledTimes(1);
  });

  it('tries once more, on a fresh connection, when the database was lost under it', async () => {
    const s = service();
    vi.mocked(store.storeUserPack).mockRejectedValueOnce(new DOMException('The database connection is closing.', 'InvalidStateError'));
    expect(await s.handle(msg('importPack', { pack: userPack() }), popup)).toMatchObject({ ok: true, data: { id: 'mine' } });
    expect(store.storeUserPack).toHaveBeenCalledTimes(2);
  });
});

describe('a full disk', () => {
  it('refuses an import that runs out of space with a clear reason, and stores nothing of it', async () => {
    const s = service();
    vi.mocked(store.storeUserPack).mockRejectedValueOnce(new DOMException('quota exceeded', 'QuotaExceededError'));
    const reply = await s.handle(msg('importPack', { pack: userPack() }), popup);
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not enough storage space.*nothing was stored/) } });
    expect(await s.handle(msg('listPacks', {}), popup)).toMatchObject({ ok: true, data: [{ id: 'seed' }] });
  });
});
