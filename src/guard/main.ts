import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuard } from './guard';
import { showFrameWarning } from './frame-warning';
import { langFromLocale } from '../i18n/inpage';
import type { Lang } from '../engine/types';
import type { Settings } from '../settings/schema';

/** The guard is on from the first moment; settings arrive a little later and may turn it off here. */
export function runGuard(ctx: ContentScriptContext): void {
  const host = location.hostname.toLowerCase();
  let lang: Lang = langFromLocale(navigator.language);
  let active = true;
  const apply = (s: Settings | undefined) => {
    if (!s) return;
    lang = s.lang === 'auto' ? langFromLocale(navigator.language) : s.lang;
    active = !s.guardExceptions.some((h) => host === h || host.endsWith('.' + h));
  };
  const refresh = () =>
    browser.runtime
      .sendMessage({ type: 'getSettings' })
      .then((r) => apply((r as { settings?: Settings } | undefined)?.settings))
      .catch(() => undefined);
  // Nothing is asked of the background before the page has loaded: an answer arriving while the
  // page loads is one more task before its load event, and Chromium then lays the page out first
  // (on a heavy page that alone delayed the load event by ~400 ms). The guard is on meanwhile.
  afterLoad(ctx, () => void refresh());
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  const stop = startGuard(window, {
    lang: () => lang,
    active: () => active,
    fired: (kind) =>
      void browser.runtime
        .sendMessage({ type: 'guardFired', kind, url: location.href })
        .catch(() => undefined),
    openOfficial: () =>
      void browser.runtime.sendMessage({ type: 'openOfficial' }).catch(() => undefined),
  });
  // A look-alike site inside a frame of another page gets a stop overlay in that frame; the top frame
  // is normally replaced before it loads, and this check is the backstop when it was not.
  if (/^https?:$/.test(location.protocol)) {
    afterLoad(ctx, () => checkFrame(lang));
  }
  // The top frame asks for the page scanner once the page has loaded (or after 3 s at most) and
  // its first frame after that is painted, so scanning never competes with the page's own loading
  // and first paint (compiling the scanner takes tens of milliseconds).
  if (window.top === window && /^https?:$/.test(location.protocol)) {
    let asked = false;
    const ask = () => {
      if (asked || ctx.isInvalid) return;
      asked = true;
      void browser.runtime.sendMessage({ type: 'startScanner' }).catch(() => undefined);
    };
    afterLoad(ctx, () => afterPaint(ctx, ask));
    // Back from the back/forward cache: the scanner may have been dropped with the old context.
    ctx.addEventListener(window, 'pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) {
        asked = false;
        ask();
      }
    });
  }
  ctx.onInvalidated(() => {
    stop();
    browser.storage.onChanged.removeListener(onChanged);
  });
}

/** Runs `fn` once the page has loaded, or after 3 s if it never finishes loading. */
function afterLoad(ctx: ContentScriptContext, fn: () => void): void {
  if (document.readyState === 'complete') return fn();
  let done = false;
  const once = () => {
    if (done || ctx.isInvalid) return;
    done = true;
    fn();
  };
  window.addEventListener('load', once, { once: true });
  ctx.setTimeout(once, 3000);
}

/** Runs `fn` once the next frame has been painted; at most 500 ms later (a hidden tab paints none). */
function afterPaint(ctx: ContentScriptContext, fn: () => void): void {
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

function checkFrame(lang: Lang): void {
  void browser.runtime
    .sendMessage({ type: 'checkFrame', url: location.href })
    .then((r) => {
      const v = r as { level?: string; host?: string; imitates?: string } | undefined;
      if (v?.level === 'danger') {
        if (window.top === window) window.stop();
        showFrameWarning(document, lang, v.host ?? location.hostname, v.imitates ?? '');
      }
    })
    .catch(() => undefined);
}
