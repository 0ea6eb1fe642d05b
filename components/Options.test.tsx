// @vitest-environment happy-dom
// The options page as lib/extension/options.tsx renders it: settings saved as they change, the sites where
// Backstory is off, and the knowledge packs with import, export, removal and reset.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../lib/shared/settings';
import { Options, siteOfEntry, type OptionsProps } from './Options';
import { byLabel, button } from '../lib/testing/dom';
import { seedSummary, userSummary } from '../lib/testing/packs';

function view(overrides: Partial<OptionsProps> = {}, s: Partial<Settings> = {}) {
  const props: OptionsProps = {
    settings: { status: 'ready', settings: { ...defaultSettings, ...s } },
    saved: { status: 'idle' },
    packs: { status: 'ready', packs: [seedSummary, userSummary] },
    importing: { status: 'idle' },
    notice: null,
    onChange: vi.fn(),
    onImport: vi.fn(),
    onExport: vi.fn(),
    onRemove: vi.fn(),
    onReset: vi.fn(),
    onRetryPacks: vi.fn(),
    ...overrides,
  };
  const el = document.body.appendChild(document.createElement('div'));
  render(<Options {...props} />, el);
  return { el, props };
}
/** The control a label names, as a reader finds it. */
const change = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};
// The site form and the reset confirmation keep state of their own: act() lets Preact re-render before the checks.
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = (el: Element) => act(() => void el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
const press = (b: HTMLButtonElement) => act(() => b.click());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('Options: reading', () => {
  it('shows the current settings, each control named by its label', () => {
    const { el } = view({}, { hoverDelay: 450, density: 'every', markStyle: 'underline', theme: 'dark', badge: false, enabled: false });
    expect(byLabel(el, 'Hover delay').value).toBe('450');
    expect(byLabel(el, 'Hover delay').min).toBe('0');
    expect(byLabel(el, 'Hover delay').max).toBe('2000');
    expect(byLabel(el, 'Every mention').checked).toBe(true);
    expect(byLabel(el, 'First mention').checked).toBe(false);
    expect(byLabel(el, 'Underline only').checked).toBe(true);
    expect(byLabel(el, 'Dark').checked).toBe(true);
    expect(byLabel(el, 'Toolbar badge').checked).toBe(false);
    expect(byLabel(el, 'On everywhere').checked).toBe(false);
    // Each density choice carries its one-line explanation.
    const none = byLabel(el, 'None');
    expect(el.querySelector(`#${none.getAttribute('aria-describedby')}`)!.textContent).toMatch(/No marks on pages/);
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Reading', 'Where Backstory is off', 'Knowledge packs']);
  });

  it('calls back with a patch of the one setting changed', () => {
    const { el, props } = view();
    byLabel(el, 'None').click();
    byLabel(el, 'Dark').click();
    byLabel(el, 'Underline only').click();
    change(byLabel(el, 'Hover delay'), '500');
    byLabel(el, 'Toolbar badge').click();
    byLabel(el, 'On everywhere').click();
    expect(vi.mocked(props.onChange).mock.calls).toEqual([[{ density: 'none' }], [{ theme: 'dark' }], [{ markStyle: 'underline' }], [{ hoverDelay: 500 }], [{ badge: false }], [{ enabled: false }]]);
  });

  it('keeps the hover delay within its bounds, and ignores an empty entry', () => {
    const { el, props } = view();
    const delay = byLabel(el, 'Hover delay');
    change(delay, '9000');
    change(delay, '-5');
    change(delay, '');
    expect(vi.mocked(props.onChange).mock.calls).toEqual([[{ hoverDelay: 2000 }], [{ hoverDelay: 0 }]]);
  });

  it('says "Saved" in a polite live region once a change is stored, and why not when it failed', () => {
    const saved = view({ saved: { status: 'saved' } }).el.querySelector('[aria-live="polite"].bs-saved')!;
    expect(saved.textContent).toBe('Saved');
    const failed = view({ saved: { status: 'failed', message: 'Not a valid setting: hoverDelay' } }).el.querySelector('.bs-saved')!;
    expect(failed.textContent).toBe('Not saved: Not a valid setting: hoverDelay');
  });
});

describe('Options: where Backstory is off', () => {
  it('adds a site by its host name, from a URL or a bare host name', () => {
    const { el, props } = view({}, { offSites: ['old.example'] });
    type(byLabel(el, 'Add a site'), 'https://www.News.example/x');
    submit(el);
    expect(props.onChange).toHaveBeenCalledWith({ offSites: ['old.example', 'news.example'] });
    expect(siteOfEntry('www.example.org/path?q=1')).toBe('example.org');
    expect(siteOfEntry('  Example.COM  ')).toBe('example.com');
  });

  it('refuses what is not a site with an inline message, and calls back with nothing', () => {
    for (const bad of ['not a site', 'ftp://files.example/x', 'javascript:alert(1)', 'http://[::1]/', '   ']) {
      const { el, props } = view();
      const input = byLabel(el, 'Add a site');
      type(input, bad);
      submit(el);
      expect(props.onChange, bad).not.toHaveBeenCalled();
      const error = el.querySelector('#bs-site-error')!;
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent).toMatch(bad.trim() ? /is not a web address or a host name/ : /Type a web address/);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain('bs-site-error');
      document.body.innerHTML = '';
    }
  });

  it('does not add a site twice', () => {
    const { el, props } = view({}, { offSites: ['news.example'] });
    type(byLabel(el, 'Add a site'), 'news.example');
    submit(el);
    expect(props.onChange).not.toHaveBeenCalled();
    expect(el.querySelector('#bs-site-error')!.textContent).toBe('news.example is already in the list.');
  });

  it('lists each site with its own Remove button', () => {
    const { el, props } = view({}, { offSites: ['a.example', 'b.example'] });
    expect([...el.querySelectorAll('.bs-host')].map((h) => h.textContent)).toEqual(['a.example', 'b.example']);
    button(el, 'Remove a.example').click();
    expect(props.onChange).toHaveBeenCalledWith({ offSites: ['b.example'] });
    // Focus moves on to the next site rather than being lost with the removed row.
    expect(document.activeElement).toBe(button(el, 'Remove b.example'));
  });
});

