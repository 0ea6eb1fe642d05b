// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareMatcher, type NameSpec } from '../pack/prepare';
import { matcherSpecFromPacks } from '../pack/matcher-spec';
import { seedPack } from '../pack/seed';
import { claimSteps } from '../shared/claims';
import { compileMatcher } from '../shared/matcher';
import { installStaticRange, rangeText } from '../testing/dom';
import { MAX_MENTIONS, createPageScanner, type HighlightSet } from './scanner';

beforeAll(installStaticRange);

const spec: NameSpec = {
  entities: [
    { id: 'ziyaddin', name: 'Ziyaddin Safarov' },
    { id: 'huseyn', name: 'Huseyn Safarov' },
    { id: 'baku', name: 'Baku', context: true },
  ],
  names: [
    { text: 'Ziyaddin Safarov', entities: [0] },
    { text: 'Huseyn Safarov', entities: [1] },
    { text: 'Safarov', entities: [0, 1], ambiguous: true },
    { text: 'Baku', entities: [2] },
  ],
  never: [],
};

/** A Highlight stand-in that records what is highlighted. */
function recorder() {
  const ranges = new Set<AbstractRange>();
  const set: HighlightSet = { add: (r) => ranges.add(r), delete: (r) => ranges.delete(r), clear: () => ranges.clear() };
  return { set, texts: () => [...ranges].map(rangeText).sort(), ranges };
}

async function scan(html: string, options: Partial<Parameters<typeof createPageScanner>[1]> = {}) {
  document.body.innerHTML = html;
  const h = recorder();
  const scanner = createPageScanner(document, { matcher: compileMatcher(prepareMatcher(spec)), highlight: h.set, ...options });
  scanner.start();
  await scanner.idle();
  return { scanner, h };
}

/** Lets the mutation observer deliver, then waits for the scanner. */
async function settle(scanner: { idle(): Promise<void> }) {
  await new Promise((r) => setTimeout(r, 0));
  await scanner.idle();
}

