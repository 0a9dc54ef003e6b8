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

/** Every item under `root` (and `root`'s own item, when it is inside one), each once. */
export function readItems(
  adapter: SiteAdapter,
  root: Element | Document,
  doc: Document,
): { el: Element; c: Candidate }[] {
  const els: Element[] = [];
  const within = 'closest' in root ? root.closest(adapter.itemSelector) : null;
  if (within) els.push(within);
  els.push(...root.querySelectorAll(adapter.itemSelector));
  const out: { el: Element; c: Candidate }[] = [];
  for (const el of els) {
    const c = readItem(adapter, el, doc);
    if (c) out.push({ el, c });
  }
  return out;
}
