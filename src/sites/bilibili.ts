import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/**
 * Bilibili: video comments (the reply list of 2021-2023, `.reply-item` / `.list-item`) with the
 * commenter's name and mid; hand-written markup only, no real capture was found. Since 2024 the
 * comments live in open shadow roots (`bili-comments` and the renderers inside it), which this
 * reader and the generic text walk do not enter yet: such pages are read from their light-DOM text
 * only, and the popup says the layout is not recognised.
 */
export const bilibili: SiteAdapter = {
  id: 'bilibili',
  hosts: READER_PLACES.bilibili.hosts,
  itemSelector: '.reply-item, .sub-reply-item, .list-item.reply-wrap',
  extract(item) {
    const user = item.querySelector('.user-name, .sub-user-name, .user .name');
    return {
      kind: 'message',
      anchor: user ?? item,
      root: item,
      text: text(item.querySelector('.reply-content, .sub-reply-content, .text')),
      ...(user
        ? {
            account: {
              platform: 'bilibili',
              handle: text(user),
              displayName: text(user),
              accountId: user.getAttribute('data-user-id') ?? undefined,
            },
          }
        : {}),
    };
  },
};
