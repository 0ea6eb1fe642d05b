import { startOptions } from '../../lib/extension/options';

void startOptions(document.getElementById('app')!);
