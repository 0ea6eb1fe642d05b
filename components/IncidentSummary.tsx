import type { IncidentView, PageFindings } from '../lib/shared/views';
import { ConflictView } from './ConflictView';
import { Quote } from './Quote';
import { SourceList } from './SourceList';

export type PopupState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; incident: IncidentView; findings: PageFindings | null; enabled: boolean };

/** The popup: what happened, when, who is involved, what is disputed, from which sources, and this page. */
const stanceLabel = { asserts: 'states', attributes: 'reports', denies: 'reports a denial of' } as const;

/** Whose account a claim is, from the incident's conflicts. */
function sideOf(incident: IncidentView, claimId: string): string {
  for (const c of incident.conflicts) {
    const claim = c.claims.find((x) => x.id === claimId);
    if (claim) return `${claim.claimant}'s account`;
  }
  return 'one side';
}

export function IncidentSummary({ state, onToggle, onReveal }: { state: PopupState; onToggle: (on: boolean) => void; onReveal?: (index: number) => void }) {
  if (state.status === 'loading') return <main class="bs-popup"><p class="bs-muted">Loading…</p></main>;
  if (state.status === 'error')
    return (
      <main class="bs-popup">
        <h1>Backstory</h1>
        <p class="bs-error" role="alert">Backstory could not load its knowledge: {state.message}</p>
      </main>
    );
  const { incident, findings, enabled } = state;
  return (
    <main class="bs-popup">
      <header class="bs-top">
        <span class="bs-brand">Backstory</span>
        <label class="bs-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} />
          Highlight names on pages
        </label>
      </header>
      <h1 class="bs-title">{incident.title}</h1>
      <p>{incident.summary}</p>

      <section aria-labelledby="bs-page">
        <h2 id="bs-page">On this page</h2>
        {findings && findings.entities.length ? (
          <ul class="bs-found">
            {findings.entities.map((e) => (
              <li key={e.id}>
                {e.name} <span class="bs-muted">×{e.count}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="bs-muted">{enabled ? 'No names from this story found on this page.' : 'Highlighting is switched off.'}</p>
        )}
      </section>

      {findings?.claims?.length ? (
        <section aria-labelledby="bs-claims">
          <h2 id="bs-claims">Claims on this page</h2>
          <ol class="bs-claims">
            {findings.claims.map((c, i) => (
              <li key={i}>
                <button type="button" class="bs-link" onClick={() => onReveal?.(i)}>
                  “{c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text}”
                </button>{' '}
                <span class="bs-muted">
                  {stanceLabel[c.stance]} {sideOf(incident, c.claimId)}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="bs-timeline">
        <h2 id="bs-timeline">Timeline</h2>
        <ol class="bs-timeline">
          {incident.timeline.map((t, i) => (
            <li key={i}>
              <strong>{t.when}</strong> — {t.text}
              <details>
                <summary>Quote</summary>
                {t.quotes.map((q, j) => (
                  <Quote quote={q} key={j} />
                ))}
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="bs-disputed">
        <h2 id="bs-disputed">Disputed</h2>
        {incident.conflicts
          .filter((c) => c.kind !== 'differ')
          .map((c) => (
            <ConflictView conflict={c} key={c.id} />
          ))}
      </section>

      {incident.conflicts.some((c) => c.kind === 'differ') && (
        <section aria-labelledby="bs-differ">
          <h2 id="bs-differ">Where the sources differ</h2>
          <p class="bs-muted">Not disputes: the two documents word the same account differently.</p>
          {incident.conflicts
            .filter((c) => c.kind === 'differ')
            .map((c) => (
              <ConflictView conflict={c} key={c.id} />
            ))}
        </section>
      )}

      <section aria-labelledby="bs-parties">
        <h2 id="bs-parties">Parties</h2>
        <p>{incident.parties.map((p) => p.name).join(' · ')}</p>
      </section>

      <section aria-labelledby="bs-sources">
        <h2 id="bs-sources">Sources</h2>
        <SourceList sources={incident.sources} />
      </section>
    </main>
  );
}
