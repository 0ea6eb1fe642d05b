import { startPopup } from '../../lib/extension/popup';

startPopup(document.getElementById('app')!);
