import { provideDetector } from '@/src/guard/detector-slot';

// The guard's detector (see src/guard/detector-slot.ts). Declared in wxt.config.ts as a
// document_idle content script of every frame; the background also injects it on the guard's
// request when a field is used before then. Its modules are evaluated when a field is first used.
export default defineUnlistedScript(() => {
  provideDetector(() => import('@/src/engine/secrets').then((m) => m.judgeInputFindings));
});
