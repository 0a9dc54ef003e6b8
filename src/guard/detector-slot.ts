/**
 * Where the guard finds its detector. The detector (BIP39 wordlists and checksum, key and keystore
 * checks, and the dialogs it leads to: most of the guard's code) is a script of its own,
 * `detector.js`, that the background injects into the same extension context of a frame on the
 * guard's request: once the page has loaded in a frame with a field, when something is first
 * focused, or when the frame must be stopped. The part that starts at document_start in every frame
 * of every page stays small: its compile time is time before the page's own parsing goes on. (A
 * declared document_idle script would not do: Chromium then lays the page out before its load
 * event.) The two scripts share only this slot on the extension context's global object, which the
 * page cannot reach.
 */
import type { Finding } from '../engine/finding';
import type { GuardEnv, GuardImpl } from './guard';

export type Judge = (input: string, url: string) => Finding[];

export interface Detector {
  judge: Judge;
  /** Past a secret's first sign: the insertion must not reach the page (phrase-entry.ts). */
  entryState(textToCaret: string, inserted?: number): 'free' | 'hold';
  /** What becomes of held text that is not a complete secret (phrase-entry.ts). */
  outcome(
    text: string,
    why: 'change' | 'enter' | 'tab' | 'leave',
    hashContext: boolean,
  ): 'hold' | 'release' | 'stop';
  /** Whether Enter ends a held entry or separates its words (phrase-entry.ts). */
  enterEnds(
    entry: string,
    pagePart: string,
    carried: boolean,
    multiline: boolean,
    hashContext: boolean,
  ): boolean;
  /** Two phrase words so far: the hold frame is made ready. */
  armed(textToCaret: string): boolean;
  /** The phrase words a run of typing ends with (phrase-entry.ts), told to the tab's other frames. */
  shape(run: string): { words: number; lang: 'en' | 'zh' } | null;
  /** The guard's working part (guard.ts), started when the detector has come. */
  guard(env: GuardEnv): GuardImpl;
}

/** Evaluates the detector's modules (the wordlists are split then): only when they are needed. */
export type LoadDetector = () => Promise<Detector>;

interface Slot {
  load?: LoadDetector;
  waiting?: (() => void)[];
}

const KEY = '__tpScamShieldDetector';

function slot(): Slot {
  const g = globalThis as unknown as Record<string, Slot | undefined>;
  return (g[KEY] ??= {});
}

/** Called by the detector script: the guard's detector is here. */
export function provideDetector(load: LoadDetector): void {
  const s = slot();
  s.load = load;
  const waiting = s.waiting ?? [];
  s.waiting = [];
  for (const fn of waiting) fn();
}

/** The detector's loader if it is here; otherwise `onArrival` is called once it is. */
export function detectorOr(onArrival: () => void): LoadDetector | undefined {
  const s = slot();
  if (s.load) return s.load;
  (s.waiting ??= []).push(onArrival);
  return undefined;
}
