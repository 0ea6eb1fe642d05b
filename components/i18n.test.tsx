// @vitest-environment happy-dom
// No interface string left out of i18n: each view is rendered with every message replaced by its key in
// ⟦brackets⟧ and every piece of pack content written as §; any other word left on screen (or in an
// accessible name) is a string someone forgot to translate.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../lib/shared/settings';
import type { CardView, ConflictView, IncidentView, PackSummary, PageFindings } from '../lib/shared/views';
import { installI18n } from '../lib/testing/i18n';
import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';
import { IncidentPage } from './IncidentPage';
import { Options, type OptionsProps } from './Options';
import { LONG_SUMMARY, Popup, type PopupState } from './Popup';
import { FIRST_CLAIMS } from './PopupFindings';
import { LAST_ENTRIES } from './PopupTimeline';

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
const card: CardView = {
  id: 'e',
  name: '§',
  kind: 'person',
  summary: '§',
  facts: [{ text: '§', quotes: [q] }],
  conflicts: [conflict('dispute'), conflict('differ')],
  related: [{ id: 'r', name: '§' }],
  sources: [{ id: 's', title: '§', publisher: '§', date: '2025-01-02', url: 'https://x.example/' }],
};
const incident: IncidentView = {
  title: '§',
  summary: '§',
  timeline: [{ when: '§', text: '§', quotes: [q] }],
  parties: [{ id: 'p', name: '§', kind: 'country' }],
  conflicts: [conflict('dispute'), conflict('differ')],
  sources: [{ id: 's', title: '§', file: 'f' }],
};

