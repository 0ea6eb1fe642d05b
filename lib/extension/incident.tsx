/** The full incident page, in a tab of its own: loads the incident and renders it whole. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { IncidentPage } from '../../components/IncidentPage';
import type { ExtensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import { createSend } from '../shared/messaging';
import '../../components/palette.css';
import '../../components/conflict.css';
import '../../components/incident.css';

export async function startIncidentPage(root: HTMLElement) {
  const send = createSend((browser as unknown as ExtensionApi).runtime);
  render(<IncidentPage state={{ status: 'loading' }} />, root);
  try {
    const incident = await send('getIncident', {});
    document.title = `${t('extName')} — ${incident.title}`;
    render(<IncidentPage state={{ status: 'ready', incident }} />, root);
  } catch (error) {
    render(<IncidentPage state={{ status: 'error', message: error instanceof Error ? error.message : String(error) }} />, root);
  }
}
