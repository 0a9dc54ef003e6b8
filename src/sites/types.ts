import type { Account } from '../engine/types';

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
  extract(item: Element, doc: Document): Candidate | null;
}

/** Elements whose ends a reader sees as a break (paragraphs, lines, list items…). */
const BREAKS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'TD',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
]);

/**
 * An element's text as a reader sees it, whitespace collapsed: paragraphs, line breaks and list
 * items apart (textContent runs "…没差的</p><p>我找了…" and "help.</p><p>Contact" together).
 */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        const br = BREAKS.has(tag);
        if (br) out += ' ';
        walk(c);
        if (br) out += ' ';
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

export function handleFromHref(href: string | null | undefined, re: RegExp): string | undefined {
  if (!href) return undefined;
  const m = re.exec(href);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}
