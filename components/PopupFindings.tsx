import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/shared/i18n';
import { siteOf } from '../lib/shared/settings';
import type { IncidentView, PageFindings, Stance } from '../lib/shared/views';
import type { PopupSettings } from './Popup';
import { gist } from './PopupConflicts';

/** The claims shown before "Show all": enough to see what the page says, short enough to keep the popup short. */
export const FIRST_CLAIMS = 5;

/** How much of a claim's sentence its line shows. */
const CLAIM_TEXT = 110;

/**
 * What a claim's sentence does with whose account, e.g. "reports a denial of The police’s account", whole
 * sentences for the translators: a claimant ending in s (English: "… Jones’ account"), or one side where the
 * claim is in none of the incident's conflicts.
 */
const stanceKeys: Record<Stance, { claimant: MessageKey; claimantS: MessageKey; oneSide: MessageKey }> = {
  asserts: { claimant: 'popupAsserts', claimantS: 'popupAssertsS', oneSide: 'popupAssertsOneSide' },
  attributes: { claimant: 'popupAttributes', claimantS: 'popupAttributesS', oneSide: 'popupAttributesOneSide' },
  denies: { claimant: 'popupDenies', claimantS: 'popupDeniesS', oneSide: 'popupDeniesOneSide' },
};

/** How a claim on the page stands to whose account, from the incident's conflicts. */
function stanceLine(incident: IncidentView, claimId: string, stance: Stance): string {
  const keys = stanceKeys[stance];
  for (const c of incident.conflicts) {
    const claim = c.claims.find((x) => x.id === claimId);
    if (claim) return t(claim.claimant.endsWith('s') ? keys.claimantS : keys.claimant, claim.claimant);
  }
  return t(keys.oneSide);
}

/** Why nothing is listed: no page, switched off, or nothing of the story here. */
function nothingFound(findings: PageFindings | null, settings: PopupSettings): string {
  if (!findings) return t('popupNotRead');
  if (!settings.enabled) return t('popupOffEverywhere');
  const site = siteOf(findings.url);
  if (site && settings.offSites.includes(site)) return t('popupOffOnSite', site);
  return t('popupNothingFound');
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
      <h2 id="bs-page">{t('popupOnPage')}</h2>
      {entities.length ? (
        <ul class="bs-found" aria-label={t('popupNamesFound')}>
          {entities.map((e) => (
            <li key={e.id}>
              <button type="button" class="bs-chip" title={t('popupGoTo', e.name)} onClick={() => onEntity(e.id)}>
                {e.name}
                <span class="bs-count" aria-hidden="true">
                  {e.count}
                </span>
                <span class="bs-sr">, {e.count === 1 ? t('popupMentionOne') : t('popupMentions', e.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted bs-nothing">{nothingFound(findings, settings)}</p>
      )}
      {claims.length > 0 && (
        <>
          <h3 id="bs-claims">{t('popupClaims')}</h3>
          <ol class="bs-claims" aria-labelledby="bs-claims">
            {shown.map((c, i) => (
              <li key={i}>
                <button type="button" class="bs-link" onClick={() => onClaim(i)}>
                  “{gist(c.text, CLAIM_TEXT)}”
                </button>{' '}
                <span class="bs-muted">{stanceLine(incident, c.claimId, c.stance)}</span>
              </li>
            ))}
          </ol>
          {claims.length > FIRST_CLAIMS && (
            <button type="button" class="bs-link bs-more" aria-expanded={allClaims} onClick={() => setAllClaims(!allClaims)}>
              {allClaims ? t('popupClaimsFirst', FIRST_CLAIMS) : t('popupClaimsAll', claims.length)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
