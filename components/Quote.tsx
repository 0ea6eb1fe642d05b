import type { QuoteView } from '../lib/shared/views';

/** A verbatim quote and the document it is from. */
export function Quote({ quote }: { quote: QuoteView }) {
  return (
    <blockquote class="bs-quote">
      <p>“{quote.quote}”</p>
      <cite>{quote.sourceTitle}</cite>
    </blockquote>
  );
}
