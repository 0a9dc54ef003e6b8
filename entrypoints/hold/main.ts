import { startHoldPage } from '@/src/hold/main';

startHoldPage(document);
