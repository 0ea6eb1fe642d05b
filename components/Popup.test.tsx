// @vitest-environment happy-dom
// The toolbar popup as lib/extension/popup.tsx renders it: the story and this page first, the switches in
// its header, disputes and the timeline short until opened, the store's packs or its error at the end.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConflictView, IncidentView, PageFindings } from '../lib/shared/views';
import { Popup, type PopupProps, type PopupState } from './Popup';
import { CLAIM_GIST } from './PopupConflicts';
import { LAST_ENTRIES } from './PopupTimeline';

const quote = (text: string) => ({ sourceId: 'report', sourceTitle: 'A report', quote: text });
const dispute: ConflictView = {
  id: 'cause',
  kind: 'dispute',
  question: 'How did Bo Berg die?',
  claims: [
    { id: 'a1', claimant: 'The prosecutor', text: `Bo Berg was beaten in custody, and ${'then left without care for many hours '.repeat(3)}`, quotes: [quote('He was beaten.')], side: 'a' },
    { id: 'b1', claimant: 'The police', text: 'Bo Berg had a heart attack.', quotes: [quote('A heart attack.')], side: 'b' },
    { id: 'a2', claimant: 'The family', text: 'He was tortured.', quotes: [quote('Tortured.')], side: 'a' },
  ],
};
const differ: ConflictView = {
  id: 'spelling',
  kind: 'differ',
  question: 'Is it Berg or Bergh?',
  claims: [
    { id: 'd1', claimant: 'First report', text: 'Berg.', quotes: [quote('Bo Berg')], side: 'first' },
    { id: 'd2', claimant: 'Second report', text: 'Bergh.', quotes: [quote('Bo Bergh')], side: 'second' },
  ],
};
const incident: IncidentView = {
  title: 'The death of Bo Berg',
  summary: 'Bo Berg died in custody in Oslo. '.repeat(10).trim(),
  timeline: Array.from({ length: 7 }, (_, i) => ({ when: `Day ${i + 1}`, text: `Event ${i + 1}.`, quotes: [quote(`Said on day ${i + 1}.`)] })),
  parties: [{ id: 'bo-berg', name: 'Bo Berg', kind: 'person' }],
  conflicts: [dispute, differ],
  sources: [{ id: 'report', title: 'A report', file: 'report.txt' }],
};
const findings: PageFindings = {
  url: 'https://www.example.com/news/1',
  entities: [
    { id: 'bo-berg', name: 'Bo Berg', count: 3 },
    { id: 'oslo', name: 'Oslo', count: 1 },
  ],
  claims: [{ claimId: 'b1', conflictId: 'cause', stance: 'denies', text: 'Police denied he had a heart attack.' }],
};
const ready = (over: Partial<Extract<PopupState, { status: 'ready' }>> = {}): PopupState => ({
  status: 'ready',
  incident,
  packs: [
    { id: 'seed', name: 'Seed', version: 2, seed: true, entities: 37 },
    { id: 'mine', name: 'My pack', version: 1, seed: false, entities: 4 },
  ],
  findings,
  settings: { enabled: true, offSites: [] },
  ...over,
});

