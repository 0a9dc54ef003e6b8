import { startOptions } from '@/src/options/main';

void startOptions(document.getElementById('app')!);
