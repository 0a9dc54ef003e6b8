/**
 * The page start-up life cycle of every frame, apart from the secret guard: once the page has
 * loaded (or after 3 s if it never finishes) the frame reads its settings and follows their
 * changes, has its detector fetched when it has a field, arms same-origin frames written by script,
 * asks whether it is itself a look-alike in another page's frame, and asks for the sniffer (which
 * loads the page scanner where something may be worth reading) once its first frame after the load
 * is painted. Nothing here runs before the load: an answer arriving while the page loads is one
 * more task before its load event, and Chromium then lays the page out first (measured on a heavy
 * page: ~400 ms later load event).
 */
import { armChildFrames, fetchDetector } from '../guard/entry';
import { langFromLocale } from '../i18n/locale';
import type { Lang } from '../engine/types';
import type { Settings } from '../settings/schema';
import { sendContent } from '../messaging/send';
import type { ContentMessage, ContentReply } from '../messaging/protocol';

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

/** The few extension calls the start-up makes (Chrome's chrome.* and Firefox's browser.*). */
export interface PageApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  storage: {
    onChanged: {
      addListener(cb: StorageListener): void;
      removeListener(cb: StorageListener): void;
    };
  };
}

let api: PageApi | null = null;
let invalid: () => boolean = () => false;
let lang: Lang | null = null;
let active = true;
let loaded = false;
let snifferAsked = false;

/** A message to the background; no answer (undefined) when the extension is gone or busy. */
export function send<M extends ContentMessage>(
  a: PageApi,
  message: M,
): Promise<ContentReply<M['type']> | undefined> {
  return sendContent(a.runtime, message);
}

export function currentLang(): Lang {
  return (lang ??= langFromLocale(navigator.language));
}

/** False on hosts the user excepted from the guard in the options ("my own tool"). */
export function guardActive(): boolean {
  return active;
}

function apply(s: Settings | undefined): void {
  if (!s) return;
  // 'auto' follows the browser: read on first use, as before any settings arrived.
  lang = s.lang === 'auto' ? null : s.lang;
  const host = location.hostname.toLowerCase();
  active = !s.guardExceptions.some((h) => host === h || host.endsWith('.' + h));
}

function refresh(): Promise<void> {
  if (!api) return Promise.resolve();
  return send(api, { type: 'getSettings' }).then((r) => apply(r?.settings));
}

function onChanged(changes: Record<string, unknown>, area: string): void {
  if (area === 'local' && 'settings' in changes) void refresh();
}

/** This copy is stopped (its extension reloaded): it follows settings no more. */
export function startupStopped(): void {
  try {
    // Removing a listener that was never added (stopped before load) does nothing.
    api?.storage.onChanged.removeListener(onChanged);
  } catch {
    // The extension this copy belonged to is gone: so is its listener.
  }
}

function later(fn: () => void, ms: number): void {
  setTimeout(() => {
    if (!invalid()) fn();
  }, ms);
}

/** Once the page has loaded (or after 3 s if it never finishes): settings, frame check, scanner. */
export function afterLoad(a: PageApi, isInvalid: () => boolean): void {
  if (loaded) return;
  loaded = true;
  api = a;
  invalid = isInvalid;
  a.storage.onChanged.addListener(onChanged);
  void refresh();
  // A frame with a field gets its detector now, so that the first paste finds it ready; other
  // frames get it when something in them is first focused.
  if (document.querySelector('input, textarea, [contenteditable]')) void fetchDetector();
  // Same-origin frames written by script (about:blank) get no guard of their own.
  armChildFrames(document);
  if (!/^https?:$/.test(location.protocol)) return;
  // A look-alike site inside a frame of another page is replaced by the warning page; the top
  // frame is normally replaced before it loads, and this check is the backstop when it was not.
  checkFrame(a);
  // Every frame asks for the sniffer (which asks for the page scanner only where something may be
  // worth reading) once its first frame after the load is painted, so that neither competes with
  // the page's own loading and first paint. At most 500 ms later: a hidden tab paints none.
  // A timer set from an animation frame callback runs after that frame is painted.
  requestAnimationFrame(() => later(askSniffer, 0));
  later(askSniffer, 500);
  // Back from the back/forward cache: the sniffer and scanner may have been dropped with the old
  // context.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && !invalid()) {
      snifferAsked = false;
      askSniffer();
    }
  });
}

function askSniffer(): void {
  if (snifferAsked || invalid() || !api) return;
  snifferAsked = true;
  void send(api, { type: 'startSniffer' });
}

function checkFrame(a: PageApi): void {
  void send(a, { type: 'checkFrame', url: location.href }).then((v) => {
    if (v?.level !== 'danger') return;
    if (window.top === window) return window.stop();
    // A look-alike inside another page's frame: the frame goes to the extension's warning page,
    // which the look-alike's script can neither remove nor cover from inside.
    location.replace(a.runtime.getURL(`/warning.html?u=${encodeURIComponent(location.href)}`));
  });
}
