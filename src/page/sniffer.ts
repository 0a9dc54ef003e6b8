/**
 * The sniffer (issue #20): injected by the background into each frame once the frame has loaded,
 * it decides whether the page scanner and its engine are worth loading there at all. It reads the
 * page as the scanner would (the same block walk, src/content/walk.ts) and asks of each block's
 * text, and of each link, a cheap question whose "no" is proven to mean "the engine would find
 * nothing" (src/engine/sniff.ts). On the first "maybe" it asks the background for the scanner in
 * this frame, and stops. Otherwise it keeps watching what the page adds (a chat widget's first
 * message may come late) until the frame goes away.
 *
 * Sites with a reader of their own (X, Telegram, search results…) always get the scanner.
 */
import { mayMatter } from '../engine/sniff';
import { ownText, tidy, walkBlocks } from '../content/walk';
import { BUNDLED_BRAND_HOSTS, hostMayImitate } from '../guard/lookalike-host';
import { readerAt } from '../sites/hosts';
import { nativeApi } from '../messaging/native';
import { sendContent } from '../messaging/send';

/** Work done in one go before giving the page its thread back. */
const SLICE_MS = 6;

/** Whether a link could be judged a danger: a look-alike host, or the brand in its address. */
export function linkMayMatter(href: string, pageHost: string): boolean {
  if (!/^https?:/i.test(href)) return false;
  let host = '';
  try {
    host = new URL(href).hostname;
  } catch {
    return false;
  }
  if (host === pageHost) return false;
  return hostMayImitate(host, BUNDLED_BRAND_HOSTS) || host.includes('xn--') || mayMatter(href);
}

/** Whether a block's text could be flagged, alone or under the page's title (as the scanner reads it). */
export function blockMayMatter(text: string, title: string): boolean {
  const t = tidy(text);
  if (t.length < 4) return false;
  return mayMatter(title ? `${title}\n${t}` : t);
}

/** Walks `root` in slices: resolves true as soon as something may matter. */
export function sniffRoot(
  root: Element,
  title: string,
  pageHost: string,
  pause: () => Promise<void>,
  skip?: string,
): Promise<boolean> {
  const walk = walkBlocks(root, skip);
  const step = async (): Promise<boolean> => {
    for (;;) {
      const until = performance.now() + SLICE_MS;
      while (performance.now() < until) {
        const r = walk.next();
        if (r.done) return false;
        const ev = r.value;
        if (ev === null) continue;
        if ('link' in ev) {
          if (linkMayMatter(ev.link.href, pageHost)) return true;
        } else if (blockMayMatter(ev.text ?? ownText(ev.block), title)) return true;
      }
      await pause();
    }
  };
  return step();
}

/** The page's idle time (or a short timer where there is none). */
function idle(): Promise<void> {
  return new Promise((r) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: object) => void })
      .requestIdleCallback;
    if (ric) ric(() => r(), { timeout: 200 });
    else setTimeout(r, 16);
  });
}

/**
 * Runs the sniffer in this document; `ask` is called once, when the scanner is worth loading.
 * Returns a function that stops it.
 */
export function runSniffer(doc: Document, ask: () => void): () => void {
  let done = false;
  let observer: MutationObserver | null = null;
  const stop = () => {
    done = true;
    observer?.disconnect();
    observer = null;
  };
  const found = () => {
    if (done) return;
    stop();
    ask();
  };
  const host = doc.location?.hostname ?? '';
  if (readerAt(host, doc.location?.pathname ?? '/')) {
    found();
    return stop;
  }
  const title = doc.title ?? '';
  const pending = new Set<Element>();
  let busy = false;
  const drain = async () => {
    if (busy) return;
    busy = true;
    while (!done && pending.size) {
      const [root] = pending;
      pending.delete(root!);
      if (root!.isConnected && (await sniffRoot(root!, title, host, idle))) return found();
    }
    busy = false;
  };
  observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') {
        const p = r.target.parentElement;
        if (p) pending.add(p);
      } else
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) pending.add(n as Element);
          else if (n.nodeType === 3 && n.parentElement) pending.add(n.parentElement);
        }
    }
    void idle().then(drain);
  });
  const root = doc.body ?? doc.documentElement;
  if (!root) return stop;
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  pending.add(root);
  void drain();
  return stop;
}

interface SnifferApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Starts the sniffer in this frame, once (a copy injected again does nothing while one runs; one
 * whose extension was reloaded is replaced).
 */
export function startSnifferOnce(): void {
  const api = nativeApi<SnifferApi>();
  if (!api) return;
  const w = window as unknown as { __tpScamShieldSniffer?: { alive(): boolean; stop(): void } };
  const prev = w.__tpScamShieldSniffer;
  if (prev) {
    if (prev.alive()) return;
    prev.stop();
  }
  const alive = () => {
    try {
      return !!api.runtime.id;
    } catch {
      return false;
    }
  };
  const stop = runSniffer(document, () => {
    if (alive()) void sendContent(api.runtime, { type: 'startScanner' });
  });
  w.__tpScamShieldSniffer = { alive, stop };
}
