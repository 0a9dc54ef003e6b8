import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

const PROFILE = /\/user\/profile\/([A-Za-z0-9_]+)/;

/**
 * Xiaohongshu (小红书) web: a note and its comments and replies. Known layout: the note detail
 * page (`#noteContainer`, author `.author-wrapper a.name`, text `#detail-title` and
 * `#detail-desc`; comments `.comment-item` with `.author a.name` and `.content`), from a real but
 * anonymised capture (tests/fixtures/sites-real/www.xiaohongshu.com).
 */
export const xiaohongshu: SiteAdapter = {
  id: 'xiaohongshu',
  hosts: READER_PLACES.xiaohongshu.hosts,
  itemSelector: '#noteContainer, .note-container, .comment-item',
  extract(item) {
    const comment = item.matches('.comment-item');
    const name = item.querySelector(
      comment
        ? '.author a.name, .author-wrapper a.name'
        : '.author-container a.name, .author-wrapper a.name',
    );
    const body = comment
      ? text(item.querySelector('.content'))
      : [
          text(item.querySelector('#detail-title, .title')),
          text(item.querySelector('#detail-desc, .desc')),
        ]
          .filter(Boolean)
          .join('\n');
    if (!body && !name) return null;
    const id =
      name?.getAttribute('data-user-id') ?? handleFromHref(name?.getAttribute('href'), PROFILE);
    return {
      kind: 'message',
      anchor: name ?? item,
      root: item,
      text: body,
      ...(id
        ? {
            account: {
              platform: 'xiaohongshu',
              handle: id,
              displayName: text(name),
              profileUrl: `https://www.xiaohongshu.com/user/profile/${id}`,
            },
          }
        : {}),
    };
  },
};
