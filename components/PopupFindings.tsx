import { useState } from 'preact/hooks';
import { siteOf } from '../lib/shared/settings';
import type { IncidentView, PageFindings } from '../lib/shared/views';
import type { PopupSettings } from './Popup';
import { gist } from './PopupConflicts';

/** The claims shown before "Show all": enough to see what the page says, short enough to keep the popup short. */
export const FIRST_CLAIMS = 5;

/** How much of a claim's sentence its line shows. */
const CLAIM_TEXT = 110;

const stanceLabel = { asserts: 'states', attributes: 'reports', denies: 'reports a denial of' } as const;

/** Whose account a claim is, from the incident's conflicts. */
function sideOf(incident: IncidentView, claimId: string): string {
  for (const c of incident.conflicts) {
    const claim = c.claims.find((x) => x.id === claimId);
    if (claim) return `${claim.claimant}${claim.claimant.endsWith('s') ? '’' : '’s'} account`;
  }
  return 'one side';
}

/** Why nothing is listed: no page, switched off, or nothing of the story here. */
function nothingFound(findings: PageFindings | null, settings: PopupSettings): string {
  if (!findings) return 'Backstory does not read this page.';
  if (!settings.enabled) return 'Backstory is switched off everywhere.';
  const site = siteOf(findings.url);
  if (site && settings.offSites.includes(site)) return `Backstory is switched off on ${site}.`;
  return 'No names from this story found on this page.';
}

interface PopupFindingsProps {
  incident: IncidentView;
  findings: PageFindings | null;
  settings: PopupSettings;
  onEntity: (entityId: string) => void;
  onClaim: (index: number) => void;
}

/** "On this page": the names found (each goes to its first mention) and the sentences that state a side of a dispute. */
export function PopupFindings({ incident, findings, settings, onEntity, onClaim }: PopupFindingsProps) {
  const [allClaims, setAllClaims] = useState(false);
  const entities = findings?.entities ?? [];
  const claims = findings?.claims ?? [];
  const shown = allClaims ? claims : claims.slice(0, FIRST_CLAIMS);
  return (
    <section class="bs-on-page" aria-labelledby="bs-page">
      <h2 id="bs-page">On this page</h2>
      {entities.length ? (
        <ul class="bs-found" aria-label="Names found">
          {entities.map((e) => (
            <li key={e.id}>
              <button type="button" class="bs-chip" title={`Go to the first mention of ${e.name}`} onClick={() => onEntity(e.id)}>
                {e.name}
                <span class="bs-count" aria-hidden="true">
                  {e.count}
                </span>
                <span class="bs-sr">, {e.count === 1 ? '1 mention' : `${e.count} mentions`}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted bs-nothing">{nothingFound(findings, settings)}</p>
      )}
      {claims.length > 0 && (
        <>
          <h3 id="bs-claims">Claims on this page</h3>
          <ol class="bs-claims" aria-labelledby="bs-claims">
            {shown.map((c, i) => (
              <li key={i}>
                <button type="button" class="bs-link" onClick={() => onClaim(i)}>
                  “{gist(c.text, CLAIM_TEXT)}”
                </button>{' '}
                <span class="bs-muted">
                  {stanceLabel[c.stance]} {sideOf(incident, c.claimId)}
                </span>
              </li>
            ))}
          </ol>
          {claims.length > FIRST_CLAIMS && (
            <button type="button" class="bs-link bs-more" aria-expanded={allClaims} onClick={() => setAllClaims(!allClaims)}>
              {allClaims ? `Show the first ${FIRST_CLAIMS}` : `Show all ${claims.length} claims`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
