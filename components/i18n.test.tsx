// @vitest-environment happy-dom
// No interface string left out of i18n: each view is rendered with every message replaced by its key in
// ⟦brackets⟧ and every piece of pack content written as §; any other word left on screen (or in an
// accessible name) is a string someone forgot to translate.
import { render, type ComponentChild } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardView, ConflictView, IncidentView } from '../lib/shared/views';
import { installI18n } from '../lib/testing/i18n';
import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';
import { IncidentPage } from './IncidentPage';

const q = { sourceId: 's', sourceTitle: '§', quote: '§' };
const conflict = (kind: 'dispute' | 'differ'): ConflictView => ({
  id: kind,
  kind,
  question: '§',
  claims: [
    { id: 'a', claimant: '§', text: '§', quotes: [q], side: 'x' },
    { id: 'b', claimant: '§', text: '§', quotes: [q], side: 'y' },
    { id: 'c', claimant: '§', text: '§', quotes: [q], side: 'x' },
  ],
});
const card: CardView = { id: 'e', name: '§', kind: 'person', summary: '§', facts: [{ text: '§', quotes: [q] }], conflicts: [conflict('dispute'), conflict('differ')], related: [{ id: 'r', name: '§' }], sources: [{ id: 's', title: '§', publisher: '§', date: '2025-01-02', url: 'https://x.example/' }], pack: 'p' };
const incident: IncidentView = { title: '§', summary: '§', timeline: [{ when: '§', text: '§', quotes: [q] }], parties: [{ id: 'p', name: '§', kind: 'country' }], conflicts: [conflict('dispute'), conflict('differ')], sources: [{ id: 's', title: '§', file: 'f' }] };

/** What a reader sees or hears of a view, with the keyed messages and the pack's content taken out. */
function leftover(view: ComponentChild): string {
  const root = document.body.appendChild(document.createElement('div'));
  render(view, root);
  const heard = [...root.querySelectorAll('[aria-label],[title],[alt],[placeholder]')].map((el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '));
  const all = [root.textContent ?? '', ...heard].join(' ');
  render(null, root);
  root.remove();
  // Dates are the browser's to write (Intl), in its language.
  return all.replace(/⟦[^⟧]*⟧/g, ' ').replace(/§/g, ' ').replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
}

beforeAll(() => installI18n('en', (key) => `⟦${key}⟧`));
afterAll(() => installI18n('en'));

describe('every interface string goes through i18n', () => {
  const views: [string, ComponentChild][] = [
    ['the entity card', <EntityCard state={{ status: 'ready', card }} onClose={() => undefined} onEntity={() => undefined} onIncident={() => undefined} />],
    ['the card loading', <EntityCard state={{ status: 'loading', name: '§' }} onClose={() => undefined} />],
    ['the card failing', <EntityCard state={{ status: 'error', name: '§', message: '§' }} onClose={() => undefined} />],
    ...(['asserts', 'attributes', 'denies'] as const).map((stance): [string, ComponentChild] => [`the claim card (${stance})`, <ClaimCard view={{ claimId: 'a', conflict: conflict('dispute') }} stance={stance} onClose={() => undefined} />]),
    ['the incident page', <IncidentPage state={{ status: 'ready', incident }} />],
    ['the incident page failing', <IncidentPage state={{ status: 'error', message: '§' }} />],
  ];
  for (const [name, view] of views) it(name, () => expect(leftover(view)).toBe(''));
});
