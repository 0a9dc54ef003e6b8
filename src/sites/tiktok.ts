import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

const HANDLE = /\/@([A-Za-z0-9_.]{1,40})/;

/**
 * TikTok web: a video's description and its comments and replies. Classes are hashed; the stable
 * hooks are `data-e2e` attributes (`video-desc`, `video-author-avatar`, `comment-username-1/2`,
 * `comment-level-1/2`) and `/@handle` links (real capture 2025-11, video detail page). Douyin's
 * web client: no capture found, not read by this reader.
 */
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  hosts: READER_PLACES.tiktok.hosts,
  itemSelector: [
    'article[id^="one-column-item"]',
    '[data-e2e="browse-video-desc"]',
    'div[class*="DivCommentItemWrapper"]',
    'div[class*="CommentItemContainer"]',
  ].join(', '),
  extract(item) {
    const comment = item.matches(
      'div[class*="DivCommentItemWrapper"], div[class*="CommentItemContainer"]',
    );
    if (comment) {
      // Its own name and text, not those of the replies shown under it.
      const name = item.querySelector('[data-e2e^="comment-username"]');
      const link = name?.querySelector('a[href]') ?? item.querySelector('a[href*="/@"]');
      const handle = handleFromHref(link?.getAttribute('href'), HANDLE);
      return {
        kind: 'message',
        anchor: name ?? item,
        root: item,
        text: text(item.querySelector('[data-e2e^="comment-level"]')),
        ...(handle
          ? {
              account: {
                platform: 'tiktok',
                handle,
                displayName: text(name) || handle,
                profileUrl: `https://www.tiktok.com/@${handle}`,
              },
            }
          : {}),
      };
    }
    const desc =
      item.querySelector('[data-e2e="video-desc"], [data-e2e="browse-video-desc"]') ?? item;
    const link =
      item.querySelector(
        'a[data-e2e="video-author-avatar"], [data-e2e="video-author-avatar"] a, a[data-e2e="video-author-uniqueid"]',
      ) ?? item.querySelector('a[href*="/@"]');
    const handle = handleFromHref(link?.getAttribute('href'), HANDLE);
    return {
      kind: 'message',
      anchor: link ?? desc,
      root: item,
      text: text(desc),
      ...(handle
        ? {
            account: {
              platform: 'tiktok',
              handle,
              displayName: handle,
              profileUrl: `https://www.tiktok.com/@${handle}`,
            },
          }
        : {}),
    };
  },
};
