import { loadDetector, startGuard } from './guard';
import { langFromLocale } from '../i18n/locale';
import type { Lang } from '../engine/types';
import type { Settings } from '../settings/schema';

/**
 * The few extension calls the guard makes, straight from the browser: Firefox's `browser` and
 * Chrome's MV3 `chrome` both return promises for them. No polyfill and no framework context here:
 * this script starts in every frame of every page at document_start, and a start-up over a few
 * milliseconds makes Chromium lay a heavy page out before its DOMContentLoaded (measured: a 10 ms
 * document_start script delayed the load event of a 5,000-post page by ~400 ms in 8 loads of 12).
 * For the same reason `runtime` and `storage` are first read once the page has loaded: the browser
 * builds each binding on first use (~0.5-1 ms each here).
 */
interface GuardApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    onChanged: {
      addListener(cb: StorageListener): void;
      removeListener(cb: StorageListener): void;
    };
  };
}
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

function nativeApi(): GuardApi | null {
  const g = globalThis as { browser?: GuardApi; chrome?: GuardApi };
  // Firefox has `browser`; Chrome has only `chrome` (and a page element with id="browser" would
  // show up as `window.browser` there, hence the check).
  const b = g.browser;
  if (b && typeof b === 'object' && 'runtime' in b) return b;
  return g.chrome ?? null;
}

/** What the guard needs of its surroundings: still attached to the extension, and its timers. */
interface GuardContext {
  readonly isInvalid: boolean;
  setTimeout(fn: () => void, ms: number): void;
}

interface Running {
  stop(): void;
}

/**
 * Starts the guard in this frame, once: a copy injected again into the same frame (the extension
 * reloaded) replaces the one whose extension is gone, and does nothing while the old one lives.
 */
export function startGuardOnce(): void {
  const api = nativeApi();
  if (!api) return;
  const w = window as unknown as { __tpScamShieldGuard?: Running & { api: GuardApi } };
  const prev = w.__tpScamShieldGuard;
  if (prev) {
    if (prev.api.runtime.id) return;
    prev.stop();
  }
  let stopped = false;
  const ctx: GuardContext = {
    get isInvalid() {
      return stopped || !api.runtime.id;
    },
    setTimeout: (fn, ms) =>
      void setTimeout(() => {
        if (!ctx.isInvalid) fn();
      }, ms),
  };
  const stop = runGuard(api, ctx);
  w.__tpScamShieldGuard = {
    api,
    stop: () => {
      stopped = true;
      stop();
    },
  };
}

/**
 * The guard is on from the first moment; settings arrive a little later and may turn it off here.
 * At document_start it only adds its event listeners, and one load listener with its 3 s timer: in
 * the fresh script context of each frame, the first use of each page object (document, location,
 * navigator…) costs a little, and all of it is time before the page's own parsing goes on
 * (measured: the guard's start took ~1-4 ms per frame, against ~0.2 ms for a one-line script).
 * Everything else waits for one step after the page has loaded.
 */
function runGuard(api: GuardApi, ctx: GuardContext): () => void {
  let lang: Lang | null = null;
  let active = true;
  const currentLang = () => (lang ??= langFromLocale(navigator.language));
  const apply = (s: Settings | undefined) => {
    if (!s) return;
    // 'auto' follows the browser: read on first use, as before any settings arrived.
    lang = s.lang === 'auto' ? null : s.lang;
    const host = location.hostname.toLowerCase();
    active = !s.guardExceptions.some((h) => host === h || host.endsWith('.' + h));
  };
  /** A message to the background; no answer (undefined) when the extension is gone or busy. */
  const send = (message: unknown): Promise<unknown> => {
    try {
      return api.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // Chromium throws at once, rather than rejecting, once the extension was reloaded.
      return Promise.resolve(undefined);
    }
  };
  const refresh = () =>
    send({ type: 'getSettings' }).then((r) =>
      apply((r as { settings?: Settings } | undefined)?.settings),
    );
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void refresh();
  };
  const requestDetector = () => void send({ type: 'loadDetector' });
  const stop = startGuard(window, {
    lang: currentLang,
    active: () => active,
    fired: (kind) => void send({ type: 'guardFired', kind, url: location.href }),
    openOfficial: () => void send({ type: 'openOfficial' }),
    requestDetector,
  });
  // Nothing is asked of the background, and no change of settings listened to, before the page has
  // loaded: an answer arriving while the page loads is one more task before its load event, and
  // Chromium then lays the page out first (on a heavy page that alone delayed the load event by
  // ~400 ms). The guard is on meanwhile.
  afterLoad(ctx, () => {
    api.storage.onChanged.addListener(onChanged);
    void refresh();
    // A frame with a field gets its detector now, so that the first paste finds it ready; other
    // frames get it when something in them is first focused.
    if (document.querySelector('input, textarea, [contenteditable]'))
      void loadDetector(window, requestDetector);
    if (!/^https?:$/.test(location.protocol)) return;
    // A look-alike site inside a frame of another page gets a stop overlay in that frame; the top
    // frame is normally replaced before it loads, and this check is the backstop when it was not.
    checkFrame(send, currentLang());
    if (window.top !== window) return;
    // The top frame asks for the page scanner once its first frame after the load is painted, so
    // scanning never competes with the page's own loading and first paint (compiling the scanner
    // takes tens of milliseconds).
    let asked = false;
    const ask = () => {
      if (asked || ctx.isInvalid) return;
      asked = true;
      void send({ type: 'startScanner' });
    };
    afterPaint(ctx, ask);
    // Back from the back/forward cache: the scanner may have been dropped with the old context.
    window.addEventListener('pageshow', (e) => {
      if (e.persisted && !ctx.isInvalid) {
        asked = false;
        ask();
      }
    });
  });
  return () => {
    stop();
    try {
      // Removing a listener that was never added (stopped before load) does nothing.
      api.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension this copy belonged to is gone: so is its listener.
    }
  };
}

/**
 * Runs `fn` in a task of its own once the page has loaded (not inside the load event, whose end the
 * page's own timing counts), or after 3 s if it never finishes loading.
 */
function afterLoad(ctx: GuardContext, fn: () => void): void {
  if (document.readyState === 'complete') return fn();
  let done = false;
  const once = () => {
    if (done || ctx.isInvalid) return;
    done = true;
    fn();
  };
  window.addEventListener('load', () => void setTimeout(once, 0), { once: true });
  ctx.setTimeout(once, 3000);
}

/** Runs `fn` once the next frame has been painted; at most 500 ms later (a hidden tab paints none). */
function afterPaint(ctx: GuardContext, fn: () => void): void {
  let done = false;
  const once = () => {
    if (done || ctx.isInvalid) return;
    done = true;
    fn();
  };
  // A timer set from an animation frame callback runs after that frame is painted.
  requestAnimationFrame(() => ctx.setTimeout(once, 0));
  ctx.setTimeout(once, 500);
}

function checkFrame(send: (message: unknown) => Promise<unknown>, lang: Lang): void {
  void send({ type: 'checkFrame', url: location.href }).then((r) => {
    const v = r as { level?: string; host?: string; imitates?: string } | undefined;
    if (v?.level === 'danger') {
      if (window.top === window) window.stop();
      void import('./frame-warning').then((m) =>
        m.showFrameWarning(document, lang, v.host ?? location.hostname, v.imitates ?? ''),
      );
    }
  });
}
