import { useState } from 'preact/hooks';
import { t } from '../lib/shared/i18n';
import { siteOf, type Settings } from '../lib/shared/settings';
import type { IncidentView, PackSummary, PageFindings } from '../lib/shared/views';
import { PopupConflicts } from './PopupConflicts';
import { PopupFindings } from './PopupFindings';
import { PopupTimeline } from './PopupTimeline';
import { SourceList } from './SourceList';

/** The settings the popup's two switches show. */
export type PopupSettings = Pick<Settings, 'enabled' | 'offSites'>;

/** What the popup knows of the current tab: what was found on it (null: no page Backstory reads) and the switches. */
interface PageState {
  findings: PageFindings | null;
  settings: PopupSettings;
}

export type PopupState =
  | { status: 'loading' }
  /** The knowledge store could not be opened: the switches still work, the story cannot be shown. */
  | ({ status: 'error'; message: string } & PageState)
  | ({ status: 'ready'; incident: IncidentView; packs: PackSummary[] } & PageState);

export interface PopupProps {
  state: PopupState;
  /** A switch changed: the settings to write. */
  onSettings: (patch: Partial<PopupSettings>) => void;
  /** A found name was chosen: go to its first mention on the page. */
  onEntity: (entityId: string) => void;
  /** A claim on the page was chosen (its index in page order). */
  onClaim: (index: number) => void;
  onOpenIncident: () => void;
  onOptions: () => void;
  /** The store error's way out: reload the extension. */
  onReload: () => void;
}

/** Longer than this, the summary shows its first four lines and a "more" button (about four lines at 400 px). */
export const LONG_SUMMARY = 240;

/**
 * The toolbar popup: what this story is (title, summary) and what is on this page first; then what is
 * disputed, the timeline and the sources, each short until the reader opens it; the store's packs last.
 */
export function Popup(props: PopupProps) {
  const { state } = props;
  if (state.status === 'loading')
    return (
      <main class="bs-popup bs-loading" aria-busy="true">
        <header class="bs-top">
          <span class="bs-brand">{t('extName')}</span>
        </header>
        <p class="bs-muted">{t('popupLoading')}</p>
      </main>
    );
  return (
    <main class="bs-popup">
      <PopupHeader findings={state.findings} settings={state.settings} onSettings={props.onSettings} />
      {state.status === 'error' ? (
        <StoreError message={state.message} onReload={props.onReload} />
      ) : (
        <>
          <Summary incident={state.incident} />
          <PopupFindings incident={state.incident} findings={state.findings} settings={state.settings} onEntity={props.onEntity} onClaim={props.onClaim} />
          <PopupConflicts conflicts={state.incident.conflicts} />
          <PopupTimeline timeline={state.incident.timeline} />
          <section aria-labelledby="bs-sources">
            <h2 id="bs-sources">{t('incidentSources')}</h2>
            <SourceList sources={state.incident.sources} />
          </section>
        </>
      )}
      <footer class="bs-foot">
        <div class="bs-actions">
          {state.status === 'ready' && (
            <button type="button" class="bs-button bs-primary" onClick={props.onOpenIncident}>
              {t('popupOpenIncident')}
            </button>
          )}
          <button type="button" class="bs-button" onClick={props.onOptions}>
            {t('popupOptions')}
          </button>
        </div>
        {state.status === 'ready' && <StoreStatus packs={state.packs} />}
      </footer>
    </main>
  );
}

/** The brand and the two switches: this page's site, and everywhere. */
function PopupHeader({ findings, settings, onSettings }: PageState & Pick<PopupProps, 'onSettings'>) {
  const site = findings ? siteOf(findings.url) : null;
  const siteOn = site !== null && !settings.offSites.includes(site);
  const toggleSite = (on: boolean) => {
    if (site === null) return;
    onSettings({ offSites: on ? settings.offSites.filter((s) => s !== site) : [...settings.offSites, site] });
  };
  return (
    <header class="bs-top">
      <div class="bs-top-row">
        <span class="bs-brand">{t('extName')}</span>
        <div class="bs-switches">
          <label class="bs-switch bs-site-switch">
            <input
              type="checkbox"
              role="switch"
              checked={siteOn}
              aria-checked={siteOn}
              disabled={site === null}
              aria-describedby="bs-site-note"
              onChange={(e) => toggleSite(e.currentTarget.checked)}
            />
            <span class="bs-track" aria-hidden="true" />
            {t('popupSiteSwitch')}
          </label>
          {/* .bs-toggle: the end-to-end tests switch Backstory off everywhere through it. */}
          <label class="bs-switch bs-toggle">
            <input type="checkbox" role="switch" checked={settings.enabled} aria-checked={settings.enabled} onChange={(e) => onSettings({ enabled: e.currentTarget.checked })} />
            <span class="bs-track" aria-hidden="true" />
            {t('popupEverywhere')}
          </label>
        </div>
      </div>
      <p class="bs-site-note" id="bs-site-note">
        {site !== null ? t('popupThisSite', site) : t('popupNoSite')}
      </p>
    </header>
  );
}

/** The story's title and its summary, four lines until "more". */
function Summary({ incident }: { incident: IncidentView }) {
  const [open, setOpen] = useState(false);
  const long = incident.summary.length > LONG_SUMMARY;
  return (
    <section class="bs-summary" aria-labelledby="bs-title">
      <h1 class="bs-title" id="bs-title">
        {incident.title}
      </h1>
      <p id="bs-summary-text" class={long && !open ? 'bs-clamp4' : undefined}>
        {incident.summary}
      </p>
      {long && (
        <button type="button" class="bs-link bs-more" aria-expanded={open} aria-controls="bs-summary-text" onClick={() => setOpen(!open)}>
          {open ? t('quoteLess') : t('quoteMore')}
        </button>
      )}
    </section>
  );
}

/** The store could not be opened: say so, and what the reader can do. */
function StoreError({ message, onReload }: { message: string; onReload: () => void }) {
  return (
    <section class="bs-store-error" role="alert">
      <h1 class="bs-title">{t('popupStoreError')}</h1>
      <p>{t('popupStoreErrorHelp')}</p>
      <p class="bs-muted bs-detail">{message}</p>
      <button type="button" class="bs-button bs-primary" onClick={onReload}>
        {t('popupReload')}
      </button>
    </section>
  );
}

/** One pack: its name (the built-in pack's in the reader's language), version and number of entities (one or many: no plural forms to get wrong). */
function packOf(p: PackSummary): string {
  const name = p.seed ? t('popupBuiltInPack') : p.name;
  return p.entities === 1 ? t('popupPackOne', name, p.version) : t('popupPack', name, p.version, p.entities);
}

/** The packs in the store, e.g. "Built-in pack v2 · 37 entities; My pack v1 · 4 entities". */
export function packLine(packs: PackSummary[]): string {
  return packs.map(packOf).join('; ');
}

function StoreStatus({ packs }: { packs: PackSummary[] }) {
  return <p class="bs-store">{packs.length ? t('popupPacks', packLine(packs)) : t('popupNoPacks')}</p>;
}
