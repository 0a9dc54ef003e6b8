import type { SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/** The poster's name in a profile address (/home/main?un=<name>). */
function nameIn(url: string | null | undefined): string | undefined {
  const m = /[?&]un=([^&#]+)/.exec(url ?? '');
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!.replace(/\+/g, ' '));
  } catch {
    return m[1];
  }
}

/**
 * Baidu Tieba: thread floors and their replies with the poster's name (desktop `.l_post`,
 * `.lzl_single_post`; hand-written markup only), and the mobile thread list (`li[data-tid]`: a
 * title, the poster's name in `span.ti_author` and a `data-url` profile address; real capture
 * 2020-02).
 */
export const tieba: SiteAdapter = {
  id: 'tieba',
  hosts: READER_PLACES.tieba.hosts,
  itemSelector: '.l_post, .j_l_post, .lzl_single_post, li[data-tid]',
  extract(item) {
    if (item.matches('li[data-tid]')) {
      const author = item.querySelector('.ti_author');
      const handle =
        nameIn(item.querySelector('[data-url*="un="]')?.getAttribute('data-url')) ??
        (text(author) || undefined);
      const title = item.querySelector('.ti_title') ?? item.querySelector('a[href*="/p/"]');
      // The title without its badge (置顶, 精).
      const badge = text(
        title?.querySelector('.ti_zan, .icon_top, span:first-child:not(:last-child)'),
      );
      let body = text(title);
      if (badge && body.startsWith(badge) && /^(?:置顶|精|热|新)$/.test(badge))
        body = body.slice(badge.length).trim();
      return {
        kind: 'message',
        anchor: author ?? title ?? item,
        root: item,
        text: [body, text(item.querySelector('.ti_abs, .ti_content'))].filter(Boolean).join('\n'),
        ...(handle
          ? { account: { platform: 'tieba', handle, displayName: text(author) || handle } }
          : {}),
      };
    }
    const author = item.querySelector('.p_author_name, .j_user_card, .lzl_cnt a.at');
    return {
      kind: 'message',
      anchor: author ?? item,
      root: item,
      text: text(item.querySelector('.d_post_content, .lzl_content_main')),
      ...(author
        ? {
            account: {
              platform: 'tieba',
              handle: nameIn(author.getAttribute('href')) ?? text(author),
              displayName: text(author),
            },
          }
        : {}),
    };
  },
};
