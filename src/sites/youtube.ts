import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

/** YouTube: comments with their author, and the channel page header. */
export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: READER_PLACES.youtube.hosts,
  itemSelector:
    'ytd-comment-view-model, ytd-comment-renderer, ytd-c4-tabbed-header-renderer, yt-page-header-renderer',
  extract(item, doc) {
    if (item.matches('ytd-comment-view-model, ytd-comment-renderer')) {
      const author = item.querySelector('#author-text');
      const handle = handleFromHref(author?.getAttribute('href'), /\/(@[^/?#]+)/) ?? text(author);
      return {
        kind: 'message',
        anchor: author ?? item,
        root: item,
        text: text(item.querySelector('#content-text')),
        account: { platform: 'youtube', handle, displayName: text(author) },
      };
    }
    const name = item.querySelector('#channel-name, h1');
    const handleText = text(item.querySelector('#channel-handle, [class*="metadata"]'));
    const handle = /@[\w.-]+/.exec(handleText)?.[0] ?? text(name);
    const bio = text(
      doc.querySelector('#description-container, yt-description-preview-view-model'),
    );
    return {
      kind: 'account',
      anchor: name ?? item,
      root: item,
      text: bio,
      account: { platform: 'youtube', handle, displayName: text(name), bio },
    };
  },
};