function show(state: PopupState, over: Partial<PopupProps> = {}) {
  const el = document.body.appendChild(document.createElement('div'));
  const props: PopupProps = { state, onSettings: vi.fn(), onEntity: vi.fn(), onClaim: vi.fn(), onOpenIncident: vi.fn(), onOptions: vi.fn(), onReload: vi.fn(), ...over };
  render(<Popup {...props} />, el);
  return { el, props };
}
const button = (el: Element, text: string | RegExp) => [...el.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')))!;
const click = (el: Element) => act(() => (el as HTMLElement).click());
const siteSwitch = (el: Element) => el.querySelector<HTMLInputElement>('.bs-site-switch input')!;
const everywhere = (el: Element) => el.querySelector<HTMLInputElement>('.bs-toggle input')!;
afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  it('opens on what the story is and what this page holds: title, summary, names and claims, in that order', () => {
    const { el } = show(ready());
    const title = el.querySelector('.bs-title')!;
    const summary = el.querySelector('#bs-summary-text')!;
    const found = el.querySelector('.bs-found')!;
    expect(title.textContent).toBe('The death of Bo Berg');
    expect(summary.textContent).toBe(incident.summary);
    expect([...found.querySelectorAll('li button')].map((b) => b.textContent)).toEqual(['Bo Berg3, 3 mentions', 'Oslo1, 1 mention']);
    expect(el.querySelectorAll('.bs-claims li button')).toHaveLength(1);
    expect(el.querySelector('.bs-claims li')!.textContent).toContain('reports a denial of The police');
    // The first screen: nothing of the disputes, timeline or sources comes before them.
    const order = [title, summary, found, el.querySelector('#bs-disputed')!, el.querySelector('#bs-timeline')!, el.querySelector('#bs-sources')!];
    for (let i = 1; i < order.length; i++) expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('clamps a long summary behind a "more" button that says whether it is open', async () => {
    const { el } = show(ready());
    const more = button(el, 'more');
    expect(el.querySelector('#bs-summary-text')!.className).toBe('bs-clamp4');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await click(more);
    expect(el.querySelector('#bs-summary-text')!.className).toBe('');
    expect(button(el, 'less').getAttribute('aria-expanded')).toBe('true');
  });

  it('calls back with the id of the name chosen, and the page index of the claim chosen', async () => {
    const { el, props } = show(ready());
    await click(button(el, /^Oslo/));
    expect(props.onEntity).toHaveBeenCalledWith('oslo');
    await click(el.querySelector('.bs-claims li button')!);
    expect(props.onClaim).toHaveBeenCalledWith(0);
  });

  it('says in one line when nothing was found, and why', () => {
    const none = { ...findings, entities: [], claims: [] };
    const cases: [PopupState, string][] = [
      [ready({ findings: none }), 'No names from this story found on this page.'],
      [ready({ findings: none, settings: { enabled: false, offSites: [] } }), 'Backstory is switched off everywhere.'],
      [ready({ findings: none, settings: { enabled: true, offSites: ['example.com'] } }), 'Backstory is switched off on example.com.'],
      [ready({ findings: null }), 'Backstory does not read this page.'],
    ];
    for (const [state, line] of cases) {
      const { el } = show(state);
      expect(el.querySelector('.bs-found')).toBeNull();
      expect(el.querySelector('.bs-nothing')!.textContent).toBe(line);
      el.remove();
    }
  });

  it('shows the site switch on when the page’s site is not in offSites, off when it is, and toggles it there', async () => {
    const on = show(ready({ settings: { enabled: true, offSites: ['other.org'] } }));
    expect(siteSwitch(on.el).checked).toBe(true);
    expect(on.el.querySelector('#bs-site-note')!.textContent).toContain('example.com');
    await click(siteSwitch(on.el));
    expect(on.props.onSettings).toHaveBeenCalledWith({ offSites: ['other.org', 'example.com'] });

    const off = show(ready({ settings: { enabled: true, offSites: ['other.org', 'example.com'] } }));
    expect(siteSwitch(off.el).checked).toBe(false);
    await click(siteSwitch(off.el));
    expect(off.props.onSettings).toHaveBeenCalledWith({ offSites: ['other.org'] });
  });

  it('switches Backstory off everywhere, and disables the site switch with a reason where the tab has no web page', async () => {
    const { el, props } = show(ready({ findings: null }));
    expect(everywhere(el).checked).toBe(true);
    await click(everywhere(el));
    expect(props.onSettings).toHaveBeenCalledWith({ enabled: false });
    const site = siteSwitch(el);
    expect(site.disabled).toBe(true);
    expect(el.querySelector(`#${site.getAttribute('aria-describedby')}`)!.textContent).toMatch(/no web page/i);
  });

  it('shows a dispute as one line, each side in a few words, that opens to every claim with its quotes', async () => {
    const { el } = show(ready());
    const line = button(el, /How did Bo Berg die/);
    const gists = [...line.querySelectorAll('.bs-gist')].map((g) => g.textContent!);
    // One per side, the side's first claim, cut short.
    expect(gists).toHaveLength(2);
    expect(gists[0]).toMatch(/^The prosecutor: Bo Berg was beaten in custody.*…$/);
    expect(gists[0]!.length).toBeLessThan('The prosecutor: '.length + CLAIM_GIST + 2);
    expect(gists[1]).toBe('The police: Bo Berg had a heart attack.');
    expect(el.querySelector('.bs-quote')).toBeNull();
    expect(line.getAttribute('aria-expanded')).toBe('false');
    await click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    const body = el.querySelector(`#${line.getAttribute('aria-controls')}`)!;
    expect([...body.querySelectorAll('.bs-quote p')].map((p) => p.textContent)).toEqual(['“He was beaten.”', '“A heart attack.”', '“Tortured.”']);
    expect(body.textContent).toContain('The family');
  });

  it('keeps where the sources only differ in a closed group, one line each', async () => {
    const { el } = show(ready());
    const group = button(el, /Where the sources differ/);
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(el.textContent).not.toContain('Is it Berg or Bergh?');
    await click(group);
    const line = button(el, 'Is it Berg or Bergh?');
    expect(line.querySelector('.bs-gist')).toBeNull();
    await click(line);
    const quotes = el.querySelectorAll(`#${line.getAttribute('aria-controls')} .bs-quote p`);
    expect([...quotes].map((p) => p.textContent)).toEqual(['“Bo Berg”', '“Bo Bergh”']);
  });

  it('shows the last entries of the timeline without quotes, then all of them; quotes only in an opened entry', async () => {
    const { el } = show(ready());
    const entries = () => [...el.querySelectorAll('.bs-timeline > li')].map((li) => li.querySelector('.bs-when')!.textContent);
    expect(entries()).toEqual(['Day 4', 'Day 5', 'Day 6', 'Day 7']);
    expect(LAST_ENTRIES).toBe(4);
    expect(el.querySelector('.bs-timeline .bs-quote')).toBeNull();
    const all = button(el, 'Show all 7');
    await click(all);
    expect(entries()).toEqual(['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6', 'Day 7']);
    expect(all.getAttribute('aria-expanded')).toBe('true');
    const entry = el.querySelector<HTMLButtonElement>('.bs-timeline > li:first-child .bs-entry')!;
    await click(entry);
    expect(el.querySelector('.bs-timeline .bs-quote')!.textContent).toContain('Said on day 1.');
    await click(button(el, `Show the last ${LAST_ENTRIES} only`));
    expect(entries()).toHaveLength(4);
  });

  it('ends with the way to the full incident, the options and the packs in the store', async () => {
    const { el, props } = show(ready());
    await click(button(el, 'Open the full incident'));
    expect(props.onOpenIncident).toHaveBeenCalledOnce();
    await click(button(el, 'Options'));
    expect(props.onOptions).toHaveBeenCalledOnce();
    expect(el.querySelector('.bs-store')!.textContent).toBe('Packs: Built-in pack v2 · 37 entities; My pack v1 · 4 entities');
  });

  it('says the knowledge store could not be opened and what to do, keeping the switches and the options', async () => {
    const { el, props } = show({ status: 'error', message: 'IndexedDB is broken.', findings, settings: { enabled: true, offSites: [] } });
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/could not open its knowledge store/);
    expect(alert.textContent).toMatch(/reinstall/);
    expect(alert.textContent).toMatch(/importing again/);
    expect(alert.textContent).toContain('IndexedDB is broken.');
    await click(button(el, 'Reload Backstory'));
    expect(props.onReload).toHaveBeenCalledOnce();
    expect(siteSwitch(el).checked).toBe(true);
    expect(button(el, 'Options')).toBeTruthy();
    expect(el.querySelector('.bs-title')!.textContent).not.toBe(incident.title);
    expect(el.querySelector('.bs-store')).toBeNull();
  });
});
