// @vitest-environment happy-dom
// A quote as the card, the claim card and the popup show it: whole when short, two lines and a "more" when long.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_QUOTE, Quote } from './Quote';

const quote = (text: string) => ({ sourceId: 'doc', sourceTitle: 'A report', quote: text });
const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

describe('Quote', () => {
  it('shows a short quote whole, with its source and no control', () => {
    const el = root();
    render(<Quote quote={quote('Short and whole.')} />, el);
    expect(el.querySelector('p')!.textContent).toBe('“Short and whole.”');
    expect(el.querySelector('p')!.className).toBe('');
    expect(el.querySelector('cite')!.textContent).toBe('A report');
    expect(el.querySelector('button')).toBeNull();
    render(<Quote quote={quote('x'.repeat(LONG_QUOTE))} />, el);
    expect(el.querySelector('button')).toBeNull();
  });

  it('collapses a long quote to two lines behind a "more" button that toggles to "less" and back', () => {
    const el = root();
    const text = 'word '.repeat(LONG_QUOTE / 5 + 1).trim();
    render(<Quote quote={quote(text)} />, el);
    const p = el.querySelector('p')!;
    const button = el.querySelector('button')!;
    // The words are all there for a screen reader; only the look is clamped.
    expect(p.textContent).toBe(`“${text}”`);
    expect([p.className, button.textContent, button.getAttribute('aria-expanded'), button.type]).toEqual(['bs-clamp', 'more', 'false', 'button']);
    act(() => button.click());
    expect([p.className, button.textContent, button.getAttribute('aria-expanded')]).toEqual(['', 'less', 'true']);
    act(() => button.click());
    expect([p.className, button.textContent, button.getAttribute('aria-expanded')]).toEqual(['bs-clamp', 'more', 'false']);
  });
});
