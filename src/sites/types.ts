import type { Account } from '../engine/types';
import { BLOCK_TAGS } from '../content/walk';

/** Something on a page worth judging on its own: a message with its author, a profile, a result. */
export interface Candidate {
  kind: 'message' | 'account' | 'result';
  /** Where the badge goes (beside the author name, or the message). */
  anchor: Element;
  /** The element whose text changes mean "judge again". */
  root: Element;
  text: string;
  account?: Account & { profileUrl?: string; accountId?: string };
  /** For search results: the address the result points to. */
  url?: string;
}

/**
 * A site adapter: one small declarative module per site. `extract` reads the page (passed in, so it
 * is tested against fixture HTML) and returns candidates; everything else is the generic scanner.
 */
export interface SiteAdapter {
  id: string;
  /** Matches the page's host name. */
  hosts: RegExp;
  /** Path restriction (e.g. Telegram Web's /k/ and /a/ clients). */
  paths?: RegExp;
  /** Selector of the elements each candidate is built from (used to scope mutation rescans). */
  itemSelector: string;
  /**
   * Elements whose open shadow roots hold items (a site that renders them in web components:
   * Bilibili's comments since 2024): the reader looks for items inside them too, and the scanner
   * watches them for changes (sites/read.ts: deepQuery).
   */
  shadowHosts?: string;
  extract(item: Element, doc: Document): Candidate | null;
}

/**
 * Elements whose ends a reader sees as a break: the page walk's blocks (content/walk.ts), and the
 * containers and line breaks around them.
 */
const BREAKS = new Set([...BLOCK_TAGS, 'BR', 'TR']);

/**
 * An element's text as a reader sees it, whitespace collapsed: paragraphs, line breaks and list
 * items apart (textContent runs "…没差的</p><p>我找了…" and "help.</p><p>Contact" together).
 */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  // Iterative (a hostile page may nest deeper than the call stack), and capped like the page walk.
  const stack: { n: Node; close: boolean }[] = [{ n: el, close: false }];
  while (stack.length && out.length < MAX_TEXT) {
    const { n, close } = stack.pop()!;
    if (close) {
      out += ' ';
      continue;
    }
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const tag = n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
    const br = n !== el && BREAKS.has(tag);
    if (br) {
      out += ' ';
      stack.push({ n, close: true });
    }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push({ n: c, close: false });
  }
  return out.slice(0, MAX_TEXT).replace(/\s+/g, ' ').trim();
}

/** The most a reader takes of one item's text (as the generic page walk does of a block). */
const MAX_TEXT = 20_000;

/**
 * The first element matching `sel` that is the item's own: not inside a nested item of another
 * kind (`nested`: a quoted post, a shared post, a repost's original), which is read apart. The
 * item may itself match `nested` (then its own parts are those not inside a deeper one).
 */
export function ownMatch(item: Element, sel: string, nested: string): Element | null {
  for (const e of item.querySelectorAll(sel)) {
    const n = e.closest(nested);
    if (!n || n === item || !item.contains(n)) return e;
  }
  return null;
}

export function handleFromHref(href: string | null | undefined, re: RegExp): string | undefined {
  if (!href) return undefined;
  const m = re.exec(href);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}
