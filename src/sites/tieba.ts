import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/** Baidu Tieba: thread floors with the poster's name. */
export const tieba: SiteAdapter = {
  id: 'tieba',
  hosts: READER_PLACES.tieba.hosts,
  itemSelector: '.l_post, .j_l_post, .lzl_single_post',
  extract(item) {
    const author = item.querySelector('.p_author_name, .j_user_card, .lzl_cnt a.at');
    return {
      kind: 'message',
      anchor: author ?? item,
      root: item,
      text: text(item.querySelector('.d_post_content, .lzl_content_main')),
      ...(author
        ? { account: { platform: 'tieba', handle: text(author), displayName: text(author) } }
        : {}),
    };
  },
};
