/**
 * Hostile pages, in Chromium and Firefox (README, "Hostile pages"): a 100,000-character text node, 20,000
 * mentions, a page that breaks the built-ins before Backstory runs, the strictest Content-Security-Policy, a page
 * that hides, restyles or removes the card's host or defines an element of its name, and frames. None may hang
 * the tab, break Backstory or break the page: after the long ones the page still answers at once and its own
 * timers fire, and where Backstory caps its work (MAX_MENTIONS) the cap holds. Their numbers (longest task or
 * frame, how long the page's timers waited, when the marks came; beside the same page without Backstory) are
 * printed and written to .output/test-results/hostile.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MENTIONS } from '../lib/page/scanner';
import type { BrowserName } from './support/browsers';
import { launch, type E2EPage, type ExtensionBrowser } from './support/drivers';
import { longTextNodePage, manyMentionsPage } from './support/hostile-pages';
import { cardText, pointIn, someHighlighted } from './support/in-page';
import { settled } from './support/settled';
import { serveFixtures, type FixtureServer } from './support/server';

/** The strictest policy: nothing loads, no style, no script. Sent as a header, and as a <meta> in the page too. */
const CSP = "default-src 'none'; style-src 'none'; script-src 'none'";
const long = longTextNodePage();
const many = manyMentionsPage();

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({ '/hostile-long.html': () => long.html, '/hostile-many.html': () => many.html }, { headers: { '/hostile-csp.html': { 'content-security-policy': CSP } } });
});
/** What the long pages measured, per browser and page. */
const numbers: Record<string, unknown>[] = [];
afterAll(async () => {
  await server?.close();
  if (!numbers.length) return;
  console.table(numbers);
  mkdirSync('.output/test-results', { recursive: true });
  writeFileSync('.output/test-results/hostile.json', `${JSON.stringify(numbers, null, 2)}\n`);
});

// Functions run in the page: each is serialised on its own, so each is self-contained.
/** The card as a reader sees it, or null while none is shown: its text, whether it is on top where it is drawn, its box, type and colours. */
const readableCard = () => {
  // The host, whatever its tag (a page that defines `backstory-ui` gets a div).
  const host = document.querySelector('[data-backstory-ui]') as HTMLElement | null;
  const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!host || !dialog || host.style.display === 'none') return null;
  const box = dialog.getBoundingClientRect();
  const style = getComputedStyle(dialog);
  const hostStyle = getComputedStyle(host);
  const x = box.left + Math.min(box.width / 2, 60);
  const y = box.top + Math.min(box.height / 2, 20);
  return {
    text: dialog.textContent ?? '',
    onTop: document.elementFromPoint(x, y) === host,
    width: Math.round(box.width),
    height: Math.round(box.height),
    fontSize: style.fontSize,
    color: style.color,
    background: style.backgroundColor,
    hostOpacity: hostStyle.opacity,
    hostVisibility: hostStyle.visibility,
  };
};
const cardShown = () => {
  const host = document.querySelector('[data-backstory-ui]') as HTMLElement | null;
  return host && host.style.display !== 'none' && host.shadowRoot?.querySelector('[role="dialog"]') ? true : null;
};

/** The page still answers: an evaluation comes back at once, and a timer the page sets (`setTimer`) fires. */
async function answers(page: E2EPage, setTimer = 'setTimeout(() => (window.timerFired = true), 0)'): Promise<{ evaluateMs: number; timerMs: number }> {
  let began = Date.now();
  expect(await page.evaluateExpression('1')).toBe(1);
  const evaluateMs = Date.now() - began;
  began = Date.now();
  await page.evaluateExpression(`(window.timerFired = false, ${setTimer}, 0)`);
  while (!(await page.evaluateExpression('window.timerFired'))) {
    expect(Date.now() - began, 'a page timer fires').toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 10));
  }
  const timerMs = Date.now() - began;
  expect(evaluateMs).toBeLessThan(1000);
  return { evaluateMs, timerMs };
}

