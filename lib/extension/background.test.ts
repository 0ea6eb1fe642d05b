// The background entrypoint's wiring, against WXT's in-memory fakeBrowser: install seeds the store, and
// messages from the extension's pages and content scripts get typed answers.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'webextension-polyfill';
import { startBackground } from './background';

/** A content script's sender, as much of it as the background reads. */
const fromTab = (id: number, url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id } }) as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

afterEach(() => fakeBrowser.reset());

/** WXT's fakeBrowser with what it leaves unimplemented: the commands event, and tabs.sendMessage recorded. */
function withCommands() {
  let onCommand: ((command: string, tab?: { id?: number }) => Promise<void>) | undefined;
  const sent: [number, unknown][] = [];
  const browser = {
    ...fakeBrowser,
    commands: { onCommand: { addListener: (f: typeof onCommand) => (onCommand = f) } },
    tabs: { ...fakeBrowser.tabs, onRemoved: fakeBrowser.tabs.onRemoved, sendMessage: async (tabId: number, message: unknown) => (sent.push([tabId, message]), true) },
  } as unknown as Browser;
  return { browser, sent, command: (name: string, tab?: { id?: number }) => onCommand!(name, tab) };
}

describe('startBackground', () => {
  it('seeds the store on install and answers the protocol', async () => {
    const service = startBackground(withCommands().browser);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const sender = fromTab(3, 'https://news.example/');
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type: 'getCard', data: { entityId: 'yekaterinburg' } }, sender);
    expect(reply).toMatchObject({ ok: true, data: { name: 'Yekaterinburg', kind: 'place' } });
    const [incident] = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type: 'getIncident', data: {} }, sender);
    expect(incident).toMatchObject({ ok: true, data: { title: 'Deaths of the Safarov brothers in Russian custody' } });
    const [unknown] = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type: 'nope', data: {} }, sender);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    await service.close();
  });

  it('reports the switch in the matcher spec', async () => {
    const service = startBackground(withCommands().browser);
    await fakeBrowser.storage.local.set({ 'settings.enabled.v1': false });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type: 'getMatcherSpec', data: {} }, fromTab(1, 'https://x.example/'));
    expect(reply).toMatchObject({ ok: true, data: { enabled: false } });
    await service.close();
  });

  it('sends the keyboard commands to the tab they were pressed in', async () => {
    const { browser, sent, command } = withCommands();
    const service = startBackground(browser);
    await command('next-mention', { id: 7 });
    await command('previous-mention', { id: 7 });
    await command('something-else', { id: 7 });
    expect(sent).toEqual([
      [7, { backstory: 1, type: 'stepMention', data: { direction: 1 } }],
      [7, { backstory: 1, type: 'stepMention', data: { direction: -1 } }],
    ]);
    await service.close();
  });
});
