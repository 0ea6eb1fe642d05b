// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CLAIM_CUE, LATER, MENTION, contrastOf, highlightCss, parseColour, recentName, toneBehind } from './highlight';

const contrast = (a: string, b: string) => contrastOf(parseColour(a)!, parseColour(b)!);

describe('the marks’ colours', () => {
  it('keep their underlines at 3:1 or more against any page, from white through the greys to black', () => {
    document.body.innerHTML = '<article><p>text</p></article>';
    const article = document.querySelector('article')!;
    for (let grey = 0; grey <= 255; grey += 5) {
      article.style.backgroundColor = `rgb(${grey}, ${grey}, ${grey})`;
      const { tone, page } = toneBehind(article);
      const css = highlightCss(tone, page);
      const lines = [...css.matchAll(/underline (?:dotted|solid|wavy) (rgb\([^)]*\))/g)].map((m) => m[1]!);
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(contrast(line, `rgb(${grey} ${grey} ${grey})`), `${line} on grey ${grey}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('style each highlight’s second registry, for what later readings find, as the first', () => {
    const css = highlightCss('dark', undefined, 'underline');
    for (const name of [MENTION, LATER, CLAIM_CUE]) expect(css).toContain(`::highlight(${name}), ::highlight(${recentName(name)}) {`);
  });

  it('follow the page behind the reading area: its first opaque background, else its text colour', () => {
    document.body.innerHTML =
      '<div id="dark" style="background-color: rgb(20, 20, 24)"><article id="a"><p>text</p></article></div><article id="b" style="color: rgb(230, 230, 230)"></article><article id="c"></article>';
    expect(toneBehind(document.getElementById('a')!).tone).toBe('dark');
    expect(toneBehind(document.getElementById('b')!).tone).toBe('dark');
    expect(toneBehind(document.getElementById('c')!).tone).toBe('light');
  });
});
