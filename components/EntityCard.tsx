import type { CardView } from '../lib/shared/views';
import { ConflictView } from './ConflictView';
import { Quote } from './Quote';

export type CardState = { status: 'loading'; name: string } | { status: 'error'; name: string; message: string } | { status: 'ready'; card: CardView };

const kindLabel: Record<string, string> = {
  person: 'Person',
  group: 'Group',
  country: 'Country',
  place: 'Place',
  organisation: 'Organisation',
  event: 'Event',
};

/** The hover card: what the packs know of one entity, with the claims that disagree about it. */
export function EntityCard({ state, onClose }: { state: CardState; onClose: () => void }) {
  const name = state.status === 'ready' ? state.card.name : state.name;
  return (
    <div class="bs-card" role="dialog" aria-label={`Backstory: ${name}`}>
      <header>
        <h2>{name}</h2>
        {state.status === 'ready' && <span class="bs-kind">{kindLabel[state.card.kind] ?? state.card.kind}</span>}
        <button type="button" class="bs-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {state.status === 'loading' && <p class="bs-muted">Loading…</p>}
      {state.status === 'error' && <p class="bs-error">Backstory could not load this card: {state.message}</p>}
      {state.status === 'ready' && <CardBody card={state.card} />}
    </div>
  );
}

function CardBody({ card }: { card: CardView }) {
  const sources = [...new Set(card.facts.flatMap((f) => f.quotes.map((q) => q.sourceTitle)))];
  return (
    <>
      <p class="bs-summary">{card.summary}</p>
      {card.conflicts.map((c) => (
        <ConflictView conflict={c} key={c.id} />
      ))}
      <details class="bs-facts" open={card.conflicts.length === 0}>
        <summary>What the sources say ({card.facts.length})</summary>
        <ul>
          {card.facts.map((f, i) => (
            <li key={i}>
              {f.text}
              {f.quotes.map((q, j) => (
                <Quote quote={q} key={j} />
              ))}
            </li>
          ))}
        </ul>
      </details>
      <footer class="bs-sources">Source{sources.length > 1 ? 's' : ''}: {sources.join(' · ')}</footer>
    </>
  );
}
