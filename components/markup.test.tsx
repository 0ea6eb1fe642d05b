// @vitest-environment happy-dom
// A hostile pack: markup and script in every string it gives. The card, the claim card, the popup, the options
// page and the incident page render it as text — no element, no attribute, no handler comes from a pack.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../lib/shared/settings';
import type { CardView, ConflictView, IncidentView, PackSummary, PageFindings } from '../lib/shared/views';
import { ClaimCard } from './ClaimCard';
import { EntityCard } from './EntityCard';
import { IncidentPage } from './IncidentPage';
import { Options } from './Options';
import { Popup } from './Popup';

const X = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script><a href="javascript:alert(1)">x</a>';
const q = { sourceId: 's', sourceTitle: X, quote: X };
const conflict = (kind: 'dispute' | 'differ'): ConflictView => ({
  id: kind,
  kind,
  question: X,
  claims: [
    { id: 'a', claimant: X, text: X, quotes: [q], side: 'x' },
    { id: 'b', claimant: X, text: X, quotes: [q], side: 'y' },
  ],
});
const card: CardView = {
  id: 'e',
  name: X,
  kind: X,
  summary: X,
  facts: [{ text: X, quotes: [q] }],
  conflicts: [conflict('dispute'), conflict('differ')],
  related: [{ id: 'r', name: X }],
  sources: [{ id: 's', title: X, publisher: X }],
};
const incident: IncidentView = {
  title: X,
  summary: X,
  timeline: [{ when: X, text: X, quotes: [q] }],
  parties: [{ id: 'p', name: X, kind: 'country' }],
  conflicts: [conflict('dispute'), conflict('differ')],
  sources: [{ id: 's', title: X, file: X }],
};
const packs: PackSummary[] = [
  { id: 'b', name: X, version: 1, seed: true, entities: 1 },
  { id: 'i', name: X, version: 1, seed: false, entities: 1, setAside: [X] },
];
const findings: PageFindings = { url: 'https://news.example/', entities: [{ id: 'e', name: X, count: 2 }], claims: [{ claimId: 'a', conflictId: 'dispute', stance: 'denies', text: X }] };
const none = () => undefined;

function renderedSafely(view: ComponentChild) {
  const root = document.body.appendChild(document.createElement('div'));
  render(view, root);
  // Everything that opens, opened.
  for (let closed: HTMLButtonElement | null; (closed = root.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')); ) act(() => closed!.click());
  root.querySelectorAll('details').forEach((d) => (d.open = true));
  const injected = root.querySelectorAll('img, script, a[href^="javascript"], [onerror]').length;
  const text = root.textContent ?? '';
  render(null, root);
  root.remove();
  return { injected, text };
}

describe('a pack’s markup is text', () => {
  const views: [string, ComponentChild][] = [
    ['the card', <EntityCard state={{ status: 'ready', card }} onClose={none} onEntity={none} onIncident={none} />],
    ['the claim card', <ClaimCard view={{ claimId: 'a', conflict: conflict('dispute') }} stance="denies" onClose={none} />],
    ['the incident page', <IncidentPage state={{ status: 'ready', incident }} />],
    [
      'the popup',
      <Popup
        state={{ status: 'ready', incident, packs, findings, settings: { enabled: true, offSites: [] } }}
        onSettings={none}
        onEntity={none}
        onClaim={none}
        onOpenIncident={none}
        onOptions={none}
        onReload={none}
      />,
    ],
    [
      'the options page',
      <Options
        settings={{ status: 'ready', settings: defaultSettings }}
        saved={{ status: 'idle' }}
        packs={{ status: 'ready', packs }}
        importing={{ status: 'refused', fileName: X, message: X, problems: [{ path: X, reason: X }] }}
        notice={null}
        onChange={none}
        onImport={none}
        onExport={none}
        onRemove={none}
        onReset={none}
        onRetryPacks={none}
      />,
    ],
  ];
  for (const [name, view] of views)
    it(name, () => {
      const { injected, text } = renderedSafely(view);
      expect(injected).toBe(0);
      expect(text).toContain('<img src=x onerror=');
      expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    });
});
