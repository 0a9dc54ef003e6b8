import { startScannerOnce } from '@/src/content/main';

// Injected by the background into a top frame after the page's load event (see src/content/main.ts).
export default defineUnlistedScript(() => {
  startScannerOnce();
});
