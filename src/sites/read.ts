/**
 * Reading a page with a site reader: each item once. Real pages nest what a reader's selector
 * matches (Google's result block holds the result; Zhihu's list item holds the answer): a matched
 * element that holds another matched element reading the same (same text, author and link) is the
 * same item, and only the innermost is read. Nested items that read differently (a reply inside its
 * comment) are items of their own.
 */
import type { Candidate, SiteAdapter } from './types';

/** How many matched elements inside an item are compared with it. */
const MAX_INNER = 4;

/** What makes two readings the same item. */
export function signature(c: Candidate): string {
  return `${c.text}\u0000${c.account?.handle ?? ''}\u0000${c.url ?? ''}`;
}

function extract(adapter: SiteAdapter, item: Element, doc: Document): Candidate | null {
  try {
    return adapter.extract(item, doc);
  } catch {
    return null;
  }
}

/**
 * The reader's candidate for one matched element, or null when it reads nothing or is only the
 * container of a matched element that reads the same.
 */
export function readItem(adapter: SiteAdapter, item: Element, doc: Document): Candidate | null {
  const c = extract(adapter, item, doc);
  if (!c) return null;
  const sig = signature(c);
  // The item a container repeats is among its first matches (a thread of hundreds of nested
  // replies must not cost a reading of each of them per change).
  const inner = item.querySelectorAll(adapter.itemSelector);
  for (let i = 0; i < Math.min(inner.length, MAX_INNER); i++) {
    const d = extract(adapter, inner[i]!, doc);
    if (d && signature(d) === sig) return null;
  }
  return c;
}

/** How deep shadow roots inside shadow roots are followed, and how many are entered in all. */
const MAX_SHADOW_DEPTH = 8;
const MAX_SHADOW_ROOTS = 5000;

/**
 * Elements matching `sel` under `root`, and, when `hosts` is given, inside the open shadow roots
 * of the elements matching it there (and of `root` itself), depth first. `onRoot` is told of each
 * shadow root entered (the scanner watches them).
 */
export function deepQuery(
  root: Element | Document | ShadowRoot,
  sel: string,
  hosts?: string,
  onRoot?: (r: ShadowRoot) => void,
): Element[] {
  const out: Element[] = [];
  let entered = 0;
  const visit = (r: Element | Document | ShadowRoot, depth: number) => {
    for (const e of r.querySelectorAll(sel)) out.push(e);
    if (!hosts || depth >= MAX_SHADOW_DEPTH) return;
    const hs = [...r.querySelectorAll(hosts)];
    if ('matches' in r && r.matches(hosts)) hs.unshift(r);
    for (const h of hs) {
      const sr = h.shadowRoot;
      if (!sr || ++entered > MAX_SHADOW_ROOTS) continue;
      onRoot?.(sr);
      visit(sr, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/** `el.closest(sel)`, going on from a shadow root to its host (an item rendered around it). */
export function closestDeep(el: Element, sel: string): Element | null {
  let e: Element | null = el;
  for (let i = 0; e && i <= MAX_SHADOW_DEPTH; i++) {
    const c = e.closest(sel);
    if (c) return c;
    e = (e.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

/** Every item under `root` (and `root`'s own item, when it is inside one), each once. */
export function readItems(
  adapter: SiteAdapter,
  root: Element | Document,
  doc: Document,
): { el: Element; c: Candidate }[] {
  const els: Element[] = [];
  const within = 'closest' in root ? closestDeep(root, adapter.itemSelector) : null;
  if (within) els.push(within);
  els.push(...deepQuery(root, adapter.itemSelector, adapter.shadowHosts));
  const out: { el: Element; c: Candidate }[] = [];
  for (const el of els) {
    const c = readItem(adapter, el, doc);
    if (c) out.push({ el, c });
  }
  return out;
}
