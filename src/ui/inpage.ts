/**
 * In-page warnings: a badge beside the offending message or account, a card on click or keyboard
 * focus, and one dismissible banner per page. Untrusted ground: every node lives in a shadow root,
 * every page-derived string is set with textContent, and nothing here ever says "safe".
 */
import type { Lang, Reason } from '../engine/types';
import { t } from '../i18n/inpage';

import { BADGE_TAG, BANNER_TAG } from './tags';
export { BADGE_TAG, BANNER_TAG };

const CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; position: relative; margin: 0 4px; line-height: 1; font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
button { font: inherit; cursor: pointer; }
.badge { display: inline-flex; align-items: center; gap: 4px; border-radius: 10px; padding: 2px 8px; border: 1px solid; font-weight: 600; font-size: 12px; }
.danger { background: #fdecea; color: #8e1b14; border-color: #e57373; }
.caution { background: #fff8e1; color: #6d4c00; border-color: #ffca28; font-weight: 500; }
.badge:focus-visible, button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
.card { position: absolute; z-index: 2147483647; top: calc(100% + 6px); left: 0; width: min(360px, 90vw); box-sizing: border-box; overflow: auto; overscroll-behavior: contain;
  background: #fff; color: #1b1b1b; border: 1px solid #ccc; border-radius: 10px; padding: 12px 14px; box-shadow: 0 8px 24px rgba(0,0,0,.25); text-align: left; white-space: normal; }
.card[hidden] { display: none; }
h2 { font-size: 15px; margin: 0 0 8px; }
h3 { font-size: 12px; margin: 10px 0 4px; text-transform: none; color: #555; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.ev { color: #555; font-size: 12px; word-break: break-all; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.actions button { border: 1px solid #999; background: #f5f5f5; color: inherit; border-radius: 6px; padding: 4px 10px; }
.actions .primary { background: #1565c0; color: #fff; border-color: #1565c0; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #eee; border-color: #444; }
  h3, .ev { color: #bbb; }
  .actions button { background: #2c2c2c; border-color: #666; }
  .danger { background: #4a1410; color: #ffcdd2; border-color: #e57373; }
  .caution { background: #3d3000; color: #ffe082; border-color: #c8a000; }
}
`;

export interface BadgeHandlers {
  onOfficial(): void;
  onReport(): void;
  onNotScam(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  textContent?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (textContent !== undefined) e.textContent = textContent;
  return e;
}

function evidenceLine(r: Reason): string {
  const ev = r.evidence;
  const parts = [
    ev.contact,
    ev.host,
    ...(ev.matched ?? []),
    ev.imitates ? `≈ ${ev.imitates}` : undefined,
  ].filter(Boolean);
  return parts.join(' · ');
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed stylesheet shared by every badge of a page (a <style> per badge where unsupported). */
function styleInto(doc: Document, root: ShadowRoot, css: string): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      const View = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
      sheet = View ? new View.CSSStyleSheet() : null;
      sheet?.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      /* fall through to a <style> element */
    }
  }
  const style = el(doc, 'style');
  style.textContent = css;
  root.append(style);
}

/** A badge element (host + open shadow root) for one finding; its card is built on first open. */
export function createBadge(
  doc: Document,
  level: 'danger' | 'caution',
  reasons: Reason[],
  lang: Lang,
  handlers: BadgeHandlers,
  id: string,
): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-level', level);
  host.setAttribute('data-finding-id', id);
  const root = host.attachShadow({ mode: 'open' });
  styleInto(doc, root, CSS);
  const btn = el(
    doc,
    'button',
    `badge ${level}`,
    `⚠ ${t(lang, level === 'danger' ? 'badgeDanger' : 'badgeCaution')}`,
  );
  btn.setAttribute('aria-expanded', 'false');
  btn.setAttribute('aria-haspopup', 'dialog');
  let card: HTMLElement | null = null;

  const buildCard = (): HTMLElement => {
    const c = el(doc, 'div', 'card');
    c.hidden = true;
    c.setAttribute('role', 'dialog');
    c.setAttribute(
      'aria-label',
      t(lang, level === 'danger' ? 'cardTitleDanger' : 'cardTitleCaution'),
    );
    c.append(
      el(doc, 'h2', '', t(lang, level === 'danger' ? 'cardTitleDanger' : 'cardTitleCaution')),
    );
    c.append(el(doc, 'h3', '', t(lang, 'cardWhatFound')));
    const ul = el(doc, 'ul');
    for (const r of reasons.filter((x) => x.level !== 'safe')) {
      const li = el(doc, 'li', '', r.message);
      const ev = evidenceLine(r);
      if (ev) {
        li.append(doc.createElement('br'));
        li.append(el(doc, 'span', 'ev', ev));
      }
      ul.append(li);
    }
    c.append(ul);
    c.append(el(doc, 'h3', '', t(lang, 'cardTruth')));
    const truths = el(doc, 'ul');
    for (const k of ['truth1', 'truth2', 'truth3'] as const)
      truths.append(el(doc, 'li', '', t(lang, k)));
    c.append(truths);
    const actions = el(doc, 'div', 'actions');
    const official = el(doc, 'button', 'primary', t(lang, 'openOfficial'));
    const report = el(doc, 'button', '', t(lang, 'report'));
    const notScam = el(doc, 'button', '', t(lang, 'notScam'));
    const close = el(doc, 'button', '', t(lang, 'close'));
    official.addEventListener('click', (e) => (e.stopPropagation(), handlers.onOfficial()));
    report.addEventListener('click', (e) => (e.stopPropagation(), handlers.onReport()));
    notScam.addEventListener('click', (e) => (e.stopPropagation(), handlers.onNotScam()));
    close.addEventListener('click', (e) => {
      e.stopPropagation();
      closeToBadge();
    });
    actions.append(official, report, notScam, close);
    c.append(actions);
    c.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeToBadge();
    });
    root.append(c);
    return c;
  };

  const setOpen = (open: boolean) => {
    if (open && !card) card = buildCard();
    if (card) card.hidden = !open;
    if (open && card) place(host, card);
    btn.setAttribute('aria-expanded', String(open));
  };
  /** Closed from inside (Close, Escape): the focus goes back to the badge, which stays closed. */
  let returning = false;
  const closeToBadge = () => {
    setOpen(false);
    returning = true;
    btn.focus({ preventScroll: true });
    returning = false;
  };
  // Keyboard focus opens the card; a click toggles it (but a click that just focused it keeps it open).
  let focusedAt = 0;
  btn.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (card && !card.hidden && Date.now() - focusedAt < 400) return;
    setOpen(!card || card.hidden);
  });
  btn.addEventListener('focus', () => {
    if (returning) return;
    focusedAt = Date.now();
    setOpen(true);
  });
  // Keep clicks inside our UI from reaching page handlers (links, message openers).
  host.addEventListener('click', (e) => e.stopPropagation());
  root.append(btn);
  return host;
}

/**
 * The card where it fits in the window: below the badge, or above it when there is more room
 * there, never taller than the room it has (it scrolls inside), and moved left when the badge is
 * near the right edge. Measured only when the user opens it.
 */
function place(host: HTMLElement, card: HTMLElement): void {
  const view = host.ownerDocument.defaultView;
  if (!view) return;
  const gap = 6;
  const margin = 8;
  card.style.top = '';
  card.style.bottom = '';
  card.style.left = '0px';
  card.style.maxHeight = '';
  const b = host.getBoundingClientRect();
  const below = view.innerHeight - b.bottom - gap - margin;
  const above = b.top - gap - margin;
  const natural = card.getBoundingClientRect().height;
  const up = natural > below && above > below;
  if (up) {
    card.style.top = 'auto';
    card.style.bottom = `calc(100% + ${gap}px)`;
  }
  card.style.maxHeight = `${Math.max(120, Math.floor(up ? above : below))}px`;
  const width = card.getBoundingClientRect().width;
  const overflow = b.left + width - (view.innerWidth - margin);
  if (overflow > 0) card.style.left = `${-Math.min(overflow, Math.max(0, b.left - margin))}px`;
}

const BANNER_CSS = `
:host { all: initial; display: block; position: relative; z-index: 2147483646; font: 14px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.bar { display: flex; align-items: center; gap: 12px; padding: 8px 16px; background: #b71c1c; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.msg { flex: 1; }
button { font: inherit; border: 1px solid #fff; background: transparent; color: #fff; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffeb3b; outline-offset: 2px; }
`;

/**
 * Where the banner goes: in the document's flow, before the page's body, so that it pushes the
 * page down instead of covering it (a fixed bar hid pages' own titles); below a fixed or sticky
 * header of the page's own when one covers the top (measured once it is in place).
 */
export function placeBanner(doc: Document, host: HTMLElement): void {
  const html = doc.documentElement;
  if (doc.body && doc.body.parentNode === html) html.insertBefore(host, doc.body);
  else html.prepend(host);
  host.style.marginTop = '';
  const view = doc.defaultView;
  if (!view) return;
  const r = host.getBoundingClientRect();
  if (r.height === 0 || r.bottom <= 0) return;
  // A fixed or sticky header of the page's own under or over it (whichever paints on top): the
  // banner goes just below it.
  const x = r.left + Math.min(40, r.width / 2);
  for (const at of doc.elementsFromPoint(x, r.top + r.height / 2)) {
    if (at === host || host.contains(at) || at === html || at === doc.body) continue;
    for (let e: Element | null = at; e && e !== html && e !== doc.body; e = e.parentElement) {
      const pos = view.getComputedStyle(e).position;
      if (pos !== 'fixed' && pos !== 'sticky') continue;
      const below = e.getBoundingClientRect().bottom - r.top;
      if (below > 0 && below < view.innerHeight / 2) host.style.marginTop = `${Math.ceil(below)}px`;
      return;
    }
  }
}

/** The page banner (one per page); `update` changes its count. */
export function createBanner(
  doc: Document,
  lang: Lang,
  onOfficial: () => void,
): { host: HTMLElement; dismissed: boolean; update(n: number): void } {
  const host = doc.createElement(BANNER_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style');
  style.textContent = BANNER_CSS;
  const bar = el(doc, 'div', 'bar');
  bar.setAttribute('role', 'alert');
  const msg = el(doc, 'span', 'msg');
  const count = el(doc, 'strong');
  count.setAttribute('aria-live', 'off');
  msg.append(el(doc, 'span', '', `⚠ ${t(lang, 'bannerText')} `), count);
  const official = el(doc, 'button', '', t(lang, 'openOfficial'));
  official.addEventListener('click', onOfficial);
  const dismiss = el(doc, 'button', '', t(lang, 'bannerDismiss'));
  const api = { host, dismissed: false, update(_n: number) {} };
  // Only the user's own click dismisses it (the page can remove it too, and it then comes back).
  dismiss.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    api.dismissed = true;
    host.remove();
  });
  bar.append(msg, official, dismiss);
  root.append(style, bar);
  api.update = (n: number) => {
    // Only when the count changed; and the count is not re-announced on every infinite-scroll batch.
    const text = t(lang, 'bannerCount', { n });
    if (count.textContent !== text) count.textContent = text;
  };
  return api;
}
