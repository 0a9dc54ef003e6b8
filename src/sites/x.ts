import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, text } from './types';

const HANDLE = /^\/([A-Za-z0-9_]{1,30})\/?$/;

/** X / Twitter: timeline and reply tweets, profile headers, DM messages. */
export const x: SiteAdapter = {
  id: 'x',
  hosts: READER_PLACES.x.hosts,
  itemSelector:
    'article[data-testid="tweet"], div[data-testid="UserName"], div[data-testid="messageEntry"]',
  extract(item, doc) {
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
    const user = item.querySelector('[data-testid="User-Name"]');
    const link = user?.querySelector('a[href^="/"]');
    const handle = handleFromHref(link?.getAttribute('href'), HANDLE);
    const body = text(item.querySelector('[data-testid="tweetText"]'));
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
              displayName: text(user?.querySelector('a span') ?? link),
              profileUrl: `https://x.com/${handle}`,
            },
          }
        : {}),
    };
  },
};
