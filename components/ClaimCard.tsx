import { t } from '../lib/shared/i18n';
import type { ClaimCardView, ClaimView, Stance } from '../lib/shared/views';
import { conflictLabel } from './ConflictView';
import { useHeadingId, type Theme } from './dialog';
import { Quote } from './Quote';

/** How the sentence carries the claim, in the reader's words: never an outlet's report taken for its own assertion. */
const carries: Record<Stance, (claimant: string) => string> = {
  asserts: (c) => t('stanceAsserts', c),
  attributes: (c) => t('stanceAttributes', c),
  denies: (c) => t('stanceDenies', c),
};

function Side({ claim }: { claim: ClaimView }) {
  return (
    <div class="bs-side">
      <p class="bs-claimant">{t('claimantSays', claim.claimant)}</p>
      <p class="bs-claim">{claim.text}</p>
      {claim.quotes.map((q, i) => (
        <Quote quote={q} key={i} />
      ))}
    </div>
  );
}

/**
 * The card of a flagged sentence: the side it echoes (and how: stated, reported, denied), then every other
 * side of the dispute with its claimant and quotes. Neither side is shown as the truth.
 */
export function ClaimCard({ view, stance, onClose, theme }: { view: ClaimCardView; stance: Stance; onClose: () => void; theme?: Theme }) {
  const heading = useHeadingId();
  const echoed = view.conflict.claims.find((c) => c.id === view.claimId)!;
  const others = view.conflict.claims.filter((c) => c.side !== echoed.side);
  const sameSide = view.conflict.claims.filter((c) => c.side === echoed.side && c.id !== echoed.id);
  return (
    <div class="bs-card bs-claim-card" role="dialog" aria-modal="false" aria-labelledby={heading} data-theme={theme}>
      <div class="bs-head">
        <h2 id={heading}>
          <span class="bs-badge">{conflictLabel(view.conflict)}</span> {view.conflict.question}
        </h2>
        <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="bs-stance" data-stance={stance}>
        {carries[stance](echoed.claimant)}
      </p>
      <Side claim={echoed} />
      <p class="bs-other">{t('claimOtherSide')}</p>
      <div class="bs-sides">
        {others.map((c) => (
          <Side claim={c} key={c.id} />
        ))}
      </div>
      {sameSide.length > 0 && (
        <details class="bs-facts">
          <summary>{t('claimMoreSameSide', echoed.claimant, sameSide.length)}</summary>
          {sameSide.map((c) => (
            <Side claim={c} key={c.id} />
          ))}
        </details>
      )}
      <div class="bs-sources">{t('claimNeutral')}</div>
    </div>
  );
}
