import { useState } from 'preact/hooks';
import { t } from '../lib/shared/i18n';
import type { IncidentView } from '../lib/shared/views';
import { Quote } from './Quote';

/** The entries shown before "Show all": the latest, which is what the news is about. */
export const LAST_ENTRIES = 4;

type Entry = IncidentView['timeline'][number];

/** Longer than this (date and text), a closed entry shows two lines: about two lines at 13 px in 400 px. */
export const LONG_ENTRY = 100;

/** One entry: its date and what happened in two lines; the rest and its quotes when the reader opens it. */
function TimelineEntry({ entry, index }: { entry: Entry; index: number }) {
  const [open, setOpen] = useState(false);
  const more = `bs-entry-more-${index}`;
  const line = (
    <>
      <strong class="bs-when">{entry.when}</strong> {entry.text}
    </>
  );
  if (!entry.quotes.length && entry.when.length + entry.text.length <= LONG_ENTRY) return <li>{line}</li>;
  return (
    <li>
      <button type="button" class="bs-entry" title={open ? undefined : t('popupEntryMore')} aria-expanded={open} aria-controls={more} onClick={() => setOpen(!open)}>
        <span class={open ? undefined : 'bs-clamp2'}>{line}</span>
      </button>
      <div id={more} hidden={!open}>
        {open && entry.quotes.map((q, j) => <Quote quote={q} key={j} />)}
      </div>
    </li>
  );
}

/** The timeline, short: the last few entries, the rest behind "Show all". */
export function PopupTimeline({ timeline }: { timeline: IncidentView['timeline'] }) {
  const [all, setAll] = useState(false);
  const from = all ? 0 : Math.max(0, timeline.length - LAST_ENTRIES);
  if (!timeline.length) return null;
  return (
    <section aria-labelledby="bs-timeline">
      <h2 id="bs-timeline">{t('incidentTimeline')}</h2>
      {timeline.length > LAST_ENTRIES && (
        <button type="button" class="bs-link bs-more bs-show-all" aria-expanded={all} aria-controls="bs-timeline-list" onClick={() => setAll(!all)}>
          {all ? t('popupTimelineLast', LAST_ENTRIES) : t('popupTimelineAll', timeline.length)}
        </button>
      )}
      <ol class="bs-timeline" id="bs-timeline-list">
        {timeline.slice(from).map((entry, i) => (
          <TimelineEntry entry={entry} index={from + i} key={from + i} />
        ))}
      </ol>
    </section>
  );
}
