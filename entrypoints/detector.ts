import { provideDetector } from '@/src/guard/detector-slot';
import { showGuard } from '@/src/guard/modal';
import { showFrameWarning } from '@/src/guard/frame-warning';

// The guard's detector and dialogs (see src/guard/detector-slot.ts), injected by the background on
// the guard's request. The secret checks' modules are evaluated when the guard first needs them.
export default defineUnlistedScript(() => {
  provideDetector(() =>
    import('@/src/engine/secrets').then((m) => ({
      judge: m.judgeInputFindings,
      showGuard,
      showFrameWarning,
    })),
  );
});
