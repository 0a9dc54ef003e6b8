import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

/**
 * Zhihu: answers and comments with the author link (/people/<id>). Known layouts: the feed's
 * `.List-item` holding `.AnswerItem` (real capture 2024-03: read once, as the answer) and the
 * question page's `.AnswerItem` with schema.org author markup (real capture 2017-09); comments
 * `.CommentItemV2` (hand-written markup only). Anything else: the generic text walk.
 */
export const zhihu: SiteAdapter = {
  id: 'zhihu',
  hosts: READER_PLACES.zhihu.hosts,
  itemSelector: '.List-item, .AnswerItem, .CommentItemV2, [data-id].css-18ld3w0',
  extract(item) {
    const author = item.querySelector('.AuthorInfo-name a, a.UserLink-link, .CommentItemV2-meta a');
    const id = handleFromHref(author?.getAttribute('href'), /\/people\/([^/?#]+)/);
    return {
      kind: 'message',
      anchor: author ?? item,
      root: item,
      text: text(item.querySelector('.RichContent-inner, .RichText, .CommentItemV2-content')),
      ...(author
        ? { account: { platform: 'zhihu', handle: id ?? text(author), displayName: text(author) } }
        : {}),
    };
  },
};
