import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { handleFromHref, ownMatch, text } from './types';

/** A profile link's name: /name, /profile.php?id=…, facebook.com/name. */
function handleOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const id = /profile\.php\?(?:[^#]*&)?id=(\d+)/.exec(href)?.[1];
  if (id) return id;
  return handleFromHref(href, /facebook\.com\/([^/?#]+)/) ?? handleFromHref(href, /^\/([^/?#]+)/);
}

/** Stories: the desktop site's articles, and the touch site's story blocks (m.facebook.com). */
const STORY =
  'div[role="article"], article[data-ft], div._5rgr.async_like, div[data-sigil~="story-div"]';

/**
 * Facebook: feed posts and comments with the author. Known layouts: the desktop web
 * (`[role=article]`, author link in a heading, `[data-ad-preview=message]`; hand-written markup
 * only) and the touch site m.facebook.com (stories `article[data-ft]` / `div.async_like` with
 * `h3 strong a` and `div._5rgt`, a shared post nested inside the sharing one as a story of its own;
 * comments `[data-sigil=comment]` with the name as plain text before `[data-sigil=comment-body]`;
 * real captures 2021-06).
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: READER_PLACES.facebook.hosts,
  itemSelector: `${STORY}, div[data-sigil="comment"]`,
  extract(item) {
    if (item.matches('div[data-sigil="comment"]')) {
      const body = item.querySelector('[data-sigil="comment-body"]');
      const name = body?.previousElementSibling ?? null;
      const link = name?.querySelector('a[href]') ?? (name?.matches('a[href]') ? name : null);
      // Without a profile link the name is only a display name: no account is claimed for it (a
      // Page called "TokenPocket" must not read as the official account).
      const handle = handleOf(link?.getAttribute('href'));
      return {
        kind: 'message',
        anchor: name ?? body ?? item,
        root: item,
        text: text(body),
        ...(handle
          ? { account: { platform: 'facebook', handle, displayName: text(name) || handle } }
          : {}),
      };
    }
    // Its own header and text, not those of a story shared inside it, nor its comments.
    const own = (sel: string) => ownMatch(item, sel, `${STORY}, div[data-sigil="comment"]`);
    const authorLink = own(
      'h3 strong a, h2 a[href], h3 a[href], strong a[href], a[role="link"][href*="facebook.com/"]',
    );
    const handle = handleOf(authorLink?.getAttribute('href'));
    const body = text(
      own(
        '[data-ad-preview="message"], [data-ad-comet-preview="message"], div._5rgt, div[dir="auto"]',
      ),
    );
    return {
      kind: 'message',
      anchor: authorLink ?? item,
      root: item,
      text: body,
      ...(authorLink && handle
        ? { account: { platform: 'facebook', handle, displayName: text(authorLink) } }
        : {}),
    };
  },
};
