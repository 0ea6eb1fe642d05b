/** The toolbar popup: loads the incident, the store's packs, this tab's findings and the settings, renders them, and acts on the reader's choices. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup, type PopupState } from '../../components/Popup';
import type { ExtensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import type { IncidentView, PackSummary } from '../shared/views';
import { createSend } from '../shared/messaging';
import { defaultSettings, settings, type Settings } from '../shared/settings';
import '../../components/palette.css';
import '../../components/conflict.css';
import '../../components/popup.css';

const api = browser as unknown as ExtensionApi;
const send = createSend(api.runtime);

/** Which tab's findings to show: the active tab of the popup's window (asked at each poll). */
async function findingsTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the store holds for the popup; read once (it does not change while the popup is open). */
interface StoreData {
  incident: IncidentView;
  packs: PackSummary[];
}

/** The reader's theme on the document: `data-theme` forces light or dark; without it the system's applies. */
function applyTheme(theme: Settings['theme']) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function loadStore(): Promise<StoreData> {
  const [incident, packs] = await Promise.all([send('getIncident', {}), send('listPacks', {})]);
  return { incident, packs };
}

/** The popup's data: the store's (reused once known), this tab's findings (none when unknown or unanswered) and the settings. */
export async function loadPopupState(tabId: number | null, known?: StoreData): Promise<{ state: PopupState; store?: StoreData }> {
  const [store, findings, current] = await Promise.all([
    (known ? Promise.resolve(known) : loadStore()).then(
      (data) => ({ data }),
      (error: unknown) => ({ error }),
    ),
    tabId !== null ? send('getFindings', { tabId }).catch(() => null) : Promise.resolve(null),
    settings.get(api.storage),
  ]);
  applyTheme(current.theme);
  const page = { findings, settings: { enabled: current.enabled, offSites: current.offSites } };
  if ('error' in store) return { state: { status: 'error', message: messageOf(store.error), ...page } };
  return { state: { status: 'ready', ...store.data, ...page }, store: store.data };
}

export async function startPopup(root: HTMLElement) {
  // The title and language are the messages' (index.html's are what applies before this runs); the language code is the one the options page uses.
  document.title = t('extName');
  document.documentElement.lang = t('optionsLanguage');
  let tabId: number | null = null;
  let store: StoreData | undefined;
  let state: PopupState = { status: 'loading' };
  const draw = (next: PopupState) => {
    state = next;
    render(
      <Popup
        state={state}
        // A write refused leaves the switch where the settings are.
        onSettings={(patch) => void settings.set(api.storage, patch).then(redrawSettings, () => draw(state))}
        onEntity={(entityId) => {
          if (tabId === null) return;
          // The popup gets out of the way of the card it opened.
          void send('revealEntity', { tabId, entityId }).then(
            (shown) => shown && window.close(),
            () => undefined,
          );
        }}
        onClaim={(index) => void (tabId !== null && send('revealClaim', { tabId, index }).catch(() => undefined))}
        onOpenIncident={() => void browser.tabs.create({ url: browser.runtime.getURL('/incident.html') }).then(() => window.close())}
        onOptions={() => void browser.runtime.openOptionsPage()}
        onReload={() => browser.runtime.reload()}
      />,
      root,
    );
  };
  // A switch shows its new position at once, without waiting for the next poll.
  const redrawSettings = (next: Settings) => {
    applyTheme(next.theme);
    if (state.status !== 'loading') draw({ ...state, settings: { enabled: next.enabled, offSites: next.offSites } });
  };
  // Polls read only what changes (this tab's findings and the settings) once the store has answered; until then it is asked again.
  const refresh = async () => {
    tabId = await findingsTab().catch(() => null);
    return loadPopupState(tabId, store).then(
      (loaded) => {
        store = loaded.store ?? store;
        draw(loaded.state);
      },
      (error: unknown) => draw({ status: 'error', message: messageOf(error), findings: null, settings: { enabled: defaultSettings.enabled, offSites: [] } }),
    );
  };
  draw({ status: 'loading' });
  // The page may still be reading (or growing): keep "On this page" current while the popup is open.
  const timer = setInterval(() => void refresh(), 2000);
  addEventListener('pagehide', () => clearInterval(timer));
  return refresh();
}