describe('the page scanner', () => {
  it('highlights names, including one split across elements', async () => {
    const { h, scanner } = await scan('<p>In <b>Ziyaddin</b> Safarov’s case, Baku protested.</p>');
    expect(h.texts()).toEqual(['Baku', 'Ziyaddin Safarov']);
    expect(scanner.mentionAt(document.querySelector('b')!.firstChild!, 2)?.entity).toBe(0);
    scanner.stop();
  });

  it('resolves a bare family name from a full name anywhere on the page', async () => {
    const { h, scanner } = await scan('<p>Safarov died in custody.</p><p>Later: Huseyn Safarov’s family spoke.</p>');
    expect(h.texts()).toEqual(['Huseyn Safarov', 'Safarov']);
    scanner.stop();
  });

  it('resolves a bare family name again as the page changes, and never brings back one that left', async () => {
    const { h, scanner } = await scan('<main><p id="s">Safarov died in custody.</p><p id="full">Huseyn Safarov’s family spoke.</p></main>');
    expect(h.texts()).toEqual(['Huseyn Safarov', 'Safarov']);
    document.getElementById('s')!.remove();
    await settle(scanner);
    expect(h.texts()).toEqual(['Huseyn Safarov']);
    // Another full name now: the removed "Safarov" would resolve to him if the scanner still held it.
    document.getElementById('full')!.firstChild!.textContent = 'Ziyaddin Safarov’s family spoke.';
    await settle(scanner);
    expect(h.texts()).toEqual(['Ziyaddin Safarov']);
    const p = document.createElement('p');
    p.textContent = 'Safarov was 31.';
    document.querySelector('main')!.append(p);
    await settle(scanner);
    expect(h.texts()).toEqual(['Safarov', 'Ziyaddin Safarov']);
    scanner.stop();
  });

  it('rescans only what was added later, and drops what was removed', async () => {
    const { h, scanner } = await scan('<main><p id="a">Baku said so.</p></main>');
    const first = [...h.ranges];
    const p = document.createElement('p');
    p.innerHTML = 'Then <i>Ziyaddin Safarov</i> was named.';
    document.querySelector('main')!.append(p);
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku', 'Ziyaddin Safarov']);
    expect(h.ranges.has(first[0]!)).toBe(true); // the old paragraph was not read again
    document.getElementById('a')!.remove();
    p.append(' Baku too.');
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku', 'Ziyaddin Safarov']);
    expect(h.ranges.has(first[0]!)).toBe(false);
    scanner.stop();
  });

  it('tells of a change only when the mentions changed: a ticking clock wakes no one', async () => {
    // A live page: a clock ticking in the header, the article with a name.
    const onChange = vi.fn();
    const { scanner } = await scan('<header><time id="clock">12:00:01</time></header><p>Baku said so.</p>', { onChange });
    expect(onChange).toHaveBeenCalledTimes(1);
    for (const t of ['12:00:02', '12:00:03', '12:00:04']) {
      document.getElementById('clock')!.firstChild!.textContent = t;
      await settle(scanner);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Then Ziyaddin Safarov spoke.' }));
    await settle(scanner);
    expect(onChange).toHaveBeenCalledTimes(2);
    scanner.stop();
  });

  it('follows edits to text', async () => {
    const { h, scanner } = await scan('<p id="p">Nothing here.</p>');
    document.getElementById('p')!.firstChild!.textContent = 'Now Baku.';
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku']);
    scanner.stop();
  });

  it('reads open shadow roots', async () => {
    document.body.innerHTML = '<p>Baku</p><x-card></x-card>';
    document.querySelector('x-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Huseyn Safarov</p>';
    const h = recorder();
    const found: ShadowRoot[] = [];
    const scanner = createPageScanner(document, { matcher: compileMatcher(prepareMatcher(spec)), highlight: h.set, onShadowRoot: (r) => found.push(r) });
    scanner.start();
    await scanner.idle();
    await scanner.idle();
    expect(found.length).toBe(1);
    expect(h.texts()).toEqual(['Baku', 'Huseyn Safarov']);
    scanner.stop();
  });

  it('leaves nothing highlighted, no mention to hover and no observer after stop', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { h, scanner } = await scan('<p id="p">Baku</p>');
    const text = document.getElementById('p')!.firstChild!;
    expect(scanner.mentionAt(text, 1)).not.toBeNull();
    scanner.stop();
    expect(disconnect).toHaveBeenCalled();
    expect(h.ranges.size).toBe(0);
    expect(scanner.mentionAt(text, 1)).toBeNull();
    disconnect.mockRestore();
  });

  it('reads on when the page removes the node a slice stopped at', async () => {
    // A live-blog page that drops an item while Backstory is between slices.
    let slices = 0;
    const { h, scanner } = await scan('<div><p>one</p><p id="two">two</p><p>three</p></div><section><p>Baku news</p></section>', {
      maxChunkChars: 1,
      onSlice: () => {
        if (++slices === 1) document.getElementById('two')!.remove();
      },
    });
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku']);
    scanner.stop();
  });

  it('forgets a mention whose text is emptied', async () => {
    const { h, scanner } = await scan('<p id="p">Baku</p><p>Moscow</p>');
    (document.getElementById('p')!.firstChild as Text).data = '';
    await settle(scanner);
    expect(h.texts()).toEqual([]);
    expect(scanner.mentions()).toEqual([]);
    scanner.stop();
  });

  it('does not read the whole page again when a block is removed from it', async () => {
    // An ad script removing its empty slot from <body>.
    const { h, scanner } = await scan('<div id="ad"></div><p>Baku</p><p>Huseyn Safarov</p>');
    const before = [...h.ranges];
    document.getElementById('ad')!.remove();
    await settle(scanner);
    expect([...h.ranges]).toEqual(before);
    scanner.stop();
  });

  it('keeps text directly inside a shadow root apart from its host’s line, and follows edits to it', async () => {
    document.body.innerHTML = '<x-card>Baku</x-card>';
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Huseyn Safarov</span> <slot></slot>';
    const h = recorder();
    const scanner = createPageScanner(document, { matcher: compileMatcher(prepareMatcher(spec)), highlight: h.set });
    scanner.start();
    await scanner.idle();
    await scanner.idle();
    expect(h.texts()).toEqual(['Baku', 'Huseyn Safarov']);
    (shadow.querySelector('span')!.firstChild as Text).data = 'Ziyaddin Safarov';
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku', 'Ziyaddin Safarov']);
    scanner.stop();
  });

  it('marks the article, not the site around it', async () => {
    // A news site: header with nav links, the story, a "most read" link list, related links, comments, footer.
    const { h, scanner } = await scan(`
      <header><a href="/">News</a><nav><a href="/ru">Baku</a></nav></header>
      <div class="layout">
        <article><header><h1>Huseyn Safarov</h1></header><p>Ziyaddin Safarov died.</p><footer>Filed in Baku</footer></article>
        <div class="most-read"><ul><li><a href="/1">Baku court</a></li><li><a href="/2">Huseyn Safarov case</a></li></ul></div>
        <section id="comments"><p>Reader: Baku should answer.</p></section>
      </div>
      <div role="contentinfo"><p>Baku bureau</p></div>`);
    expect(h.texts()).toEqual(['Baku', 'Huseyn Safarov', 'Ziyaddin Safarov']);
    scanner.stop();
  });

  it('finds the article a single-page app renders late, and forgets what it read around it', async () => {
    const { h, scanner } = await scan('<div id="app"><div class="promo">Baku deals</div></div>');
    expect(h.texts()).toEqual(['Baku']);
    document.getElementById('app')!.innerHTML = '<div class="promo">Baku deals</div><article><p>Huseyn Safarov died.</p></article>';
    await settle(scanner);
    expect(h.texts()).toEqual(['Huseyn Safarov']);
    scanner.stop();
  });

  it('marks a context entity fully at its first mention and quietly after; a story entity always fully', async () => {
    const later = recorder();
    const { h, scanner } = await scan('<p>Baku said Huseyn Safarov died.</p><p>Baku again, and Huseyn Safarov again.</p>', { laterHighlight: later.set });
    expect(h.texts()).toEqual(['Baku', 'Huseyn Safarov', 'Huseyn Safarov']);
    expect(later.texts()).toEqual(['Baku']);
    const [first] = [...h.ranges].filter((r) => rangeText(r) === 'Baku');
    expect(first!.startContainer).toBe(document.querySelector('p')!.firstChild);
    // A new first mention, added above: it takes the full mark, the old first goes quiet.
    document.body.insertAdjacentHTML('afterbegin', '<p>From Baku:</p>');
    await settle(scanner);
    expect([...h.ranges].filter((r) => rangeText(r) === 'Baku').map((r) => r.startContainer)).toEqual([document.querySelector('p')!.firstChild]);
    expect(later.texts()).toEqual(['Baku', 'Baku']);
    // The first removed: the next one takes its place.
    document.querySelector('p')!.remove();
    await settle(scanner);
    expect(h.texts()).toEqual(['Baku', 'Huseyn Safarov', 'Huseyn Safarov']);
    expect(later.texts()).toEqual(['Baku']);
    scanner.stop();
  });

  it('marks every mention, or none, as the density setting says, without reading the page again', async () => {
    const later = recorder();
    const { h, scanner } = await scan('<p>Baku, Baku.</p>', { laterHighlight: later.set });
    scanner.setDensity('every');
    expect([h.texts(), later.texts()]).toEqual([['Baku', 'Baku'], []]);
    scanner.setDensity('none');
    expect([h.texts(), later.texts()]).toEqual([[], []]);
    expect(scanner.mentions()).toHaveLength(2);
    expect(scanner.mentions().some((m) => scanner.isMarked(m))).toBe(false);
    scanner.setDensity('first');
    expect([h.texts(), later.texts()]).toEqual([['Baku'], ['Baku']]);
    scanner.stop();
  });

  it('shows each reading’s marks in the main or the recent sets, whichever hold fewer when it starts, each mention always in its reading’s', async () => {
    /** A stand-in with a second set for later readings, cleared with it (highlight.ts). */
    const twoSets = () => {
      const main = recorder();
      const recent = recorder();
      main.set.recent = recent.set;
      main.set.clear = () => {
        main.ranges.clear();
        recent.ranges.clear();
      };
      return { ...main, recent };
    };
    const h = twoSets();
    const later = twoSets();
    document.body.innerHTML = '<p>Baku said Huseyn Safarov died.</p>';
    const scanner = createPageScanner(document, { matcher: compileMatcher(prepareMatcher(spec)), highlight: h.set, laterHighlight: later.set });
    scanner.start();
    await scanner.idle();
    const marks = () => [h.texts(), h.recent.texts(), later.texts(), later.recent.texts()];
    // The first reading: both hold none, the main sets take it.
    expect(marks()).toEqual([['Baku', 'Huseyn Safarov'], [], [], []]);
    // A paragraph added: the recent sets hold fewer.
    document.body.insertAdjacentHTML('beforeend', '<p id="added">Baku again, and Ziyaddin Safarov.</p>');
    await settle(scanner);
    expect(marks()).toEqual([['Baku', 'Huseyn Safarov'], ['Ziyaddin Safarov'], [], ['Baku']]);
    // Another, with two marks in each now: the main sets. Its new first mention is marked fully there; the old first goes quiet in its own
    // reading's choice, the main sets; the added paragraph's stays in the recent ones.
    document.body.insertAdjacentHTML('afterbegin', '<p>From Baku:</p>');
    await settle(scanner);
    expect(marks()).toEqual([['Baku', 'Huseyn Safarov'], ['Ziyaddin Safarov'], ['Baku'], ['Baku']]);
    document.getElementById('added')!.remove();
    await settle(scanner);
    expect(marks()).toEqual([['Baku', 'Huseyn Safarov'], [], ['Baku'], []]);
    // Three in the main sets, none in the recent ones: the next reading goes there.
    document.body.insertAdjacentHTML('beforeend', '<p>Ziyaddin Safarov.</p>');
    await settle(scanner);
    expect(marks()).toEqual([['Baku', 'Huseyn Safarov'], ['Ziyaddin Safarov'], ['Baku'], []]);
    scanner.setDensity('every');
    expect(marks()).toEqual([['Baku', 'Baku', 'Huseyn Safarov'], ['Ziyaddin Safarov'], [], []]);
    scanner.stop();
    expect(marks()).toEqual([[], [], [], []]);
  });

  it('finds every name in one giant paragraph, read in slices, each range in the node’s own offsets', async () => {
    // A page whose whole article is one text node: 40,000 characters, a name in every sentence.
    let slices = 0;
    const { h, scanner } = await scan(`<p>${'Officials in Baku said the talks would go on for another week. '.repeat(640)}</p>`, { onSlice: () => slices++ });
    expect(slices).toBeGreaterThan(3);
    expect(h.ranges.size).toBe(640);
    expect(new Set(h.texts())).toEqual(new Set(['Baku']));
    scanner.stop();
  });

  it('shows thousands of mentions over many tasks, each within its slice, never in one', async () => {
    // A browser whose every highlight change costs 1 ms: a real one costs microseconds, but thousands add up.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const h = recorder();
    const slow: HighlightSet = { ...h.set, add: (r) => ((clock += 1), h.set.add(r)) };
    const addsPerSlice: number[] = [];
    let added = 0;
    const { scanner } = await scan(Array.from({ length: 100 }, () => `<p>${'Baku and Baku, '.repeat(10)}</p>`).join(''), {
      highlight: slow,
      laterHighlight: slow,
      onSlice: () => {
        addsPerSlice.push(h.ranges.size - added);
        added = h.ranges.size;
      },
    });
    now.mockRestore();
    expect(h.ranges.size).toBe(2000);
    // The 6 ms slice, checked every few ranges: never the 2 s of adding them all at once.
    expect(Math.max(...addsPerSlice)).toBeLessThanOrEqual(8);
    scanner.stop();
  });

  it(`keeps at most ${MAX_MENTIONS} mentions, the first in page order, and finds new ones once the page frees room`, async () => {
    // A generated page naming the story over and over: 50 names a paragraph.
    const paragraphs = Math.ceil(MAX_MENTIONS / 50) + 4;
    const { h, scanner } = await scan(Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">${'Baku, '.repeat(50)}</p>`).join(''), { maxChunkChars: 2_000 });
    expect(scanner.mentions()).toHaveLength(MAX_MENTIONS);
    const marked = (id: string) => [...h.ranges].some((r) => r.startContainer.parentElement!.id === id);
    expect([marked('p0'), marked(`p${MAX_MENTIONS / 50 - 1}`), marked(`p${paragraphs - 1}`)]).toEqual([true, true, false]);
    document.getElementById('p0')!.remove();
    document.body.insertAdjacentHTML('beforeend', '<p id="late">Huseyn Safarov</p>');
    await settle(scanner);
    expect(scanner.mentions()).toHaveLength(MAX_MENTIONS - 50 + 1);
    expect(marked('late')).toBe(true);
    scanner.stop();
  });

  it('loads the claim finder only when a page may hold a claim, and flags what waited for it', async () => {
    const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
    const load = vi.fn(async () => claimSteps);
    const run = async (html: string) => {
      document.body.innerHTML = html;
      const names = recorder();
      const claims = recorder();
      const scanner = createPageScanner(document, { matcher, highlight: names.set, claimHighlight: claims.set, claims: load });
      scanner.start();
      await scanner.idle();
      const found = { names: names.texts(), claims: claims.texts() };
      scanner.stop();
      return found;
    };
    // No cue and no party: the finder is never loaded.
    expect(await run('<p>The weather in the mountains was mild for the season.</p>')).toEqual({ names: [], claims: [] });
    expect(load).not.toHaveBeenCalled();
    // A cue beside the brothers: loaded once, and the sentence read before it arrived is flagged.
    const found = await run('<p>Ziyaddin and Huseyn Safarov were tortured to death by Russian police, Baku says.</p>');
    expect(load).toHaveBeenCalledTimes(1);
    expect(found.claims.length).toBe(1);
    expect(found.names).toContain('Baku');
  });

  it('gives the claim finder its own tasks on a fresh page, apart from the reading', async () => {
    const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
    const log: string[] = [];
    const finder: typeof claimSteps = (...args) => {
      log.push('claims');
      return claimSteps(...args);
    };
    // The scanner lets the page run through scheduler.yield where there is one: seen here.
    const global = globalThis as { scheduler?: unknown };
    const had = global.scheduler;
    global.scheduler = {
      yield: () => {
        log.push('yield');
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    try {
      document.body.innerHTML = '<p>Ziyaddin and Huseyn Safarov were tortured to death by Russian police, Baku says.</p>';
      const claims = recorder();
      const scanner = createPageScanner(document, { matcher, highlight: recorder().set, claimHighlight: claims.set, claims: async () => finder, onSlice: () => log.push('slice') });
      scanner.start();
      await scanner.idle();
      // Read and matched in one slice; the page runs; the claims in a slice of their own.
      expect(log.slice(0, 4)).toEqual(['slice', 'yield', 'claims', 'slice']);
      expect(claims.texts()).toHaveLength(1);
      scanner.stop();
    } finally {
      global.scheduler = had;
    }
  });

  it('keeps the names when the claim finder fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const claims = recorder();
    document.body.innerHTML = '<p>Baku says Ziyaddin Safarov was tortured.</p>';
    const h = recorder();
    const matcher = compileMatcher(matcherSpecFromPacks([seedPack]));
    const scanner = createPageScanner(document, { matcher, highlight: h.set, claimHighlight: claims.set, claims: () => Promise.reject(new Error('blocked')) });
    scanner.start();
    await scanner.idle();
    expect(h.texts()).toEqual(['Baku', 'Ziyaddin Safarov']);
    expect(claims.texts()).toEqual([]);
    expect(warn).toHaveBeenCalledWith('Backstory could not load its claim finder:', expect.any(Error));
    scanner.stop();
    warn.mockRestore();
  });
});
