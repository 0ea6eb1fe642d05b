import { t } from '../lib/shared/i18n';
import type { ConflictView as Conflict } from '../lib/shared/views';
import { Quote } from './Quote';

/** What the label says: parties disputing, or sources that only word things differently. */
export const conflictLabel = (conflict: Conflict) => (conflict.kind === 'differ' ? t('conflictDiffer') : t('conflictDisputed'));

/** A disputed question with each side's claim next to the other: who says what, quoted from where. */
export function ConflictView({ conflict }: { conflict: Conflict }) {
  const label = conflictLabel(conflict);
  return (
    <section class={`bs-conflict bs-${conflict.kind}`} aria-label={`${label}: ${conflict.question}`}>
      <h3>
        <span class="bs-badge">{label}</span> {conflict.question}
      </h3>
      <div class="bs-sides">
        {conflict.claims.map((claim) => (
          <div class="bs-side" key={claim.id}>
            <p class="bs-claimant">{t('claimantSays', claim.claimant)}</p>
            <p class="bs-claim">{claim.text}</p>
            {claim.quotes.map((q, i) => (
              <Quote quote={q} key={i} />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
