/**
 * The extension API object of a script that runs in a page without the polyfill (the guard, the
 * sniffer): Firefox has `browser`, Chrome only `chrome`. A page element with id="browser" shows
 * up as `window.browser` in Chrome, hence the check.
 */
export function nativeApi<T extends object>(): T | null {
  const g = globalThis as { browser?: T; chrome?: T };
  const b = g.browser;
  if (b && typeof b === 'object' && 'runtime' in b) return b;
  return g.chrome ?? null;
}
