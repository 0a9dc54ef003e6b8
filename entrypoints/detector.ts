import { provideDetector } from '@/src/guard/detector-slot';

// The guard's detector (see src/guard/detector-slot.ts), injected by the background on the guard's
// request. The secret checks' modules are evaluated when the guard first needs them.
export default defineUnlistedScript(() => {
  provideDetector(() =>
    Promise.all([
      import('@/src/engine/secrets'),
      import('@/src/engine/phrase-entry'),
      import('@/src/guard/guard'),
    ]).then(([m, p, g]) => ({
      judge: m.judgeInputFindings,
      entryState: p.entryState,
      armed: p.entryArmed,
      shape: p.runShape,
      outcome: p.heldOutcome,
      enterEnds: p.enterEnds,
      guard: g.createGuard,
    })),
  );
});
