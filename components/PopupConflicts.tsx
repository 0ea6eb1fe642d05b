import { useState } from 'preact/hooks';
import { t } from '../lib/shared/i18n';
import type { ConflictView as Conflict } from '../lib/shared/views';
import { ConflictView } from './ConflictView';

/** How much of a claim a dispute's line shows: a few words, the rest behind the line's button. */
export const CLAIM_GIST = 80;

/** A text cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function gist(text: string, max = CLAIM_GIST): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Each side's first claim: who says what, one per side, in the order the sides first speak. */
function sidesOf(conflict: Conflict) {
  const seen = new Set<string>();
  return conflict.claims.filter((c) => !seen.has(c.side) && seen.add(c.side));
}

/** One conflict as a line (its question, and for a dispute each side in a few words) that opens to every claim with its quotes. */
function ConflictLine({ conflict }: { conflict: Conflict }) {
  const [open, setOpen] = useState(false);
  const body = `bs-conflict-${conflict.id}`;
  return (
    <li class="bs-conflict-line">
      <button type="button" class="bs-line" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
        <span class="bs-question">{conflict.question}</span>
        {conflict.kind === 'dispute' &&
          !open &&
          sidesOf(conflict).map((c) => (
            <span class="bs-gist" key={c.id}>
              <strong>{c.claimant}:</strong> {gist(c.text)}
            </span>
          ))}
      </button>
      <div id={body} class="bs-conflict-body" hidden={!open}>
        {open && <ConflictView conflict={conflict} />}
      </div>
    </li>
  );
}

/** What is disputed, one line each; where the sources only word things differently, in a group of its own, closed. */
export function PopupConflicts({ conflicts }: { conflicts: Conflict[] }) {
  const [differOpen, setDifferOpen] = useState(false);
  const disputes = conflicts.filter((c) => c.kind === 'dispute');
  const differ = conflicts.filter((c) => c.kind === 'differ');
  return (
    <>
      {disputes.length > 0 && (
        <section aria-labelledby="bs-disputed">
          <h2 id="bs-disputed">{t('incidentDisputed')}</h2>
          <ul class="bs-lines">
            {disputes.map((c) => (
              <ConflictLine conflict={c} key={c.id} />
            ))}
          </ul>
        </section>
      )}
      {differ.length > 0 && (
        <section class="bs-differ-group" aria-labelledby="bs-differ">
          <h2>
            <button type="button" id="bs-differ" class="bs-group" aria-expanded={differOpen} aria-controls="bs-differ-list" onClick={() => setDifferOpen(!differOpen)}>
              {t('incidentDiffer')} <span class="bs-count">{differ.length}</span>
            </button>
          </h2>
          <div id="bs-differ-list" hidden={!differOpen}>
            {differOpen && (
              <>
                <p class="bs-muted bs-note">{t('popupDifferNote')}</p>
                <ul class="bs-lines">
                  {differ.map((c) => (
                    <ConflictLine conflict={c} key={c.id} />
                  ))}
                </ul>
              </>
            )}
          </div>
        </section>
      )}
    </>
  );
}
