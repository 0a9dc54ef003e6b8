/**
 * The page scanner's own life cycle, in place of WXT's content-script context: that one listens
 * for a DOM event that announces a newer copy of the script, and a page can dispatch that event
 * itself (the extension id is public), which stopped the scanner for the tab. Here nothing the page
 * can send is listened to: the scanner is invalid only once its extension is gone, and it sees
 * address changes (single-page sites) by looking at the address itself.
 */
export interface Lifecycle {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  onLocationChange(cb: () => void): void;
}

const CHECK_MS = 1000;

export function createLifecycle(extensionAlive: () => boolean, w: Window = window): Lifecycle {
  let invalid = false;
  const gone: (() => void)[] = [];
  const moved: (() => void)[] = [];
  let href = w.location.href;
  const timer = w.setInterval(() => {
    if (!extensionAlive()) {
      invalid = true;
      w.clearInterval(timer);
      for (const cb of gone.splice(0)) cb();
      return;
    }
    if (w.location.href !== href) {
      href = w.location.href;
      for (const cb of moved) cb();
    }
  }, CHECK_MS);
  return {
    get isInvalid() {
      return invalid;
    },
    onInvalidated: (cb) => void gone.push(cb),
    onLocationChange: (cb) => void moved.push(cb),
  };
}
