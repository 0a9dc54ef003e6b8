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
    // The snippet where Google marks it (in one part or several); else all the block shows.
    const parts = [...block.querySelectorAll('.VwiC3b, [data-sncf], .IsZvec, .MUxGbd.yDYNvb')]
      .filter((e, _i, all) => !all.some((o) => o !== e && o.contains(e)))
      .map((e) => text(e))
      .filter(Boolean);
    const href = a.getAttribute('href') ?? undefined;
    if (!parts.length) {
      // A sitelink: a bare title inside another result's block, read with that result.
      if (text(block) === text(title) && block.parentElement?.closest('.MjjYud, .g, [data-hveid]'))
        return null;
      return result(block, title, block, href);
    }
    return { ...result(block, title, null, href), text: `${text(title)}\n${parts.join('\n')}` };
  },
};

/** Bing's ad links go through bing.com/aclick: the destination is its `u` parameter. */
function bingDestination(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.bing.com/');
    const b64 =
      u.hostname.endsWith('bing.com') && u.pathname === '/aclick' && u.searchParams.get('u');
    if (b64) {
      const dest = decodeURIComponent(atob(b64.replace(/-/g, '+').replace(/_/g, '/')));
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
    const url = item.getAttribute('mu') || a?.getAttribute('href') || undefined;
    return result(item, title, snippet, url);
  },
};
