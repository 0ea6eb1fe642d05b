/** Wires the service to the extension's events: install/update seeding, messages, closed tabs. */
import type { Browser, Runtime } from 'webextension-polyfill';
import { seedPack } from '../pack/seed';
import type { ExtensionApi } from '../shared/extension-api';
import { enabledSetting } from '../shared/settings';
import { createService } from './service';

export function startBackground(browser: Browser) {
  const service = createService({
    seed: seedPack,
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    isEnabled: () => enabledSetting.get((browser as unknown as ExtensionApi).storage),
    session: browser.storage.session,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/incident.html') }),
  });
  browser.runtime.onInstalled.addListener(() => {
    service.ensureSeeded().catch((error) => console.error('Backstory: seeding failed', error));
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => service.handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  // The keyboard's path through a page (manifest `commands`): step to the next or previous name.
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await service.stepMention(tabId, direction);
  });
  return service;
}
