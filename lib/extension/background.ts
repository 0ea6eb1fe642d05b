/** Wires the service to the extension's events: install/update seeding, messages, closed tabs. */
import type { Browser, Runtime } from 'webextension-polyfill';
import { seedPack } from '../pack/seed';
import type { ExtensionApi } from '../shared/extension-api';
import { settings } from '../shared/settings';
import type { PageFindings } from '../shared/views';
import { createService } from './service';

export function startBackground(browser: Browser) {
  const storage = (browser as unknown as ExtensionApi).storage;
  // The toolbar badge: how many of the story's names a tab shows (MV3 `action`, Firefox MV2 `browserAction`).
  const action: Pick<Browser['action'], 'setBadgeText' | 'setBadgeBackgroundColor'> | undefined = browser.action ?? browser.browserAction;
  const badge = async (tabId: number, findings: PageFindings | null, on?: boolean) => {
    const show = on ?? (await settings.get(storage)).badge;
    const count = findings?.entities.length ?? 0;
    await action?.setBadgeText({ tabId, text: show && count ? String(count) : '' });
    if (show && count) await action?.setBadgeBackgroundColor({ tabId, color: '#1d2a44' });
  };
  const service = createService({
    seed: seedPack,
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    isEnabled: async () => (await settings.get(storage)).enabled,
    session: browser.storage.session,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    openTab: (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/incident.html') }),
    onFindings: (tabId, findings) => void badge(tabId, findings).catch(() => undefined),
  });
  browser.runtime.onInstalled.addListener(() => {
    service.ensureSeeded().catch((error) => console.error('Backstory: seeding failed', error));
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => service.handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  // The badge setting, switched: every tab's badge follows at once.
  settings.watch(storage, (next) => {
    for (const [tabId, findings] of service.knownFindings()) void badge(tabId, findings, next.badge).catch(() => undefined);
  });
  // The keyboard's path through a page (manifest `commands`): step to the next or previous name.
  browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await service.stepMention(tabId, direction);
  });
  return service;
}
