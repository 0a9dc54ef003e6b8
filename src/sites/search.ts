import { READER_PLACES } from './hosts';
import type { Candidate, SiteAdapter } from './types';
import { text } from './types';

function result(
  item: Element,
  titleSel: string,
  snippetSel: string,
  urlOf: (a: Element | null) => string | undefined,
): Candidate | null {
  const title = item.querySelector(titleSel);
  if (!title) return null;
  const a = title.closest('a') ?? title.querySelector('a') ?? item.querySelector('a[href]');
  const url = urlOf(a);
  return {
    kind: 'result',
    anchor: title,
    root: item,
    text: `${text(title)}\n${text(item.querySelector(snippetSel))}`,
    ...(url ? { url } : {}),
  };
}

/** Google results: the title, the snippet and where the result really points. */
export const google: SiteAdapter = {
  id: 'google',
  hosts: READER_PLACES.google.hosts,
  paths: READER_PLACES.google.paths,
  itemSelector: '#search div.g, #search div.MjjYud, #rso > div',
  extract: (item) =>
    result(
      item,
      'h3',
      '.VwiC3b, [data-sncf], .IsZvec',
      (a) => a?.getAttribute('href') ?? undefined,
    ),
};

/** Bing results. */
export const bing: SiteAdapter = {
  id: 'bing',
  hosts: READER_PLACES.bing.hosts,
  paths: READER_PLACES.bing.paths,
  itemSelector: 'li.b_algo',
  extract: (item) =>
    result(
      item,
      'h2',
      '.b_caption p, .b_lineclamp2',
      (a) =>
        item.querySelector('cite')?.textContent?.trim() || a?.getAttribute('href') || undefined,
    ),
};

/** Baidu results: links go through a redirect, the real address is in the container's `mu`. */
export const baidu: SiteAdapter = {
  id: 'baidu',
  hosts: READER_PLACES.baidu.hosts,
  paths: READER_PLACES.baidu.paths,
  itemSelector: '#content_left > .result, #content_left > .c-container, #content_left > .result-op',
  extract: (item) =>
    result(
      item,
      'h3',
      '.c-abstract, [class*="content-right"], .c-span-last, [class*="summary"]',
      (a) =>
        item.getAttribute('mu') ||
        item.querySelector('.c-showurl, [class*="source-text"]')?.textContent?.trim() ||
        a?.getAttribute('href') ||
        undefined,
    ),
};
