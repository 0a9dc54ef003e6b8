import { startSnifferOnce } from '@/src/page/sniffer';

// Injected by the background into each frame once it has loaded (see src/page/sniffer.ts): it
// decides whether the page scanner is worth loading in that frame.
export default defineUnlistedScript(() => {
  startSnifferOnce();
});
