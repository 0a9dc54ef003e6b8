import { startWarning } from '@/src/warning/main';

void startWarning(document.getElementById('app')!);
