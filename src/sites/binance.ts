import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, ownMatch, text } from './types';

const PROFILE = /\/square\/profile\/([^/?#]+)/;
/** A card inside a card (a quoted or reposted post) is read apart. */
const CARD = '.FeedBuzzBaseViewRoot[data-id], [data-id].feed-card, .feed-card [data-id]';

/**
 * Binance Square (www.binance.com/<lang>/square, /feed): the feed's post cards. Known layout: the
 * June 2026 feed (a real capture, tests/fixtures/sites-real/www.binance.com): each card
 * `div.FeedBuzzBaseViewRoot[data-id=<post id>]` (its hashed twin class changes with builds; the
 * plain one and `data-id` are what is read), the author's name link `.card__hd .nick-username
 * a.nick[href=/<lang>/square/profile/<name>]` (the avatar column has the same link with an empty
 * name box), the text `.card__description` (a hidden copy of it sits beside it in an `<a>` that
 * links the post: read once), the card's "..." menu ("Follow / Report …") inside the header.
 * Other pages of Binance (a post's own page, its comments) fall back to the page text walk.
 */
export const binance: SiteAdapter = {
  id: 'binance',
  hosts: READER_PLACES.binance.hosts,
  paths: READER_PLACES.binance.paths,
  itemSelector: '.FeedBuzzBaseViewRoot[data-id]',
  extract(item) {
    const name = ownMatch(
      item,
      '.nick-username a[href*="/square/profile/"], .card__hd a.nick[href*="/square/profile/"]',
      CARD,
    );
    const visible = ownMatch(item, '.card__description', CARD);
    const hidden = ownMatch(item, '.feed-content-text a[href*="/square/post/"]', CARD);
    const title = text(ownMatch(item, '.card__title, .feed-title', CARD));
    const body = text(visible) || text(hidden);
    const all = [title, body].filter(Boolean).join('\n');
    const handle = handleFromHref(name?.getAttribute('href'), PROFILE);
    if (!all && !handle) return null;
    return {
      kind: 'message',
      anchor: name ?? item,
      root: item,
      text: all,
      ...(handle
        ? {
            account: {
              platform: 'binance',
              handle,
              displayName: text(name),
              profileUrl: `https://www.binance.com/en/square/profile/${encodeURIComponent(handle)}`,
            },
          }
        : {}),
    };
  },
};
