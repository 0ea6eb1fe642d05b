/**
 * Reading with Backstory, in Chromium and Firefox, on fixture pages dressed as news sites (site chrome around
 * the story, a dark theme, a single-page app): only the article is marked; a context entity's later mentions
 * get the quieter mark; the card waits for a dwell, stays while the pointer is in it and goes on Escape; the
 * keyboard's path opens and focuses a card and Escape gives focus back; axe finds nothing serious in the card.
 * Screenshots of the marked page (light, dark) and the open card (100%, 200% zoom) go to .output/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import type { BrowserName } from './support/browsers';
import { launch, type E2EPage, type ExtensionBrowser } from './support/drivers';
import { cardText, highlightedTexts, marksAtLeast, pointIn } from './support/in-page';
import { settled } from './support/settled';
import { serveFixtures, type FixtureServer } from './support/server';

const shots = '.output/screenshots';
let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveFixtures();
});
afterAll(() => server?.close());

/** Marked texts (of one highlight, with its registry for later readings) inside elements matching `selector`. */
function markedWithin([name, selector]: [string, string]): string[] {
  const out: string[] = [];
  for (const registry of [name, `${name}-new`])
    CSS.highlights.get(registry)?.forEach((r) => {
      const range = r as AbstractRange;
      const el = range.startContainer.parentElement;
      if (el?.closest(selector)) out.push((range.startContainer as Text).data.slice(range.startOffset, range.startContainer === range.endContainer ? range.endOffset : undefined));
    });
  return out;
}

const cardOpen = () => {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  return !!host && host.style.display !== 'none' && !!host.shadowRoot?.querySelector('[role="dialog"]');
};
// Each is serialised into the page on its own, so each is self-contained.
const cardClosed = () => {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  return !host || host.style.display === 'none' ? true : null;
};
const cardShown = () => {
  const host = document.querySelector('backstory-ui') as HTMLElement | null;
  return host && host.style.display !== 'none' && host.shadowRoot?.querySelector('[role="dialog"]') ? true : null;
};

