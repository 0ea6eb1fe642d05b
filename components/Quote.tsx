import { t } from '../lib/shared/i18n';
import { useState } from 'preact/hooks';
import type { QuoteView } from '../lib/shared/views';

/** Longer than this, a quote shows two lines and a "more" button: about two lines of the card's widest column. */
export const LONG_QUOTE = 160;

/** A verbatim quote and the document it is from; a long one collapsed to two lines until the reader asks. */
export function Quote({ quote }: { quote: QuoteView }) {
  const [open, setOpen] = useState(false);
  const long = quote.quote.length > LONG_QUOTE;
  return (
    <blockquote class="bs-quote">
      <p class={long && !open ? 'bs-clamp' : undefined}>“{quote.quote}”</p>
      {long && (
        <button type="button" class="bs-link bs-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('quoteLess') : t('quoteMore')}
        </button>
      )}
      <cite>{quote.sourceTitle}</cite>
    </blockquote>
  );
}
