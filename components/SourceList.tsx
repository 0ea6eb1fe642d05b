import { uiLanguage } from '../lib/shared/i18n';
import type { SourceView } from '../lib/shared/views';

// Dates in the reader's language (the browser's), as the rest of the interface.
const day = () => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });

/** Source documents by title, linked where the pack gives a URL, with publisher and date where it gives them. */
export function SourceList({ sources }: { sources: SourceView[] }) {
  return (
    <ul class="bs-source-list">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {(s.publisher || s.date) && (
            <span class="bs-muted">
              {' — '}
              {s.publisher}
              {s.publisher && s.date && ', '}
              {s.date && <time dateTime={s.date}>{day().format(new Date(s.date))}</time>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
