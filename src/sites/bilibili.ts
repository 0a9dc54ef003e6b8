import type { Candidate, SiteAdapter } from './types';
import { READER_PLACES } from './hosts';
import { text } from './types';

/**
 * Bilibili video comments, two layouts:
 * - since 2024, web components with open shadow roots: `bili-comments` → `#feed` →
 *   `bili-comment-thread-renderer`, whose shadow root holds the comment
 *   (`bili-comment-renderer#comment`) and its replies (`bili-comment-replies-renderer` →
 *   `bili-comment-reply-renderer`); each comment's shadow root holds `bili-comment-user-info`
 *   (shadow: `#user-name[data-user-profile-id]`) and `bili-rich-text` (shadow: `#contents`). No
 *   capture can hold shadow roots; the fixture is built from the structure that public userscripts
 *   read (tests/fixtures/sites-real/SOURCE.md);
 * - 2021-2023, light DOM (`.reply-item` / `.list-item`), hand-written markup only.
 * Anything else falls back to the page's text walk (which does not enter shadow roots).
 */
const SHADOW_ITEMS = 'bili-comment-renderer, bili-comment-reply-renderer';

function shadowComment(item: Element): Candidate | null {
  const sr = item.shadowRoot;
  if (!sr) return null;
  const user = sr.querySelector('bili-comment-user-info')?.shadowRoot?.querySelector('#user-name');
  const rich = sr.querySelector('bili-rich-text');
  const contents = rich?.shadowRoot?.querySelector('#contents') ?? rich;
  const name = text(user);
  return {
    kind: 'message',
    anchor: rich ?? item,
    root: item,
    text: text(contents),
    ...(name
      ? {
          account: {
            platform: 'bilibili',
            handle: name,
            displayName: name,
            accountId: user?.getAttribute('data-user-profile-id') ?? undefined,
          },
        }
      : {}),
  };
}

export const bilibili: SiteAdapter = {
  id: 'bilibili',
  hosts: READER_PLACES.bilibili.hosts,
  itemSelector: `.reply-item, .sub-reply-item, .list-item.reply-wrap, ${SHADOW_ITEMS}`,
  shadowHosts: 'bili-comments, bili-comment-thread-renderer, bili-comment-replies-renderer',
  extract(item) {
    if (item.matches(SHADOW_ITEMS)) return shadowComment(item);
    const user = item.querySelector('.user-name, .sub-user-name, .user .name');
    return {
      kind: 'message',
      anchor: user ?? item,
      root: item,
      text: text(item.querySelector('.reply-content, .sub-reply-content, .text')),
      ...(user
        ? {
            account: {
              platform: 'bilibili',
              handle: text(user),
              displayName: text(user),
              accountId: user.getAttribute('data-user-id') ?? undefined,
            },
          }
        : {}),
    };
  },
};
