/**
 * Fields as the guard sees them (shared by its start-up part, guard.js, and the part the detector
 * brings): the element an event is really for, its text before the caret, and setting its value
 * with the browser's own setter. No instanceof: fields of same-origin child frames come from
 * other windows.
 */
export type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** The shadow root of an element, open or closed (content scripts may see closed ones). */
let shadowRootOf: (el: Element) => ShadowRoot | null = (el) => el.shadowRoot;

export function setShadowRootOf(fn: (el: Element) => ShadowRoot | null): void {
  shadowRootOf = fn;
}

const TEXT_TYPES = new Set(['text', 'password', 'search', 'email', 'url', 'tel', '']);

/** Works for elements of same-origin child frames too (no instanceof across windows). */
export function isField(e: unknown): e is Field {
  if (!e || typeof e !== 'object' || (e as Node).nodeType !== 1) return false;
  const el = e as HTMLElement;
  if (el.localName === 'textarea') return true;
  if (el.localName === 'input') return TEXT_TYPES.has((el as HTMLInputElement).type);
  return el.isContentEditable === true;
}

export function isTextControl(f: Field): f is HTMLInputElement | HTMLTextAreaElement {
  return f.localName === 'input' || f.localName === 'textarea';
}

/** The element an event is really for: inside open shadow roots, and closed ones by focus. */
export function fieldOf(e: Event): Field | null {
  let t = (e.composedPath()[0] ?? e.target) as Element | null;
  for (let i = 0; i < 8 && t && (t as Node).nodeType === 1; i++) {
    const root = t.shadowRoot ?? safeShadow(t);
    const inner = root?.activeElement;
    if (!inner || inner === t) break;
    t = inner;
  }
  if (!t) return null;
  if (isField(t)) return t;
  // A contenteditable's inner node, or a text node's parent.
  const host = (t as Element).closest?.('[contenteditable]');
  return host && isField(host) ? host : null;
}

/**
 * Where keys go when they go to no field: a page's own editor drawn from key events on a `<div>`
 * or `<canvas>`, or the page itself with nothing focused. Its keys are the only way its text comes
 * (found by a blind attacker, session 14), or any control that is not a text field (a hidden
 * checkbox, select, number or file input the page moved the focus to: session 15). A frame element
 * too: a page that focuses an empty frame by script has the keys come to its own document (the
 * browser's focused frame stays the page's). For an event `fieldOf` found no field for (every
 * caller has asked it first: it is not asked twice on each key).
 */
export function keyTargetOf(e: Event): HTMLElement | null {
  const t = (e.composedPath()[0] ?? e.target) as Element | null;
  return t && (t as Node).nodeType === 1 ? (t as HTMLElement) : null;
}

/** Gives a page's key-drawn editor `text` as the keys it would have had ('\b': Backspace). */
export function dispatchKeys(t: HTMLElement, text: string): void {
  for (const ch of text) {
    const key = ch === '\n' ? 'Enter' : ch === '\b' ? 'Backspace' : ch;
    for (const type of ['keydown', 'keypress', 'keyup']) {
      if (type === 'keypress' && key === 'Backspace') continue;
      t.dispatchEvent(
        new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }),
      );
    }
  }
}

/** The focused field of a document, inside shadow roots too. */
export function deepActive(doc: Document): Field | null {
  let t: Element | null = doc.activeElement;
  for (let i = 0; i < 8 && t; i++) {
    const inner = (t.shadowRoot ?? safeShadow(t))?.activeElement;
    if (!inner || inner === t) break;
    t = inner;
  }
  return isField(t) ? t : null;
}

function safeShadow(el: Element): ShadowRoot | null {
  try {
    return shadowRootOf(el);
  } catch {
    return null;
  }
}

export function valueOf(f: Field): string {
  return isTextControl(f) ? f.value : (f.textContent ?? '');
}

export function setValue(f: Field, v: string): void {
  const view = f.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (isTextControl(f)) {
    const proto =
      f.localName === 'input'
        ? (view?.HTMLInputElement ?? HTMLInputElement).prototype
        : (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype;
    const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (set) set.call(f, v);
    else f.value = v;
  } else f.textContent = v;
}

/** The field's text from its start to the caret (selection start). */
export function beforeCaret(f: Field): string {
  if (isTextControl(f)) {
    let s: number | null = null;
    try {
      s = f.selectionStart;
    } catch {
      s = null;
    }
    return f.value.slice(0, s ?? f.value.length);
  }
  const sel = f.ownerDocument.getSelection();
  if (!sel || !sel.rangeCount) return f.textContent ?? '';
  const r = sel.getRangeAt(0);
  if (!f.contains(r.startContainer)) return f.textContent ?? '';
  const pre = f.ownerDocument.createRange();
  pre.selectNodeContents(f);
  pre.setEnd(r.startContainer, r.startOffset);
  return textWithBreaks(pre.cloneContents());
}

const BLOCKS = new Set(['div', 'p', 'li', 'br', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);

/** A rich editor's text, with its lines (block elements, <br>) as line breaks, as a user sees it. */
export function textWithBreaks(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (out.length > 20_000) return;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 || n.nodeType === 11) {
      const name = (n as Element).localName;
      const block = name !== undefined && BLOCKS.has(name);
      if (block && out && !out.endsWith('\n')) out += '\n';
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Keeps an event from the page: no listener after the guard's sees it, and no default action. */
export function stop(e: Event): void {
  if (e.cancelable) e.preventDefault();
  e.stopImmediatePropagation();
}

/** `w` is one of several frames in its tab (a child frame, or a page with child frames). */
export function inFramedPage(w: Window): boolean {
  return w.top !== w || w.frames.length > 0;
}
