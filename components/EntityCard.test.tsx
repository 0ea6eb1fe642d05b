// @vitest-environment happy-dom
// The hover card as the content script renders it into its shadow root: a non-modal dialog named by its
// heading, related names that open their own card, the incident button, and the sources it quotes.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardView } from '../lib/shared/views';
import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';

const card = (overrides: Partial<CardView> = {}): CardView => ({
  id: 'ana-lind',
  name: 'Ana Lind',
  kind: 'person',
  summary: 'Met Bo Berg.',
  facts: [{ text: 'Met Bo Berg in Oslo.', quotes: [{ sourceId: 'story', sourceTitle: 'A short story', quote: 'Ana Lind met Bo Berg in Oslo.' }] }],
  conflicts: [],
  related: [
    { id: 'bo-berg', name: 'Bo Berg' },
    { id: 'oslo', name: 'Oslo' },
  ],
  sources: [{ id: 'story', title: 'A short story' }],
  ...overrides,
});
const root = () => document.body.appendChild(document.createElement('div'));
const buttons = (el: Element) => [...el.querySelectorAll('button')];
const byText = (el: Element, text: string) => buttons(el).find((b) => b.textContent === text);
afterEach(() => {
  document.body.innerHTML = '';
});

describe('EntityCard', () => {
  it('is a non-modal dialog named by its own heading, with a close button', () => {
    const a = root();
    const b = root();
    const onClose = vi.fn();
    render(<EntityCard state={{ status: 'ready', card: card() }} onClose={onClose} />, a);
    render(<EntityCard state={{ status: 'loading', name: 'Bo Berg' }} onClose={onClose} />, b);
    const ids = [a, b].map((el) => {
      const dialog = el.querySelector('[role="dialog"]')!;
      expect(dialog.getAttribute('aria-modal')).toBe('false');
      const heading = el.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`)!;
      expect(heading.tagName).toBe('H2');
      return [heading.id, heading.textContent];
    });
    expect(ids.map(([, name]) => name)).toEqual(['Ana Lind', 'Bo Berg']);
    expect(ids[0]![0]).not.toBe(ids[1]![0]);
    a.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('opens a related entity by its id, and the incident when the page can', () => {
    const el = root();
    const onEntity = vi.fn();
    const onIncident = vi.fn();
    render(<EntityCard state={{ status: 'ready', card: card() }} onClose={() => {}} onEntity={onEntity} onIncident={onIncident} />, el);
    byText(el, 'Oslo')!.click();
    expect(onEntity).toHaveBeenCalledWith('oslo');
    byText(el, 'Open the incident')!.click();
    expect(onIncident).toHaveBeenCalledOnce();
  });

  it('names related entities as plain text and has no incident button when the page gives no handlers', () => {
    const el = root();
    render(<EntityCard state={{ status: 'ready', card: card() }} onClose={() => {}} />, el);
    expect(el.querySelector('.bs-related')!.textContent).toBe('RelatedBo BergOslo');
    expect(buttons(el).map((b) => b.textContent)).toEqual(['×']);
  });

  it('lists each source by title, linked when it has a URL, with its publisher and date when it has them', () => {
    const el = root();
    const sources = [
      { id: 'a', title: 'Plain title' },
      { id: 'b', title: 'Linked title', url: 'https://news.example/b', publisher: 'Example News', date: '2025-07-01' },
      { id: 'c', title: 'Dated title', date: '2024-12-25' },
    ];
    render(<EntityCard state={{ status: 'ready', card: card({ sources }) }} onClose={() => {}} />, el);
    const items = [...el.querySelectorAll('.bs-sources li')];
    expect(items.map((li) => li.textContent)).toEqual(['Plain title', 'Linked title — Example News, Jul 1, 2025', 'Dated title — Dec 25, 2024']);
    const links = [...el.querySelectorAll('.bs-sources a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['Linked title', 'https://news.example/b', '_blank', 'noopener noreferrer'],
    ]);
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).toBe('2025-07-01');
  });

  it('takes a theme that overrides the system colours, and none by default', () => {
    const el = root();
    render(<EntityCard state={{ status: 'ready', card: card() }} onClose={() => {}} theme="dark" />, el);
    expect(el.querySelector('.bs-card')!.getAttribute('data-theme')).toBe('dark');
    render(<EntityCard state={{ status: 'ready', card: card() }} onClose={() => {}} />, el);
    expect(el.querySelector('.bs-card')!.hasAttribute('data-theme')).toBe(false);
  });
});

describe('ClaimCard', () => {
  it('is a non-modal dialog named by its heading, themed like the entity card', () => {
    const el = root();
    const quotes = [{ sourceId: 'story', sourceTitle: 'A short story', quote: 'Lind says the meeting was short.' }];
    const conflict = {
      id: 'length',
      kind: 'dispute' as const,
      question: 'How long was the meeting?',
      claims: [
        { id: 'short', claimant: 'Ana Lind', text: 'Short.', quotes, side: 'ana-lind' },
        { id: 'long', claimant: 'Bo Berg', text: 'Long.', quotes, side: 'bo-berg' },
      ],
    };
    render(<ClaimCard view={{ claimId: 'short', conflict }} stance="attributes" onClose={() => {}} theme="light" />, el);
    const dialog = el.querySelector('[role="dialog"]')!;
    expect([dialog.getAttribute('aria-modal'), dialog.getAttribute('data-theme')]).toEqual(['false', 'light']);
    expect(el.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`)!.textContent).toBe('Disputed How long was the meeting?');
  });
});
