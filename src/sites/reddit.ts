import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/** Reddit (shreddit web components): posts and comments carry their author as an attribute. */
export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: READER_PLACES.reddit.hosts,
  itemSelector: 'shreddit-post, shreddit-comment, div.thing.comment, div.thing.link',
  extract(item) {
    const author = item.getAttribute('author') ?? item.getAttribute('data-author') ?? '';
    const body = item.matches('shreddit-post')
      ? `${item.getAttribute('post-title') ?? ''} ${text(item.querySelector('[slot="text-body"]'))}`
      : text(item.querySelector('[slot="comment"], .usertext-body'));
    const anchor = item.querySelector('a[href*="/user/"], faceplate-hovercard, .author') ?? item;
    return {
      kind: 'message',
      anchor,
      root: item,
      text: body.trim(),
      ...(author
        ? {
            account: {
              platform: 'reddit',
              handle: author,
              displayName: author,
              profileUrl: `https://www.reddit.com/user/${author}`,
            },
          }
        : {}),
    };
  },
};
