import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

/** Weibo: feed cards (new web and s.weibo.com search) and comments. */
export const weibo: SiteAdapter = {
  id: 'weibo',
  hosts: READER_PLACES.weibo.hosts,
  itemSelector:
    'article[class*="Feed"], div.card-wrap[mid], div.wbpro-list .item1, div[class*="_wbpro-feed"]',
  extract(item) {
    const author = item.querySelector(
      'a[usercard], a.name, a[class*="head_name"], [class*="head_name"] a',
    );
    const uid =
      handleFromHref(author?.getAttribute('href'), /\/u\/(\d+)/) ??
      author?.getAttribute('usercard')?.replace(/^id=/, '');
    const body = text(
      item.querySelector('[class*="detail_wbtext"], p.txt, .wbpro-feed-content, .text'),
    );
    return {
      kind: 'message',
      anchor: author ?? item,
      root: item,
      text: body,
      ...(author
        ? {
            account: {
              platform: 'weibo',
              handle: text(author),
              displayName: text(author),
              ...(uid ? { accountId: uid } : {}),
            },
          }
        : {}),
    };
  },
};