// The options page: pack names and problems are content (§), site names and versions digits.
const builtIn: PackSummary = { id: 'b', name: '§', version: 3, seed: true, entities: 42 };
const imported: PackSummary = { id: 'i', name: '§', version: 1, seed: false, entities: 1 };
const problem = { path: '§', reason: '§' };
const off = (props: Partial<OptionsProps> = {}, offSites = ['10.0.0.1', '10.0.0.2']) => {
  const all: OptionsProps = {
    settings: { status: 'ready', settings: { ...defaultSettings, offSites } },
    saved: { status: 'saved' },
    packs: { status: 'ready', packs: [builtIn, imported] },
    importing: { status: 'idle' },
    notice: null,
    onChange: () => undefined,
    onImport: () => undefined,
    onExport: () => undefined,
    onRemove: () => undefined,
    onReset: () => undefined,
    onRetryPacks: () => undefined,
    ...props,
  };
  return <Options {...all} />;
};
/** Types `entry` as a site to switch off and submits it. */
const addSite = (entry: string) => (root: HTMLElement) => {
  const input = root.querySelector<HTMLInputElement>('#bs-site')!;
  act(() => {
    input.value = entry;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
};

// The popup: the story is content (§), the page's site and every count digits. Its dispute has a claimant
// ending in s (English words its possessive apart), second on its side so that no line shows the name itself.
const popupDispute: ConflictView = { ...conflict('dispute'), claims: [...conflict('dispute').claims, { id: 's', claimant: '§s', text: '§', quotes: [q], side: 'y' }] };
const story: IncidentView = {
  ...incident,
  summary: '§'.repeat(LONG_SUMMARY + 1),
  // Entries that open to their quotes, and a short one without any, last so that it shows before "Show all".
  timeline: [...Array.from({ length: LAST_ENTRIES }, () => ({ when: '§', text: '§', quotes: [q] })), { when: '§', text: '§', quotes: [] }],
  conflicts: [popupDispute, conflict('differ')],
  // Linked, with a publisher and a date.
  sources: [{ ...card.sources[0]!, file: 'f' }],
};
// Each stance with a claimant, a claimant ending in s and a claim in no conflict (one side): more than FIRST_CLAIMS.
const pageClaims = (['asserts', 'attributes', 'denies'] as const).flatMap((stance) => ['a', 's', 'elsewhere'].map((claimId) => ({ claimId, conflictId: popupDispute.id, stance, text: '§' })));
const page: PageFindings = {
  url: 'https://10.0.0.1/§',
  entities: [
    { id: 'e', name: '§', count: 3 },
    { id: 'f', name: '§', count: 1 },
  ],
  claims: pageClaims,
};
const nothing: PageFindings = { ...page, entities: [], claims: [] };
const popupIn = (state: PopupState) => (
  <Popup state={state} onSettings={() => undefined} onEntity={() => undefined} onClaim={() => undefined} onOpenIncident={() => undefined} onOptions={() => undefined} onReload={() => undefined} />
);
const popup = (over: Partial<Extract<PopupState, { status: 'ready' }>> = {}) =>
  popupIn({ status: 'ready', incident: story, packs: [builtIn, imported], findings: page, settings: { enabled: true, offSites: [] }, ...over });
/** Opens whatever opens (the summary, every claim, the timeline and its entries, each dispute, the group where sources differ and its lines). */
const openAll = (root: HTMLElement) => {
  for (let closed: HTMLButtonElement | null; (closed = root.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')); ) act(() => closed!.click());
};

/** What a reader sees or hears of a view (after `then`, if given), with the keyed messages and the pack's content taken out. */
function leftover(view: ComponentChild, then?: (root: HTMLElement) => void): string {
  const root = document.body.appendChild(document.createElement('div'));
  render(view, root);
  then?.(root);
  const heard = [...root.querySelectorAll('[aria-label],[title],[alt],[placeholder]')].map((el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '));
  const all = [root.textContent ?? '', ...heard].join(' ');
  render(null, root);
  root.remove();
  // Dates are the browser's to write (Intl), in its language.
  return all
    .replace(/⟦[^⟧]*⟧/g, ' ')
    .replace(/§/g, ' ')
    .replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

beforeAll(() => installI18n('en', (key) => `⟦${key}⟧`));
afterAll(() => installI18n('en'));

describe('every interface string goes through i18n', () => {
  const views: [string, ComponentChild][] = [
    ['the entity card', <EntityCard state={{ status: 'ready', card }} onClose={() => undefined} onEntity={() => undefined} onIncident={() => undefined} />],
    ['the card loading', <EntityCard state={{ status: 'loading', name: '§' }} onClose={() => undefined} />],
    ['the card failing', <EntityCard state={{ status: 'error', name: '§', message: '§' }} onClose={() => undefined} />],
    ...(['asserts', 'attributes', 'denies'] as const).map((stance): [string, ComponentChild] => [
      `the claim card (${stance})`,
      <ClaimCard view={{ claimId: 'a', conflict: conflict('dispute') }} stance={stance} onClose={() => undefined} />,
    ]),
    ['the incident page', <IncidentPage state={{ status: 'ready', incident }} />],
    ['the incident page failing', <IncidentPage state={{ status: 'error', message: '§' }} />],
    ['the options page', off({ notice: { kind: 'exported', name: '§' } })],
    [
      'the options page, no site off, not saved, importing',
      off({ saved: { status: 'failed', message: '§' }, importing: { status: 'busy', fileName: '§' }, notice: { kind: 'removed', name: '§' } }, []),
    ],
    [
      'the options page: an import refused with problems',
      off({ importing: { status: 'refused', fileName: '§', message: '§', problems: [problem, problem] }, notice: { kind: 'failed', action: 'export', name: '§', message: '§' } }),
    ],
    [
      'the options page: an import refused with one problem',
      off({ importing: { status: 'refused', fileName: '§', message: '', problems: [problem] }, notice: { kind: 'failed', action: 'remove', name: '§', message: '§' } }),
    ],
    [
      'the options page: an import refused by its message',
      off({ importing: { status: 'refused', fileName: '§', message: '§', problems: [] }, notice: { kind: 'failed', action: 'reset', message: '§' } }),
    ],
    ['the options page: an import done', off({ importing: { status: 'done', pack: { ...imported, entities: 7 } }, notice: { kind: 'reset' } })],
    ['the options page: a one-entity import done', off({ importing: { status: 'done', pack: imported } })],
    ['the options page loading', off({ settings: { status: 'loading' }, packs: { status: 'loading' }, saved: { status: 'idle' } })],
    ['the popup', popup()],
    ['the popup: nothing of the story on the page, no pack in the store', popup({ findings: nothing, packs: [] })],
    ['the popup: no web page in the tab', popup({ findings: null })],
    ['the popup: the page’s site switched off', popup({ findings: nothing, settings: { enabled: true, offSites: ['10.0.0.1'] } })],
    ['the popup: switched off everywhere', popup({ findings: nothing, settings: { enabled: false, offSites: [] } })],
    ['the popup: the knowledge store failing', popupIn({ status: 'error', message: '§', findings: page, settings: { enabled: true, offSites: [] } })],
    ['the popup loading', popupIn({ status: 'loading' })],
    ['the options page: store and settings failing', off({ settings: { status: 'error', message: '§' }, packs: { status: 'error', message: '§' } })],
  ];
  for (const [name, view] of views) it(name, () => expect(leftover(view)).toBe(''));

  const interactions: [string, ComponentChild, (root: HTMLElement) => void][] = [
    ['the options page: the reset confirmation open', off(), (root) => act(() => root.querySelector<HTMLButtonElement>('[aria-controls="bs-reset-confirm"]')!.click())],
    ['the options page: a site refused', off(), addSite('§ §')],
    ['the options page: no site typed', off(), addSite(' ')],
    ['the options page: a site listed twice', off(), addSite('10.0.0.1')],
  ];
  for (const [name, view, then] of interactions)
    it(name, () => {
      const heard = leftover(view, (root) => {
        then(root);
        // The interaction did show something more: a confirmation or an error.
        expect(root.querySelector('#bs-reset-confirm p, #bs-site-error')?.textContent).toMatch(/⟦options/);
      });
      expect(heard).toBe('');
    });

  it('the popup: everything opened', () => {
    const heard = leftover(popup(), (root) => {
      openAll(root);
      // Every claim, every timeline entry with its quotes, both disputes with their claims.
      expect(root.querySelectorAll('.bs-claims li')).toHaveLength(pageClaims.length);
      expect(pageClaims.length).toBeGreaterThan(FIRST_CLAIMS);
      expect(root.querySelectorAll('.bs-timeline > li')).toHaveLength(story.timeline.length);
      expect(root.querySelectorAll('.bs-timeline .bs-quote')).toHaveLength(LAST_ENTRIES);
      expect(root.querySelectorAll('.bs-conflict')).toHaveLength(2);
    });
    expect(heard).toBe('');
  });
});
