import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

/** Facebook: feed posts and comments ([role=article]) with the author link. */
export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: READER_PLACES.facebook.hosts,
  itemSelector: 'div[role="article"]',
  extract(item) {
    const authorLink = item.querySelector(
      'h2 a[href], h3 a[href], strong a[href], a[role="link"][href*="facebook.com/"]',
    );
    const handle =
      handleFromHref(authorLink?.getAttribute('href'), /facebook\.com\/([^/?#]+)/) ??
      handleFromHref(authorLink?.getAttribute('href'), /^\/([^/?#]+)/) ??
      text(authorLink);
    const body = text(
      item.querySelector(
        '[data-ad-preview="message"], [data-ad-comet-preview="message"], div[dir="auto"]',
      ),
    );
    return {
      kind: 'message',
      anchor: authorLink ?? item,
      root: item,
      text: body,
      ...(authorLink
        ? { account: { platform: 'facebook', handle, displayName: text(authorLink) } }
        : {}),
    };
  },
};
