import { t } from '../lib/shared/i18n';
import type { CardView } from '../lib/shared/views';
import { ConflictView } from './ConflictView';
import { useHeadingId, type Theme } from './dialog';
import { Quote } from './Quote';
import { SourceList } from './SourceList';

export type CardState = { status: 'loading'; name: string } | { status: 'error'; name: string; message: string } | { status: 'ready'; card: CardView };

const kindLabel: Record<string, () => string> = {
  person: () => t('kindPerson'),
  group: () => t('kindGroup'),
  country: () => t('kindCountry'),
  place: () => t('kindPlace'),
  organisation: () => t('kindOrganisation'),
  event: () => t('kindEvent'),
};

export interface EntityCardProps {
  state: CardState;
  onClose: () => void;
  /** Opens a related entity's card in place of this one; without it related names are plain text. */
  onEntity?: (entityId: string) => void;
  /** Opens the incident (the popup's summary); without it the card has no such button. */
  onIncident?: () => void;
  theme?: Theme;
}

/** The hover card, a non-modal dialog: what the packs know of one entity, with the claims that disagree about it. */
export function EntityCard({ state, onClose, onEntity, onIncident, theme }: EntityCardProps) {
  const heading = useHeadingId();
  const name = state.status === 'ready' ? state.card.name : state.name;
  return (
    <div class="bs-card" role="dialog" aria-modal="false" aria-labelledby={heading} data-theme={theme}>
      <div class="bs-head">
        <h2 id={heading}>{name}</h2>
        {state.status === 'ready' && <span class="bs-kind">{kindLabel[state.card.kind]?.() ?? state.card.kind}</span>}
        <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'loading' && <p class="bs-muted">{t('cardLoading')}</p>}
      {state.status === 'error' && <p class="bs-error">{t('cardError', state.message)}</p>}
      {/* Keyed by entity: a related card opened in place starts with its quotes collapsed. */}
      {state.status === 'ready' && <CardBody key={state.card.id} card={state.card} onEntity={onEntity} onIncident={onIncident} />}
    </div>
  );
}

function CardBody({ card, onEntity, onIncident }: { card: CardView } & Pick<EntityCardProps, 'onEntity' | 'onIncident'>) {
  return (
    <>
      <p class="bs-summary">{card.summary}</p>
      {card.conflicts.map((c) => (
        <ConflictView conflict={c} key={c.id} />
      ))}
      <details class="bs-facts" open={card.conflicts.length === 0}>
        <summary>{t('cardFacts', card.facts.length)}</summary>
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
      {card.related.length > 0 && (
        <div class="bs-related">
          <h3>{t('cardRelated')}</h3>
          <ul>
            {card.related.map((r) => (
              <li key={r.id}>
                {onEntity ? (
                  <button type="button" class="bs-link" onClick={() => onEntity(r.id)}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {onIncident && (
        <button type="button" class="bs-link bs-incident" onClick={onIncident}>
          {t('cardOpenIncident')}
        </button>
      )}
      <div class="bs-sources">
        <h3>{t('cardSources')}</h3>
        <SourceList sources={card.sources} />
      </div>
    </>
  );
}
