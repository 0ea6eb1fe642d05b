// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher, prepareMatcher, type NameSpec } from '../shared/matcher';
import { installStaticRange, rangeText } from '../testing/dom';
import { createPageScanner, type HighlightSet } from './scanner';

beforeAll(installStaticRange);

const spec: NameSpec = {
  entities: [
    { id: 'ziyaddin', name: 'Ziyaddin Safarov' },
    { id: 'huseyn', name: 'Huseyn Safarov' },
    { id: 'baku', name: 'Baku' },
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

async function scan(html: string) {
  document.body.innerHTML = html;
  const h = recorder();
  const scanner = createPageScanner(document, { matcher: compileMatcher(prepareMatcher(spec)), highlight: h.set });
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

  it('leaves nothing highlighted and watches nothing after stop', async () => {
    const { h, scanner } = await scan('<p id="p">Baku</p>');
    scanner.stop();
    expect(h.ranges.size).toBe(0);
    document.getElementById('p')!.append(' Huseyn Safarov');
    await settle(scanner);
    expect(h.ranges.size).toBe(0);
  });
});
