// @vitest-environment happy-dom
// The options page's loader (lib/extension/options.tsx) against WXT's fake storage and a stand-in background:
// settings saved and themed, packs listed, a file that is not JSON, an import done or refused, an export's
// download, and the store's error.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOptions } from './options';
import type { ExtensionApi } from '../shared/extension-api';
import type { Settings } from '../shared/settings';
import { byLabel, button } from '../testing/dom';
import { seedSummary, userSummary } from '../testing/packs';

describe('startOptions', () => {
  async function start(answer: (type: string, data: unknown) => unknown) {
    fakeBrowser.reset();
    const sent: { type: string; data: unknown }[] = [];
    const api = {
      runtime: {
        getURL: (p: string) => `chrome-extension://test${p}`,
        sendMessage: async (message: unknown) => {
          const { type, data } = message as { type: string; data: unknown };
          sent.push({ type, data });
          try {
            return { ok: true, data: answer(type, data) };
          } catch (error) {
            return { ok: false, error };
          }
        },
      },
      storage: fakeBrowser.storage,
    } as unknown as ExtensionApi;
    const el = document.body.appendChild(document.createElement('div'));
    await startOptions(el, api);
    return { el, sent, storage: fakeBrowser.storage };
  }
  const packs = () => [seedSummary, userSummary];
  const choose = (el: Element, file: File) => {
    const input = byLabel(el, 'Pack file (.json)');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('saves a change at once, says so, and applies the theme to the page', async () => {
    const { el, storage } = await start((type) => (type === 'listPacks' ? packs() : null));
    // The title and language are the messages' (English in tests).
    expect([document.title, document.documentElement.lang]).toEqual(['Backstory — options', 'en']);
    byLabel(el, 'Dark').click();
    await vi.waitFor(() => expect(el.querySelector('.bs-saved')!.textContent).toBe('Saved'));
    expect(((await storage.local.get('settings')).settings as Settings).theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    byLabel(el, 'As the system').click();
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('reports a file that is not JSON as one problem at "(file)", without asking the background', async () => {
    const { el, sent } = await start((type) => (type === 'listPacks' ? packs() : null));
    choose(el, new File(['{ not json'], 'broken.json'));
    await vi.waitFor(() => expect(el.querySelector('[role="alert"] li')!.textContent).toMatch(/^\(file\) — Not valid JSON: ./));
    expect(sent.map((m) => m.type)).toEqual(['listPacks']);
  });

  it('imports a pack, says what was stored and reads the list again; a refusal lists its problems', async () => {
    let refuse = false;
    const { el, sent } = await start((type) => {
      if (type === 'listPacks') return packs();
      if (refuse)
        throw {
          code: 'invalid-pack',
          message: 'The pack has 2 problem(s).',
          problems: [
            { path: 'name', reason: 'Required' },
            { path: 'version', reason: 'Expected number' },
          ],
        };
      return { ...userSummary, entities: 3 };
    });
    choose(el, new File(['{"id":"my-notes"}'], 'mine.json'));
    await vi.waitFor(() => expect(el.textContent).toContain('Imported My notes (version 1, 3 entities)'));
    expect(sent.map((m) => m.type)).toEqual(['listPacks', 'importPack', 'listPacks']);
    expect(sent[1]!.data).toEqual({ pack: { id: 'my-notes' } });
    refuse = true;
    choose(el, new File(['{}'], 'bad.json'));
    await vi.waitFor(() => expect([...el.querySelectorAll('[role="alert"] li')].map((li) => li.textContent)).toEqual(['name — Required', 'version — Expected number']));
  });

  it('exports a pack as <packId>.json through a download link', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const objectUrl = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pack');
    const { el } = await start((type) => (type === 'listPacks' ? packs() : { json: '{"id":"safarov"}' }));
    button(el, 'Export The Safarov brothers').click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('safarov.json');
    expect(clicked[0]!.href).toBe('blob:pack');
    click.mockRestore();
    objectUrl.mockRestore();
  });

  it('shows the store error when the packs cannot be listed', async () => {
    const { el } = await start(() => {
      throw { code: 'internal', message: 'The store could not be opened.' };
    });
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('The store could not be opened.');
  });
});
