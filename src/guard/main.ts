import { nativeApi } from '../messaging/native';
import { startGuard } from './entry';
import { afterLoad, currentLang, guardActive, send, startupStopped } from '../page/startup';
import type { PageApi } from '../page/startup';
import type { Port } from './hold-frame';
import type { GuardOptions } from './guard';
import { BUNDLED_BRAND_HOSTS, urlMayImitate } from './lookalike-host';
import { parseTabRun } from '../messaging/tab';

/**
 * The few extension calls the guard makes, straight from the browser: Firefox's `browser` and
 * Chrome's MV3 `chrome` both return promises for them. No polyfill and no framework context here:
 * this script starts in every frame of every page at document_start, and a start-up over a few
 * milliseconds makes Chromium lay a heavy page out before its DOMContentLoaded (measured: a 10 ms
 * document_start script delayed the load event of a 5,000-post page by ~400 ms in 8 loads of 12).
 *
 * So what runs at document_start is only: the guard's capture listeners, a MutationObserver that
 * re-adds them after document.open(), one load listener and one 3 s timer. Everything else is a
 * function of this module (or of guard.ts), compiled when first called, and the extension's
 * `runtime` and `storage` (the browser builds each binding on first use, ~0.5-1 ms each here) are
 * first read once the page has loaded (src/page/startup.ts), or when a field is used.
 */
interface GuardApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Port;
    getURL(path: string): string;
    onMessage: { addListener(cb: (m: unknown) => void): void };
  };
  /** Chrome: closed shadow roots are visible to content scripts through this. */
  dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };
  storage: {
    onChanged: {
      addListener(cb: StorageListener): void;
      removeListener(cb: StorageListener): void;
    };
  };
}
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

interface Running {
  /** This copy's extension is still there. */
  alive(): boolean;
  stop(): void;
}

// One guard per frame; a copy injected again (the extension reloaded) has a module of its own.
/**
 * This copy's extension API object, taken at start (reading `chrome` is cheap; its `runtime` and
 * `storage` are first read after load). Kept, rather than read again later: a copy whose extension
 * was reloaded must still see its own, now invalid, API.
 */
let api: GuardApi | null = null;
let stopped = false;
let stopListeners: (() => void) | null = null;

/** Stopped, or the extension this copy belongs to is gone (reloaded or removed). */
function invalid(): boolean {
  return stopped || !api?.runtime.id;
}

/** A timer that does nothing once this copy is invalid. */
function later(fn: () => void, ms: number): void {
  setTimeout(() => {
    if (!invalid()) fn();
  }, ms);
}

/**
 * Starts the guard in this frame, once: a copy injected again into the same frame (the extension
 * reloaded) replaces the one whose extension is gone, and does nothing while the old one lives.
 */
export function startGuardOnce(): void {
  api = nativeApi<GuardApi>();
  if (!api) return;
  const w = window as unknown as { __tpScamShieldGuard?: Running };
  const prev = w.__tpScamShieldGuard;
  if (prev) {
    if (prev.alive()) return;
    prev.stop();
  }
  runGuard();
  w.__tpScamShieldGuard = { alive: () => !!api?.runtime.id, stop };
}

function stop(): void {
  stopped = true;
  stopListeners?.();
  startupStopped();
}

/**
 * The guard is on from the first moment; settings arrive a little later and may turn it off here.
 * At document_start it only adds its event listeners, and one load listener with its 3 s timer: in
 * the fresh script context of each frame, the first use of each page object (document, location,
 * navigator…) and of each function costs a little, and all of it is time before the page's own
 * parsing goes on (measured: the guard's start took ~2 ms per frame when it also read the
 * extension API and compiled its handlers, against ~0.4 ms for a one-line script).
 */
