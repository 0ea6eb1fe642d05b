import { startIncidentPage } from '../../lib/extension/incident';

startIncidentPage(document.getElementById('app')!);