/** What e2e/fixtures/hostile-probe.js saw: see there. */
interface Probe {
  longTasks: { at: number; ms: number }[];
  longestFrame: number;
  frameAt: number;
  longestTimer: number;
  timerAt: number;
  marks: { at: number; count: number }[];
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name);
    // The first page of a fresh browser also waits for the extension to start: not what the numbers are about.
    const warm = await browser.open(server.url('/hostile-frame-inner.html'));
    await warm.waitFor(someHighlighted);
    await warm.close();
  });
  afterAll(() => browser?.close());

  /**
   * Opens a long page, waits for its marks, checks it still answers, and keeps its numbers beside those of the
   * page alone: the same page from a data: URL, where no content script runs.
   */
  const measure = async (path: string, html: string, label: string) => {
    const alone = await browser.open(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
    await new Promise((r) => setTimeout(r, 1500));
    const base = (await alone.evaluateExpression('window.probe')) as Probe;
    await alone.close();
    const page = await browser.open(server.url(path));
    const count = await settled(page);
    const still = await answers(page);
    const probe = (await page.evaluateExpression('window.probe')) as Probe;
    const longestTask = (p: Probe) => Math.max(0, ...p.longTasks.map((t) => t.ms));
    const chromium = name === 'chromium';
    numbers.push({
      browser: name,
      page: label,
      marks: count,
      'first marks (ms)': probe.marks.find((m) => m.count > 0)?.at,
      'all marks (ms)': probe.marks.at(-1)?.at,
      'longest task (ms)': chromium ? longestTask(probe) : 'n/a',
      'page alone: longest task (ms)': chromium ? longestTask(base) : 'n/a',
      'longest frame (ms)': probe.longestFrame,
      'page alone: longest frame (ms)': base.longestFrame,
      'timers held (ms)': probe.longestTimer,
      'page alone: timers held (ms)': base.longestTimer,
      'then evaluate (ms)': still.evaluateMs,
      'then a timer (ms)': still.timerMs,
    });
    // Not a benchmark (bench/ is): a tab that hung would show seconds here.
    expect(longestTask(probe)).toBeLessThan(500);
    expect(probe.longestFrame).toBeLessThan(500);
    return { page, count, probe };
  };

  it('reads a 100,000-character text node in slices: every name in it marked, the last as well as the first', async () => {
    const { page, count } = await measure('/hostile-long.html', long.html, '100,000-character text node');
    expect(count).toBe(long.planted.length);
    // The last name is near the node's end: it was read to the end.
    const furthest = await page.evaluate(() => {
      let end = 0;
      for (const h of ['backstory-later', 'backstory-later-new']) CSS.highlights.get(h)?.forEach((r) => void (end = Math.max(end, (r as AbstractRange).endOffset)));
      return end;
    });
    expect(furthest).toBeGreaterThan(99_000);
    // The page writes on into the node: it is read again, as a whole, no name lost or doubled.
    await page.evaluate(() => (document.getElementById('long')!.firstChild as Text).appendData(' Officials in Baku said so.'));
    await page.waitFor(
      (n: number) => (['backstory-mention', 'backstory-later'].reduce((k, h) => k + (CSS.highlights.get(h)?.size ?? 0) + (CSS.highlights.get(`${h}-new`)?.size ?? 0), 0) === n ? true : null),
      long.planted.length + 1,
    );
    await answers(page);
    await page.close();
  });

  it(`marks a page of 20,000 mentions up to the cap (${MAX_MENTIONS.toLocaleString('en')}), in page order, and a card still opens`, async () => {
    const { page, count } = await measure('/hostile-many.html', many.html, '20,000 mentions');
    expect(many.planted.length).toBe(20_000);
    expect(count).toBe(MAX_MENTIONS);
    // In page order: the first paragraphs are marked, the last are not.
    const where = await page.evaluate(() => {
      const ids = new Set<string>();
      for (const h of ['backstory-mention', 'backstory-later', 'backstory-mention-new', 'backstory-later-new'])
        CSS.highlights.get(h)?.forEach((r) => void ids.add((r as AbstractRange).startContainer.parentElement!.id));
      return { first: ids.has('p0'), last: ids.has('p1999') };
    });
    expect(where).toEqual({ first: true, last: false });
    const at = await page.evaluate(pointIn, ['p0', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(cardShown, undefined, 5000);
    expect(await page.evaluate(cardText)).toContain('Yekaterinburg');
    await answers(page);
    await page.close();
  });

  it('is out of reach of a page that breaks the built-ins before it runs: marks, card, and the page’s replacements untouched', async () => {
    const page = await browser.open(server.url('/hostile-builtins.html'));
    // The page's Array, Promise, JSON and friends are broken: only the browser's own serialisation is asked.
    expect(await settled(page, 'window.hostile.marks()')).toBeGreaterThanOrEqual(5);
    const at = (await page.evaluateExpression('window.hostile.point("p1", "Yekaterinburg")')) as { x: number; y: number };
    await page.mouseMove(at.x, at.y);
    const until = Date.now() + 5000;
    type Card = { text: string; width: number; height: number } | null;
    let card: Card = null;
    while (Date.now() < until) {
      card = (await page.evaluateExpression('window.hostile.card()')) as Card;
      if (card) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(card?.text).toContain('Yekaterinburg');
    expect(card?.width).toBeGreaterThan(200);
    // Every trap is still the page's own, and not one was sprung: nothing of Backstory's ran in the page's world.
    expect(await page.evaluateExpression('window.hostile.intact()')).toBe(true);
    expect(await page.evaluateExpression('window.trapsSprung')).toBeUndefined();
    await answers(page, 'window.hostile.timer()');
    await page.close();
  });

  it('marks and opens the card under the strictest Content-Security-Policy (header and <meta>)', async () => {
    const page = await browser.open(server.url('/hostile-csp.html'));
    // The policy is in force: the page's own script did not run, its own <style> did not apply.
    expect(await page.evaluate(() => [document.title, getComputedStyle(document.body).display])).toEqual(['Strict policy', 'block']);
    expect(await settled(page)).toBeGreaterThanOrEqual(5);
    // The marks are drawn: their stylesheet is adopted, not refused.
    const rules = await page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    expect(rules).toContain('::highlight(backstory-mention)');
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(cardShown, undefined, 5000);
    const card = await page.evaluate(readableCard);
    // The card's styles (a <style> in its shadow root) apply: its own font size and background.
    expect(card).toMatchObject({ onTop: true, fontSize: '14px', background: 'rgb(255, 253, 247)' });
    expect(card!.text).toContain('Yekaterinburg');
    await page.close();
  });

  it.each(['hide', 'unset', 'worst'])('opens a readable card on a page whose stylesheet goes after its host (%s)', async (variant) => {
    const page = await browser.open(server.url(`/hostile-restyle.html?${variant}`));
    await page.waitFor(someHighlighted);
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(cardShown, undefined, 5000);
    const card = await page
      .waitFor(
        () => {
          const host = document.querySelector('[data-backstory-ui]') as HTMLElement;
          const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!;
          return dialog.getBoundingClientRect().height > 100 ? true : null;
        },
        undefined,
        5000,
      )
      .then(() => page.evaluate(readableCard));
    expect(card).toMatchObject({ onTop: true, fontSize: '14px', background: 'rgb(255, 253, 247)', hostOpacity: '1', hostVisibility: 'visible' });
    expect(card!.width).toBeGreaterThan(200);
    expect(card!.text).toContain('Yekaterinburg');
    await page.close();
  });

  it.each([
    ['takes its shadow root', ''],
    ['removes itself', '?leave'],
  ])('opens a readable card on a page whose own element of its host’s name %s', async (_, query) => {
    const page = await browser.open(server.url(`/hostile-element.html${query}`));
    await page.waitFor(someHighlighted);
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(cardShown, undefined, 5000);
    const card = await page.evaluate(readableCard);
    expect(card).toMatchObject({ onTop: true, fontSize: '14px', background: 'rgb(255, 253, 247)' });
    expect(card!.text).toContain('Yekaterinburg');
    // The page's code ran on the element Backstory made first: that is what it had to get round.
    expect(await page.evaluate(() => (window as unknown as { constructed: number }).constructed)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('opens the card again after the page removes its host', async () => {
    const page = await browser.open(server.url('/hostile-restyle.html'));
    await page.waitFor(someHighlighted);
    const at = await page.evaluate(pointIn, ['p1', 'Yekaterinburg'] as [string, string]);
    await page.mouseMove(at!.x, at!.y);
    await page.waitFor(cardShown, undefined, 5000);
    // The page takes the host out while the card is open, then the reader moves away and back.
    await page.evaluate(() => document.querySelector('backstory-ui')!.remove());
    await page.mouseMove(1, 1);
    await new Promise((r) => setTimeout(r, 700));
    const again = await page.evaluate(pointIn, ['p2', 'Prosecutor'] as [string, string]);
    await page.mouseMove(again!.x, again!.y);
    await page.waitFor(cardShown, undefined, 5000);
    const card = await page.evaluate(readableCard);
    expect(card).toMatchObject({ onTop: true, fontSize: '14px' });
    expect(card!.text).toContain('Prosecutor General');
    expect(await page.evaluate(() => document.querySelectorAll('backstory-ui').length)).toBe(1);
    await page.close();
  });

  it('reads top-level pages only: names in an iframe (same origin, or written inline) get no marks', async () => {
    // On its own, the framed page is marked: it is the frame that is left alone.
    const alone = await browser.open(server.url('/hostile-frame-inner.html'));
    await alone.waitFor(someHighlighted);
    await alone.close();
    const page = await browser.open(server.url('/hostile-frames.html'));
    await page.waitFor(someHighlighted);
    await page.waitFor(() => (document.querySelector<HTMLIFrameElement>('#embed')?.contentDocument?.getElementById('inner') ? true : null));
    // Time enough for a content script to have run in the frames, had it been injected there.
    await new Promise((r) => setTimeout(r, 1500));
    const frames = await page.evaluate(() =>
      ['embed', 'inline'].map((id) => {
        const frame = document.getElementById(id) as HTMLIFrameElement;
        const win = frame.contentWindow as (Window & typeof globalThis) | null;
        return { id, text: frame.contentDocument?.body?.textContent?.trim().slice(0, 20), highlights: win?.CSS.highlights.size, ui: frame.contentDocument?.querySelector('backstory-ui') !== null };
      }),
    );
    expect(frames).toEqual([
      { id: 'embed', text: 'Moscow said the Safa', highlights: 0, ui: false },
      { id: 'inline', text: 'Yekaterinburg police', highlights: 0, ui: false },
    ]);
    await page.close();
  });
});
