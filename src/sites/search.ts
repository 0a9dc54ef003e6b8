/**
 * Search result pages: every organic result and every text ad, each once, with its title, its
 * snippet and where it really points (ads are where fake support pages are pushed).
 *
 * Known layouts (real captures in tests/fixtures/sites-real/, see SOURCE.md there):
 * - Google desktop 2023 and 2025 (`.MjjYud` blocks, `div.g` inside, title `a h3`; sitelinks with
 *   their own titles inside a result) and mobile 2023 (no `h3`: the title is
 *   `a [role=heading][aria-level=3]`); text ads in `#tads` / `#bottomads`.
 * - Bing 2021 (`li.b_algo`; ads `.sb_add` inside `li.b_ad`, linked through `bing.com/aclick`
 *   whose `u` parameter carries the destination).
 * - Baidu 2020 (`.c-container` in `#content_left`; links go through `baidu.com/link`, the real
 *   address is the container's `mu` where the page gives it).
 * Anything else on these pages is read by the generic text walk.
 */
import { READER_PLACES } from './hosts';
import type { Candidate, SiteAdapter } from './types';
import { text } from './types';

function result(
  item: Element,
  title: Element,
  snippet: Element | null,
  url: string | undefined,
): Candidate {
  return {
    kind: 'result',
    anchor: title,
    root: item,
    text: `${text(title)}\n${text(snippet)}`,
    ...(url ? { url } : {}),
  };
}

const GOOGLE_TITLE = 'a h3, a [role="heading"][aria-level="3"]';
/** Blocks that are not results: knowledge panels, "people also ask", carousels. */
const GOOGLE_NOT_RESULTS =
  '.kp-wholepage, .kp-blk, [data-attrid], .related-question-pair, g-scrolling-carousel, g-section-with-header';

/**
 * Google: one item per result title (a title link with its heading). The result is the largest
 * block around the title that holds no other result title, so a result with sitelinks, and each
 * sitelink with a title and snippet of its own, are read apart.
 */
export const google: SiteAdapter = {
  id: 'google',
  hosts: READER_PLACES.google.hosts,
  paths: READER_PLACES.google.paths,
  itemSelector: 'h3, [role="heading"][aria-level="3"]',
  extract(title) {
    const a = title.closest('a[href]');
    if (!a || !title.matches(GOOGLE_TITLE) || title.closest(GOOGLE_NOT_RESULTS)) return null;
    if (!title.closest('#search, #rso, #tads, #bottomads, #botstuff, #main')) return null;
    // A result points off Google ("More places" and other links to Google's own pages are not).
    if (!/^https?:\/\//i.test(a.getAttribute('href') ?? '')) return null;
    // A section under a heading of its own (Videos, Top stories) is a carousel, not results.
    const section = title.closest('.MjjYud');
    if (section && !title.closest('#tads, #bottomads') && section.querySelector('[aria-level="2"]'))
      return null;
    let block: Element = a;
    for (let p = a.parentElement; p && !p.matches('#rso, #tads, #bottomads, #search, body');) {
      if (p.querySelectorAll(GOOGLE_TITLE).length > 1) break;
      block = p;
      p = p.parentElement;
    }
    const href = a.getAttribute('href') ?? undefined;
    // A sitelink: a bare title inside another result's block, read with that result.
    if (text(block) === text(title) && block.parentElement?.closest('.MjjYud, .g, [data-hveid]'))
      return null;
    // All the block shows (the generic text walk leaves the block to this reader): the title, the
    // address line, the snippet and whatever else a result carries.
    return result(block, title, block, href);
  },
};

/**
 * Bing's links go through Bing: ads through /aclick (the `u` parameter is the destination in
 * base64), results through /ck/a (`u` is "a1" and the destination in base64url).
 */
function bingDestination(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.bing.com/');
    const param = u.hostname.endsWith('bing.com') ? u.searchParams.get('u') : null;
    const b64 =
      param && u.pathname === '/aclick'
        ? param
        : param && u.pathname === '/ck/a' && param.startsWith('a1')
          ? param.slice(2)
          : null;
    if (b64) {
      const raw = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
      const dest = /^https?%3a/i.test(raw) ? decodeURIComponent(raw) : raw;
      if (/^https?:\/\//i.test(dest)) return dest;
    }
  } catch {
    // Not an address or not base64: the link itself.
  }
  return href;
}

/** Bing results and text ads. */
export const bing: SiteAdapter = {
  id: 'bing',
  hosts: READER_PLACES.bing.hosts,
  paths: READER_PLACES.bing.paths,
  itemSelector: 'li.b_algo, .sb_add',
  extract(item) {
    const title = item.querySelector('h2');
    if (!title) return null;
    const a = title.querySelector('a[href]') ?? title.closest('a[href]');
    const snippet = item.querySelector('.b_caption p, .b_lineclamp2, .b_caption');
    return result(item, title, snippet, bingDestination(a?.getAttribute('href') ?? null));
  },
};

/** Baidu results: the container's `mu` when the page gives it, else the title's link. */
export const baidu: SiteAdapter = {
  id: 'baidu',
  hosts: READER_PLACES.baidu.hosts,
  paths: READER_PLACES.baidu.paths,
  itemSelector: '#content_left > .result, #content_left > .c-container, #content_left > .result-op',
  extract(item) {
    const title = item.querySelector('h3');
    if (!title) return null;
    const a = title.querySelector('a[href]') ?? title.closest('a[href]');
    const snippet = item.querySelector(
      '.c-abstract, [class*="content-right"], .c-span-last, [class*="summary"]',
    );
    const href = a?.getAttribute('href') ?? '';
    // Through Baidu's redirect the destination is unknown: the address Baidu shows instead, when it
    // is one ("www.example.com/path..."; not a site's name such as 知乎).
    const shown = text(item.querySelector('.c-showurl, [class*="source-text"], .c-color-gray'))
      .replace(/(?:\.{3}|…)$/, '')
      .trim();
    const shownUrl = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i.test(shown)
      ? /^https?:/i.test(shown)
        ? shown
        : `http://${shown}`
      : '';
    const redirect = /^https?:\/\/(?:www\.)?baidu\.com\/link\?/.test(href);
    const url = item.getAttribute('mu') || (redirect && shownUrl) || href || undefined;
    return result(item, title, snippet, url);
  },
};
