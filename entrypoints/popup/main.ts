import { startPopup } from '@/src/popup/main';

void startPopup(document.getElementById('app')!);