function runGuard(): void {
  stopListeners = startGuard(window, GUARD_OPTIONS);
  if (stopLookAlike()) return;
  // Nothing is asked of the background, and no change of settings listened to, before the page has
  // loaded: an answer arriving while the page loads is one more task before its load event, and
  // Chromium then lays the page out first (on a heavy page that alone delayed the load event by
  // ~400 ms). The guard is on meanwhile.
  const started = () => afterLoad(api as PageApi, invalid);
  if (document.readyState === 'complete') return started();
  window.addEventListener(
    'load',
    // In a task of its own: not inside the load event, whose end the page's own timing counts.
    () => setTimeout(() => void (invalid() || started()), 0),
    { once: true },
  );
  later(started, 3000);
}

/** Marks a frame judged safe for its next load (sessionStorage, or window.name where blocked). */
const PASS_MARK = '__tpScamShieldPass:';
const ASK_AGAIN_AFTER = [1000, 3000];

/** This load was judged safe before it started (the mark is used up here). */
function passed(href: string): boolean {
  try {
    const store = window.sessionStorage;
    if (store.getItem(PASS_MARK) !== href) return false;
    store.removeItem(PASS_MARK);
    return true;
  } catch {
    // Storage blocked (a third-party frame with third-party storage blocked): the frame's name.
    const name = window.name;
    if (!name.startsWith(PASS_MARK + href + '\n')) return false;
    window.name = name.slice(PASS_MARK.length + href.length + 1);
    return true;
  }
}

function markPassed(href: string): void {
  try {
    window.sessionStorage.setItem(PASS_MARK, href);
  } catch {
    window.name = `${PASS_MARK}${href}\n${window.name}`;
  }
}

/**
 * A frame whose host could be a look-alike of the brand (lookalike-host.ts) stops loading before
 * its first byte is parsed, so none of its script runs, and asks the background: a look-alike is
 * replaced by the warning page (a subframe here, the tab by the background); anything else (a host
 * the user chose to visit anyway, the extension switched off) is loaded once more, marked to pass.
 * A page that never ran cannot have written the mark; a parent page can name its frame with it,
 * and that frame is then judged after its load, as every other frame is (see page/startup.ts).
 * No answer at all: the frame stays stopped (fails closed).
 */
function stopLookAlike(): boolean {
  // document.URL, not location: see urlMayImitate.
  const href = document.URL;
  if (!urlMayImitate(href, BUNDLED_BRAND_HOSTS)) return false;
  if (passed(href)) return false;
  window.stop();
  let answered = false;
  const ask = () => {
    if (answered || invalid()) return;
    void send(api as PageApi, { type: 'checkFrame', url: href }).then((v) => {
      if (!v || answered) return;
      answered = true;
      if (v.level === 'danger') {
        // The top frame is sent to the warning page by the background.
        if (window.top !== window)
          location.replace(api!.runtime.getURL(`/warning.html?u=${encodeURIComponent(href)}`));
        return;
      }
      markPassed(href);
      location.replace(href);
    });
  };
  ask();
  for (const ms of ASK_AGAIN_AFTER) later(ask, ms);
  return true;
}

function requestDetector(): void {
  void send(api as PageApi, { type: 'loadDetector' });
}

const GUARD_OPTIONS: GuardOptions = {
  lang: currentLang,
  active: guardActive,
  fired: (kind) => void send(api as PageApi, { type: 'guardFired', kind, url: location.href }),
  requestDetector,
  connect(name) {
    try {
      return invalid() ? null : api!.runtime.connect({ name });
    } catch {
      return null;
    }
  },
  url: (nonce) => api!.runtime.getURL(`/hold.html#${nonce}`),
  reportRun: (run) => void send(api as PageApi, { type: 'guardRun', ...run }),
  askRun: () => send(api as PageApi, { type: 'guardRunAsk' }).then((r) => r ?? null),
  onTabRun(cb) {
    // The background's count of phrase words typed in another frame of this tab (guard.ts).
    api?.runtime.onMessage.addListener((m) => {
      const run = parseTabRun(m);
      if (run) cb(run);
    });
  },
  shadowRootOf(el) {
    // Firefox gives content scripts `openOrClosedShadowRoot` on elements; Chrome has chrome.dom.
    const ff = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
      .openOrClosedShadowRoot;
    if (ff !== undefined) return ff;
    return api?.dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
  },
};
