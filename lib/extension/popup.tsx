/** The toolbar popup: loads the incident, this tab's findings and the on/off setting, and renders them. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { IncidentSummary, type PopupState } from '../../components/IncidentSummary';
import type { ExtensionApi } from '../shared/extension-api';
import type { IncidentView } from '../shared/views';
import { createSend } from '../shared/messaging';
import { settings } from '../shared/settings';
import '../../components/conflict.css';
import '../../components/popup.css';

const api = browser as unknown as ExtensionApi;
const send = createSend(api.runtime);

/** Which tab's findings to show: the active tab's, or with `?tab=last` (the summary opened in a tab of its own) the last page read. */
async function findingsTab(): Promise<number | 'last' | null> {
  if (new URLSearchParams(location.search).get('tab') === 'last') return 'last';
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup's data; an incident already loaded is reused (it does not change while the popup is open). */
export async function loadPopupState(known?: IncidentView): Promise<PopupState> {
  const tabId = await findingsTab();
  const [incident, findings, enabled] = await Promise.all([
    known ?? send('getIncident', {}),
    tabId !== null ? send('getFindings', { tabId }) : Promise.resolve(null),
    settings.get(api.storage).then((s) => s.enabled),
  ]);
  return { status: 'ready', incident, findings, enabled };
}

export function startPopup(root: HTMLElement) {
  let incident: IncidentView | undefined;
  const draw = (state: PopupState) => {
    if (state.status === 'ready') incident = state.incident;
    render(
      <IncidentSummary
        state={state}
        onToggle={(on) => void settings.set(api.storage, { enabled: on }).then(refresh)}
        onReveal={(index) => void findingsTab().then((tabId) => tabId !== null && send('revealClaim', { tabId, index }))}
      />,
      root,
    );
  };
  // Polls read only what changes: this tab's findings and the switch.
  const refresh = () =>
    loadPopupState(incident).then(draw, (error: unknown) => draw({ status: 'error', message: error instanceof Error ? error.message : String(error) }));
  draw({ status: 'loading' });
  // The page may still be reading (or growing): keep "On this page" current while the popup is open.
  const timer = setInterval(() => void refresh(), 2000);
  addEventListener('pagehide', () => clearInterval(timer));
  return refresh();
}