/** What the next/previous-mention command does, sent the same way (the background's tabs.sendMessage), from an extension page: a test cannot press a browser's command keys. */
async function stepMention(popup: E2EPage, direction: 1 | -1): Promise<boolean> {
  return popup.evaluate(async (dir: 1 | -1) => {
    type Tabs = { getCurrent(): Promise<{ id?: number }>; query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const api = g.browser ?? g.chrome;
    const me = await api.tabs.getCurrent();
    // The page under test is the tab opened last before this one.
    const target = (await api.tabs.query({}))
      .map((t) => t.id!)
      .filter((id) => id < me.id!)
      .sort((a, b) => b - a)[0]!;
    return (await api.tabs.sendMessage(target, { backstory: 1, type: 'stepMention', data: { direction: dir } })) === true;
  }, direction);
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(() => browser?.close());

  const openSite = async (query = '') => {
    const page = await browser.open(server.url(`/site.html${query}`));
    await page.waitFor(marksAtLeast, ['backstory-later', 3] as [string, number]);
    // (Until the whole page is read: its last paragraphs come in later slices.)
    await settled(page);
    return page;
  };

  it('marks the article, not the site: nothing in header, nav, sidebar, related links, comments or footer', async () => {
    const page = await openSite();
    for (const selector of ['.site-header', 'aside', '.related', '#comments', '.site-footer']) {
      for (const h of ['backstory-mention', 'backstory-later', 'backstory-claim']) expect(await page.evaluate(markedWithin, [h, selector] as [string, string]), selector).toEqual([]);
    }
    // The article's own header (its headline and byline) is the article's.
    expect(await page.evaluate(markedWithin, ['backstory-mention', 'article > header'] as [string, string])).toContain('Azerbaijan');
    await page.screenshot(`${shots}/${name}-site-light.png`);
    await page.close();
  });

  it('marks a context entity fully once and quietly after; the story’s own people at every mention', async () => {
    const page = await openSite();
    const full = await page.evaluate(highlightedTexts, 'backstory-mention');
    const later = await page.evaluate(highlightedTexts, 'backstory-later');
    expect(full.filter((t) => t === 'Azerbaijan')).toHaveLength(1);
    expect(later.filter((t) => /^Azerbaijan/.test(t)).length).toBeGreaterThanOrEqual(4);
    expect(full.filter((t) => /Safarov brothers/.test(t))).toHaveLength(2);
    expect(later.filter((t) => /Safarov/.test(t))).toEqual([]);
    await page.close();
  });

  it('reads a dark page’s background and marks it in dark colours', async () => {
    const page = await openSite('?dark');
    const css = await page.evaluate(() => {
      const sheets = [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style')].map((s) => s.sheet!)];
      return sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    });
    // The dark palette's underline (lib/page/highlight.ts), not the light one's.
    expect(css).toMatch(/backstory-mention[^}]*rgb\(255, 210, 90\)/);
    await page.screenshot(`${shots}/${name}-site-dark.png`);
    await page.close();
  });

  it('marks a single-page app’s article when it arrives, never its shell', async () => {
    const page = await browser.open(server.url('/spa.html'));
    // (The article may arrive after the first reading: its marks are then in the second registry.)
    await page.waitFor(() => ((CSS.highlights.get('backstory-mention')?.size ?? 0) + (CSS.highlights.get('backstory-mention-new')?.size ?? 0) > 0 ? true : null));
    await page.waitFor(() => (document.querySelector('main') ? true : null));
    expect(await page.evaluate(markedWithin, ['backstory-mention', 'nav'] as [string, string])).toEqual([]);
    expect(await page.evaluate(markedWithin, ['backstory-mention', 'main'] as [string, string])).toContain('Safarov brothers');
    await page.close();
  });

  it('opens a card after a dwell, keeps it while the pointer is in it, and closes it on Escape', async () => {
    const page = await openSite();
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    const began = Date.now();
    await new Promise((r) => setTimeout(r, 100));
    expect(await page.evaluate(cardOpen), 'open 100 ms after the pointer arrived').toBe(false);
    await page.waitFor(cardShown, undefined, 1000);
    expect(Date.now() - began).toBeLessThan(1000 + 200);
    // Into the card: it stays, past the abandon delay.
    const box = await page.evaluate(() => {
      const r = (document.querySelector('backstory-ui') as HTMLElement).shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(40, r.height / 2) };
    });
    await page.mouseMove(box.x, box.y);
    await new Promise((r) => setTimeout(r, 700));
    expect(await page.evaluate(cardOpen)).toBe(true);
    expect(await page.evaluate(cardText)).toContain('Yekaterinburg');
    await page.press('Escape');
    await page.waitFor(cardClosed, undefined, 2000);
    await page.close();
  });

  it('takes the keyboard’s path: the next name’s card opens with focus in it, keys stay in the card, Escape gives focus back', async () => {
    const page = await openSite();
    await page.evaluate(() => document.getElementById('subscribe')!.focus());
    const popup = await browser.openPopup();
    expect(await stepMention(popup, 1)).toBe(true);
    await page.front();
    await page.waitFor(cardShown);
    const focus = await page.waitFor(() => {
      const host = document.querySelector('backstory-ui');
      const active = host?.shadowRoot?.activeElement;
      return document.activeElement === host && active ? { role: active.getAttribute('role'), label: active.getAttribute('aria-label') ?? active.getAttribute('aria-labelledby') } : null;
    });
    expect(focus?.role).toBe('dialog');
    // The first name in the article: the headline's "Azerbaijan".
    expect(await page.evaluate(cardText)).toContain('Azerbaijan');
    const before = await page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen);
    await page.press('j');
    await page.press('k');
    expect(await page.evaluate(() => (window as unknown as { keysSeen: number }).keysSeen)).toBe(before);
    await page.press('Escape');
    await page.waitFor(cardClosed);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('subscribe');
    // And on: the next name, then back again.
    expect(await stepMention(popup, 1)).toBe(true);
    await page.waitFor(cardShown);
    expect(await stepMention(popup, -1)).toBe(true);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.textContent?.includes('Azerbaijan') ? true : null));
    await popup.close();
    await page.close();
  });

  it('has no serious or critical accessibility violation in the open card (axe-core), and looks right at 100% and 200% zoom', async () => {
    const page = await openSite();
    for (const zoom of [1, 2]) {
      await page.zoom(zoom);
      await page.mouseMove(1, 1);
      await page.waitFor(cardClosed);
      const at = await page.evaluate(pointIn, ['p2', 'Prosecutor'] as [string, string]);
      await page.mouseMove(at!.x, at!.y);
      await page.waitFor(() => {
        const host = document.querySelector('backstory-ui') as HTMLElement | null;
        return host && host.style.display !== 'none' && host.shadowRoot?.querySelector('.bs-summary') ? true : null;
      });
      await page.screenshot(`${shots}/${name}-card-${zoom * 100}.png`);
      if (zoom === 1) expect(await seriousViolations(page, [['backstory-ui', '[role="dialog"]']])).toEqual([]);
    }
    await page.close();
  });

  it('opens a related entity’s card in place, and offers the incident', async () => {
    const page = await openSite();
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('.bs-related button') ? true : null));
    const related = await page.evaluate(() => {
      const root = document.querySelector('backstory-ui')!.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('.bs-related button')!;
      const name = button.textContent!;
      button.click();
      return name;
    });
    await page.waitFor((n: string) => (document.querySelector('backstory-ui')?.shadowRoot?.querySelector('h2')?.textContent === n ? true : null), related);
    await page.waitFor(() => (document.querySelector('backstory-ui')?.shadowRoot?.textContent?.includes('Open the incident') ? true : null));
    await page.close();
  });

  it('shows the whole incident on its own page: summary, disputes side by side, timeline, sources; axe finds nothing serious', async () => {
    const page = await browser.openExtensionPage('incident.html');
    await page.waitFor(() => (document.querySelector('.bs-timeline li') ? true : null));
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Deaths of the Safarov brothers in Russian custody');
    expect(text).toMatch(/Disputed[\s\S]*Timeline[\s\S]*Sources/);
    expect(await page.evaluate(() => document.querySelectorAll('.bs-dispute .bs-side').length)).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page, [['main']])).toEqual([]);
    await page.screenshot(`${shots}/${name}-incident.png`);
    await page.close();
  });
});
