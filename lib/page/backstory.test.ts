// @vitest-environment happy-dom
// The content script's main() against a fake extension API: it asks for the names, highlights them, and
// takes everything away when switched off or when the extension goes (its signal aborts).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExtensionApi, StorageChanges } from '../shared/extension-api';
import { prepareMatcher } from '../pack/prepare';
import { installStaticRange } from '../testing/dom';
import type { Settings } from '../shared/settings';
import { startBackstory } from './backstory';

beforeAll(() => {
  installStaticRange();
  // happy-dom has no CSS Custom Highlight API: a registry and a Highlight with the spec's Set-like shape.
  vi.stubGlobal(
    'Highlight',
    class extends Set<AbstractRange> {
      priority = 0;
    },
  );
  vi.stubGlobal('CSS', { highlights: new Map() });
});

function fakeApi() {
  const listeners = new Set<(c: StorageChanges, area: string) => void>();
  const sent: string[] = [];
  const spec = prepareMatcher({ entities: [{ id: 'baku', name: 'Baku' }], names: [{ text: 'Baku', entities: [0] }], never: [] });
  vi.stubGlobal('location', new URL('https://news.example/world/story'));
  const api: ExtensionApi = {
    runtime: {
      getURL: (path) => `chrome-extension://test${path}`,
      async sendMessage(message) {
        const type = (message as { type: string }).type;
        sent.push(type);
        return type === 'getMatcherSpec' ? { ok: true, data: { spec, enabled: true } } : { ok: true, data: null };
      },
    },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
  };
  const change = (value: Partial<Settings>) => listeners.forEach((l) => l({ settings: { newValue: { version: 2, ...value } } }, 'local'));
  const switchTo = (on: boolean) => change({ enabled: on });
  return { api, listeners, sent, switchTo, change };
}

const highlighted = () => (CSS.highlights.get('backstory-mention') as Set<AbstractRange> | undefined)?.size ?? 0;
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('startBackstory', () => {
  it('highlights the names, and leaves nothing behind when switched off or when the extension goes', async () => {
    document.body.innerHTML = '<p>Officials in Baku said so.</p>';
    const { api, listeners, sent, switchTo } = fakeApi();
    const controller = new AbortController();
    await startBackstory(document, controller.signal, api);
    expect(sent[0]).toBe('getMatcherSpec');
    await until(() => highlighted() === 1);
    await until(() => sent.includes('reportFindings'));

    switchTo(false);
    expect(CSS.highlights.has('backstory-mention')).toBe(false);
    expect(document.adoptedStyleSheets.length + document.querySelectorAll('style,backstory-ui').length).toBe(0);

    switchTo(true);
    await until(() => highlighted() === 1);

    controller.abort();
    expect(CSS.highlights.has('backstory-mention')).toBe(false);
    expect(listeners.size).toBe(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Baku again' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(CSS.highlights.has('backstory-mention')).toBe(false);
  });

  it('shows what the page adds later in the second registries, and takes those away too', async () => {
    document.body.innerHTML = '<p>Officials in Baku said so.</p>';
    const { api, switchTo } = fakeApi();
    const controller = new AbortController();
    await startBackstory(document, controller.signal, api);
    await until(() => highlighted() === 1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Baku again' }));
    await until(() => (CSS.highlights.get('backstory-mention-new') as Set<AbstractRange> | undefined)?.size === 1);
    expect(highlighted()).toBe(1);
    switchTo(false);
    expect(CSS.highlights.has('backstory-mention-new')).toBe(false);
    controller.abort();
  });

  it('does not scan a site switched off, and takes its marks away the moment it is', async () => {
    document.body.innerHTML = '<p>Officials in Baku said so.</p>';
    const { api, change } = fakeApi();
    const controller = new AbortController();
    await startBackstory(document, controller.signal, api);
    await until(() => highlighted() === 1);
    change({ offSites: ['news.example'] });
    expect(CSS.highlights.has('backstory-mention')).toBe(false);
    change({ offSites: ['other.example'] });
    await until(() => highlighted() === 1);
    change({ offSites: ['other.example'], density: 'none' });
    await until(() => highlighted() === 0);
    controller.abort();
  });
});
