import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

/**
 * YouTube: comments with their author, and the channel page header. Known layouts: Polymer 2018
 * (`ytd-comment-renderer`, author links /channel/<id> or /user/<name>; real capture in
 * tests/fixtures/sites-real/www.youtube.com) and the view-model comments with /@handle links (hand-
 * written markup only).
 */
export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: READER_PLACES.youtube.hosts,
  itemSelector:
    'ytd-comment-view-model, ytd-comment-renderer, ytd-c4-tabbed-header-renderer, yt-page-header-renderer',
  extract(item, doc) {
    if (item.matches('ytd-comment-view-model, ytd-comment-renderer')) {
      const author = item.querySelector('#author-text');
      const href = author?.getAttribute('href');
      // Links name the author as /@handle (2022-), /user/name or /c/name, or /channel/<id> (2018).
      const channel = handleFromHref(href, /\/channel\/([^/?#]+)/);
      // The account as its link names it (never the display name, which anyone may choose).
      const handle =
        handleFromHref(href, /\/(@[^/?#]+)/) ??
        handleFromHref(href, /\/(?:user|c)\/([^/?#]+)/) ??
        channel;
      // Its own text, not its replies' (a 2018 thread holds them inside the comment).
      const content = [...item.querySelectorAll('#content-text')].find(
        (el) => el.closest('ytd-comment-view-model, ytd-comment-renderer') === item,
      );
      return {
        kind: 'message',
        anchor: author ?? item,
        root: item,
        text: text(content),
        ...(handle
          ? {
              account: {
                platform: 'youtube',
                handle,
                displayName: text(author),
                ...(channel ? { accountId: channel } : {}),
              },
            }
          : {}),
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
