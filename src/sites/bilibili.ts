import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/** Bilibili: video comments (reply list) with the commenter's name and mid. */
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
