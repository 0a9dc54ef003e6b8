import { provideDetector } from '@/src/guard/detector-slot';

// The guard's detector (see src/guard/detector-slot.ts), injected by the background on the guard's
// request. Its modules are evaluated when a field is first used.
export default defineUnlistedScript(() => {
  provideDetector(() => import('@/src/engine/secrets').then((m) => m.judgeInputFindings));
});
