/**
 * The guard's side of the hold field: an extension page (hold.html) in a frame placed over the
 * page's field, inside a closed shadow root. The page can remove or cover it but cannot read it,
 * type into it or click in it; what is held stays in that frame. Messages go over a runtime port
 * named with a random nonce (see hold-protocol.ts).
 */
import type { FromHold, ToHold } from './hold-protocol';
import { HOLD_PORT_PREFIX } from './hold-protocol';

export interface Port {
  name: string;
  postMessage(m: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (m: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface HoldFrameEnv {
  connect(name: string): Port | null;
  url(nonce: string): string;
}

export interface HoldFrame {
  send(m: ToHold): void;
  /** Shown over `rect` (or the whole viewport for the dialog), and given the keyboard. */
  show(rect: DOMRect | null): void;
  /** Out of sight, still in the page (it may keep the keyboard). */
  hide(): void;
  focus(): void;
  /** Still in the page, connected and listening. */
  ready(): boolean;
  /** Hidden at once and removed a moment later (or at once: `now`). */
  remove(now?: boolean): void;
}

export const HOLD_TAG = 'tp-scam-shield-hold';

function nonce(): string {
  const a = new Uint8Array(16);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const BASE =
  'all:initial!important;position:fixed!important;z-index:2147483647!important;border:0!important;margin:0!important;padding:0!important;display:block!important;';

/** In the page, out of sight and out of the way (made ready in advance, or just released). */
const HIDDEN = `${BASE}opacity:0!important;pointer-events:none!important;left:-10px!important;top:-10px!important;width:1px!important;height:1px!important`;

/**
 * Adds the hold frame to `doc`, hidden until shown. `onMessage` gets what the frame says;
 * `onLost` is called once if the frame goes away or never answers (the page removed it, or the
 * frame could not load here): the caller keeps holding.
 */
export function openHoldFrame(
  doc: Document,
  env: HoldFrameEnv,
  onMessage: (m: FromHold) => void,
  onLost: () => void,
): HoldFrame {
  const id = nonce();
  const host = doc.createElement(HOLD_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.src = env.url(id);
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = 'width:100%;height:100%;border:0;display:block;background:transparent';
  host.style.cssText = HIDDEN;
  root.append(frame);
  doc.documentElement.append(host);

  let port: Port | null = null;
  let listening = false;
  let gone = false;
  const queue: ToHold[] = [];
  let tries = 0;

  const lost = () => {
    if (gone) return;
    gone = true;
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
    onLost();
  };

  const connect = () => {
    if (gone || listening) return;
    if (!host.isConnected) return lost();
    const p = env.connect(HOLD_PORT_PREFIX + id);
    if (!p) return lost();
    port = p;
    p.onMessage.addListener((raw) => {
      const m = raw as FromHold;
      if (m.t === 'ready' && !listening) {
        listening = true;
        for (const q of queue.splice(0)) p.postMessage(q);
      }
      // Keys typed into the frame just after it released its text still belong to the page.
      if (!gone || m.t === 'late') onMessage(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      if (listening) return lost();
      // Nobody listened yet (the frame is still loading): try again shortly, for up to ~4 s.
      if (++tries > 40) return lost();
      setTimeout(connect, 100);
    });
  };
  frame.addEventListener('load', () => connect());

  return {
    send(m) {
      if (listening && port) port.postMessage(m);
      else queue.push(m);
    },
    show(rect) {
      // Over a field it only shows what is held: clicks go through to the page's field, which
      // keeps the keyboard (the guard forwards what reaches it). The dialog takes clicks.
      const pos = rect
        ? `left:${rect.left}px!important;top:${rect.top}px!important;width:${Math.max(rect.width, 24)}px!important;height:${Math.max(rect.height, 16)}px!important;pointer-events:none!important`
        : 'left:0!important;top:0!important;width:100vw!important;height:100vh!important';
      host.style.cssText = `${BASE}${pos}`;
    },
    hide() {
      host.style.cssText = HIDDEN;
    },
    focus() {
      frame.focus();
    },
    ready: () => listening && !gone && host.isConnected,
    remove(now) {
      gone = true;
      if (now) {
        host.remove();
        try {
          port?.disconnect();
        } catch {
          // already gone
        }
        return;
      }
      // Hidden at once, removed a moment later: keys and text on their way to the frame when it
      // released its text still arrive (and are handed to the page), over a port still open.
      host.style.cssText = HIDDEN;
      const p = port;
      setTimeout(() => {
        host.remove();
        try {
          p?.disconnect();
        } catch {
          // already gone
        }
      }, 1000);
    },
  };
}
