import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, ownMatch, text } from './types';

/** A profile link's name: /u/<uid>, /<uid>, or a custom domain name (/renminwang). */
const PROFILE =
  /^(?:(?:https?:)?\/\/(?:www\.)?weibo\.(?:com|cn))?\/(?:u\/)?([A-Za-z0-9_.-]{2,40})(?:[/?#]|$)/;
const NOT_PROFILES =
  /^(?:\/\/)?(?:[^/]*\/)?(?:weibo|comment|repost|attitude|search|p|k|n|status|detail)$/;

/**
 * Weibo, four layouts:
 * - the current web (`article[class*=Feed]`, `[class*=head_name]`, `[class*=detail_wbtext]`;
 *   hand-written markup only);
 * - s.weibo.com search (`div.card-wrap[mid]`, `a.name[nick-name]`, `p.txt`; real capture 2020-07);
 * - the V5 feed (`div[mid][action-type=feed_list_item]`, `a.WB_name` or `[nick-name][usercard]`,
 *   `[node-type=feed_list_content]`; a repost holds the original as an item of its own in
 *   `[node-type=feed_list_forwardContent]`; real capture 2014-07);
 * - weibo.cn, the lite site (`div.c#M_` the post, `div.c#C_…` comments: author first link, text
 *   `span.ctt`; real capture 2020-07).
 */
export const weibo: SiteAdapter = {
  id: 'weibo',
  hosts: READER_PLACES.weibo.hosts,
  itemSelector: [
    'article[class*="Feed"]',
    'div.card-wrap[mid]',
    'div[mid][action-type="feed_list_item"]',
    '[node-type="feed_list_forwardContent"]',
    'div.wbpro-list .item1',
    'div[class*="_wbpro-feed"]',
    'div.c[id^="M_"]',
    'div.c[id^="C_"]',
  ].join(', '),
  extract(item) {
    // The item's own part, not a repost's original inside it (an item of its own).
    const own = (sel: string) => ownMatch(item, sel, '[node-type="feed_list_forwardContent"]');
    let author: Element | null;
    let body: string;
    if (item.matches('div.c')) {
      author = item.querySelector('a[href]');
      // The text runs on past span.ctt: the whole row (with the name and counts around it).
      body = text(item);
    } else {
      author = own(
        'a[nick-name], a.WB_name, a[usercard], a.name, a[class*="head_name"], [class*="head_name"] a',
      );
      body = text(
        own(
          '[node-type="feed_list_content"], [class*="detail_wbtext"], p.txt, .wbpro-feed-content, .WB_text, .text',
        ),
      );
    }
    if (!body && !author) return null;
    const href = author?.getAttribute('href') ?? '';
    const named = handleFromHref(href, PROFILE);
    const uid =
      author?.getAttribute('usercard')?.replace(/^id=/, '') ??
      (named && /^\d+$/.test(named) ? named : undefined);
    const handle = named && !NOT_PROFILES.test(named) ? named : text(author);
    const name = author?.getAttribute('nick-name') ?? (text(author) || handle);
    return {
      kind: 'message',
      anchor: author ?? item,
      root: item,
      text: body,
      ...(author && handle
        ? {
            account: {
              platform: 'weibo',
              handle,
              displayName: name,
              ...(uid ? { accountId: uid } : {}),
            },
          }
        : {}),
    };
  },
};