describe('Options: knowledge packs', () => {
  it('lists the packs, the built-in one marked and kept, each with Export', () => {
    const { el, props } = view();
    const rows = [...el.querySelectorAll('[aria-label="Packs in the store"] li')].map((li) => li.textContent);
    expect(rows).toEqual(['The Safarov brothers built-inversion 3 · 42 entitiesExport', 'My notes version 1 · 1 entityExportRemove']);
    expect(() => button(el, 'Remove The Safarov brothers')).toThrow();
    button(el, 'Export The Safarov brothers').click();
    button(el, 'Export My notes').click();
    button(el, 'Remove My notes').click();
    expect(vi.mocked(props.onExport).mock.calls).toEqual([['safarov'], ['my-notes']]);
    expect(props.onRemove).toHaveBeenCalledWith('my-notes');
  });

  it('imports the chosen JSON file', () => {
    const { el, props } = view();
    const input = byLabel(el, 'Pack file (.json)');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it('says what was imported', () => {
    const { el } = view({ importing: { status: 'done', pack: { ...userSummary, version: 2, entities: 7 } } });
    expect(el.textContent).toContain('Imported My notes (version 2, 7 entities)');
  });

  it('lists every problem of a refused import, path and reason, in an alert that says nothing was stored', () => {
    const problems = [
      { path: 'entities.0.name', reason: 'Required' },
      { path: 'conflicts.1.claims.0', reason: 'no claim with id "c9"' },
      { path: 'id', reason: '"safarov" is the built-in pack\'s id' },
    ];
    const { el } = view({ importing: { status: 'refused', fileName: 'bad.json', message: 'The pack has 3 problem(s).', problems } });
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('bad.json was not imported; nothing was stored.');
    expect([...alert.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'entities.0.name — Required',
      'conflicts.1.claims.0 — no claim with id "c9"',
      'id — "safarov" is the built-in pack\'s id',
    ]);
  });

  it('reports a file that is not JSON, or a refusal without problems, by its message', () => {
    const notJson = view({ importing: { status: 'refused', fileName: 'x.json', message: '', problems: [{ path: '(file)', reason: 'Unexpected token' }] } }).el;
    expect(notJson.querySelector('[role="alert"] li')!.textContent).toBe('(file) — Unexpected token');
    const internal = view({ importing: { status: 'refused', fileName: 'y.json', message: 'The background did not answer.', problems: [] } }).el;
    expect(internal.querySelector('[role="alert"]')!.textContent).toBe('y.json was not imported; nothing was stored. The background did not answer.');
  });

  it('asks in the page before resetting to the built-in pack, and can be cancelled', () => {
    const { el, props } = view();
    const reset = button(el, 'Reset to the built-in pack');
    expect(reset.getAttribute('aria-expanded')).toBe('false');
    press(reset);
    expect(props.onReset).not.toHaveBeenCalled();
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    press(button(el, 'Cancel'));
    expect(() => button(el, 'Yes, remove all imported packs')).toThrow();
    expect(document.activeElement).toBe(reset);
    press(reset);
    press(button(el, 'Yes, remove all imported packs'));
    expect(props.onReset).toHaveBeenCalledOnce();
    expect(() => button(el, 'Yes, remove all imported packs')).toThrow();
  });

  it('shows what the reader can do when the store cannot be opened, instead of the list', () => {
    const { el, props } = view({ packs: { status: 'error', message: 'IndexedDB is unavailable.' } });
    expect(el.querySelector('[aria-label="Packs in the store"]')).toBeNull();
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('could not open its store');
    expect(alert.textContent).toContain('IndexedDB is unavailable.');
    expect(alert.textContent).toMatch(/Reload this page/);
    expect(alert.textContent).toMatch(/install it again.*imported packs would need importing again/);
    button(el, 'Try again').click();
    expect(props.onRetryPacks).toHaveBeenCalledOnce();
  });

  it('reports a failed pack action in the status line', () => {
    const { el } = view({ notice: { kind: 'failed', action: 'remove', name: 'My notes', message: 'No imported pack "my-notes".' } });
    const status = [...el.querySelectorAll('[role="status"]')].find((s) => s.textContent)!;
    expect(status.textContent).toBe('Could not remove My notes: No imported pack "my-notes".');
    expect(status.className).toBe('bs-error');
  });
});

// The page's wiring (lib/extension/options.tsx) against WXT's fake storage and a stand-in background.
