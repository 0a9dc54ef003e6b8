/**
 * Walking a page's text (issue #20: a pure block generator the scanner and the sniffer share): the
 * text each block owns (nested blocks are read on their own; scripts, styles, form fields, frames
 * and the extension's own UI are skipped), and the links met on the way, in document order.
 */
import { BADGE_TAG, BANNER_TAG } from '../ui/tags';

export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'CODE',
]);
export const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'LABEL',
  'DIV',
  'ARTICLE',
  'SECTION',
  'MAIN',
  'BODY',
  'ADDRESS',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'FORM',
  'TABLE',
  'UL',
  'OL',
  'DL',
]);
/** Longest text read from one block. */
export const MAX_BLOCK_CHARS = 20_000;

/** Scripts, styles, form fields and our own UI (by tag name, upper case in HTML documents). */
const SKIP_NAMES = new Set([...SKIP_TAGS, BADGE_TAG.toUpperCase(), BANNER_TAG.toUpperCase()]);

/** Never read: an element of one of those tags (lower-case tag names are XML and SVG ones). */
export function skipped(tag: string): boolean {
  return SKIP_NAMES.has(tag) || (tag.charCodeAt(0) >= 97 && SKIP_NAMES.has(tag.toUpperCase()));
}

/** At least two characters that are not white space. */
export function hasText(v: string | null): boolean {
  if (!v) return false;
  let k = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c !== 160 && ++k > 1) return true;
  }
  return false;
}

/** The next node after `n`'s subtree in document order, staying inside `root`. */
function nextOutside(n: Node, root: Node): Node | null {
  let x: Node | null = n;
  while (x && x !== root) {
    if (x.nextSibling) return x.nextSibling;
    x = x.parentNode;
  }
  return null;
}

/** Blanks as one space (most text has no run to fold), trimmed. */
export function tidy(s: string): string {
  return s.replace(/[\t\r\f][ \t\r\f]*| [ \t\r\f]+/g, ' ').trim();
}

export function blockOf(n: Node): Element | null {
  let e = n.parentElement;
  while (e && !BLOCK_TAGS.has(e.tagName)) e = e.parentElement;
  return e;
}

/** The block's own text: nested blocks are read on their own, scripts and our UI skipped. */
export function ownText(block: Element): string {
  let s = '';
  let n: Node | null = block.firstChild;
  while (n && s.length < MAX_BLOCK_CHARS) {
    let down = false;
    if (n.nodeType === 3) s += n.nodeValue;
    else if (n.nodeType === 1) {
      const e = n as Element;
      const tag = e.tagName;
      down = e.firstChild !== null && !skipped(tag) && !BLOCK_TAGS.has(tag);
    }
    n = down ? n.firstChild : nextOutside(n, block);
  }
  return tidy(s);
}

/**
 * What a walk meets: a block with the text it owns (untidied; undefined: read it afresh with
 * ownText, the walk lost its way), a link, or null, a point where a caller may pause.
 */
export type WalkEvent =
  { block: Element; text?: string | undefined } | { link: HTMLAnchorElement } | null;

/**
 * The blocks and links under `root`, in document order, each block once its subtree is done
 * (innermost first). Elements `skip` names (a selector or a test: a site reader's items and the
 * blocks it has read) are not entered.
 */
export function* walkBlocks(
  root: Element,
  skip?: string | ((e: Element) => boolean),
): Generator<WalkEvent> {
  const skips = typeof skip === 'string' ? (e: Element) => e.matches(skip) : skip;
  // Blocks open on the way down, innermost last: each with the text it owns so far.
  const open: { block: Element; text: string; any: boolean }[] = [];
  if (BLOCK_TAGS.has(root.tagName)) open.push({ block: root, text: '', any: true });
  // Text owned by a block above the root (a link or a span added inside a paragraph).
  let outer = false;
  const links: HTMLAnchorElement[] = root.tagName === 'A' ? [root as HTMLAnchorElement] : [];
  let count = 0;
  // Set when the walk loses its way (a node it stood on left the page between two steps).
  let cut = false;
  let n: Node | null = root.firstChild;
  while (n) {
    // The first child, when the walk goes down into n.
    let child: Node | null = null;
    const type = n.nodeType;
    if (type === 1) {
      const e = n as Element;
      const tag = e.tagName;
      if (!skipped(tag) && !skips?.(e)) {
        if (tag === 'A') links.push(e as HTMLAnchorElement);
        child = e.firstChild;
        if (child && BLOCK_TAGS.has(tag)) open.push({ block: e, text: '', any: false });
      }
    } else if (type === 3) {
      const v = n.nodeValue ?? '';
      const top = open[open.length - 1];
      if (top) {
        if (top.text.length < MAX_BLOCK_CHARS) top.text += v;
        if (!top.any && hasText(v)) top.any = true;
      } else if (!outer && hasText(v)) outer = true;
      if (++count % 64 === 0) yield null;
    }
    if (child) {
      n = child;
      continue;
    }
    // Up and over: every block left on the way is complete.
    let x: Node | null = n;
    n = null;
    while (x && x !== root) {
      const next: Node | null = x.nextSibling;
      if (next) {
        n = next;
        break;
      }
      x = x.parentNode;
      const top = open[open.length - 1];
      if (top && top.block === x && x !== root) {
        open.pop();
        if (top.any) {
          yield { block: top.block, text: top.text };
        }
      }
    }
    if (!x) cut = true;
  }
  // The root itself, and any block the walk could not finish (the page changed under it):
  // read afresh.
  for (let i = open.length - 1; i >= 0; i--) {
    const f = open[i]!;
    if (f.any) {
      yield { block: f.block, text: f.block === root && !cut ? f.text : undefined };
    }
  }
  if (outer) {
    const b = blockOf(root);
    if (b) {
      yield { block: b };
    }
  }
  for (const a of links) {
    yield { link: a };
  }
}
