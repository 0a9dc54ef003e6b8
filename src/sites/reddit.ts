import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

const USER = /\/u(?:ser)?\/([A-Za-z0-9_-]{1,40})/;

/**
 * Reddit, three designs:
 * - shreddit (2023-): `shreddit-post` / `shreddit-comment` carry their author as an attribute
 *   (real captures 2025-05 and 2025-11);
 * - the 2018-2023 React design: `div[data-testid=post-container]` and comments `div[id^=t1_]`,
 *   authors in `a[data-testid=comment_author_link]` / `post_author_link`, bodies in
 *   `[data-testid=comment]`; logged-out pages show no names, only the avatar's link (real
 *   captures 2022-12);
 * - old.reddit.com: `.thing.link` / `.thing.comment` with `data-author`; a link post's title is
 *   its text (real capture 2018-04).
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  hosts: READER_PLACES.reddit.hosts,
  itemSelector: [
    'shreddit-post',
    'shreddit-comment',
    'div.thing.comment',
    'div.thing.link',
    'div[data-testid="post-container"]',
    'div[id^="t1_"]',
  ].join(', '),
  extract(item) {
    let author = item.getAttribute('author') ?? item.getAttribute('data-author') ?? '';
    let body: string;
    let anchor: Element | null;
    if (item.matches('shreddit-post')) {
      // The title as the post carries it, and as the page shows it where that differs.
      const title = item.getAttribute('post-title') ?? '';
      const shown = text(item.querySelector('[slot="title"], [id^="post-title"]'));
      // A crossposted post is shown inside it (its title and text are part of what the reader sees).
      const media = text(item.querySelector('[slot="post-media-container"]'));
      body = [
        title,
        shown === title ? '' : shown,
        text(item.querySelector('[slot="text-body"]')),
        media,
      ]
        .filter(Boolean)
        .join('\n');
      anchor = item.querySelector('a[href*="/user/"], faceplate-hovercard');
    } else if (item.matches('shreddit-comment')) {
      body = text(item.querySelector('[slot="comment"]'));
      anchor = item.querySelector('a[href*="/user/"], faceplate-hovercard');
    } else if (item.matches('div.thing')) {
      // Its own entry, not its replies' (they are inside it).
      const entry = item.querySelector(':scope > .entry') ?? item;
      const title = item.matches('.link') ? text(entry.querySelector('a.title')) : '';
      body = [title, text(entry.querySelector('.usertext-body'))].filter(Boolean).join('\n');
      anchor = entry.querySelector('.author');
    } else {
      const post = item.matches('[data-testid="post-container"]');
      // The author's name link, or (logged-out pages show no names) the avatar's link.
      const link = item.querySelector(
        post
          ? 'a[data-testid="post_author_link"]'
          : 'a[data-testid="comment_author_link"], a[data-testid="comment_author_icon"]',
      );
      author = handleFromHref(link?.getAttribute('href'), USER) ?? text(link).replace(/^u\//, '');
      body = post
        ? [
            text(item.querySelector('h1, h3')),
            text(item.querySelector('[data-click-id="text"], .RichTextJSON-root')),
          ]
            .filter(Boolean)
            .join('\n')
        : text(item.querySelector('[data-testid="comment"]'));
      anchor = link ?? item.querySelector('h1, h3, [data-testid="comment"]');
      // A comment row of another kind (deleted, "more replies") reads nothing.
      if (!body) return null;
    }
    return {
      kind: 'message',
      anchor: anchor ?? item,
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
