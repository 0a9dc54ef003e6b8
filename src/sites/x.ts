import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, ownMatch, text } from './types';

const HANDLE = /^\/([A-Za-z0-9_]{1,30})\/?$/;
/** A quoted post inside a post. */
const QUOTE = 'article[data-testid="tweet"] div[role="link"]';

/**
 * X / Twitter: timeline and reply tweets (and the post a tweet quotes), long posts (X Articles),
 * profile headers, DM messages. Known layouts: `article[data-testid=tweet]` with `User-Name` and
 * `tweetText` (real captures 2025-10 and 2026-02 in tests/fixtures/sites-real/x.com); the quoted
 * post is a `div[role=link]` inside the article (2025-10). The 2014-2017 client's
 * `div.tweet[data-tweet-id]` carries its author as attributes (real capture 2016-06). DMs
 * (`messageEntry`) from hand-written markup only: no real capture was found.
 */
export const x: SiteAdapter = {
  id: 'x',
  hosts: READER_PLACES.x.hosts,
  itemSelector:
    'article[data-testid="tweet"], article[data-testid="tweet"] div[role="link"], div[data-testid="UserName"], div[data-testid="messageEntry"], div.tweet[data-tweet-id]',
  extract(item, doc) {
    if (item.matches('div.tweet[data-tweet-id]')) {
      // The 2014-2017 web client: the author on the tweet's own attributes.
      const handle = item.getAttribute('data-screen-name') ?? undefined;
      const name = item.querySelector('a[href^="/"] strong, .fullname');
      return {
        kind: 'message',
        anchor: name ?? item,
        root: item,
        text: text(item.querySelector('.tweet-text, .js-tweet-text')),
        ...(handle
          ? {
              account: {
                platform: 'x',
                handle,
                displayName: item.getAttribute('data-name') ?? text(name),
                profileUrl: `https://x.com/${handle}`,
              },
            }
          : {}),
      };
    }
    if (item.matches('div[data-testid="UserName"]')) {
      // Profile header: name block plus bio below it.
      const handle = /@([A-Za-z0-9_]{1,30})/.exec(text(item))?.[1];
      if (!handle) return null;
      const nameEl = item.querySelector('span') ?? item;
      const bio = text(doc.querySelector('[data-testid="UserDescription"]'));
      return {
        kind: 'account',
        anchor: nameEl,
        root: item,
        text: bio,
        account: {
          platform: 'x',
          handle,
          displayName: text(nameEl),
          bio,
          profileUrl: `https://x.com/${handle}`,
        },
      };
    }
    if (item.matches('div[data-testid="messageEntry"]')) {
      return {
        kind: 'message',
        anchor: item,
        root: item,
        text: text(item.querySelector('[data-testid="tweetText"]') ?? item),
      };
    }
    // A quoted post inside a post (a `div[role=link]` with a name block of its own) is its own
    // item; the post's own name and text are those outside it.
    const quote = item.matches(QUOTE);
    if (quote && !item.querySelector('[data-testid="User-Name"]')) return null;
    const own = (sel: string) => ownMatch(item, sel, QUOTE);
    const user = own('[data-testid="User-Name"]');
    const link = user?.querySelector('a[href^="/"]');
    // A quoted post's name block has no links: its avatar's test id names the account, else the
    // last @handle of the block (the handle comes after the display name, which may hold "@…").
    const avatar = own('[data-testid^="UserAvatar-Container-"]')
      ?.getAttribute('data-testid')
      ?.slice('UserAvatar-Container-'.length);
    const handle =
      handleFromHref(link?.getAttribute('href'), HANDLE) ??
      (avatar && /^[A-Za-z0-9_]{1,30}$/.test(avatar) ? avatar : undefined) ??
      [...text(user).matchAll(/@([A-Za-z0-9_]{1,30})/g)].at(-1)?.[1];
    // Long posts (X Articles) have a title and a rich text body instead of tweetText.
    const body =
      text(own('[data-testid="tweetText"]')) ||
      [
        text(own('[data-testid="twitter-article-title"]')),
        text(own('[data-testid="longformRichTextComponent"]')),
      ]
        .filter(Boolean)
        .join('\n');
    return {
      kind: 'message',
      anchor: user ?? item,
      root: item,
      text: body,
      ...(handle
        ? {
            account: {
              platform: 'x',
              handle,
              displayName: text(user?.querySelector('a span, span') ?? link),
              profileUrl: `https://x.com/${handle}`,
            },
          }
        : {}),
    };
  },
};
