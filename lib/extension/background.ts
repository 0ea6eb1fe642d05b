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
  });
  browser.runtime.onInstalled.addListener(() => {
    service.ensureSeeded().catch((error) => console.error('Backstory: seeding failed', error));
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => service.handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  return service;
}
