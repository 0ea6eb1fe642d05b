// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LONG_TEXT, createReader, cutPoint, locate, readAll, readSome, readingArea, type TextChunk } from './text';

function page(html: string) {
  document.body.innerHTML = html;
  return document.body;
}

describe('reading a page’s text', () => {
  it('joins a name split across inline elements into one line', () => {
    // A byline-style paragraph where the CMS bolds the first name.
    expect(readAll(page('<p>Brothers <b>Ziyaddin</b> <a href="#">Safarov</a> and <em>Huseyn</em></p>')).text).toBe('Brothers Ziyaddin Safarov and Huseyn');
  });

  it('separates blocks so no name spans two paragraphs', () => {
    expect(readAll(page('<h1>Nagorno</h1><p>Karabakh</p><div>one<br>two</div>')).text).toBe('Nagorno\u2029Karabakh\u2029one\u2029two');
  });

  it('skips what is not read: scripts, styles, form fields, editable regions, hidden content, our UI', () => {
    // A comment form under an article, a JSON-LD script, a hidden teaser, and Backstory's own card host.
    const body = page(`<p>Baku</p>
      <script>var Baku = 1</script><style>.Baku{}</style><noscript>Baku</noscript>
      <textarea>Baku</textarea><input value="Baku"><select><option>Baku</option></select>
      <div contenteditable="true"><p>Baku</p></div><div contenteditable>Baku</div>
      <div hidden><p>Baku</p></div><div style="display: none">Baku</div><div aria-hidden="true">Baku</div>
      <backstory-ui>Baku</backstory-ui><p>Moscow</p>`);
    expect(
      readAll(body)
        .text.split('\u2029')
        .filter((t) => t.trim()),
    ).toEqual(['Baku', 'Moscow']);
  });

  it('reports open shadow roots for reading', () => {
    const body = page('<p>Outside</p><news-widget></news-widget>');
    const shadow = body.querySelector('news-widget')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside</p>';
    const read = readAll(body);
    expect(read.shadowRoots).toEqual([shadow]);
    expect(readAll(shadow).text).toBe('Inside');
  });

  it('reads in slices that stop only between blocks and together cover everything', () => {
    const body = page(Array.from({ length: 50 }, (_, i) => `<p>Para <b>${i}</b> end</p>`).join(''));
    const reader = createReader(body);
    const pieces: string[] = [];
    let clock = 0;
    // A clock that runs out at once: each slice stops at its first chance.
    while (!reader.done) pieces.push(readSome(reader, 0, Infinity, () => ++clock).text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces.filter(Boolean)) expect(p.split('\u2029').every((line) => /^Para \d+ end$/.test(line))).toBe(true);
    expect(pieces.filter(Boolean).join('\u2029')).toBe(readAll(body).text);
  });

  it('reads a text node too long for one slice in pieces cut between sentences, each located in the node', () => {
    // A page that puts its whole article in one text node (one giant paragraph), then a short one.
    const body = page(`<p>${'Officials in Baku said the talks would go on. '.repeat(1000)}</p><p>After</p>`);
    const long = body.querySelector('p')!.firstChild as Text;
    const reader = createReader(body);
    const pieces: TextChunk[] = [];
    while (!reader.done) pieces.push(readSome(reader, Infinity, 4_000));
    const ofLong = pieces.filter((p) => p.nodes[0] === long);
    expect(ofLong.length).toBeGreaterThanOrEqual(long.length / LONG_TEXT);
    // Together the pieces are the node's text, each but the last cut after a sentence.
    expect(ofLong.map((p) => p.text.split('\u2029')[0]).join('') === long.data).toBe(true);
    let at = 0;
    for (const piece of ofLong) {
      if (piece !== ofLong.at(-1)) expect(piece.text).toMatch(/go on\. $/);
      expect(piece.text.length).toBeLessThanOrEqual(LONG_TEXT);
      // Where a piece starts, in the node's own offsets (what a mention's range needs).
      expect(locate(piece, 0)).toMatchObject({ node: long, offset: at });
      at += piece.text.length;
    }
    expect(
      pieces
        .map((p) => p.text)
        .join('')
        .endsWith('After'),
    ).toBe(true);
  });

  it('never asks a long text node for its whole text: Firefox copies all of it at every `data`', () => {
    const text = 'word '.repeat(20_000);
    const body = page(`<p>${text}</p>`);
    // The node's text as the browser keeps it: asked for whole (`data`, counted), or its length, or a part.
    let copies = 0;
    Object.defineProperties(body.querySelector('p')!.firstChild, {
      data: { get: () => (copies++, text) },
      length: { get: () => text.length },
      substringData: { value: (offset: number, count: number) => text.substring(offset, offset + count) },
    });
    const reader = createReader(body);
    while (!reader.done) {
      const piece = readSome(reader, Infinity, 4_000);
      locate(piece, piece.text.length, true);
    }
    expect(copies).toBe(0);
  });

  it('cuts a long text after a sentence’s end, else after a space, else where it must', () => {
    expect(cutPoint('He said “no.” Then she left')).toBe('He said “no.” '.length);
    expect(cutPoint('Baku. Then Moscow? Yes! and more words')).toBe('Baku. Then Moscow? Yes! '.length);
    expect(cutPoint('no sentence ends here at all')).toBe('no sentence ends here at '.length);
    expect(cutPoint('x'.repeat(100))).toBe(100);
    // Never half of a character outside the Basic Multilingual Plane.
    expect(cutPoint(`${'x'.repeat(99)}\u{1F600}`.slice(0, 100))).toBe(99);
  });

  it('leaves out the site’s chrome: landmarks by element and role, link lists, comments', () => {
    const body = page(`<header><p>Site Baku</p></header><nav><p>Baku</p></nav><aside><p>Baku</p></aside>
      <div role="navigation">Baku</div><div role="banner">Baku</div><div role="complementary">Baku</div><div role="search">Baku</div>
      <ul><li><a href="#">Baku</a></li><li><a href="#">Moscow</a></li></ul>
      <ul><li>Baku, said <a href="#">Moscow</a></li><li><a href="#">two</a></li></ul>
      <div class="article-comments">Baku</div><section id="comments">Baku</section>
      <article><header><h1>Headline</h1></header><p>Body</p><footer>Byline</footer></article><footer>Site</footer>`);
    expect(
      readAll(body)
        .text.split('\u2029')
        .filter((t) => t.trim()),
    ).toEqual(['Baku, said Moscow', 'two', 'Headline', 'Body', 'Byline']);
  });

  it('finds the reading area: the articles, else main, else the body', () => {
    page('<main><article><p>a</p><article><p>nested</p></article></article><nav><article>teaser</article></nav><article>b</article></main>');
    expect(readingArea(document).map((e) => e.textContent)).toEqual(['anested', 'b']);
    page('<div role="main"><p>a</p></div>');
    expect(readingArea(document).map((e) => e.getAttribute('role'))).toEqual(['main']);
    page('<p>a</p>');
    expect(readingArea(document)).toEqual([document.body]);
  });
});
