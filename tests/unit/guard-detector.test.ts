import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../src/guard/detector-slot';

/** A fresh copy of the guard's modules, as in a new frame (the slot lives on the global). */
async function freshGuard() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__tpScamShieldDetector;
  const guard = await import('../../src/guard/entry');
  const slot = await import('../../src/guard/detector-slot');
  return { loadDetector: guard.loadDetector, provideDetector: slot.provideDetector };
}

const win = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) } as unknown as Window;

const detector: Detector = {
  judge: () => [],
  entryState: () => 'free',
  armed: () => false,
  shape: () => null,
  outcome: () => 'release',
  enterEnds: () => true,
  guard: () => ({ handle: () => undefined, takeOver: () => undefined, markLate: () => undefined }),
};

describe('the guard fetching its detector from the background', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again at 2 s when the first request got no detector, and uses the one that then arrives', async () => {
    const { loadDetector, provideDetector } = await freshGuard();
    let asked = 0;
    // The background was stopped before it answered the first request; the second one works.
    const request = () => {
      asked++;
      if (asked === 2) provideDetector(() => Promise.resolve(detector));
    };
    const ready = loadDetector(win, request);
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toBe(2);
    await expect(ready).resolves.toBe(detector);
    // Once it is here, nothing more is asked, and the 10 s give-up changes nothing.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(asked).toBe(2);
    await expect(loadDetector(win, request)).resolves.toBe(detector);
  });

  it('asks three times in all (0, 2 and 5 s) and settles without a detector at 10 s (values are then let through)', async () => {
    const { loadDetector } = await freshGuard();
    const asks: number[] = [];
    const start = Date.now();
    const ready = loadDetector(win, () => asks.push(Date.now() - start));
    let settled = false;
    void ready.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9999);
    expect(asks).toEqual([0, 2000, 5000]);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(ready).resolves.toBeNull();
  });

  it('a detector already in the frame is used without asking', async () => {
    const { loadDetector, provideDetector } = await freshGuard();
    provideDetector(() => Promise.resolve(detector));
    let asked = 0;
    await expect(loadDetector(win, () => asked++)).resolves.toBe(detector);
    expect(asked).toBe(0);
  });

  it('a detector whose modules fail to load lets values through rather than hold them', async () => {
    const { loadDetector, provideDetector } = await freshGuard();
    provideDetector(() => Promise.reject(new Error('chunk failed')));
    await expect(loadDetector(win, () => undefined)).resolves.toBeNull();
  });
});
